#include "cli/commandline.h"

#include "cli/commandcontext.h"
#include "cli/commandtable.h"

#include <QCoreApplication>
#include <QTextStream>

namespace copydesk::cli {

GlobalOptions CommandLine::parseGlobal(const QStringList &arguments)
{
    const QList<Option> options = CommandTable::globalOptions();
    auto optionNamed = [&options](const QString &name) -> const Option * {
        for (const Option &option : options)
            if (option.name == name)
                return &option;
        return nullptr;
    };
    GlobalOptions g;
    for (int i = 1; i < arguments.size(); ++i) {
        QString arg = arguments[i];
        QString value;
        bool hasInlineValue = false;
        if (arg.startsWith(QLatin1String("--")) && arg.contains(QLatin1Char('='))) {
            value = arg.section(QLatin1Char('='), 1);
            arg = arg.section(QLatin1Char('='), 0, 0);
            hasInlineValue = true;
        }
        if (arg == QLatin1String("-h"))
            arg = QStringLiteral("--help");
        const Option *option = optionNamed(arg);
        if (option && !option->isFlag()) {
            if (!hasInlineValue) {
                if (i + 1 >= arguments.size()) {
                    g.error = CommandTable::tr("%1 needs a value").arg(arg);
                    return g;
                }
                value = arguments[++i];
            }
            (arg == QLatin1String("--database") ? g.database : g.user) = value;
        } else if (option && !hasInlineValue) {
            if (arg == QLatin1String("--json"))
                g.json = true;
            else if (arg == QLatin1String("--version"))
                g.version = true;
            else if (arg == QLatin1String("--man-commands"))
                g.manCommands = true;
            else
                g.help = true;
        } else {
            g.rest.append(arguments[i]);
        }
    }
    return g;
}

CommandLine::Launch CommandLine::launchFor(const QStringList &arguments)
{
    const GlobalOptions g = parseGlobal(arguments);
    Launch launch;
    launch.headless
        = !g.rest.isEmpty() || g.version || g.help || g.manCommands || !g.error.isEmpty() || g.json;
    launch.databasePath = g.database;
    launch.drawsText
        = launch.headless && !g.rest.isEmpty() && g.rest.first() == QLatin1String("proof");
    return launch;
}

CommandLine::CommandLine(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

int CommandLine::run(const QStringList &arguments)
{
    const GlobalOptions global = parseGlobal(arguments);
    if (!global.error.isEmpty()) {
        m_err << "copydesk: " << global.error << Qt::endl;
        return Usage;
    }
    if (global.version) {
        m_out << "copydesk " << COPYDESK_VERSION << Qt::endl;
        return Done;
    }
    if (global.manCommands) {
        m_out << CommandTable::manCommands() << Qt::flush;
        return Done;
    }
    CommandContext context(global, m_out, m_err);
    // "copydesk --help" is the whole help; "copydesk update 12 --help" is that of update.
    if (global.help)
        return CommandTable::showHelp(context, global.rest);
    if (global.rest.isEmpty()) {
        m_err << "copydesk: " << CommandTable::tr("no command given (see copydesk --help)")
              << Qt::endl;
        return Usage;
    }

    int consumed = 0;
    const Command *command = CommandTable::find(global.rest, &consumed);
    if (!command) {
        const QString name = global.rest.first();
        const auto group = CommandTable::group(name);
        if (group.isEmpty())
            return context.usage(
                CommandTable::tr("unknown command '%1' (see copydesk --help)").arg(name));
        // "staff takes add, appoint, end or list"
        QStringList subs;
        for (const Command *sub : group)
            subs << sub->name.section(QLatin1Char(' '), 1);
        const QString last = subs.takeLast();
        return context.usage(
            CommandTable::tr("%1 takes %2 or %3").arg(name, subs.join(QStringLiteral(", ")), last));
    }
    const auto args = CommandTable::parse(*command, global.rest.mid(consumed));
    if (!args)
        return context.usage(args.errorString());
    return command->handler(context, *args);
}

} // namespace copydesk::cli
