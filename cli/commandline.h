#pragma once

#include <QString>
#include <QStringList>

class QTextStream;

namespace copydesk::cli {

struct GlobalOptions;

// The command line of the one `copydesk` binary (DESIGN.md §5): takes the global options out of
// the arguments, finds the command in the command table, checks its options against the table
// and runs its handler. Output goes to `out`; a failure is one line on `err` starting
// "copydesk: ". Returns the exit code.
class CommandLine final
{
public:
    // What main() needs to know before it creates an application object: whether the arguments
    // name a command (run headless) or not (open the window, on databasePath if one was given).
    struct Launch
    {
        bool headless = false;
        // The command draws text (a printed proof): it needs fonts, so a GUI application,
        // offscreen when there is no display.
        bool drawsText = false;
        QString databasePath;
    };
    static Launch launchFor(const QStringList &arguments);
    // Takes the global options out of the arguments, wherever they stand; the rest is the command
    // and its words. Pure: nothing runs, nothing is opened (the fuzz target calls it).
    static GlobalOptions parseGlobal(const QStringList &arguments);

    CommandLine(QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments); // arguments[0] is the program

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace copydesk::cli
