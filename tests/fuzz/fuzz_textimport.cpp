// libFuzzer: any bytes as an imported .txt or .md file, through the UTF-8 check and both readers.
// Besides no crash, hang or sanitizer report: bytes the check accepts decode without loss, and
// bytes it refuses are refused with the place named.

#include "app/import/textimport.h"

#include <QGuiApplication>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace copydesk::app;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QGuiApplication application(*argc, *argv); // the Markdown reader's QTextDocument
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto decoded = TextImport::decodeUtf8(bytes, QStringLiteral("fuzz.md"));
    QString text;
    if (decoded) {
        const QByteArray body = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
        if (decoded->toUtf8() != body) {
            std::fprintf(stderr, "valid UTF-8 did not decode without loss\n");
            std::abort();
        }
        text = *decoded;
    } else {
        if (!decoded.errorString().contains(QLatin1String("(byte "))) {
            std::fprintf(stderr, "a refusal that names no place: %s\n",
                         qPrintable(decoded.errorString()));
            std::abort();
        }
        text = QString::fromUtf8(bytes); // what a lenient reader would have made of it
    }
    (void)TextImport::fromPlainText(text);
    (void)TextImport::fromMarkdown(text);
    return 0;
}
