#include "app/workflow/workflowservice.h"

#include "app/articles/reviewservice.h"
#include "app/body/textlimits.h"
#include "app/storecontext.h"
#include "db/transaction.h"

#include <algorithm>

namespace copydesk::app {

namespace {

// A status token from the audit log, as a phrase; an unknown token as it is.
QString phraseOf(const QString &token)
{
    const auto status = statusFromToken(token);
    return status ? statusName(*status, StatusForm::Phrase) : token;
}

} // namespace

WorkflowService::WorkflowService(StoreContext &context)
    : m_ctx(context)
{ }

Result<QList<db::Note>> WorkflowService::notes(qint64 articleId)
{
    return m_ctx.journal.notes(articleId);
}

Result<QList<db::AuditEntry>> WorkflowService::recentAudit(int limit)
{
    return m_ctx.journal.recent(limit);
}

ArticleFacts WorkflowService::factsOf(const db::Article &article)
{
    ArticleFacts facts;
    facts.id = article.id;
    facts.status = article.status;
    facts.section = article.section;
    facts.authorIds = article.authorIds;
    facts.createdBy = article.createdBy;
    return facts;
}

Decision WorkflowService::decide(const Actor &by, Action action, const db::Article &article)
{
    return Permissions::decide(by, action, factsOf(article));
}

Result<Status> WorkflowService::transition(qint64 articleId, Action action, const Actor &by,
                                           const QString &rawNote)
{
    const QString note = TextLimits::clean(rawNote);
    const std::optional<Status> target = Permissions::targetStatus(action);
    if (!target || action == Action::Create)
        return failure(Error::Kind::Invalid,
                       tr("%1 is not a workflow step").arg(Permissions::verbPhrase(action)));
    db::Transaction transaction(m_ctx.database);
    if (auto r = transaction.begin(); !r)
        return r.error();
    const auto stored = m_ctx.articles.get(articleId);
    if (!stored)
        return stored.error();
    if (const Decision d = decide(by, action, *stored); !d)
        return notPermitted(d.reason);
    if (Permissions::needsNote(action) && note.trimmed().isEmpty())
        return failure(Error::Kind::Invalid,
                       tr("to %1 an article, a note is required (say why)")
                           .arg(Permissions::verbPhrase(action)));

    const Status to = *target;
    const QDateTime publishedAt = action == Action::Publish ? m_ctx.now() : QDateTime();
    if (auto r = m_ctx.articles.setStatus(articleId, stored->status, to, publishedAt); !r)
        return r.error();
    if (!note.trimmed().isEmpty()) {
        db::Note n;
        n.articleId = articleId;
        n.personId = by.id;
        n.createdAt = m_ctx.now();
        n.text = note.trimmed();
        n.transition = Permissions::verb(action);
        if (auto r = m_ctx.journal.addNote(n); !r)
            return r.error();
    }
    if (auto r = m_ctx.log(by, Permissions::verb(action), note.trimmed(), articleId,
                           statusName(stored->status, StatusForm::Token),
                           statusName(to, StatusForm::Token));
        !r)
        return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return to;
}

Result<qint64> WorkflowService::addNote(qint64 articleId, const Actor &by, const QString &raw)
{
    const QString text = TextLimits::clean(raw);
    if (auto r = TextLimits::check(tr("note"), text, TextLimits::NoteChars); !r)
        return r.error();
    if (const Decision d = Permissions::mayAddNotes(by); !d)
        return notPermitted(d.reason);
    if (text.trimmed().isEmpty())
        return failure(Error::Kind::Invalid, tr("a note needs some text"));
    const auto article = m_ctx.articles.get(articleId);
    if (!article)
        return article.error();
    db::Note n;
    n.articleId = articleId;
    n.personId = by.id;
    n.createdAt = m_ctx.now();
    n.text = text.trimmed();
    return m_ctx.journal.addNote(n);
}

Result<std::optional<db::AuditEntry>> WorkflowService::returnOf(const db::Article &article)
{
    if (article.status != Status::Draft || article.id <= 0)
        return std::optional<db::AuditEntry>();
    // The same reading as the list's "Returned" (Journal::lastTransitionSql).
    const auto last = m_ctx.journal.lastTransition(article.id);
    if (!last)
        return last.error();
    if (*last && (*last)->action == QLatin1String("return"))
        return *last;
    return std::optional<db::AuditEntry>();
}

Result<QList<HistoryEntry>> WorkflowService::history(qint64 articleId)
{
    const auto article = m_ctx.articles.get(articleId);
    if (!article)
        return article.error();
    const auto revisions = m_ctx.articles.revisions(articleId);
    if (!revisions)
        return revisions.error();
    const auto audit = m_ctx.journal.forArticle(articleId);
    if (!audit)
        return audit.error();
    const auto notes = m_ctx.journal.notes(articleId);
    if (!notes)
        return notes.error();

    QList<HistoryEntry> entries;
    for (const db::Revision &r : *revisions) {
        HistoryEntry e;
        e.kind = HistoryEntry::Kind::Revision;
        e.when = r.createdAt;
        e.who = r.personName;
        e.version = r.version;
        e.what = tr("version %1").arg(r.version);
        e.note = r.note;
        entries.append(e);
    }
    for (const db::AuditEntry &a : *audit) {
        HistoryEntry e;
        e.kind = HistoryEntry::Kind::Transition;
        e.when = a.at;
        e.who = a.personName;
        if (ReviewService::isReviewAction(a.action)) {
            // Review on the text: what was said, about which passage.
            e.kind = HistoryEntry::Kind::Note;
            e.what = ReviewService::actionPhrase(a.action);
            e.note = a.note;
        } else {
            e.what = tr("%1: %2 → %3").arg(a.action, phraseOf(a.fromStatus), phraseOf(a.toStatus));
        }
        entries.append(e);
    }
    for (const db::Note &n : *notes) {
        HistoryEntry e;
        e.kind = HistoryEntry::Kind::Note;
        e.when = n.createdAt;
        e.who = n.personName;
        e.what = n.transition.isEmpty() ? tr("note") : tr("note (%1)").arg(n.transition);
        e.note = n.text;
        entries.append(e);
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const HistoryEntry &a, const HistoryEntry &b) { return a.when < b.when; });
    return entries;
}

std::optional<Action> WorkflowService::nextStep(const Actor &by, const db::Article &article)
{
    if (article.id <= 0)
        return std::nullopt;
    for (const Action step : { Action::Submit, Action::Approve, Action::Publish, Action::Restore })
        if (decide(by, step, article))
            return step;
    return std::nullopt;
}

db::ArticleQuery WorkflowService::reviewQueue(const Actor &by)
{
    db::ArticleQuery q;
    q.reviewerId = by.id > 0 ? by.id : -1;
    if (by.has(Level::DeputyEditor) || by.has(Level::EditorInChief)) {
        q.allSections = true;
    } else {
        q.allSections = false;
        for (const Power &p : by.powers)
            if (p.level == Level::SectionEditor)
                q.reviewerSections.append(p.section);
    }
    return q;
}

} // namespace copydesk::app
