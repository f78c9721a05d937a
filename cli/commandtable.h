#pragma once

#include "app/core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace copydesk::cli {

class CommandContext;
struct Command;

// One option of a command (or a global option): its name, the placeholder of its value (empty
// for a flag) and what it means. `required` only shapes the synopsis; the handler says what is
// missing in its own words.
struct Option
{
    QString name; // "--headline"
    QString value; // "T"; empty: a flag
    QString meaning;
    bool required = false;
    bool hidden = false; // accepted, but not shown in help (global --man-commands)

    bool isFlag() const { return value.isEmpty(); }
    QString synopsis() const; // "[--headline T]", or "--out FILE" when required
};

// The arguments of one command as parsed against its options: positional words, option values
// and flags. Asking for an option the command does not declare is a programming error that
// stops the program, so a handler cannot read an option its help and its parser do not know.
class Args
{
public:
    explicit Args(const Command &command);

    QStringList positional;

    bool has(const QString &name) const;
    QString value(const QString &name) const;
    // The options given, in no particular order.
    QStringList given() const;

    void setValue(const QString &name, const QString &value) { m_values.insert(name, value); }
    void setFlag(const QString &name) { m_flags.insert(name); }

private:
    void requireDeclared(const QString &name) const;

    const Command *m_command;
    QHash<QString, QString> m_values;
    QSet<QString> m_flags;
};

using Handler = int (*)(CommandContext &context, const Args &args);

// One command of the command line: everything help, the man page, the parser and the dispatcher
// need to know about it. A sub-command ("staff add") is a command of its own.
struct Command
{
    QString name; // "update", "staff add"
    QString arguments; // positional arguments as the synopsis shows them: "ID", "FILE..."
    QString description; // one line, for --help and the man page
    QString details; // further lines, for `copydesk help COMMAND` only
    QList<Option> options;
    Handler handler = nullptr;

    const Option *option(const QString &name) const;
    QString synopsis() const; // "update ID [--headline T] …"
    QString group() const { return name.section(QLatin1Char(' '), 0, 0); }
    bool isSubCommand() const { return name.contains(QLatin1Char(' ')); }
};

// The table of every command, built from the groups in the cli/*commands.cpp files. It drives
// dispatch, option validation, `--help`, `copydesk help COMMAND` and the man page's COMMANDS
// section, so none of them can drift from another.
class CommandTable final
{
    Q_DECLARE_TR_FUNCTIONS(copydesk::cli::CommandTable)

public:
    // Built on first use (after the application object exists, so tr() can translate).
    static const QList<Command> &commands();
    static QList<Option> globalOptions();

    // The command the words start with ("staff add …", "update …"), or null. `consumed` says
    // how many words named it (1 or 2).
    static const Command *find(const QStringList &words, int *consumed = nullptr);
    // The sub-commands of a group ("staff"): empty when the name is not a group.
    static QList<const Command *> group(const QString &name);

    // Parses a command's words against its options: "unknown option --x", "--x needs a value".
    static Result<Args> parse(const Command &command, const QStringList &words);

    // `copydesk help WORDS…`: the whole help, a command's, or those of a group's sub-commands.
    static int showHelp(CommandContext &context, const QStringList &words);
    static QString helpText(); // copydesk --help
    static QString helpText(const Command &command); // copydesk help COMMAND
    // The body of the man page's COMMANDS section (troff), after the .SH line.
    static QString manCommands();
};

} // namespace copydesk::cli
