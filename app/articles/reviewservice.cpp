#include "app/articles/reviewservice.h"

#include "app/articles/articleservice.h"
#include "app/body/markdownreader.h"
#include "app/body/markdownwriter.h"
#include "app/body/textlimits.h"
#include "app/storecontext.h"
#include "app/workflow/workflowservice.h"
#include "db/transaction.h"

#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace copydesk::app {

namespace {

using Kind = db::Comment::Kind;
using State = db::Comment::State;

// A passage as the audit log and a return's note quote it: one line, not too long.
QString shortQuote(const QString &text)
{
    return ReviewService::excerpt(text);
}

Decision allowed()
{
    return { true, {} };
}

// Why a comment or suggestion cannot be closed again: a whole sentence for each state.
QString closedAlready(const db::Comment &c)
{
    const QString id = QString::number(c.id);
    switch (c.state) {
    case State::Accepted:
        return ReviewService::tr("suggestion %1 was accepted already").arg(id);
    case State::Rejected:
        return ReviewService::tr("suggestion %1 was rejected already").arg(id);
    case State::Resolved:
        return ReviewService::tr("comment %1 is resolved already").arg(id);
    case State::Open:
        break;
    }
    return ReviewService::tr("%1 is open").arg(id);
}

} // namespace

ReviewService::ReviewService(StoreContext &context, ArticleService &articles)
    : m_ctx(context)
    , m_articles(articles)
{ }

QList<ReviewItem> ReviewService::locatedIn(QList<ReviewItem> items, const QString &plainText)
{
    // A suggestion taken or turned down points nowhere any more; an open one stands only where
    // the very words it was made against still do (nearly the same words are not what the
    // suggester read, and accepting there would overwrite someone's later edit).
    for (ReviewItem &item : items)
        item.at = TextAnchors::locateFor(item.comment, plainText);
    std::stable_sort(items.begin(), items.end(), [](const ReviewItem &a, const ReviewItem &b) {
        if (a.at.found() != b.at.found())
            return a.at.found();
        return a.at.start < b.at.start;
    });
    return items;
}

Result<QList<ReviewItem>> ReviewService::items(qint64 articleId)
{
    const auto article = m_articles.article(articleId);
    if (!article)
        return article.error();
    const auto all = m_ctx.comments.forArticle(articleId);
    if (!all)
        return all.error();
    QList<ReviewItem> items;
    QHash<qint64, qsizetype> index;
    for (const db::Comment &c : *all) {
        if (c.replyTo > 0) {
            if (const auto i = index.constFind(c.replyTo); i != index.cend())
                items[*i].replies.append(c);
            continue;
        }
        index.insert(c.id, items.size());
        items.append(ReviewItem { c, {}, {} });
    }
    return locatedIn(items, TextAnchors::plainTextOf(article->body));
}

int ReviewService::openCount(const QList<ReviewItem> &items)
{
    return int(std::count_if(items.cbegin(), items.cend(),
                             [](const ReviewItem &i) { return i.isOpen(); }));
}

Result<int> ReviewService::openCount(qint64 articleId)
{
    const auto counts = m_ctx.comments.openCounts({ articleId });
    if (!counts)
        return counts.error();
    return counts->value(articleId);
}

Result<QHash<qint64, int>> ReviewService::openCounts(const QList<qint64> &articleIds)
{
    return m_ctx.comments.openCounts(articleIds);
}

Result<db::TextAnchor> ReviewService::anchorFor(qint64 articleId, const QString &passage,
                                                int occurrence)
{
    const auto article = m_articles.article(articleId);
    if (!article)
        return article.error();
    if (passage.trimmed().isEmpty())
        return failure(Error::Kind::Invalid, tr("say which passage: the quote is empty"));
    const QString text = TextAnchors::plainTextOf(article->body);
    const auto places = TextAnchors::find(text, passage);
    if (places.isEmpty())
        return failure(Error::Kind::NotFound,
                       tr("article %1 has no passage \"%2\" (it is matched within a paragraph)")
                           .arg(QString::number(articleId), shortQuote(passage)));
    if (occurrence <= 0 && places.size() > 1)
        return failure(Error::Kind::Invalid,
                       tr("\"%1\" stands %2 times in article %3: quote more of the passage, or "
                          "say which one with --occurrence")
                           .arg(shortQuote(passage), QString::number(places.size()),
                                QString::number(articleId)));
    if (occurrence > places.size())
        return failure(Error::Kind::Invalid,
                       (places.size() == 1 ? tr("\"%1\" stands only once in article %2")
                                           : tr("\"%1\" stands only %3 times in article %2"))
                           .arg(shortQuote(passage), QString::number(articleId),
                                QString::number(places.size())));
    const auto &place = places.at(std::max(occurrence, 1) - 1);
    return TextAnchors::make(text, place.first, place.second, article->version);
}

