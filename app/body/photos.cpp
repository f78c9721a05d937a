#include "app/body/photos.h"

#include "app/body/commonmark.h"

#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

#include <cmark-gfm.h>

namespace copydesk::app::photos {

namespace {

const char *const LeadProperty = "copydeskLeadPhoto";
const QLatin1String Scheme("media:");
const QLatin1String LeadFragment("#lead");

QString textOf(cmark_node *node)
{
    QString out;
    for (cmark_node *child = cmark_node_first_child(node); child; child = cmark_node_next(child)) {
        switch (cmark_node_get_type(child)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
        case CMARK_NODE_HTML_INLINE: {
            const char *literal = cmark_node_get_literal(child);
            out += QString::fromUtf8(literal ? literal : "");
            break;
        }
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            out += QLatin1Char(' ');
            break;
        default:
            out += textOf(child);
            break;
        }
    }
    return out;
}

} // namespace

bool isSha(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(text).hasMatch();
}

QString url(const Photo &photo)
{
    return Scheme + photo.sha + (photo.lead ? QString(LeadFragment) : QString());
}

QString cleanField(const QString &text)
{
    return text.simplified();
}

QString title(const Photo &photo)
{
    if (photo.credit.isEmpty())
        return photo.caption;
    return photo.caption + QLatin1Char('\n') + photo.credit;
}

std::optional<Photo> fromImage(const QString &destination, const QString &title, const QString &alt)
{
    if (!destination.startsWith(Scheme))
        return std::nullopt;
    Photo photo;
    QString rest = destination.mid(Scheme.size());
    if (rest.endsWith(LeadFragment)) {
        photo.lead = true;
        rest.chop(LeadFragment.size());
    }
    if (!isSha(rest))
        return std::nullopt;
    photo.sha = rest;
    photo.alt = cleanField(alt);
    const int lineBreak = title.indexOf(QLatin1Char('\n'));
    photo.caption = cleanField(lineBreak < 0 ? title : title.left(lineBreak));
    photo.credit = lineBreak < 0 ? QString() : cleanField(title.mid(lineBreak + 1));
    return photo;
}

bool insideImage(cmark_node *node)
{
    for (cmark_node *up = cmark_node_parent(node); up; up = cmark_node_parent(up))
        if (cmark_node_get_type(up) == CMARK_NODE_IMAGE)
            return true;
    return false;
}

bool standsAsLead(cmark_node *image, const Photo &photo)
{
    cmark_node *paragraph = cmark_node_parent(image);
    return photo.lead && paragraph && cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH
        && cmark_node_first_child(paragraph) == image && !cmark_node_next(image)
        && cmark_node_parent(paragraph)
        && cmark_node_get_type(cmark_node_parent(paragraph)) == CMARK_NODE_DOCUMENT;
}

QString describe(const Photo &photo)
{
    QStringList words;
    if (!photo.caption.isEmpty())
        words << photo.caption;
    if (!photo.credit.isEmpty())
        words << photo.credit;
    if (words.isEmpty() && !photo.alt.isEmpty())
        words << photo.alt;
    return QStringLiteral("[%1%2]").arg(
        photo.lead ? QStringLiteral("Lead photo") : QStringLiteral("Photo"),
        words.isEmpty() ? QString() : QStringLiteral(": ") + words.join(QStringLiteral(" — ")));
}

std::optional<Photo> fromImageNode(cmark_node *image)
{
    const char *url = cmark_node_get_url(image);
    const char *title = cmark_node_get_title(image);
    return fromImage(QString::fromUtf8(url ? url : ""), QString::fromUtf8(title ? title : ""),
                     textOf(image));
}

QList<Photo> inBody(const QString &markdown)
{
    QList<Photo> found;
    if (!markdown.contains(Scheme))
        return found;
    const CommonMark parsed(markdown);
    cmark_iter *iter = cmark_iter_new(parsed.root());
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(iter);
        if (event != CMARK_EVENT_ENTER || cmark_node_get_type(node) != CMARK_NODE_IMAGE)
            continue;
        auto photo = fromImageNode(node);
        if (!photo || insideImage(node))
            continue;
        // Only the first lead standing alone counts as the lead (as the reader and the page
        // take it); the writer never writes another.
        const bool hasLead = !found.isEmpty() && found.first().lead;
        if (photo->lead && !hasLead && standsAsLead(node, *photo)) {
            found.prepend(*photo);
            continue;
        }
        photo->lead = false;
        found.append(*photo);
    }
    cmark_iter_free(iter);
    return found;
}

QTextCharFormat format(const Photo &photo)
{
    QTextCharFormat f;
    f.setObjectType(ObjectType);
    f.setProperty(ShaProperty, photo.sha);
    f.setProperty(AltProperty, photo.alt);
    f.setProperty(CaptionProperty, photo.caption);
    f.setProperty(CreditProperty, photo.credit);
    f.setToolTip(photo.alt);
    return f;
}

