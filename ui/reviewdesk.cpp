#include "ui/reviewdesk.h"

#include "app/body/textanchor.h"
#include "app/newsroom.h"
#include "ui/bodyedit.h"
#include "ui/commentspanel.h"

#include <QTextDocument>

namespace copydesk::ui {

ReviewDesk::ReviewDesk(app::Newsroom &newsroom, BodyEdit *body, CommentsPanel *panel,
                       std::function<Context()> context, QObject *parent)
    : QObject(parent)
    , m_newsroom(newsroom)
    , m_body(body)
    , m_panel(panel)
    , m_context(std::move(context))
{
    connect(m_body->document(), &QTextDocument::contentsChanged, this, &ReviewDesk::updateMarks);
    connect(m_body, &QTextEdit::cursorPositionChanged, this, &ReviewDesk::followCursor);
    connect(m_panel, &CommentsPanel::activated, this, &ReviewDesk::showPassage);
    connect(m_panel, &CommentsPanel::replyRequested, this,
            [this](qint64 id, const QString &text) { (void)reply(id, text); });
    connect(m_panel, &CommentsPanel::resolveRequested, this,
            [this](qint64 id) { (void)resolve(id); });
    connect(m_panel, &CommentsPanel::reopenRequested, this,
            [this](qint64 id) { (void)reopen(id); });
    connect(m_panel, &CommentsPanel::deleteRequested, this,
            [this](qint64 id) { (void)remove(id); });
    connect(m_panel, &CommentsPanel::rejectRequested, this,
            [this](qint64 id) { (void)reject(id); });
    connect(m_panel, &CommentsPanel::acceptRequested, this,
            [this](qint64 id) { (void)accept(id); });
    connect(m_panel, &CommentsPanel::acceptAllRequested, this, [this] { (void)acceptAll(); });
}

void ReviewDesk::reload()
{
    const Context context = m_context();
    if (context.stored.id != m_pendingArticle) {
        m_pending.clear();
        m_pendingArticle = 0;
    }
    m_items.clear();
    m_passages.clear();
    if (!m_newsroom.isOpen() || context.stored.id <= 0) {
        m_shown.clear();
        m_panel->clear(tr("Save the article to comment on it: comments point at the saved text."));
        updateMarks();
        return;
    }
    const auto items = m_newsroom.review().items(context.stored.id);
    if (!items) {
        m_shown.clear();
        m_panel->clear(items.errorString());
        updateMarks();
        return;
    }
    // Where the passages stand in the text as it is being edited, which may not be saved yet.
    m_items
        = app::ReviewService::locatedIn(*items, app::TextAnchors::plainText(m_body->document()));
    for (const app::ReviewItem &item : std::as_const(m_items)) {
        if (!item.at.found())
            continue;
        QTextCursor passage(m_body->document());
        passage.setPosition(item.at.start);
        passage.setPosition(item.at.end, QTextCursor::KeepAnchor);
        m_passages.insert(item.comment.id, passage);
    }
    refreshPanel(false);
}

void ReviewDesk::refreshPanel(bool always)
{
    const Context context = m_context();
    CommentsPanel::Rights rights;
    rights.actor = context.actor;
    rights.article = context.stored;
    rights.canComment
        = app::WorkflowService::decide(context.actor, app::Action::Comment, context.stored).allowed;
    rights.accept = app::ReviewService::mayAccept(context.actor, context.stored);
    if (rights.accept.allowed && !context.textEditable)
        rights.accept = { false, context.notEditable };
    // Accepted here, not saved yet.
    for (app::ReviewItem &item : m_items)
        if (m_pending.contains(item.comment.id)) {
            item.comment.state = db::Comment::State::Accepted;
            item.comment.closedBy = context.actor.id;
            item.comment.closedByName = context.actor.displayName;
            item.at = {};
            m_passages.remove(item.comment.id);
        }
    // The cards are made again only when something on them changed: a reply being typed in
    // one survives others' unrelated saves.
    QStringList shown;
    shown << QString::number(context.actor.id) << QString::number(context.stored.id)
          << QString::number(int(rights.canComment)) << QString::number(int(rights.accept.allowed))
          << rights.accept.reason << QString::number(int(context.stored.status));
    for (const app::ReviewItem &item : std::as_const(m_items))
        shown << QString::number(item.comment.id) << QString::number(int(item.comment.state))
              << QString::number(item.replies.size()) << QString::number(int(item.at.found()))
              << item.comment.closedByName;
    const QString signature = shown.join(QLatin1Char('\x1f'));
    if (always || signature != m_shown) {
        m_shown = signature;
        m_panel->setItems(m_items, rights);
    }
    updateMarks();
}

QList<app::ReviewItem> ReviewDesk::items() const
{
    QList<app::ReviewItem> now = m_items;
    for (app::ReviewItem &item : now) {
        const auto passage = m_passages.constFind(item.comment.id);
        if (passage == m_passages.cend() || !passage->hasSelection()) {
            item.at = {};
            continue;
        }
        item.at.start = passage->selectionStart();
        item.at.end = passage->selectionEnd();
        if (item.at.match == app::TextAnchors::Match::Orphaned)
            item.at.match = app::TextAnchors::Match::Moved;
    }
    return now;
}

int ReviewDesk::openCount() const
{
    return app::ReviewService::openCount(m_items);
}

void ReviewDesk::updateMarks()
{
    QList<QTextEdit::ExtraSelection> marks;
    for (const app::ReviewItem &item : std::as_const(m_items)) {
        if (!item.isOpen())
            continue;
        const auto passage = m_passages.constFind(item.comment.id);
        if (passage == m_passages.cend() || !passage->hasSelection())
            continue;
        QTextEdit::ExtraSelection mark;
        mark.cursor = *passage;
        const bool current = item.comment.id == m_panel->current();
        if (item.isSuggestion()) {
            mark.format.setFontStrikeOut(true);
            mark.format.setBackground(QColor(230, 80, 60, current ? 110 : 55));
        } else {
            mark.format.setBackground(QColor(255, 196, 0, current ? 150 : 80));
        }
        // Rich text made of the escaped words: what someone typed is shown, never read as
        // markup.
        mark.format.setToolTip(QStringLiteral("<p>%1</p>")
                                   .arg((item.isSuggestion() ? tr("%1 suggests: %2") : tr("%1: %2"))
                                            .arg(item.comment.personName, item.comment.text)
                                            .toHtmlEscaped()));
        marks.append(mark);
    }
    m_body->setMarks(BodyEdit::Marks::Comments, marks);
}

void ReviewDesk::followCursor()
{
    const int at = m_body->textCursor().position();
    for (auto it = m_passages.cbegin(); it != m_passages.cend(); ++it) {
        if (it->hasSelection() && at >= it->selectionStart() && at <= it->selectionEnd()) {
            if (m_panel->current() != it.key()) {
                m_panel->setCurrent(it.key());
                updateMarks();
            }
            return;
        }
    }
}

void ReviewDesk::showPassage(qint64 id)
{
    m_panel->setCurrent(id);
    const auto passage = m_passages.constFind(id);
    if (passage != m_passages.cend() && passage->hasSelection()) {
        m_body->setTextCursor(*passage);
        m_body->ensureCursorVisible();
    }
    updateMarks();
}

Result<db::TextAnchor> ReviewDesk::selectionAnchor() const
{
    const Context context = m_context();
    if (context.stored.id <= 0)
        return failure(Error::Kind::Invalid,
                       tr("Save the article first: comments point at the saved text."));
    if (context.bodyModified)
        return failure(Error::Kind::Invalid,
                       tr("Save your changes first: comments point at the saved text, which "
                          "everyone else reads."));
    const QTextCursor selection = m_body->textCursor();
    if (!selection.hasSelection())
        return failure(Error::Kind::Invalid,
                       tr("Select the passage the comment is about, then try again."));
    return app::TextAnchors::make(app::TextAnchors::plainText(m_body->document()),
                                  selection.selectionStart(), selection.selectionEnd(),
                                  context.stored.version);
}

Result<db::Comment> ReviewDesk::addItem(db::Comment::Kind kind, const QString &text)
{
    const auto anchor = selectionAnchor();
    if (!anchor)
        return anchor.error();
    const Context context = m_context();
    auto added = m_newsroom.review().add(context.actor, context.stored.id, kind, *anchor, text);
    if (!added) {
        Q_EMIT failed(kind == db::Comment::Kind::Suggestion ? tr("Suggestion not added")
                                                            : tr("Comment not added"),
                      added.errorString());
        return added;
    }
    reload();
    m_panel->setCurrent(added->id);
    updateMarks();
    Q_EMIT changed();
    return added;
}

Result<db::Comment> ReviewDesk::addComment(const QString &text)
{
    return addItem(db::Comment::Kind::Comment, text);
}

Result<db::Comment> ReviewDesk::suggest(const QString &text)
{
    return addItem(db::Comment::Kind::Suggestion, text);
}

Result<void> ReviewDesk::done(Result<void> result, const QString &title)
{
    if (!result)
        Q_EMIT failed(title, result.errorString());
    reload();
    Q_EMIT changed();
    return result;
}

Result<void> ReviewDesk::reply(qint64 id, const QString &text)
{
    const auto added = m_newsroom.review().reply(m_context().actor, id, text);
    const qint64 current = m_panel->current();
    auto result = done(added ? Result<void>() : Result<void>(added.error()), tr("Reply not added"));
    m_panel->setCurrent(current);
    return result;
}

Result<void> ReviewDesk::resolve(qint64 id)
{
    return done(m_newsroom.review().resolve(m_context().actor, id), tr("Comment not resolved"));
}

Result<void> ReviewDesk::reopen(qint64 id)
{
    return done(m_newsroom.review().reopen(m_context().actor, id), tr("Comment not reopened"));
}

Result<void> ReviewDesk::remove(qint64 id)
{
    return done(m_newsroom.review().remove(m_context().actor, id), tr("Comment not deleted"));
}

Result<void> ReviewDesk::reject(qint64 id)
{
    return done(m_newsroom.review().reject(m_context().actor, id), tr("Suggestion not rejected"));
}

Result<void> ReviewDesk::accept(qint64 id)
{
    const auto applied = applySuggestions({ id });
    if (!applied)
        return applied.error();
    return {};
}

Result<int> ReviewDesk::acceptAll()
{
    QList<qint64> ids;
    for (const app::ReviewItem &item : items())
        if (item.isSuggestion() && item.isOpen() && item.at.found())
            ids.append(item.comment.id);
    if (ids.isEmpty())
        return 0;
    return applySuggestions(ids);
}

Result<int> ReviewDesk::applySuggestions(const QList<qint64> &ids)
{
    const Context context = m_context();
    const QString title
        = ids.size() == 1 ? tr("Suggestion not accepted") : tr("Suggestions not accepted");
    QList<app::ReviewItem> chosen;
    for (const app::ReviewItem &item : items())
        if (ids.contains(item.comment.id))
            chosen.append(item);
    Result<void> may;
    if (chosen.isEmpty() || !chosen.first().isSuggestion() || !chosen.first().isOpen())
        may = failure(Error::Kind::NotFound, tr("There is no such open suggestion here."));
    else if (!context.textEditable)
        may = failure(Error::Kind::NotPermitted, context.notEditable);
    if (!may) {
        Q_EMIT failed(title, may.errorString());
        return may.error();
    }
    const QList<qint64> applied = app::ReviewService::apply(m_body->document(), chosen);
    if (applied.isEmpty()) {
        const Error error { Error::Kind::Conflict,
                            tr("The passage has changed since the suggestion was made: it no "
                               "longer reads as it did.") };
        Q_EMIT failed(title, error.message);
        return error;
    }
    // Recorded as accepted when the body is saved (saved()); undone before, it stays open.
    m_pendingArticle = context.stored.id;
    for (const app::ReviewItem &item : std::as_const(chosen))
        if (applied.contains(item.comment.id))
            m_pending.insert(
                item.comment.id,
                Pending { m_body->document()->availableUndoSteps(), item.comment.text });
    refreshPanel(true);
    Q_EMIT changed();
    return int(applied.size());
}

void ReviewDesk::aboutToSave()
{
    if (m_pending.isEmpty())
        return;
    // Those still in the text being saved: not undone since (the undo history is as long as it
    // was then, or longer) and their words there.
    const QString text = app::TextAnchors::plainText(m_body->document());
    const int steps = m_body->document()->availableUndoSteps();
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (steps >= it->undoSteps && (it->text.isEmpty() || text.contains(it->text)))
            ++it;
        else
            it = m_pending.erase(it);
    }
}

void ReviewDesk::saved(qint64 articleId)
{
    if (articleId != m_pendingArticle || m_pending.isEmpty())
        return;
    const QList<qint64> kept = m_pending.keys();
    m_pending.clear();
    if (auto r = m_newsroom.review().markAccepted(m_context().actor, kept); !r)
        Q_EMIT failed(tr("Suggestion not recorded as accepted"), r.errorString());
    reload();
    Q_EMIT changed();
}

} // namespace copydesk::ui
