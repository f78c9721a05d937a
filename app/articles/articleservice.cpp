#include "app/articles/articleservice.h"

#include "app/articles/editingservice.h"
#include "app/body/photos.h"
#include "app/body/textanchor.h"
#include "app/body/textlimits.h"
#include "app/body/textstats.h"
#include "app/body/worddiff.h"
#include "app/storecontext.h"
#include "app/workflow/workflowservice.h"
#include "db/transaction.h"

namespace copydesk::app {

ArticleService::ArticleService(StoreContext &context, EditingService &editing)
    : m_ctx(context)
    , m_editing(editing)
{ }

Result<db::Article> ArticleService::article(qint64 id)
{
    return m_ctx.articles.get(id);
}

Result<QList<db::ArticleSummary>> ArticleService::list(const db::ArticleQuery &query)
{
    return m_ctx.articles.list(query);
}

Result<int> ArticleService::count(const db::ArticleQuery &query)
{
    return m_ctx.articles.count(query);
}

Result<QList<db::Revision>> ArticleService::revisions(qint64 articleId)
{
    return m_ctx.articles.revisions(articleId);
}

Result<db::Revision> ArticleService::revision(qint64 articleId, int version)
{
    return m_ctx.articles.revision(articleId, version);
}

Result<QStringList> ArticleService::sections()
{
    return m_ctx.articles.sections();
}

Action ArticleService::changeActionFor(const db::Article &article)
{
    return article.status == Status::Published ? Action::Correct : Action::Edit;
}

Result<QList<ImportedArticle>>
ArticleService::importArticles(const Actor &by, const QList<IncomingArticle> &incoming,
                               const QString &section, const QString &authorUsername)
{
    QList<qint64> authors;
    if (!authorUsername.isEmpty()) {
        const auto person = m_ctx.people.byUsername(authorUsername);
        if (!person)
            return person.error();
        authors.append(person->id);
    }
    db::Transaction transaction(m_ctx.database);
    if (auto r = transaction.begin(); !r)
        return r.error();
    QList<ImportedArticle> imported;
    for (const IncomingArticle &in : incoming) {
        db::Article article;
        article.headline = in.headline;
        article.standfirst = in.standfirst;
        article.body = in.body;
        article.section = section;
        article.authorIds = authors;
        const auto created = createArticle(article, by);
        if (!created)
            return Error { created.error().kind,
                           tr("%1: %2").arg(in.source, created.error().message) };
        imported.append({ in.source, *created });
    }
    if (auto r = transaction.commit(); !r)
        return r.error();
    return imported;
}

Result<void> ArticleService::checkStorable(const db::Article &article)
{
    if (article.headline.trimmed().isEmpty())
        return failure(Error::Kind::Invalid, tr("an article needs a headline"));
    if (article.commissionedWords < 0 || article.commissionedWords > MaxCommissionedWords)
        return failure(Error::Kind::Invalid,
                       tr("a commissioned length is from 0 (none) to %1 words, not %2")
                           .arg(MaxCommissionedWords)
                           .arg(article.commissionedWords));
    return {};
}

void ArticleService::applyNewArticleDefaults(db::Article &article, qint64 actorId)
{
    article.headline = article.headline.trimmed();
    if (article.slug.isEmpty())
        article.slug = textstats::slugify(article.headline);
    if (article.authorIds.isEmpty() && actorId > 0)
        article.authorIds.append(actorId);
}

namespace {

// The hashes of the body's photos, kept in the article's row for lists and the site's export.
void keepPhotoHashes(db::Article &article)
{
    article.leadImage.clear();
    article.bodyImages.clear();
    for (const Photo &photo : photos::inBody(article.body)) {
        if (photo.lead)
            article.leadImage = photo.sha;
        else
            article.bodyImages << photo.sha;
    }
}

} // namespace

Result<void> ArticleService::requireKeptPhotos(const db::Article &article)
{
    QStringList shas = article.bodyImages;
    if (!article.leadImage.isEmpty())
        shas.prepend(article.leadImage);
    if (shas.isEmpty())
        return {};
    shas.removeDuplicates();
    const auto kept = m_ctx.images.info(shas);
    if (!kept)
        return kept.error();
    for (const QString &sha : std::as_const(shas))
        if (!kept->contains(sha))
            return failure(Error::Kind::Invalid,
                           tr("the body shows image %1, which is not in the store: add photos "
                              "with Insert ▸ Photo or copydesk photo add (nothing was saved)")
                               .arg(sha.left(12)));
    return {};
}

Result<db::Article> ArticleService::storeNewArticle(db::Article article, qint64 actorId)
{
    if (auto r = TextLimits::prepareArticle(article); !r)
        return r.error();
    if (auto r = checkStorable(article); !r)
        return r.error();
    applyNewArticleDefaults(article, actorId);
    article.wordCount = textstats::bodyWordCount(article.body);
    keepPhotoHashes(article);
    if (auto r = requireKeptPhotos(article); !r)
        return r.error();
    return m_ctx.articles.create(article, actorId);
}

Result<db::Article> ArticleService::createArticle(db::Article article, const Actor &by)
{
    if (const Decision d = Permissions::decide(by, Action::Create); !d)
        return notPermitted(d.reason);
    if (const Decision d = Permissions::mayCredit(by, article.authorIds, article.section); !d)
        return notPermitted(d.reason);
    article.status = Status::Draft;
    article.publishedAt = {};
    article.createdAt = {}; // a new article is written now
    article.updatedAt = {};
    return storeNewArticle(article, by.id);
}

Result<void> ArticleService::checkTypoFix(const db::Article &stored, const db::Article &changed)
{
    if (changed.section != stored.section || changed.tags != stored.tags
        || changed.language != stored.language
        || (!changed.authorIds.isEmpty() && changed.authorIds != stored.authorIds))
        return failure(Error::Kind::Invalid,
                       tr("a silent fix changes only the text; the section, tags, language and "
                          "byline are changed with a correction"));
    // A photo added, removed or swapped is seen by every reader: never a silent fix.
    if (photos::shasOf(photos::inBody(stored.body)) != photos::shasOf(photos::inBody(changed.body)))
        return failure(Error::Kind::Invalid,
                       tr("a silent fix changes only words; a photo added, removed or replaced "
                          "is a correction with a note"));
    // Counted on the Markdown, where a mark (an asterisk of bold, a link's address, a line
    // break between paragraphs) is a unit like a word: a change of form is no typo. Each place
    // changed counts its larger side: "teh" for "the" is one word, three words gone here and
    // three others written there are six.
    int words = 0;
    auto count = [&words](const QString &before, const QString &after) {
        int deleted = 0;
        int inserted = 0;
        auto endPlace = [&] {
            words += std::max(deleted, inserted);
            deleted = inserted = 0;
        };
        for (const WordDiff::Segment &s : WordDiff::compare(before, after)) {
            if (s.kind == WordDiff::Segment::Kind::Same) {
                endPlace();
                continue;
            }
            int &side = s.kind == WordDiff::Segment::Kind::Deleted ? deleted : inserted;
            for (const QString &unit : WordDiff::units(s.text))
                if (!unit.trimmed().isEmpty() || unit.contains(QLatin1Char('\n')))
                    ++side;
        }
        endPlace();
    };
    count(stored.headline, changed.headline);
    count(stored.standfirst, changed.standfirst);
    count(stored.body, changed.body);
    if (words > TypoFixWords)
        return failure(Error::Kind::Invalid,
                       tr("a silent fix is for a typo: at most %1 words may change, and this "
                          "change touches %2; save it as a correction with a note")
                           .arg(TypoFixWords)
                           .arg(words));
    return {};
}

Result<int> ArticleService::saveArticle(db::Article article, int expectedVersion, const Actor &by,
                                        const QString &rawNote, Change change)
{
    const QString note = TextLimits::clean(rawNote);
    if (auto r = TextLimits::prepareArticle(article); !r)
        return r.error();
    if (auto r = checkStorable(article); !r)
        return r.error();
    article.headline = article.headline.trimmed();
    article.wordCount = textstats::bodyWordCount(article.body);
    keepPhotoHashes(article);
    if (auto r = requireKeptPhotos(article); !r)
        return r.error();

    // The rules are checked against the article as stored, inside the write.
    db::Transaction transaction(m_ctx.database);
    if (auto r = transaction.begin(); !r)
        return r.error();
    const auto stored = m_ctx.articles.get(article.id);
    if (!stored)
        return stored.error();
    const bool typoFix = change == Change::TypoFix;
    const Action action = typoFix ? Action::FixTypo : changeActionFor(*stored);
    const bool correction = action == Action::Correct;
    if (const Decision d = WorkflowService::decide(by, action, *stored); !d)
        return notPermitted(d.reason);
    // Someone else holding the edit lock (or having taken it over) comes first.
    const auto lock = m_ctx.recovery.lock(article.id);
    if (!lock)
        return lock.error();
    if (*lock && m_editing.isOtherLock(**lock, by))
        return failure(
            Error::Kind::Conflict,
            tr("%1 is editing article %2 on %3 (since %4); nothing was saved")
                .arg((*lock)->personName.isEmpty() ? tr("someone else") : (*lock)->personName)
                .arg(article.id)
                .arg((*lock)->machine,
                     (*lock)->acquiredAt.toLocalTime().toString(QStringLiteral("HH:mm"))));
    // Changing the byline is an edit of the article like any other; an empty one keeps it.
    if (article.authorIds.isEmpty())
        article.authorIds = stored->authorIds;
    QList<qint64> added;
    for (qint64 id : std::as_const(article.authorIds))
        if (!stored->authorIds.contains(id))
            added.append(id);
    if (const Decision d = Permissions::mayCredit(by, added, article.section); !d)
        return notPermitted(d.reason);
    if (typoFix)
        if (auto r = checkTypoFix(*stored, article); !r)
            return r.error();
    if (correction && note.trimmed().isEmpty())
        return failure(Error::Kind::Invalid,
                       tr("a correction to a published article needs a note saying what was "
                          "corrected"));
    const QString revisionNote
        = typoFix && note.trimmed().isEmpty() ? QStringLiteral("fixed a typo") : note.trimmed();
    const auto version
        = m_ctx.articles.save(article, expectedVersion, by.id, revisionNote, &*stored);
    if (!version)
        return version.error();
    if (auto r = m_ctx.recovery.removeAutosave(by.id, article.id, QString()); !r)
        return r.error();

    if (typoFix) {
        // Not a public correction: no note with the article, only the audit log.
        if (auto r = m_ctx.log(by, QStringLiteral("fix-typo"), revisionNote, article.id,
                               statusName(stored->status, StatusForm::Token),
                               statusName(stored->status, StatusForm::Token));
            !r)
            return r.error();
    } else if (correction) {
        db::Note n;
        n.articleId = article.id;
        n.personId = by.id;
        n.createdAt = m_ctx.now();
        n.text = note.trimmed();
        n.transition = QStringLiteral("correct");
        if (auto r = m_ctx.journal.addNote(n); !r)
            return r.error();
        if (auto r = m_ctx.log(by, QStringLiteral("correct"), note.trimmed(), article.id,
                               statusName(stored->status, StatusForm::Token),
                               statusName(stored->status, StatusForm::Token));
            !r)
            return r.error();
    } else if (stored->status == Status::Approved) {
        // An edit after approval needs a fresh approval.
        if (auto r = m_ctx.articles.setStatus(article.id, stored->status, Status::InReview); !r)
            return r.error();
        if (auto r = m_ctx.log(by, QStringLiteral("edit"), QStringLiteral("edited after approval"),
                               article.id, statusName(stored->status, StatusForm::Token),
                               statusName(Status::InReview, StatusForm::Token));
            !r)
            return r.error();
    }
    if (article.body != stored->body)
        if (auto r = reanchorComments(article.id, article.body, *version); !r)
            return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return *version;
}

Result<void> ArticleService::reanchorComments(qint64 articleId, const QString &body, int version)
{
    const auto comments = m_ctx.comments.forArticle(articleId);
    if (!comments)
        return comments.error();
    QString text;
    bool read = false;
    for (const db::Comment &c : *comments) {
        if (c.replyTo > 0 || c.state != db::Comment::State::Open)
            continue;
        if (!read) {
            text = TextAnchors::plainTextOf(body);
            read = true;
        }
        const db::TextAnchor now
            = TextAnchors::moved(text, c.anchor, TextAnchors::locateFor(c, text), version);
        if (now.start == c.anchor.start && now.end == c.anchor.end && now.quote == c.anchor.quote
            && now.prefix == c.anchor.prefix && now.suffix == c.anchor.suffix)
            continue;
        if (auto r = m_ctx.comments.setAnchor(c.id, now); !r)
            return r;
    }
    return {};
}

Result<int> ArticleService::restoreRevision(const Actor &by, qint64 articleId, int version,
                                            int expectedVersion)
{
    const auto revision = m_ctx.articles.revision(articleId, version);
    if (!revision)
        return revision.error();
    auto article = m_ctx.articles.get(articleId);
    if (!article)
        return article.error();
    db::Article restored = *article;
    restored.headline = revision->headline;
    restored.standfirst = revision->standfirst;
    restored.body = revision->body;
    const QString note = QStringLiteral("restored version %1").arg(version);
    return saveArticle(restored, expectedVersion, by, note);
}

} // namespace copydesk::app
