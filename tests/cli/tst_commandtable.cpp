// The command table is the one list of commands and options: what the help names, what the
// parser accepts and what the man page lists must all be the table. Each test reads the table
// in-process and checks it against what the real copydesk binary prints and accepts.

#include "cli/commandtable.h"
#include "tests/support/processrun.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using copydesk::cli::Command;
using copydesk::cli::CommandTable;
using copydesk::cli::Option;

class TestCommandTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void tableIsWellFormed();
    void globalHelpNamesEveryCommandAndOption();
    void commandHelpNamesExactlyItsOptions_data();
    void commandHelpNamesExactlyItsOptions();
    void everyOptionInTheTableIsAccepted_data();
    void everyOptionInTheTableIsAccepted();
    void optionsOfOtherCommandsAreRefused_data();
    void optionsOfOtherCommandsAreRefused();
    void manPageListsTheTable();
    void everyCommandAndOptionInTheHelpIsTested();

private:
    using Run = copydesk::test::ProcessRun;
    Run run(const QStringList &arguments);
    static QSet<QString> optionsNamedIn(const QString &text);
    static QSet<QString> optionNames(const QList<Option> &options);
    static std::pair<QString, QString> splitEntry(const QString &entry);
    static void addCommandRows();

    QTemporaryDir m_dir;
    QString m_store; // cannot be created: commands fail after their options were checked
};

void TestCommandTable::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Inside a file, so that no command (init, db backup, export) can create anything there.
    QFile file(m_dir.filePath(QStringLiteral("not-a-folder")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    m_store = m_dir.filePath(QStringLiteral("not-a-folder/newsroom.sqlite"));
}

TestCommandTable::Run TestCommandTable::run(const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.remove(QStringLiteral("COPYDESK_PASSWORD"));
    env.remove(QStringLiteral("COPYDESK_NEW_PASSWORD"));
    return copydesk::test::runProgram(QStringLiteral(COPYDESK_BINARY), arguments, env,
                                      m_dir.path());
}

QSet<QString> TestCommandTable::optionsNamedIn(const QString &text)
{
    static const QRegularExpression option(QStringLiteral("(?<![\\w-])--[a-z][a-z-]*"));
    QSet<QString> names;
    auto matches = option.globalMatch(text);
    while (matches.hasNext())
        names.insert(matches.next().captured());
    return names;
}

QSet<QString> TestCommandTable::optionNames(const QList<Option> &options)
{
    QSet<QString> names;
    for (const Option &option : options)
        names.insert(option.name);
    return names;
}

// A command's entry in --help: its synopsis (which may run over several lines) and its meaning
// (at the meaning column: after two spaces, or on lines indented that far).
std::pair<QString, QString> TestCommandTable::splitEntry(const QString &entry)
{
    QString synopsis;
    QString meaning;
    const auto lines = entry.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString text = line.trimmed();
        const qsizetype indent
            = line.size() - QString(line).remove(QRegularExpression(QStringLiteral("^ +"))).size();
        if (indent >= 21) {
            meaning += QLatin1Char(' ') + text;
        } else if (text.contains(QLatin1String("  "))) {
            synopsis += QLatin1Char(' ') + text.section(QLatin1String("  "), 0, 0);
            meaning += QLatin1Char(' ') + text.section(QLatin1String("  "), 1).trimmed();
        } else {
            synopsis += QLatin1Char(' ') + text;
        }
    }
    return { synopsis, meaning };
}

void TestCommandTable::addCommandRows()
{
    QTest::addColumn<QString>("command");
    for (const Command &command : CommandTable::commands())
        QTest::newRow(qPrintable(command.name)) << command.name;
}

