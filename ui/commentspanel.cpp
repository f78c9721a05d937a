#include "ui/commentspanel.h"

#include <QCheckBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace copydesk::ui {

namespace {

const char *const ItemProperty = "copydesk-comment-id";

QString shortQuote(const QString &text)
{
    return app::ReviewService::excerpt(text, 140).toHtmlEscaped();
}

QString when(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QStringLiteral("d MMM, HH:mm"));
}

QLabel *wrapped(const QString &html, QWidget *parent)
{
    auto *label = new QLabel(html, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

CommentsPanel::CommentsPanel(QWidget *parent)
    : QWidget(parent)
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_showResolved = new QCheckBox(tr("Show &resolved"), this);
    m_showResolved->setObjectName(QStringLiteral("showResolved"));
    m_acceptAll = new QPushButton(tr("Accept &All Suggestions"), this);
    m_acceptAll->setObjectName(QStringLiteral("acceptAll"));
    connect(m_showResolved, &QCheckBox::toggled, this, &CommentsPanel::rebuild);
    connect(m_acceptAll, &QPushButton::clicked, this, &CommentsPanel::acceptAllRequested);

    m_cards = new QWidget(this);
    m_cardLayout = new QVBoxLayout(m_cards);
    m_cardLayout->setContentsMargins(4, 4, 4, 4);
    m_cardLayout->setSpacing(8);
    m_cardLayout->setAlignment(Qt::AlignTop);
    m_empty = new QLabel(m_cards);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setObjectName(QStringLiteral("empty"));
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_cards);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setAccessibleName(tr("Comments and suggestions"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_showResolved);
    layout->addWidget(m_acceptAll);
    layout->addWidget(m_scroll, 1);
    clear(tr("Open a saved article to see its comments."));
}

QSize CommentsPanel::sizeHint() const
{
    // Wide enough for a card's buttons and a line of comment beside the body.
    return { 320, QWidget::sizeHint().height() };
}

bool CommentsPanel::showsResolved() const
{
    return m_showResolved->isChecked();
}

void CommentsPanel::clear(const QString &why)
{
    m_items.clear();
    m_rights = {};
    m_current = 0;
    m_empty->setText(why);
    rebuild();
}

void CommentsPanel::setItems(const QList<app::ReviewItem> &items, const Rights &rights)
{
    m_items = items;
    m_rights = rights;
    m_empty->setText(rights.canComment ? tr(
                         "No comments yet. Select a passage and choose Review ▸ Insert Comment "
                         "(Ctrl+Alt+M), or Suggest Edit to propose new wording.")
                                       : tr("No comments on this article."));
    rebuild();
}

QWidget *CommentsPanel::cardOf(qint64 id) const
{
    for (QFrame *card : m_cards->findChildren<QFrame *>(QString(), Qt::FindDirectChildrenOnly))
        if (card->property(ItemProperty).toLongLong() == id)
            return card;
    return nullptr;
}

void CommentsPanel::setCurrent(qint64 id)
{
    m_current = id;
    for (QFrame *card : m_cards->findChildren<QFrame *>(QString(), Qt::FindDirectChildrenOnly)) {
        const bool current = card->property(ItemProperty).toLongLong() == id;
        card->setFrameShadow(current ? QFrame::Sunken : QFrame::Raised);
        card->setLineWidth(current ? 2 : 1);
        card->setBackgroundRole(current ? QPalette::AlternateBase : QPalette::Base);
    }
    if (QWidget *card = cardOf(id))
        m_scroll->ensureWidgetVisible(card);
}

void CommentsPanel::rebuild()
{
    while (QLayoutItem *item = m_cardLayout->takeAt(0)) {
        if (QWidget *card = item->widget(); card && card != m_empty) {
            // Gone at once for everyone asking (a click on one of its buttons may be what
            // rebuilds, so it is deleted later).
            card->hide();
            card->setProperty(ItemProperty, QVariant());
            card->deleteLater();
        }
        delete item;
    }
    int open = 0;
    int openSuggestions = 0;
    int closed = 0;
    for (const app::ReviewItem &item : std::as_const(m_items)) {
        if (item.isOpen()) {
            ++open;
            if (item.isSuggestion() && !item.isOrphaned())
                ++openSuggestions;
        } else {
            ++closed;
        }
    }
    m_summary->setText(
        tr("%1 open · %2 resolved").arg(QLocale().toString(open), QLocale().toString(closed)));
    m_summary->setVisible(!m_items.isEmpty());
    m_acceptAll->setVisible(openSuggestions > 1);
    m_acceptAll->setEnabled(m_rights.accept.allowed);
    m_acceptAll->setToolTip(m_rights.accept.allowed ? tr("Accept every open suggestion as one step")
                                                    : m_rights.accept.reason);
    int shown = 0;
    for (const app::ReviewItem &item : std::as_const(m_items)) {
        if (!item.isOpen() && !showsResolved())
            continue;
        QWidget *card = makeCard(item);
        m_cardLayout->addWidget(card);
        card->show(); // now, not when the event loop next runs: it may be clicked at once
        ++shown;
    }
    m_empty->setVisible(shown == 0);
    if (shown == 0 && !m_items.isEmpty())
        m_empty->setText(tr("Every comment is resolved. Tick Show resolved to read them."));
    m_cardLayout->addWidget(m_empty);
    m_cardLayout->addStretch(1);
    setCurrent(m_current);
}

QWidget *CommentsPanel::makeCard(const app::ReviewItem &item)
{
    const db::Comment &c = item.comment;
    auto *card = new QFrame(m_cards);
    card->setFrameShape(QFrame::StyledPanel);
    card->setAutoFillBackground(true);
    // As tall as its text, never stretched: the space left is below the last card.
    card->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    card->setProperty(ItemProperty, c.id);
    card->setObjectName(QStringLiteral("comment-%1").arg(c.id));
    card->installEventFilter(this);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);

    QString head
        = QStringLiteral("<b>%1</b> · %2").arg(c.personName.toHtmlEscaped(), when(c.createdAt));
    if (c.state != db::Comment::State::Open) {
        const QString by = c.closedByName.toHtmlEscaped();
        switch (c.state) {
        case db::Comment::State::Accepted:
            head += QStringLiteral(" · ") + tr("accepted by %1").arg(by);
            break;
        case db::Comment::State::Rejected:
            head += QStringLiteral(" · ") + tr("rejected by %1").arg(by);
            break;
        default:
            head += QStringLiteral(" · ") + tr("resolved by %1").arg(by);
            break;
        }
    }
    layout->addWidget(wrapped(head, card));
    if (item.isOrphaned())
        layout->addWidget(wrapped(QStringLiteral("<i>%1</i>")
                                      .arg(tr("Orphaned: the passage “%1” is no longer in the "
                                              "text.")
                                               .arg(shortQuote(c.anchor.quote))),
                                  card));
    if (item.isSuggestion()) {
        // The old text struck through, the new beside it.
        const QString now = c.text.isEmpty() ? tr("(delete)") : shortQuote(c.text);
        auto *change = wrapped(QStringLiteral("%1 <s>%2</s> → <b>%3</b>")
                                   .arg(tr("Suggests"), shortQuote(c.anchor.quote), now),
                               card);
        change->setObjectName(QStringLiteral("change"));
        layout->addWidget(change);
    } else {
        if (!item.isOrphaned())
            layout->addWidget(
                wrapped(QStringLiteral("<i>“%1”</i>").arg(shortQuote(c.anchor.quote)), card));
        auto *text = new QLabel(c.text, card);
        text->setObjectName(QStringLiteral("text"));
        text->setWordWrap(true);
        text->setTextFormat(Qt::PlainText);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(text);
    }
    for (const db::Comment &r : item.replies) {
        auto *reply = wrapped(
            QStringLiteral("↳ <b>%1</b> · %2<br>%3")
                .arg(r.personName.toHtmlEscaped(), when(r.createdAt),
                     r.text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))),
            card);
        reply->setContentsMargins(12, 0, 0, 0);
        layout->addWidget(reply);
    }

    const qint64 id = c.id;
    auto *buttons = new QHBoxLayout;
    auto button = [&](const QString &text, const QString &name, const app::Decision &may,
                      auto signal) {
        auto *b = new QPushButton(text, card);
        b->setObjectName(name);
        b->setEnabled(may.allowed);
        b->setToolTip(may.reason);
        connect(b, &QPushButton::clicked, this, [this, id, signal] { Q_EMIT(this->*signal)(id); });
        buttons->addWidget(b);
    };
    const app::Decision resolve
        = app::ReviewService::mayResolve(m_rights.actor, c, m_rights.article);
    const app::Decision remove = app::ReviewService::mayDelete(m_rights.actor, c, m_rights.article);
    if (item.isOpen()) {
        auto *reply = new QLineEdit(card);
        reply->setObjectName(QStringLiteral("reply"));
        reply->setPlaceholderText(tr("Reply…"));
        reply->setAccessibleName(tr("Reply to %1").arg(c.personName));
        reply->setEnabled(m_rights.canComment);
        connect(reply, &QLineEdit::returnPressed, this, [this, id, reply] {
            if (!reply->text().trimmed().isEmpty())
                Q_EMIT replyRequested(id, reply->text());
        });
        layout->addWidget(reply);
        if (item.isSuggestion()) {
            app::Decision accept = m_rights.accept;
            if (accept.allowed && item.isOrphaned())
                accept = { false, tr("The passage is no longer in the text") };
            button(tr("Accept"), QStringLiteral("accept"), accept, &CommentsPanel::acceptRequested);
            button(tr("Reject"), QStringLiteral("reject"), resolve,
                   &CommentsPanel::rejectRequested);
        } else {
            button(tr("Resolve"), QStringLiteral("resolve"), resolve,
                   &CommentsPanel::resolveRequested);
        }
    } else if (!item.isSuggestion()) {
        button(tr("Reopen"), QStringLiteral("reopen"), resolve, &CommentsPanel::reopenRequested);
    }
    button(tr("Delete"), QStringLiteral("delete"), remove, &CommentsPanel::deleteRequested);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    return card;
}

bool CommentsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const qint64 id = watched->property(ItemProperty).toLongLong();
        if (id > 0) {
            setCurrent(id);
            Q_EMIT activated(id);
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace copydesk::ui
