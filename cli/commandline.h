#pragma once

#include <QString>
#include <QStringList>

class QTextStream;

namespace copydesk::app {

// The command line of the one `copydesk` binary (DESIGN.md §5): parses the arguments, runs one
// command against the store and returns the exit code. Output goes to `out`; a failure is one
// line on `err` starting "copydesk: ".
class CommandLine final
{
public:
    enum ExitCode { Done = 0, Usage = 1, Failed = 2, Conflict = 3, NotPermitted = 4 };

    // What main() needs to know before it creates an application object: whether the arguments
    // name a command (run headless) or not (open the window, on databasePath if one was given).
    struct Launch
    {
        bool headless = false;
        QString databasePath;
    };
    static Launch launchFor(const QStringList &arguments);

    CommandLine(QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments); // arguments[0] is the program

    static QString helpText();

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace copydesk::app