void TestCommandTable::tableIsWellFormed()
{
    const QList<Command> &commands = CommandTable::commands();
    // Every command of DESIGN.md §5 and the sub-commands: far more than a handful.
    QVERIFY(commands.size() >= 30);
    QSet<QString> names;
    for (const Command &command : commands) {
        QVERIFY2(!names.contains(command.name), qPrintable(command.name));
        names.insert(command.name);
        QVERIFY2(command.handler, qPrintable(command.name));
        QVERIFY2(!command.description.isEmpty(), qPrintable(command.name));
        QSet<QString> options;
        for (const Option &option : command.options) {
            const QString where = command.name + QLatin1Char(' ') + option.name;
            QVERIFY2(option.name.startsWith(QLatin1String("--")), qPrintable(where));
            QVERIFY2(!options.contains(option.name), qPrintable(where));
            QVERIFY2(!option.meaning.isEmpty(), qPrintable(where));
            // The global options are taken out wherever they stand: a command cannot have one.
            QVERIFY2(!optionNames(CommandTable::globalOptions()).contains(option.name),
                     qPrintable(where));
            options.insert(option.name);
        }
    }
    for (const char *required : { "init",
                                  "db check",
                                  "db migrate",
                                  "db backup",
                                  "import",
                                  "list",
                                  "show",
                                  "update",
                                  "note",
                                  "history",
                                  "diff",
                                  "revert",
                                  "submit",
                                  "approve",
                                  "publish",
                                  "spike",
                                  "restore",
                                  "return",
                                  "unpublish",
                                  "staff add",
                                  "staff appoint",
                                  "staff end",
                                  "staff list",
                                  "check",
                                  "dictionary add",
                                  "dictionary remove",
                                  "dictionary list",
                                  "settings get",
                                  "settings set",
                                  "style add",
                                  "style list",
                                  "style remove",
                                  "style import",
                                  "style export",
                                  "export",
                                  "export-site",
                                  "proof",
                                  "help" })
        QVERIFY2(names.contains(QString::fromLatin1(required)), required);
}

