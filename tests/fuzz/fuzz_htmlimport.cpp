// libFuzzer: any bytes as HTML (a fragment, a WordPress post, an article page) and as a WordPress
// export. Besides no crash, hang or sanitizer report: every body the converter writes reads back
// as itself (Markdown -> document -> Markdown), and the export reader always comes to an end.

#include "app/body/markdownreader.h"
#include "app/body/markdownwriter.h"
#include "app/import/htmlconverter.h"
#include "app/import/wxrreader.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QTextDocument>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace copydesk::app;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QGuiApplication application(*argc, *argv); // the converter's QTextDocument
    return 0;
}

static void checkReadsBack(const char *what, const QString &body)
{
    QTextDocument document;
    MarkdownReader::read(body, &document);
    const QString again = MarkdownWriter::write(&document);
    if (again != body) {
        std::fprintf(stderr,
                     "%s: the body does not read back as itself\n--- written\n%s\n--- read "
                     "back\n%s\n",
                     what, qPrintable(body), qPrintable(again));
        std::abort();
    }
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString html = QString::fromUtf8(bytes);
    checkReadsBack("fragment", HtmlConverter::fromFragment(html).body);
    checkReadsBack("wordpress", HtmlConverter::fromWordPress(html).body);
    const ConvertedHtml page = HtmlConverter::fromPage(html);
    checkReadsBack("page", page.body);
    if (page.headline.contains(QLatin1Char('\n'))) {
        std::fprintf(stderr, "a headline of more than one line\n");
        std::abort();
    }

    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    WxrReader reader(&buffer);
    WxrItem item;
    int items = 0;
    while (reader.readNextItem(item))
        if (++items > int(size) + 1) {
            std::fprintf(stderr, "the export reader does not come to an end\n");
            std::abort();
        }
    if (reader.hasError() && !reader.errorString().startsWith(QLatin1String("line "))) {
        std::fprintf(stderr, "an error that names no place: %s\n",
                     qPrintable(reader.errorString()));
        std::abort();
    }
    return 0;
}
