// libFuzzer: any bytes as the arguments of copydesk (split at NUL bytes, as argv would be),
// through the global options and the command table's parser of the real table. Nothing runs and
// no store is opened. Besides no crash, hang or sanitizer report: a handler can read every
// option the parser gave it (Args stops the program on an undeclared one).

#include "cli/commandcontext.h"
#include "cli/commandline.h"
#include "cli/commandtable.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace copydesk::cli;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication application(*argc, *argv); // as main() has one before parsing
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QStringList arguments { QStringLiteral("copydesk") };
    for (const QByteArray &word :
         QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)).split('\0'))
        arguments << QString::fromLocal8Bit(word);

    (void)CommandLine::launchFor(arguments);
    const GlobalOptions global = CommandLine::parseGlobal(arguments);
    if (!global.error.isEmpty() || global.rest.isEmpty())
        return 0;
    int consumed = 0;
    const Command *command = CommandTable::find(global.rest, &consumed);
    if (!command) {
        (void)CommandTable::group(global.rest.first());
        return 0;
    }
    if (consumed < 1 || consumed > 2 || consumed > global.rest.size()) {
        std::fprintf(stderr, "find() consumed %d of %d words\n", consumed, int(global.rest.size()));
        std::abort();
    }
    const auto args = CommandTable::parse(*command, global.rest.mid(consumed));
    if (!args)
        return 0;
    for (const QString &name : args->given()) {
        if (!args->has(name)) {
            std::fprintf(stderr, "%s was given but is not there\n", qPrintable(name));
            std::abort();
        }
        (void)args->value(name);
    }
    return 0;
}
