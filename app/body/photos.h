#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextFormat>

#include <optional>

struct cmark_node;
class QTextCursor;
class QTextDocument;

namespace copydesk::app {

// A photo in an article: the image it shows (by the SHA-256 of its bytes, kept once in the
// store), what a reader who cannot see it is told (alt), the caption under it and the credit
// ("Photo: Amira Khan / Concrete"). The lead photo stands above the headline; the others stand
// in the body where they were put.
//
// In the stored CommonMark body a photo is an image whose destination names the image by its
// hash, with the caption and the credit as its title, one line each:
//     ![Students on the library steps](media:3f5a… "They marched at noon.&#10;Photo: Amira Khan")
// The lead photo is the body's first block, its destination marked #lead. So every save,
// revision, autosave, recovery and comparison carries the photos with the words.
struct Photo
{
    QString sha; // 64 lowercase hex digits
    QString alt;
    QString caption;
    QString credit;
    bool lead = false;

    bool operator==(const Photo &o) const
    {
        return sha == o.sha && alt == o.alt && caption == o.caption && credit == o.credit
            && lead == o.lead;
    }
    bool operator!=(const Photo &o) const { return !(*this == o); }
};

namespace photos {

// A photo in an editor document: one object character with this object type, its fields in
// these properties.
constexpr int ObjectType = QTextFormat::UserObject + 1;
constexpr int ShaProperty = QTextFormat::UserProperty + 10;
constexpr int AltProperty = QTextFormat::UserProperty + 11;
constexpr int CaptionProperty = QTextFormat::UserProperty + 12;
constexpr int CreditProperty = QTextFormat::UserProperty + 13;

bool isSha(const QString &text);
// "media:SHA" (with "#lead" for the lead photo).
QString url(const Photo &photo);
// The photo an image's destination, title and alt text describe, or nothing when the
// destination is not one of the store's images.
std::optional<Photo> fromImage(const QString &destination, const QString &title,
                               const QString &alt);
// Whether a cmark-gfm node stands inside an image's description (an image in an image's alt:
// freed with the outer one).
bool insideImage(cmark_node *node);
// Whether an image node is the body's lead: marked #lead and alone in a paragraph at the top
// level (a lead inside text, or a second one, is a photo of the body).
bool standsAsLead(cmark_node *image, const Photo &photo);
// A photo as words, for a comparison of versions or a printed proof: "[Photo: caption — credit]".
QString describe(const Photo &photo);
// The photo a cmark-gfm image node shows (its description as plain text for the alt).
std::optional<Photo> fromImageNode(cmark_node *image);
// The title written for a photo: the caption, then the credit on a line of its own.
QString title(const Photo &photo);
// One line of text for a field: line breaks and runs of white space become one space.
QString cleanField(const QString &text);

// The photos of a stored body, the lead first, then the body's in reading order.
QList<Photo> inBody(const QString &markdown);

QTextCharFormat format(const Photo &photo);
std::optional<Photo> of(const QTextFormat &format);
// Inserts the photo as a block of its own at the cursor.
void insert(QTextCursor &cursor, const Photo &photo);
// The photos of an editor document in order (without the lead).
QList<Photo> inDocument(const QTextDocument *document);
// The same with the lead first, numbered as `photo list` numbers them.
QList<Photo> allIn(const QTextDocument *document);
// The images photos show, in their order.
QStringList shasOf(const QList<Photo> &photos);
// Where each photo object stands in the document, in order.
QList<int> positionsIn(const QTextDocument *document);

// The photo at a position of a document (its object character), if one stands there.
std::optional<Photo> at(const QTextDocument *document, int position);
// Changes the photo at a position (its fields, or with nothing, its removal with its paragraph
// when that held nothing else), as one undo step. False when no photo stands there.
bool setAt(QTextDocument *document, int position, const std::optional<Photo> &photo);
// Moves the paragraph of the photo at a position one paragraph up (-1) or down (1), as one
// undo step; its new position, or -1 when it cannot move.
int move(QTextDocument *document, int position, int direction);

// The lead photo of an editor document: kept beside its text, not in it, so that positions in
// the text (comments, the find bar) are those of the body alone.
std::optional<Photo> lead(const QTextDocument *document);
void setLead(QTextDocument *document, const std::optional<Photo> &photo);

} // namespace photos
} // namespace copydesk::app