QString ReviewService::logLine(const db::Comment &comment, const QString &text) const
{
    const QString quote = comment.anchor.quote.isEmpty()
        ? QString()
        : QStringLiteral("“%1” ").arg(shortQuote(comment.anchor.quote));
    return (quote + shortQuote(text)).trimmed();
}

Result<db::Comment> ReviewService::add(const Actor &by, qint64 articleId, Kind kind,
                                       const db::TextAnchor &anchor, const QString &rawText)
{
    const QString text = kind == Kind::Suggestion ? TextLimits::clean(rawText)
                                                  : TextLimits::clean(rawText).trimmed();
    if (auto r = TextLimits::check(kind == Kind::Suggestion ? tr("suggestion") : tr("comment"),
                                   text, TextLimits::NoteChars);
        !r)
        return r.error();
    if (kind == Kind::Comment && text.isEmpty())
        return failure(Error::Kind::Invalid, tr("a comment needs some text"));
    if (kind == Kind::Suggestion && text.contains(QLatin1Char('\n')))
        return failure(Error::Kind::Invalid,
                       tr("a suggestion replaces words within one paragraph: no line breaks"));
    if (anchor.quote.isEmpty() || anchor.start < 0 || anchor.end <= anchor.start)
        return failure(Error::Kind::Invalid, tr("select the passage the comment is about"));
    if (auto r = TextLimits::check(tr("passage"), anchor.quote, TextLimits::NoteChars); !r)
        return r.error();
    if (kind == Kind::Suggestion && text == anchor.quote)
        return failure(Error::Kind::Invalid, tr("the suggestion is the passage as it stands"));
    db::Transaction transaction(m_ctx.database);
    if (auto r = transaction.begin(); !r)
        return r.error();
    const auto article = m_articles.article(articleId);
    if (!article)
        return article.error();
    if (const Decision d = WorkflowService::decide(
            by, kind == Kind::Suggestion ? Action::Suggest : Action::Comment, *article);
        !d)
        return notPermitted(d.reason);
    db::Comment comment;
    comment.articleId = articleId;
    comment.kind = kind;
    comment.personId = by.id;
    comment.personName = by.displayName;
    comment.createdAt = m_ctx.now();
    comment.text = text;
    comment.anchor = anchor;
    const auto id = m_ctx.comments.add(comment);
    if (!id)
        return id.error();
    comment.id = *id;
    if (auto r = m_ctx.log(
            by,
            kind == Kind::Suggestion ? QStringLiteral("suggest") : QStringLiteral("comment-add"),
            kind == Kind::Suggestion
                ? QStringLiteral("“%1” → “%2”").arg(shortQuote(anchor.quote), shortQuote(text))
                : logLine(comment, text),
            articleId);
        !r)
        return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return comment;
}

Result<db::Comment> ReviewService::reply(const Actor &by, qint64 commentId, const QString &rawText)
{
    const QString text = TextLimits::clean(rawText).trimmed();
    if (auto r = TextLimits::check(tr("reply"), text, TextLimits::NoteChars); !r)
        return r.error();
    if (text.isEmpty())
        return failure(Error::Kind::Invalid, tr("a reply needs some text"));
    db::Transaction transaction(m_ctx.database);
    if (auto r = transaction.begin(); !r)
        return r.error();
    auto parent = m_ctx.comments.get(commentId);
    if (!parent)
        return parent.error();
    if (parent->replyTo > 0) // a reply to a reply joins the thread
        parent = m_ctx.comments.get(parent->replyTo);
    if (!parent)
        return parent.error();
    const auto article = m_articles.article(parent->articleId);
    if (!article)
        return article.error();
    if (const Decision d = WorkflowService::decide(by, Action::Comment, *article); !d)
        return notPermitted(d.reason);
    db::Comment comment;
    comment.articleId = parent->articleId;
    comment.replyTo = parent->id;
    comment.personId = by.id;
    comment.personName = by.displayName;
    comment.createdAt = m_ctx.now();
    comment.text = text;
    const auto id = m_ctx.comments.add(comment);
    if (!id)
        return id.error();
    comment.id = *id;
    if (auto r
        = m_ctx.log(by, QStringLiteral("comment-reply"), logLine(*parent, text), parent->articleId);
        !r)
        return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return comment;
}

Decision ReviewService::mayResolve(const Actor &by, const db::Comment &comment,
                                   const db::Article &article)
{
    if (by.id > 0 && comment.personId == by.id)
        return allowed();
    return WorkflowService::decide(by, Action::Resolve, article);
}

