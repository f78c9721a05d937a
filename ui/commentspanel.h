#pragma once

#include "app/articles/reviewservice.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace copydesk::ui {

// The side panel of comments and suggested edits beside the body: one card per passage, in the
// order the passages stand, each with its writer, time, text and replies, and what this person
// may do with it (reply, resolve, delete; accept or reject a suggestion, shown as the old text
// struck through and the new beside it). Orphaned ones (their passage is gone) come last with
// their quote. It shows what it is given and says what was asked; ReviewDesk does it.
class CommentsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit CommentsPanel(QWidget *parent = nullptr);

    // What this person may do, for the cards' buttons.
    struct Rights
    {
        app::Actor actor;
        db::Article article;
        bool canComment = false;
        app::Decision accept; // may change the text now (accept a suggestion)
    };
    void setItems(const QList<app::ReviewItem> &items, const Rights &rights);
    // No article open, or none saved yet: the reason is shown.
    void clear(const QString &why);
    const QList<app::ReviewItem> &items() const { return m_items; }

    void setCurrent(qint64 id);
    qint64 current() const { return m_current; }
    bool showsResolved() const;
    QSize sizeHint() const override;
    // The card of one item, for tests and screenshots.
    QWidget *cardOf(qint64 id) const;

Q_SIGNALS:
    void activated(qint64 id);
    void replyRequested(qint64 id, const QString &text);
    void resolveRequested(qint64 id);
    void reopenRequested(qint64 id);
    void deleteRequested(qint64 id);
    void acceptRequested(qint64 id);
    void rejectRequested(qint64 id);
    void acceptAllRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    QWidget *makeCard(const app::ReviewItem &item);

    QList<app::ReviewItem> m_items;
    Rights m_rights;
    qint64 m_current = 0;
    QLabel *m_summary;
    QCheckBox *m_showResolved;
    QPushButton *m_acceptAll;
    QScrollArea *m_scroll;
    QWidget *m_cards;
    QVBoxLayout *m_cardLayout;
    QLabel *m_empty;
};

} // namespace copydesk::ui
