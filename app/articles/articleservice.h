#pragma once

#include "app/core/result.h"
#include "app/workflow/permissions.h"
#include "db/records.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace copydesk::app {

class EditingService;
class StoreContext;

// A new article from a file or another system, before it is stored.
struct IncomingArticle
{
    QString source; // the file it came from, for messages
    QString headline;
    QString standfirst;
    QString body;
};

// What was stored by an import: one row per article.
struct ImportedArticle
{
    QString source;
    db::Article article;
};

// The articles of the newsroom: reading, creating, saving (edit or correction), importing and
// restoring old versions. Saves check the version they started from and the edit lock.
class ArticleService final
{
    Q_DISABLE_COPY_MOVE(ArticleService)
    Q_DECLARE_TR_FUNCTIONS(copydesk::app::ArticleService)

public:
    ArticleService(StoreContext &context, EditingService &editing);

    // Reading.
    Result<db::Article> article(qint64 id);
    Result<QList<db::ArticleSummary>> list(const db::ArticleQuery &query);
    Result<int> count(const db::ArticleQuery &query);
    Result<QList<db::Revision>> revisions(qint64 articleId);
    Result<db::Revision> revision(qint64 articleId, int version);
    Result<QStringList> sections();

    // The one place that decides how a change to an article is made: a published article is
    // corrected (with a note), anything else is edited.
    static Action changeActionFor(const db::Article &article);
    static bool needsCorrectionNote(const db::Article &article)
    {
        return changeActionFor(article) == Action::Correct;
    }

    // What every article needs before it is stored: a headline. One rule for every caller.
    static Result<void> checkStorable(const db::Article &article);
    // The longest length that can be commissioned.
    static constexpr int MaxCommissionedWords = 100000;
    // The defaults of a new article, one way for every caller (and for a preview of an unsaved
    // one): slug from the headline, the acting person as the byline when none is given.
    static void applyNewArticleDefaults(db::Article &article, qint64 actorId);

    // Stores a new draft: slug from the headline, word count from the body, and the acting
    // person as its first author when no byline is given.
    Result<db::Article> createArticle(db::Article article, const Actor &by);
    // How a change to a published article reaches its readers: as a correction with a public
    // note, or, for a typo and only by those the table lets fix one, silently (the audit log
    // keeps it).
    enum class Change { Ordinary, TypoFix };
    // The most words a silent typo fix may change (on each side of the comparison).
    static constexpr int TypoFixWords = 3;

    // Saves a change made from expectedVersion. An edit to an approved article sends it back to
    // review; a change to a published one is a correction and needs a note, kept with it, unless
    // it is a TypoFix: at most TypoFixWords words of the headline, standfirst and body, nothing
    // else, no public note.
    Result<int> saveArticle(db::Article article, int expectedVersion, const Actor &by,
                            const QString &note = {}, Change change = Change::Ordinary);
    // Why this change is not a typo fix, or nothing when it is one.
    static Result<void> checkTypoFix(const db::Article &stored, const db::Article &changed);
    // Makes an old version the newest again, as a new revision: history is never rewritten.
    Result<int> restoreRevision(const Actor &by, qint64 articleId, int version,
                                int expectedVersion);
    // Stores new drafts in one transaction: all or nothing. The byline is the person named by
    // authorUsername, else the acting person.
    Result<QList<ImportedArticle>> importArticles(const Actor &by,
                                                  const QList<IncomingArticle> &incoming,
                                                  const QString &section,
                                                  const QString &authorUsername = {});

    // Used by the demo newsroom, which stores articles as they are given (any status).
    Result<db::Article> storeNewArticle(db::Article article, qint64 actorId);

private:
    // Refuses an article whose body shows an image the store does not hold (from the hashes
    // kept from its body).
    Result<void> requireKeptPhotos(const db::Article &article);
    // The open comments' passages found again in a new body (TextAnchors::locate) and their
    // anchors moved there, or orphaned, in the save's own transaction.
    Result<void> reanchorComments(qint64 articleId, const QString &body, int version);

    StoreContext &m_ctx;
    EditingService &m_editing;
};

} // namespace copydesk::app
