#include "app/body/pastefilter.h"

#include "app/body/markdownreader.h"
#include "app/body/markdownwriter.h"
#include "app/body/textlimits.h"

#include <QMimeData>
#include <QTextCursor>
#include <QTextDocument>

namespace copydesk::app {

QByteArray PasteFilter::markdownOf(const QTextDocumentFragment &selection)
{
    QTextDocument copy;
    QTextCursor(&copy).insertFragment(selection);
    return MarkdownWriter::write(&copy).toUtf8();
}

bool PasteFilter::canReduce(const QMimeData *source)
{
    return source && (source->hasHtml() || source->hasText() || source->hasFormat(MarkdownMime));
}

QTextDocumentFragment PasteFilter::fromHtml(const QString &html)
{
    QTextDocument rich;
    rich.setHtml(TextLimits::clean(html));
    QTextDocument clean;
    MarkdownReader::read(MarkdownWriter::write(&rich), &clean);
    return QTextDocumentFragment(&clean);
}

QTextDocumentFragment PasteFilter::fromPlainText(const QString &text)
{
    // Each line of pasted plain text is a paragraph; nothing in it becomes markup.
    const QString normalized = TextLimits::clean(text); // CR LF becomes LF too
    QStringList paragraphs;
    const auto lines = normalized.split(QLatin1Char('\n'));
    for (const QString &line : lines)
        if (!line.trimmed().isEmpty())
            paragraphs.append(line.trimmed());
    if (paragraphs.size() <= 1)
        return QTextDocumentFragment::fromPlainText(normalized.trimmed());
    QTextDocument clean;
    MarkdownReader::read(MarkdownWriter::fromParagraphs(paragraphs), &clean);
    return QTextDocumentFragment(&clean);
}

QTextDocumentFragment PasteFilter::reduce(const QMimeData *source)
{
    if (!source)
        return {};
    if (source->hasFormat(MarkdownMime)) {
        QTextDocument copy;
        MarkdownReader::read(TextLimits::clean(QString::fromUtf8(source->data(MarkdownMime))),
                             &copy);
        return QTextDocumentFragment(&copy);
    }
    if (source->hasHtml())
        return fromHtml(source->html());
    return fromPlainText(source->text());
}

} // namespace copydesk::app