Decision ReviewService::mayDelete(const Actor &by, const db::Comment &comment,
                                  const db::Article &article)
{
    if (by.id > 0 && comment.personId == by.id)
        return allowed();
    return WorkflowService::decide(by, Action::DeleteComment, article);
}

Decision ReviewService::mayAccept(const Actor &by, const db::Article &article)
{
    return WorkflowService::decide(
        by, article.status == Status::Published ? Action::Correct : Action::Edit, article);
}

Result<db::Comment> ReviewService::openItem(qint64 id, Kind kind)
{
    const auto comment = m_ctx.comments.get(id);
    if (!comment)
        return comment.error();
    if (comment->replyTo > 0)
        return failure(Error::Kind::Invalid,
                       tr("%1 is a reply; resolve the comment it answers (%2)")
                           .arg(QString::number(id), QString::number(comment->replyTo)));
    if (kind == Kind::Suggestion && comment->kind != Kind::Suggestion)
        return failure(Error::Kind::Invalid, tr("%1 is a comment, not a suggestion").arg(id));
    return comment;
}

Result<void> ReviewService::close(const Actor &by, qint64 id, State state)
{
    db::Transaction transaction(m_ctx.database);
    if (auto r = transaction.begin(); !r)
        return r;
    const auto comment = openItem(id, state == State::Rejected ? Kind::Suggestion : Kind::Comment);
    if (!comment)
        return comment.error();
    const bool reopening = state == State::Open;
    if (reopening ? comment->state != State::Resolved : comment->state != State::Open)
        return failure(Error::Kind::Conflict,
                       reopening ? tr("%1 is not resolved").arg(id) : closedAlready(*comment));
    const auto article = m_articles.article(comment->articleId);
    if (!article)
        return article.error();
    if (const Decision d = mayResolve(by, *comment, *article); !d)
        return notPermitted(d.reason);
    if (auto r = m_ctx.comments.setState(id, state, by.id, m_ctx.now()); !r)
        return r;
    const QString action = state == State::Rejected ? QStringLiteral("suggestion-reject")
        : reopening                                 ? QStringLiteral("comment-reopen")
                                                    : QStringLiteral("comment-resolve");
    if (auto r = m_ctx.log(by, action, logLine(*comment, comment->text), comment->articleId); !r)
        return r;
    return transaction.commit();
}

Result<void> ReviewService::resolve(const Actor &by, qint64 commentId)
{
    return close(by, commentId, State::Resolved);
}

Result<void> ReviewService::reopen(const Actor &by, qint64 commentId)
{
    return close(by, commentId, State::Open);
}

Result<void> ReviewService::reject(const Actor &by, qint64 suggestionId)
{
    return close(by, suggestionId, State::Rejected);
}

Result<void> ReviewService::remove(const Actor &by, qint64 commentId)
{
    db::Transaction transaction(m_ctx.database);
    if (auto r = transaction.begin(); !r)
        return r;
    const auto comment = m_ctx.comments.get(commentId);
    if (!comment)
        return comment.error();
    const auto article = m_articles.article(comment->articleId);
    if (!article)
        return article.error();
    if (const Decision d = mayDelete(by, *comment, *article); !d)
        return notPermitted(d.reason);
    if (auto r = m_ctx.comments.remove(commentId); !r)
        return r;
    if (auto r = m_ctx.log(by, QStringLiteral("comment-delete"), logLine(*comment, comment->text),
                           comment->articleId);
        !r)
        return r;
    return transaction.commit();
}

