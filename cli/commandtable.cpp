#include "cli/commandtable.h"

#include "app/newsroom.h"
#include "cli/commandcontext.h"
#include "cli/commandgroups.h"

#include <QDir>
#include <QTextStream>

namespace copydesk::cli {

namespace {

constexpr int helpWidth = 80;
constexpr int meaningColumn = 21;

// Lays out parts that must not be broken (words, "[--tags a,b]") from `column` up to the help's
// width, continuing on new lines at `hang`.
QString flow(const QStringList &parts, int column, int hang)
{
    QString text;
    int at = column;
    for (const QString &part : parts) {
        if (part.isEmpty())
            continue;
        if (!text.isEmpty() && at + 1 + part.size() > helpWidth) {
            text += QLatin1Char('\n') + QString(hang, QLatin1Char(' '));
            at = hang;
        } else if (!text.isEmpty()) {
            text += QLatin1Char(' ');
            ++at;
        }
        text += part;
        at += int(part.size());
    }
    return text;
}

QString flowText(const QString &text, int column, int hang)
{
    QStringList lines;
    const auto paragraphs = text.split(QLatin1Char('\n'));
    for (const QString &paragraph : paragraphs)
        lines << flow(paragraph.split(QLatin1Char(' ')), column, hang);
    return lines.join(QLatin1Char('\n') + QString(hang, QLatin1Char(' ')));
}

// "  head               meaning", the meaning on its own line when the head is long.
QString entry(const QString &head, const QString &meaning)
{
    QString line = QStringLiteral("  ") + head;
    if (!head.contains(QLatin1Char('\n')) && line.size() < meaningColumn - 1)
        line += QString(meaningColumn - line.size(), QLatin1Char(' '));
    else
        line += QLatin1Char('\n') + QString(meaningColumn, QLatin1Char(' '));
    return line + flowText(meaning, meaningColumn, meaningColumn) + QLatin1Char('\n');
}

QStringList synopsisParts(const Command &command)
{
    QStringList parts = command.name.split(QLatin1Char(' '));
    if (!command.arguments.isEmpty())
        parts << command.arguments.split(QLatin1Char(' '));
    for (const Option &option : command.options)
        parts << option.synopsis();
    return parts;
}

// troff: the text as it is, with backslashes and option dashes escaped.
QString troff(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\e"));
    text.replace(QLatin1String("--"), QLatin1String("\\-\\-"));
    return text;
}

// Placeholders in italics, the brackets, bars and dots between them in roman.
QString troffArguments(const QString &arguments)
{
    QString text;
    QString run;
    bool italic = false;
    auto flush = [&] {
        if (!run.isEmpty())
            text += italic ? QStringLiteral("\\fI%1\\fR").arg(troff(run)) : troff(run);
        run.clear();
    };
    for (const QChar c : arguments) {
        const bool placeholder = !QStringLiteral("[]|. ").contains(c);
        if (placeholder != italic) {
            flush();
            italic = placeholder;
        }
        run += c;
    }
    flush();
    return text;
}

QString troffOption(const Option &option)
{
    QString text = QStringLiteral("\\fB%1\\fR").arg(troff(option.name));
    if (!option.isFlag())
        text += QStringLiteral(" \\fI%1\\fR").arg(troff(option.value));
    return option.required ? text : QStringLiteral("[%1]").arg(text);
}

QString sentence(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    if (!text.endsWith(QLatin1Char('.')))
        text += QLatin1Char('.');
    return text;
}

int help(CommandContext &context, const Args &args)
{
    return CommandTable::showHelp(context, args.positional);
}

Command helpCommand()
{
    return { QStringLiteral("help"),
             QStringLiteral("[COMMAND]"),
             CommandTable::tr("a command's synopsis, its options and what they mean"),
             CommandTable::tr("The same as COMMAND --help. Without a command: copydesk --help."),
             {},
             help };
}

} // namespace

QString Option::synopsis() const
{
    const QString text = isFlag() ? name : name + QLatin1Char(' ') + value;
    return required ? text : QStringLiteral("[%1]").arg(text);
}

Args::Args(const Command &command)
    : m_command(&command)
{ }

void Args::requireDeclared(const QString &name) const
{
    if (!m_command->option(name))
        qFatal("copydesk %s reads the option %s, which its entry in the command table does "
               "not declare",
               qPrintable(m_command->name), qPrintable(name));
}

bool Args::has(const QString &name) const
{
    requireDeclared(name);
    return m_values.contains(name) || m_flags.contains(name);
}

QString Args::value(const QString &name) const
{
    requireDeclared(name);
    return m_values.value(name);
}

QStringList Args::given() const
{
    return m_values.keys() + QStringList(m_flags.begin(), m_flags.end());
}

const Option *Command::option(const QString &name) const
{
    for (const Option &o : options)
        if (o.name == name)
            return &o;
    return nullptr;
}

QString Command::synopsis() const
{
    return synopsisParts(*this).join(QLatin1Char(' '));
}

const QList<Command> &CommandTable::commands()
{
    static const QList<Command> table = [] {
        QList<Command> all;
        all << storeCommands() << importCommands() << articleCommands() << workflowCommands()
            << staffCommands() << spellingCommands() << styleCommands() << reviewCommands()
            << photoCommands() << exportCommands() << helpCommand();
        return all;
    }();
    return table;
}

QList<Option> CommandTable::globalOptions()
{
    // Built on each call: main() reads the names before the application object (and so any
    // translation) exists, to decide between window and command line.
    return {
        { QStringLiteral("--database"), QStringLiteral("PATH"),
          tr("the store file (default: copydesk.sqlite in the application-data folder), or a "
             "newsroom server: postgresql://USER@HOST[:PORT]/NAME[?sslmode=MODE]") },
        { QStringLiteral("--user"), QStringLiteral("NAME"),
          tr("sign in as this person (password from COPYDESK_PASSWORD, else asked); every "
             "command that changes the store needs it") },
        { QStringLiteral("--json"), {}, tr("machine-readable output") },
        { QStringLiteral("--version"), {}, tr("print the version") },
        { QStringLiteral("--help"), {}, tr("print this help; after a command, its own help") },
        { QStringLiteral("--man-commands"),
          {},
          tr("print the COMMANDS section of the man page"),
          false,
          true },
    };
}

const Command *CommandTable::find(const QStringList &words, int *consumed)
{
    if (words.isEmpty())
        return nullptr;
    const QString one = words.first();
    const QString two = words.size() > 1 ? one + QLatin1Char(' ') + words.at(1) : QString();
    for (const Command &command : commands()) {
        if (!two.isEmpty() && command.name == two) {
            if (consumed)
                *consumed = 2;
            return &command;
        }
    }
    for (const Command &command : commands()) {
        if (command.name == one) {
            if (consumed)
                *consumed = 1;
            return &command;
        }
    }
    return nullptr;
}

QList<const Command *> CommandTable::group(const QString &name)
{
    QList<const Command *> members;
    for (const Command &command : commands())
        if (command.isSubCommand() && command.group() == name)
            members << &command;
    return members;
}

Result<Args> CommandTable::parse(const Command &command, const QStringList &words)
{
    Args args(command);
    for (int i = 0; i < words.size(); ++i) {
        QString word = words[i];
        if (word == QLatin1String("--")) {
            args.positional += words.mid(i + 1);
            break;
        }
        if (!word.startsWith(QLatin1String("--"))) {
            args.positional.append(word);
            continue;
        }
        QString value;
        bool inlineValue = false;
        if (word.contains(QLatin1Char('='))) {
            value = word.section(QLatin1Char('='), 1);
            word = word.section(QLatin1Char('='), 0, 0);
            inlineValue = true;
        }
        const Option *option = command.option(word);
        if (option && !option->isFlag()) {
            if (!inlineValue) {
                if (i + 1 >= words.size())
                    return failure(Error::Kind::Invalid, tr("%1 needs a value").arg(word));
                value = words[++i];
            }
            args.setValue(word, value);
        } else if (option && !inlineValue) {
            args.setFlag(word);
        } else {
            return failure(Error::Kind::Invalid, tr("unknown option %1").arg(word));
        }
    }
    return args;
}

QString CommandTable::helpText()
{
    QString text = tr("Usage: copydesk [global options] COMMAND [arguments]\n"
                      "Without a command, copydesk opens its window.\n"
                      "\n"
                      "Global options:\n");
    for (const Option &option : globalOptions()) {
        if (option.hidden)
            continue;
        QString meaning = option.meaning;
        if (option.name == QLatin1String("--database"))
            meaning = tr("the store (default: %1)")
                          .arg(QDir::toNativeSeparators(app::Newsroom::defaultStorePath()));
        text += entry(option.isFlag() ? option.name : option.name + QLatin1Char(' ') + option.value,
                      meaning);
    }
    text += QLatin1Char('\n') + tr("Commands:\n");
    for (const Command &command : commands())
        text += entry(flow(synopsisParts(command), 2, 6), command.description);
    text += QLatin1Char('\n')
        + tr("copydesk help COMMAND (or COMMAND --help) shows what a command's options mean.\n"
             "Exit codes: 0 done, 1 wrong usage, 2 failed, 3 conflict (someone saved first;\n"
             "nothing was overwritten), 4 not permitted.\n");
    return text;
}

QString CommandTable::helpText(const Command &command)
{
    const QString usage = tr("Usage: copydesk [global options]");
    QString text = usage + QLatin1Char(' ') + flow(synopsisParts(command), int(usage.size()) + 1, 6)
        + QStringLiteral("\n\n") + flowText(sentence(command.description), 0, 0)
        + QLatin1Char('\n');
    if (!command.details.isEmpty())
        text += flowText(command.details, 0, 0) + QLatin1Char('\n');
    if (!command.options.isEmpty()) {
        text += QLatin1Char('\n') + tr("Options:\n");
        for (const Option &option : command.options)
            text += entry(option.isFlag() ? option.name
                                          : option.name + QLatin1Char(' ') + option.value,
                          option.meaning);
    }
    return text;
}

int CommandTable::showHelp(CommandContext &context, const QStringList &words)
{
    if (words.isEmpty()) {
        context.out() << helpText() << Qt::flush;
        return Done;
    }
    if (const Command *command = find(words)) {
        context.out() << helpText(*command) << Qt::flush;
        return Done;
    }
    const auto members = group(words.first());
    if (members.isEmpty())
        return context.usage(tr("unknown command '%1' (see copydesk --help)").arg(words.first()));
    QStringList texts;
    for (const Command *command : members)
        texts << helpText(*command);
    context.out() << texts.join(QLatin1Char('\n')) << Qt::flush;
    return Done;
}

QString CommandTable::manCommands()
{
    QString text;
    for (const Command &command : commands()) {
        QString head = QStringLiteral("\\fB%1\\fR").arg(troff(command.name));
        if (!command.arguments.isEmpty())
            head += QLatin1Char(' ') + troffArguments(command.arguments);
        for (const Option &option : command.options)
            head += QLatin1Char(' ') + troffOption(option);
        text += QStringLiteral(".TP\n") + head + QLatin1Char('\n')
            + troff(sentence(command.description)) + QLatin1Char('\n');
    }
    return text;
}

} // namespace copydesk::cli
