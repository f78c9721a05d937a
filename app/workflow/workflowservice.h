#pragma once

#include "app/core/result.h"
#include "app/workflow/permissions.h"
#include "db/records.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace copydesk::app {

class StoreContext;

// One line of an article's history: a revision, a transition or a note.
struct HistoryEntry
{
    enum class Kind { Revision, Transition, Note };
    Kind kind = Kind::Note;
    QDateTime when;
    QString who;
    QString what; // "version 3", "submit: draft → in review", the note's text
    QString note;
    int version = 0;
};

// The editorial workflow: transitions between statuses, notes, history and the review queue.
// Every transition is checked against the permission table inside its write and logged.
class WorkflowService final
{
    Q_DISABLE_COPY_MOVE(WorkflowService)
    Q_DECLARE_TR_FUNCTIONS(copydesk::app::WorkflowService)

public:
    explicit WorkflowService(StoreContext &context);

    // Moves an article through the workflow; the note is required for return and unpublish.
    Result<Status> transition(qint64 articleId, Action action, const Actor &by,
                              const QString &note = {});
    Result<qint64> addNote(qint64 articleId, const Actor &by, const QString &text);
    Result<QList<db::Note>> notes(qint64 articleId);
    Result<QList<db::AuditEntry>> recentAudit(int limit);

    // What the person may do with an article, and why not.
    static Decision decide(const Actor &by, Action action, const db::Article &article);
    static ArticleFacts factsOf(const db::Article &article);

    // Why a draft is a draft again: the return that made it one (who, when, the note), or
    // nothing for an article that is not a returned draft.
    Result<std::optional<db::AuditEntry>> returnOf(const db::Article &article);

    // Revisions, transitions and notes of an article, oldest first.
    Result<QList<HistoryEntry>> history(qint64 articleId);

    // The next step forward for this person and article, the one a window stresses: the first
    // of submit, approve, publish and restore they may take; none for an article only to be
    // returned, unpublished or spiked.
    static std::optional<Action> nextStep(const Actor &by, const db::Article &article);

    // The review queue of a person: what they may approve or publish.
    static db::ArticleQuery reviewQueue(const Actor &by);

private:
    StoreContext &m_ctx;
};

} // namespace copydesk::app