void TestCommandTable::globalHelpNamesEveryCommandAndOption()
{
    const Run r = run({ QStringLiteral("--help") });
    QCOMPARE(r.code, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'));

    // "  --name VALUE   meaning" entries under a heading, up to the next blank line; an entry's
    // continuation lines are indented further.
    auto entriesUnder = [&lines](const QString &heading) {
        QStringList entries;
        const qsizetype start = lines.indexOf(heading);
        for (qsizetype i = start + 1; start >= 0 && i < lines.size() && !lines[i].isEmpty(); ++i) {
            if (lines[i].startsWith(QLatin1String("   ")) && !entries.isEmpty())
                entries.last() += QLatin1Char('\n') + lines[i];
            else
                entries << lines[i].mid(2);
        }
        return entries;
    };

    const QSet<QString> globalNames = optionNames(CommandTable::globalOptions());
    QSet<QString> shownGlobal;
    for (const QString &entry : entriesUnder(QStringLiteral("Global options:")))
        shownGlobal.insert(entry.section(QLatin1Char(' '), 0, 0));
    QSet<QString> visibleGlobal;
    for (const Option &option : CommandTable::globalOptions())
        if (!option.hidden)
            visibleGlobal.insert(option.name);
    QCOMPARE(shownGlobal, visibleGlobal);
    for (const Option &option : CommandTable::globalOptions()) {
        if (option.hidden)
            continue;
        // Accepted where it stands before --version, which then prints the version.
        const QString &name = option.name;
        QStringList arguments { name };
        if (!option.isFlag())
            arguments << QStringLiteral("x");
        const Run accepted = run(arguments << QStringLiteral("--version"));
        QVERIFY2(accepted.code == 0, qPrintable(name + QLatin1Char(' ') + accepted.err));
    }

    const QStringList entries = entriesUnder(QStringLiteral("Commands:"));
    QSet<QString> shown;
    for (const QString &entry : entries) {
        // The longest command name the entry starts with: "staff add", not "staff".
        const Command *command = nullptr;
        for (const Command &candidate : CommandTable::commands()) {
            const bool starts = entry.startsWith(candidate.name)
                && (entry.size() == candidate.name.size()
                    || entry.at(candidate.name.size()).isSpace());
            if (starts && (!command || candidate.name.size() > command->name.size()))
                command = &candidate;
        }
        QVERIFY2(command, qPrintable(QStringLiteral("not in the table: ") + entry));
        QVERIFY2(!shown.contains(command->name), qPrintable(command->name));
        shown.insert(command->name);
        // The synopsis names exactly the command's options; the meaning may name them too (or a
        // global one), but no other.
        const auto [synopsis, meaning] = splitEntry(entry);
        QCOMPARE(optionsNamedIn(synopsis), optionNames(command->options));
        const QSet<QString> inMeaning = optionsNamedIn(meaning) - globalNames;
        QVERIFY2(optionNames(command->options).contains(inMeaning), qPrintable(meaning));
    }
    QCOMPARE(shown.size(), CommandTable::commands().size());
}

void TestCommandTable::commandHelpNamesExactlyItsOptions_data()
{
    addCommandRows();
}

void TestCommandTable::commandHelpNamesExactlyItsOptions()
{
    QFETCH(QString, command);
    const Command *entry = CommandTable::find(command.split(QLatin1Char(' ')));
    QVERIFY(entry);
    const Run help = run(QStringList { QStringLiteral("help") } + command.split(QLatin1Char(' ')));
    QCOMPARE(help.code, 0);
    // "Usage: copydesk [global options] SYNOPSIS", the description, then "Options:" with one
    // entry per option.
    const QString usage = help.out.section(QStringLiteral("\n\n"), 0, 0);
    QVERIFY2(usage.startsWith(QStringLiteral("Usage: copydesk [global options] ") + command),
             qPrintable(help.out));
    QCOMPARE(optionsNamedIn(usage), optionNames(entry->options));
    QSet<QString> listed;
    const qsizetype options = help.out.indexOf(QLatin1String("\nOptions:\n"));
    if (options >= 0) {
        const auto lines = help.out.mid(options + 10).split(QLatin1Char('\n'));
        for (const QString &line : lines)
            if (line.startsWith(QLatin1String("  --")))
                listed.insert(line.mid(2).section(QLatin1Char(' '), 0, 0));
    }
    QCOMPARE(listed, optionNames(entry->options));
    // Nothing else in the text names an option the command does not take.
    const QSet<QString> named
        = optionsNamedIn(help.out) - optionNames(CommandTable::globalOptions());
    QCOMPARE(named, optionNames(entry->options));
    // The same text for "COMMAND --help".
    const Run dashed = run(command.split(QLatin1Char(' ')) << QStringLiteral("--help"));
    QCOMPARE(dashed.code, 0);
    QCOMPARE(dashed.out, help.out);
}

void TestCommandTable::everyOptionInTheTableIsAccepted_data()
{
    QTest::addColumn<QStringList>("arguments");
    for (const Command &command : CommandTable::commands()) {
        for (const Option &option : command.options) {
            QStringList arguments = command.name.split(QLatin1Char(' '));
            arguments << option.name;
            if (!option.isFlag())
                arguments << QStringLiteral("1");
            QTest::newRow(qPrintable(arguments.join(QLatin1Char(' ')))) << arguments;
        }
    }
}

void TestCommandTable::everyOptionInTheTableIsAccepted()
{
    QFETCH(QStringList, arguments);
    // The store does not exist, so nothing is changed: the command gets past its options and
    // then fails (or asks for something else) for another reason.
    const Run r = run(QStringList { QStringLiteral("--database"), m_store } + arguments);
    QVERIFY2(!r.err.contains(QLatin1String("unknown option")), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QLatin1String("needs a value")), qPrintable(r.err));
    QVERIFY2(r.code >= 0, "the command crashed");
}

void TestCommandTable::optionsOfOtherCommandsAreRefused_data()
{
    addCommandRows();
}

void TestCommandTable::optionsOfOtherCommandsAreRefused()
{
    QFETCH(QString, command);
    const Command *entry = CommandTable::find(command.split(QLatin1Char(' ')));
    QVERIFY(entry);
    // An option no command has, and every option some other command has but this one lacks.
    QSet<QString> foreign { QStringLiteral("--no-such-option") };
    for (const Command &other : CommandTable::commands())
        foreign += optionNames(other.options);
    foreign -= optionNames(entry->options);
    for (const QString &option : std::as_const(foreign)) {
        const Run r = run(QStringList { QStringLiteral("--database"), m_store }
                          + command.split(QLatin1Char(' ')) + QStringList { option });
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err, QStringLiteral("copydesk: unknown option %1\n").arg(option));
    }
}