QList<qint64> ReviewService::apply(QTextDocument *document, const QList<ReviewItem> &suggestions)
{
    QList<ReviewItem> found;
    for (const ReviewItem &item : suggestions)
        if (item.isSuggestion() && item.isOpen() && item.at.found())
            found.append(item);
    std::sort(found.begin(), found.end(),
              [](const ReviewItem &a, const ReviewItem &b) { return a.at.start > b.at.start; });
    QList<qint64> applied;
    if (found.isEmpty())
        return applied;
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    int limit = std::numeric_limits<int>::max();
    for (const ReviewItem &item : found) {
        if (item.at.end > limit) // overlaps one applied already
            continue;
        QTextCursor edit(document);
        edit.setPosition(item.at.start);
        edit.setPosition(item.at.end, QTextCursor::KeepAnchor);
        const QString was = edit.selectedText();
        if (was != item.comment.anchor.quote) // not the words it was made against
            continue;
        // Only what differs is written, so the words kept keep their bold, italic or link.
        const QString now = item.comment.text;
        int same = 0;
        while (same < was.size() && same < now.size() && was.at(same) == now.at(same))
            ++same;
        if (same > 0 && now.at(same - 1).isHighSurrogate())
            --same;
        int sameEnd = 0;
        while (sameEnd < was.size() - same && sameEnd < now.size() - same
               && was.at(was.size() - 1 - sameEnd) == now.at(now.size() - 1 - sameEnd))
            ++sameEnd;
        if (sameEnd > 0 && now.at(now.size() - sameEnd).isLowSurrogate())
            --sameEnd;
        int from = item.at.start + same;
        int to = item.at.end - sameEnd;
        const QString written = now.mid(same, now.size() - same - sameEnd);
        // Words deleted take one space with them, as a person deleting them would: "risen
        // sharply, according" loses "sharply" and the space before it, not leaving "risen ,".
        if (written.isEmpty() && to > from) {
            const QChar before = from > 0 ? document->characterAt(from - 1) : QChar();
            const QChar after = document->characterAt(to);
            const bool spaceBefore = before == QLatin1Char(' ');
            const bool spaceAfter = after == QLatin1Char(' ');
            if (spaceBefore && (!after.isLetterOrNumber() || spaceAfter))
                --from;
            else if (spaceAfter && (from == 0 || !before.isLetterOrNumber()))
                ++to;
        }
        edit.setPosition(from);
        edit.setPosition(to, QTextCursor::KeepAnchor);
        edit.insertText(written);
        limit = item.at.start;
        applied.append(item.comment.id);
    }
    cursor.endEditBlock();
    return applied;
}

Result<int> ReviewService::accept(const Actor &by, const QList<qint64> &givenIds,
                                  const QString &note)
{
    QList<qint64> suggestionIds;
    for (qint64 id : givenIds)
        if (!suggestionIds.contains(id))
            suggestionIds.append(id);
    if (suggestionIds.isEmpty())
        return failure(Error::Kind::Invalid, tr("no suggestion to accept"));
    // Read, checked and written in one transaction: a suggestion rejected meanwhile stays so.
    db::Transaction transaction(m_ctx.database);
    if (auto r = transaction.begin(); !r)
        return r.error();
    const auto first = openItem(suggestionIds.first(), Kind::Suggestion);
    if (!first)
        return first.error();
    const auto article = m_articles.article(first->articleId);
    if (!article)
        return article.error();
    if (const Decision d = mayAccept(by, *article); !d)
        return notPermitted(d.reason);
    // On a published article this is a correction, with its own public note.
    if (article->status == Status::Published && note.trimmed().isEmpty())
        return failure(Error::Kind::Invalid,
                       tr("article %1 is published: accepting a suggestion corrects it, which "
                          "needs a note saying what was corrected")
                           .arg(article->id));
    const auto all = items(article->id);
    if (!all)
        return all.error();
    QList<ReviewItem> chosen;
    for (qint64 id : suggestionIds) {
        const auto it = std::find_if(all->cbegin(), all->cend(),
                                     [id](const ReviewItem &i) { return i.comment.id == id; });
        if (it == all->cend() || !it->isSuggestion())
            return failure(Error::Kind::NotFound,
                           tr("article %1 has no suggestion %2")
                               .arg(QString::number(article->id), QString::number(id)));
        if (!it->isOpen())
            return failure(Error::Kind::Conflict, closedAlready(it->comment));
        if (it->isOrphaned())
            return failure(Error::Kind::Conflict,
                           tr("the passage of suggestion %1 (\"%2\") is no longer in the article "
                              "as it was suggested against")
                               .arg(QString::number(id), shortQuote(it->comment.anchor.quote)));
        chosen.append(*it);
    }
    QTextDocument body;
    MarkdownReader::read(article->body, &body);
    // The body is changed through the editor's document: only where it reads back exactly
    // as stored, so that nothing else in it changes unseen.
    if (MarkdownWriter::write(&body) != article->body)
        return failure(Error::Kind::Conflict,
                       tr("article %1's body is not written the way the editor writes it, so "
                          "accepting here could change more than the passage: open it in the "
                          "window, accept there and save")
                           .arg(article->id));
    if (apply(&body, chosen).size() != chosen.size())
        return failure(
            Error::Kind::Conflict,
            tr("these suggestions change overlapping passages, or their passages changed: "
               "accept one at a time"));
    db::Article changed = *article;
    changed.body = MarkdownWriter::write(&body);

    const QString revisionNote = !note.trimmed().isEmpty() ? note
        : chosen.size() == 1
        ? tr("accepted a suggestion by %1").arg(chosen.first().comment.personName)
        : tr("accepted %1 suggestions").arg(chosen.size());
    // Closed first: the save finds the other open passages again in the new text, not these.
    for (const ReviewItem &item : chosen) {
        if (auto r = m_ctx.comments.setState(item.comment.id, State::Accepted, by.id, m_ctx.now());
            !r)
            return r.error();
        if (auto r = m_ctx.log(
                by, QStringLiteral("suggestion-accept"),
                QStringLiteral("“%1” → “%2”")
                    .arg(shortQuote(item.comment.anchor.quote), shortQuote(item.comment.text)),
                article->id);
            !r)
            return r.error();
    }
    const auto version = m_articles.saveArticle(changed, article->version, by, revisionNote);
    if (!version)
        return version.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return *version;
}

