#pragma once

#include "app/core/status.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace copydesk::db {

// One article as the store keeps it. The body is CommonMark; the headline, standfirst, section
// and tags are separate fields and never part of it.
struct Article
{
    qint64 id = 0;
    QString slug;
    QString headline;
    QString standfirst;
    QString body;
    QString section; // section name, empty for none
    QString language = QStringLiteral("en_GB");
    Status status = Status::Draft;
    QStringList tags;
    QList<qint64> authorIds; // byline order
    QStringList authorNames; // display names, byline order (read only)
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime publishedAt;
    int version = 0;
    int wordCount = 0;
    int commissionedWords = 0; // the length asked for; 0: none
    qint64 createdBy = 0;
    // Kept from the body on every save (see app/body/photos.h): the lead photo's image hash and
    // the body's photos' hashes, in order (ImageStore).
    QString leadImage;
    QStringList bodyImages;
};

// An image kept in the store, once, by the SHA-256 of its bytes (the bytes: ImageStore::data).
struct StoredImage
{
    QString sha;
    QString mediaType; // "image/jpeg", "image/png"
    int width = 0;
    int height = 0;
    qint64 byteSize = 0;
    QDateTime takenAt; // as the camera says (EXIF), invalid when it does not
    bool hasLocation = false; // its metadata holds a GPS position
    qint64 addedBy = 0;
    QDateTime addedAt;
};

// A row of an article list: what a list or search result shows.
struct ArticleSummary
{
    qint64 id = 0;
    QString headline;
    QString section;
    Status status = Status::Draft;
    QString byline;
    QDateTime updatedAt;
    int version = 0;
    int wordCount = 0;
    int commissionedWords = 0;
    // A draft whose last move was a return by an editor (not a new draft or an unpublished one).
    bool returned = false;
    int openComments = 0; // comments and suggestions on its text not yet resolved
    // Only for searches: a piece of the text around the match, the matched words between
    // snippetStart and snippetEnd.
    QString snippet;

    static constexpr QChar snippetStart = QChar(0x0002);
    static constexpr QChar snippetEnd = QChar(0x0003);
};

// What to list. Empty filters match everything.
struct ArticleQuery
{
    enum class Sort { Updated, Headline, Section, Status, Byline, Words, Relevance };

    std::optional<Status> status;
    QString section;
    QString author; // username
    QString search; // words to find through the full-text index
    // A review queue: approved articles, and those in review that this person did not write,
    // in the sections listed (all sections when reviewerSections is empty and allSections).
    qint64 reviewerId = 0;
    QStringList reviewerSections;
    bool allSections = true;
    Sort sort = Sort::Updated;
    Qt::SortOrder order = Qt::DescendingOrder;
    int offset = 0;
    int limit = 100;
};

struct Revision
{
    qint64 id = 0;
    int version = 0;
    qint64 personId = 0;
    QString personName;
    QDateTime createdAt;
    QString headline;
    QString standfirst;
    QString body;
    QString note;
};

struct Person
{
    qint64 id = 0;
    QString username;
    QString displayName;
    QString bio;
    QString passwordHash;
    bool active = true;
};

struct Appointment
{
    qint64 id = 0;
    qint64 personId = 0;
    QString title; // free text: "Global Editor"
    QString level; // contributor, section-editor, deputy-editor, editor-in-chief, administrator
    QString section; // section name, empty for none
    QString term; // "2019/20"
    QDate startsOn; // null: since always
    QDate endsOn; // null: open-ended
};

// An editorial note on an article; transition names the workflow action it came with, if any.
struct Note
{
    qint64 id = 0;
    qint64 articleId = 0;
    qint64 personId = 0;
    QString personName;
    QDateTime createdAt;
    QString text;
    QString transition;
};

// One line of the audit log: a transition, a sign-in, a failed sign-in, a staff change.
struct AuditEntry
{
    qint64 id = 0;
    qint64 personId = 0;
    QString personName;
    QDateTime at;
    QString action; // "submit", "sign-in", "failed-sign-in", "staff-add", ...
    qint64 articleId = 0;
    QString fromStatus; // a status token, empty when the entry is not a transition
    QString toStatus;
    QString note;
};

// Unsaved text kept for crash recovery: one slot per person and article (or new draft).
struct Autosave
{
    qint64 id = 0;
    qint64 articleId = 0; // 0 for an article never saved
    QString draftKey; // identifies a never-saved article
    qint64 personId = 0;
    QString headline;
    QString standfirst;
    QString body;
    QString section;
    QStringList tags;
    int baseVersion = 0; // the version the text was started from
    QDateTime savedAt;
};

// One row of the store's copy of the permission table (see app::PermissionRules).
struct PermissionRow
{
    QString action;
    QString status;
    QString who;

    bool operator==(const PermissionRow &other) const
    {
        return action == other.action && status == other.status && who == other.who;
    }
};

// Where an imported article came from, and the version and status its last import left it at.
struct ArticleSource
{
    qint64 articleId = 0;
    QString source; // "wordpress:" and the post's GUID
    int importedVersion = 0;
    Status importedStatus = Status::Draft;
    QDateTime importedAt;
};

// A rule of the house style guide: the preferred form and the forms to avoid, matched as whole
// words or phrases.
struct StyleRule
{
    qint64 id = 0;
    QString preferred;
    QStringList avoid;
    QString note; // "since 2022"
    bool caseSensitive = false;
    QString language; // empty: every language; "en": every English; "en_GB": only that one
    QString section; // section name, empty: every section
    QDateTime addedAt;
};

// Where a comment or suggestion points in an article's body, in the manner of the W3C Web
// Annotation selectors: the passage quoted with some text before and after it (a
// TextQuoteSelector) and where it stood (a TextPositionSelector), in characters (UTF-16 code
// units) of the body's plain text at `version` (app/body/textanchor.h).
struct TextAnchor
{
    QString quote;
    QString prefix;
    QString suffix;
    int start = -1; // -1: the passage is gone
    int end = -1;
    int version = 0;
};

// A comment on a passage, a suggested edit of one, or a reply to either.
struct Comment
{
    enum class Kind { Comment, Suggestion };
    enum class State { Open, Resolved, Accepted, Rejected };

    qint64 id = 0;
    qint64 articleId = 0;
    qint64 replyTo = 0; // the comment this answers; 0 for one on a passage
    Kind kind = Kind::Comment;
    qint64 personId = 0;
    QString personName;
    QDateTime createdAt;
    QString text; // the comment; for a suggestion, the wording proposed
    TextAnchor anchor;
    State state = State::Open;
    qint64 closedBy = 0;
    QString closedByName;
    QDateTime closedAt;
};

// A soft edit lock: who has an article open for editing, and until when.
struct EditLock
{
    qint64 articleId = 0;
    qint64 personId = 0;
    QString personName;
    QString machine;
    QDateTime acquiredAt;
    QDateTime expiresAt;
};

} // namespace copydesk::db