void TestCommandTable::manPageListsTheTable()
{
    QFile page(QStringLiteral(COPYDESK_MAN_PAGE));
    QVERIFY2(page.open(QIODevice::ReadOnly), qPrintable(page.errorString()));
    const QString text = QString::fromUtf8(page.readAll());
    const QString heading = QStringLiteral(".SH COMMANDS\n");
    const qsizetype start = text.indexOf(heading);
    QVERIFY(start >= 0);
    const qsizetype end = text.indexOf(QLatin1String("\n.SH "), start + 1);
    QVERIFY(end > start);
    const QString section = text.mid(start + heading.size(), end + 1 - start - heading.size());

    const QString fromTable = CommandTable::manCommands();
    for (const Command &command : CommandTable::commands())
        QVERIFY2(fromTable.contains(QStringLiteral("\\fB%1\\fR").arg(command.name)),
                 qPrintable(command.name));
    const Run printed = run({ QStringLiteral("--man-commands") });
    QCOMPARE(printed.code, 0);
    QCOMPARE(printed.out, fromTable);
    // To bring the page up to date: replace the section's body with the output of
    // `copydesk --man-commands`.
    QCOMPARE(section, fromTable);
}

// Every command the help names, alone and with each of its options, is run by some test: a
// statement of a suite (this one aside, which runs every command only to check its options)
// names the command's words and the option as string literals, e.g.
// cd({ QStringLiteral("staff"), QStringLiteral("end"), id, QStringLiteral("--on"), day }).
// A new option without a test fails here, with the list of what no test runs.
void TestCommandTable::everyCommandAndOptionInTheHelpIsTested()
{
    const Run r = run({ QStringLiteral("--help") });
    QCOMPARE(r.code, 0);

    QStringList statements;
    for (const char *folder : { "cli", "app", "ui", "db" }) {
        QDirIterator files(QStringLiteral(COPYDESK_TESTS_DIR "/") + QLatin1String(folder),
                           { QStringLiteral("*.cpp") }, QDir::Files);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.fileName().endsWith(QLatin1String("/tst_commandtable.cpp")))
                continue;
            QVERIFY(file.open(QIODevice::ReadOnly));
            statements += QString::fromUtf8(file.readAll()).split(QLatin1Char(';'));
        }
    }
    QVERIFY(statements.size() > 1000);
    auto tested = [&statements](const QStringList &words) {
        return std::any_of(statements.cbegin(), statements.cend(), [&words](const QString &s) {
            return std::all_of(words.cbegin(), words.cend(), [&s](const QString &w) {
                return s.contains(QLatin1Char('"') + w + QLatin1Char('"'));
            });
        });
    };

    QStringList untested;
    const QStringList lines = r.out.split(QLatin1Char('\n'));
    bool inCommands = false;
    for (const QString &line : lines) {
        if (line == QLatin1String("Global options:") || line == QLatin1String("Commands:")) {
            inCommands = line == QLatin1String("Commands:");
            continue;
        }
        // An entry starts two spaces in; its synopsis runs to the gap before its meaning.
        if (!line.startsWith(QLatin1String("  ")) || line.at(2).isSpace())
            continue;
        const QString synopsis = splitEntry(line.mid(2)).first.trimmed();
        if (!inCommands) {
            const QString option = synopsis.section(QLatin1Char(' '), 0, 0);
            if (!tested({ option }))
                untested << option;
            continue;
        }
        QStringList words;
        for (const QString &word : synopsis.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!word.at(0).isLower())
                break;
            words << word;
        }
        QVERIFY2(!words.isEmpty(), qPrintable(line));
        if (!tested(words))
            untested << words.join(QLatin1Char(' '));
        for (const Command &command : CommandTable::commands()) {
            if (command.name != words.join(QLatin1Char(' ')))
                continue;
            for (const Option &option : command.options)
                if (!tested(QStringList(words) << option.name))
                    untested << words.join(QLatin1Char(' ')) + QLatin1Char(' ') + option.name;
        }
    }
    QVERIFY2(untested.isEmpty(),
             qPrintable(QStringLiteral("no test runs: ") + untested.join(QStringLiteral(", "))));
}

QTEST_GUILESS_MAIN(TestCommandTable)
#include "tst_commandtable.moc"
