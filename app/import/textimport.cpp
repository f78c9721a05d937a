#include "app/import/textimport.h"

#include "app/body/markdownreader.h"
#include "app/body/markdownwriter.h"
#include "app/body/textlimits.h"
#include "app/import/htmlconverter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTextCursor>
#include <QTextDocument>

namespace copydesk::app {

Result<QString> TextImport::decodeUtf8(const QByteArray &bytes, const QString &shownName)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    int line = 1;
    int column = 1;
    if (size >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF)
        i = 3;
    const qsizetype start = i;
    while (i < size) {
        const unsigned char c = data[i];
        int length = 0;
        char32_t min = 0;
        if (c < 0x80) {
            length = 1;
        } else if ((c & 0xE0) == 0xC0) {
            length = 2;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            min = 0x10000;
        }
        bool valid = length > 0 && i + length <= size;
        char32_t code = length == 1 ? c : (c & (0x7F >> length));
        for (int k = 1; valid && k < length; ++k) {
            valid = (data[i + k] & 0xC0) == 0x80;
            code = (code << 6) | (data[i + k] & 0x3F);
        }
        if (valid && length > 1)
            valid = code >= min && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF);
        if (!valid)
            return failure(Error::Kind::Invalid,
                           tr("%1 is not UTF-8 text: invalid byte 0x%2 at line %3, "
                              "column %4 (byte %5)")
                               .arg(shownName)
                               .arg(QString::number(c, 16).toUpper(), 2, QLatin1Char('0'))
                               .arg(line)
                               .arg(column)
                               .arg(i + 1));
        if (c == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
        i += length;
    }
    // QString::fromUtf8 would drop a second byte order mark too: it is a character of the text.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return QString(decoder.decode(QByteArrayView(bytes.constData() + start, size - start)));
}

ImportedText TextImport::fromPlainText(const QString &text)
{
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
        .replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QStringList lines = normalized.split(QLatin1Char('\n'));

    ImportedText result;
    while (!lines.isEmpty() && lines.first().trimmed().isEmpty())
        lines.removeFirst();
    if (lines.isEmpty())
        return result;
    result.headline = lines.takeFirst().trimmed();

    // A blank line between two lines of text: the file separates paragraphs with blank lines.
    const bool hasBlankLines = [&] {
        bool seenText = false;
        bool blankAfterText = false;
        for (const QString &line : lines) {
            if (line.trimmed().isEmpty()) {
                blankAfterText = seenText;
            } else {
                if (blankAfterText)
                    return true;
                seenText = true;
            }
        }
        return false;
    }();

    QStringList paragraphs;
    QString current;
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || !hasBlankLines) {
            if (!current.isEmpty())
                paragraphs.append(current);
            current.clear();
            if (trimmed.isEmpty())
                continue;
        }
        current = current.isEmpty() ? trimmed : current + QLatin1Char(' ') + trimmed;
    }
    if (!current.isEmpty())
        paragraphs.append(current);
    result.body = MarkdownWriter::fromParagraphs(paragraphs);
    return result;
}

ImportedText TextImport::fromMarkdown(const QString &text)
{
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QStringList lines = normalized.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.first().trimmed().isEmpty())
        lines.removeFirst();

    ImportedText result;
    if (lines.isEmpty())
        return result;
    QString first = lines.takeFirst();
    static const QRegularExpression atx(
        QStringLiteral("^ {0,3}#{1,6}(?:[ \\t]+|$)(.*?)(?:[ \\t]+#+)?[ \\t]*$"));
    static const QRegularExpression setext(QStringLiteral("^ {0,3}(=+|-+)[ \\t]*$"));
    if (const auto m = atx.match(first); m.hasMatch()) {
        first = m.captured(1);
    } else if (!lines.isEmpty() && setext.match(lines.first()).hasMatch()) {
        lines.removeFirst();
    }
    // The headline is plain text: its Markdown (emphasis, escapes) is read, not kept.
    QTextDocument headline;
    MarkdownReader::read(first, &headline);
    result.headline = headline.toPlainText().simplified();

    QTextDocument body;
    MarkdownReader::read(lines.join(QLatin1Char('\n')), &body);
    result.body = MarkdownWriter::write(&body);
    return result;
}

Result<QString> TextImport::readTextFile(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (!QFileInfo::exists(path))
        return failure(Error::Kind::NotFound, tr("%1: no such file").arg(shown));
    // A FIFO, a device or a folder would block or never end: only regular files are read.
    if (!QFileInfo(path).isFile())
        return failure(Error::Kind::Invalid,
                       tr("%1: not a regular file (a folder, pipe or device); only "
                          "text files can be imported")
                           .arg(shown));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(Error::Kind::Failed, tr("%1: %2").arg(shown, file.errorString()));
    // Read one byte past the limit: enough to know, never a 50 MB file in memory.
    const QByteArray bytes = file.read(TextLimits::FileBytes + 1);
    if (bytes.size() > TextLimits::FileBytes)
        return failure(Error::Kind::Invalid,
                       tr("%1: the file is larger than %2 MB; the body of an article "
                          "is limited to %3 characters")
                           .arg(shown)
                           .arg(TextLimits::FileBytes / (1024 * 1024))
                           .arg(TextLimits::BodyChars));
    if (const qint64 at = TextLimits::binaryOffset(bytes); at >= 0)
        return failure(Error::Kind::Invalid,
                       tr("%1: a binary file, not text (a NUL byte at byte %2); only "
                          "text files can be imported")
                           .arg(shown)
                           .arg(at));
    const auto text = decodeUtf8(bytes, shown);
    if (!text)
        return text.error();
    return TextLimits::clean(*text);
}

Result<ImportedText> TextImport::readFile(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return failure(Error::Kind::NotFound, tr("%1: no such file").arg(shown));
    if (!info.isFile())
        return failure(Error::Kind::Invalid,
                       tr("%1: not a regular file (a folder, pipe or device); only "
                          "text files can be imported")
                           .arg(shown));
    const QString suffix = info.suffix().toLower();
    const bool markdown = suffix == QLatin1String("md") || suffix == QLatin1String("markdown");
    const bool html = suffix == QLatin1String("html") || suffix == QLatin1String("htm")
        || suffix == QLatin1String("xhtml");
    if (!markdown && !html && suffix != QLatin1String("txt") && suffix != QLatin1String("text"))
        return failure(Error::Kind::Invalid,
                       tr("%1: cannot import .%2 files (Copydesk reads .txt, .md, .html and "
                          "WordPress export .xml files)")
                           .arg(shown, suffix));
    const auto text = readTextFile(path);
    if (!text)
        return text.error();
    ImportedText imported;
    if (html) {
        const ConvertedHtml page = HtmlConverter::fromPage(*text);
        imported = { page.headline, page.body, page.notes };
    } else {
        imported = markdown ? fromMarkdown(*text) : fromPlainText(*text);
    }
    if (imported.headline.isEmpty())
        return failure(Error::Kind::Invalid,
                       tr("%1: no headline (the file has no text)").arg(shown));
    return imported;
}

} // namespace copydesk::app