Result<int> ReviewService::acceptAll(const Actor &by, qint64 articleId, const QString &note)
{
    const auto all = items(articleId);
    if (!all)
        return all.error();
    QList<qint64> ids;
    for (const ReviewItem &item : *all)
        if (item.isSuggestion() && item.isOpen() && !item.isOrphaned())
            ids.append(item.comment.id);
    if (ids.isEmpty())
        return failure(Error::Kind::NotFound,
                       tr("article %1 has no open suggestion to accept").arg(articleId));
    return accept(by, ids, note);
}

Result<void> ReviewService::markAccepted(const Actor &by, const QList<qint64> &suggestionIds)
{
    db::Transaction transaction(m_ctx.database);
    if (auto r = transaction.begin(); !r)
        return r;
    for (qint64 id : suggestionIds) {
        const auto suggestion = openItem(id, Kind::Suggestion);
        if (!suggestion)
            return suggestion.error();
        if (suggestion->state != State::Open)
            return failure(Error::Kind::Conflict, closedAlready(*suggestion));
        const auto article = m_articles.article(suggestion->articleId);
        if (!article)
            return article.error();
        if (const Decision d = mayAccept(by, *article); !d)
            return notPermitted(d.reason);
        if (auto r = m_ctx.comments.setState(id, State::Accepted, by.id, m_ctx.now()); !r)
            return r;
        if (auto r = m_ctx.log(
                by, QStringLiteral("suggestion-accept"),
                QStringLiteral("“%1” → “%2”")
                    .arg(shortQuote(suggestion->anchor.quote), shortQuote(suggestion->text)),
                suggestion->articleId);
            !r)
            return r;
    }
    return transaction.commit();
}

Result<QString> ReviewService::returnNote(qint64 articleId, const QString &note)
{
    const auto all = items(articleId);
    if (!all)
        return all.error();
    QStringList lines;
    for (const ReviewItem &item : *all) {
        if (!item.isOpen())
            continue;
        lines << (item.isSuggestion() ? tr("• “%1”: suggested “%2” (%3)") : tr("• “%1”: %2 (%3)"))
                     .arg(shortQuote(item.comment.anchor.quote), shortQuote(item.comment.text),
                          item.comment.personName);
    }
    if (lines.isEmpty())
        return note;
    QString text = note.trimmed();
    if (!text.isEmpty())
        text += QStringLiteral("\n\n");
    text += tr("Open comments on the text:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
    return text;
}

QString ReviewService::excerpt(const QString &text, int most)
{
    const QString line = text.simplified();
    if (line.size() <= most)
        return line;
    int at = most - 1;
    if (at > 0 && line.at(at - 1).isHighSurrogate())
        --at;
    return line.left(at) + QChar(0x2026);
}

QString ReviewService::kindToken(db::Comment::Kind kind)
{
    return db::CommentStore::kindToken(kind);
}

QString ReviewService::stateToken(db::Comment::State state)
{
    return db::CommentStore::stateToken(state);
}

bool ReviewService::isReviewAction(const QString &action)
{
    return action.startsWith(QLatin1String("comment-"))
        || action.startsWith(QLatin1String("suggest"));
}

QString ReviewService::actionPhrase(const QString &action)
{
    if (action == QLatin1String("comment-add"))
        return tr("comment");
    if (action == QLatin1String("comment-reply"))
        return tr("reply to a comment");
    if (action == QLatin1String("comment-resolve"))
        return tr("comment resolved");
    if (action == QLatin1String("comment-reopen"))
        return tr("comment reopened");
    if (action == QLatin1String("comment-delete"))
        return tr("comment deleted");
    if (action == QLatin1String("suggest"))
        return tr("suggested edit");
    if (action == QLatin1String("suggestion-accept"))
        return tr("suggestion accepted");
    if (action == QLatin1String("suggestion-reject"))
        return tr("suggestion rejected");
    return action;
}

} // namespace copydesk::app