std::optional<Photo> of(const QTextFormat &format)
{
    if (format.objectType() != ObjectType)
        return std::nullopt;
    Photo photo;
    photo.sha = format.stringProperty(ShaProperty);
    if (!isSha(photo.sha))
        return std::nullopt;
    photo.alt = format.stringProperty(AltProperty);
    photo.caption = format.stringProperty(CaptionProperty);
    photo.credit = format.stringProperty(CreditProperty);
    return photo;
}

void insert(QTextCursor &cursor, const Photo &photo)
{
    cursor.beginEditBlock();
    Photo inText = photo;
    inText.lead = false;
    if (!cursor.block().text().isEmpty()) {
        if (cursor.atBlockStart()) {
            cursor.insertBlock(cursor.blockFormat(), cursor.blockCharFormat());
            cursor.movePosition(QTextCursor::PreviousBlock);
        } else {
            cursor.movePosition(QTextCursor::EndOfBlock);
            cursor.insertBlock(cursor.blockFormat(), QTextCharFormat());
        }
    }
    // A photo stands in a plain paragraph: out of any list, quote or subheading.
    QTextBlockFormat plain;
    cursor.setBlockFormat(plain);
    if (QTextList *list = cursor.block().textList())
        list->remove(cursor.block());
    cursor.setBlockCharFormat(QTextCharFormat());
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), format(inText));
    cursor.endEditBlock();
}

QList<int> positionsIn(const QTextDocument *document)
{
    QList<int> positions;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (!block.text().contains(QChar::ObjectReplacementCharacter))
            continue;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!of(fragment.charFormat()))
                continue;
            for (int i = 0; i < fragment.length(); ++i)
                positions.append(fragment.position() + i);
        }
    }
    return positions;
}

std::optional<Photo> at(const QTextDocument *document, int position)
{
    if (position < 0 || position + 1 >= document->characterCount()
        || document->characterAt(position) != QChar::ObjectReplacementCharacter)
        return std::nullopt;
    QTextCursor cursor(const_cast<QTextDocument *>(document));
    cursor.setPosition(position + 1);
    return of(cursor.charFormat());
}

QList<Photo> inDocument(const QTextDocument *document)
{
    QList<Photo> found;
    for (const int position : positionsIn(document))
        if (const auto photo = at(document, position))
            found.append(*photo);
    return found;
}

QList<Photo> allIn(const QTextDocument *document)
{
    QList<Photo> all;
    if (const auto first = lead(document))
        all << *first;
    return all + inDocument(document);
}

QStringList shasOf(const QList<Photo> &photos)
{
    QStringList shas;
    for (const Photo &photo : photos)
        shas << photo.sha;
    return shas;
}

bool setAt(QTextDocument *document, int position, const std::optional<Photo> &photo)
{
    if (!at(document, position))
        return false;
    QTextCursor cursor(document);
    cursor.setPosition(position);
    cursor.setPosition(position + 1, QTextCursor::KeepAnchor);
    cursor.beginEditBlock();
    if (photo) {
        Photo inText = *photo;
        inText.lead = false;
        cursor.setCharFormat(format(inText));
    } else {
        cursor.removeSelectedText();
        // The paragraph it stood in goes too when nothing is left of it.
        if (cursor.block().text().trimmed().isEmpty() && document->blockCount() > 1) {
            cursor.movePosition(QTextCursor::StartOfBlock);
            if (cursor.block().next().isValid()) {
                cursor.movePosition(QTextCursor::NextBlock, QTextCursor::KeepAnchor);
            } else {
                cursor.movePosition(QTextCursor::PreviousBlock);
                cursor.movePosition(QTextCursor::EndOfBlock);
                cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
            }
            cursor.removeSelectedText();
        }
    }
    cursor.endEditBlock();
    return true;
}

int move(QTextDocument *document, int position, int direction)
{
    const auto photo = at(document, position);
    if (!photo || direction == 0)
        return -1;
    const QTextBlock block = document->findBlock(position);
    const QTextBlock other = direction < 0 ? block.previous() : block.next();
    if (!other.isValid())
        return -1;
    QTextCursor edit(document);
    edit.beginEditBlock();
    // Where it goes, kept by a cursor, which follows the removal below.
    QTextCursor target(document);
    target.setPosition(direction < 0 ? other.position() : other.position() + other.length() - 1);
    setAt(document, position, std::nullopt);
    insert(target, *photo);
    edit.endEditBlock();
    return target.position() - 1;
}

std::optional<Photo> lead(const QTextDocument *document)
{
    const QStringList fields = document->property(LeadProperty).toStringList();
    if (fields.size() != 4 || !isSha(fields[0]))
        return std::nullopt;
    return Photo { fields[0], fields[1], fields[2], fields[3], true };
}

void setLead(QTextDocument *document, const std::optional<Photo> &photo)
{
    if (!photo) {
        document->setProperty(LeadProperty, QVariant());
        return;
    }
    document->setProperty(LeadProperty,
                          QStringList { photo->sha, photo->alt, photo->caption, photo->credit });
}

} // namespace copydesk::app::photos
