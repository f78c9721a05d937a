#include "ui/findbar.h"

#include "ui/bodyedit.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace copydesk::ui {

FindBar::FindBar(BodyEdit *body, QWidget *parent)
    : QWidget(parent)
    , m_body(body)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_matchCase(new QCheckBox(tr("Match c&ase"), this))
    , m_wholeWords(new QCheckBox(tr("&Whole words"), this))
    , m_regex(new QCheckBox(tr("Regular e&xpression"), this))
    , m_exactQuotes(new QCheckBox(tr("Exact &quotes"), this))
    , m_status(new QLabel(this))
    , m_replaceOne(new QPushButton(tr("&Replace"), this))
    , m_replaceAll(new QPushButton(tr("Replace A&ll"), this))
    , m_replaceRow(new QWidget(this))
{
    setObjectName(QStringLiteral("findBar"));
    m_find->setPlaceholderText(tr("Find in the article"));
    m_find->setAccessibleName(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_replace->setPlaceholderText(tr("Replace with (\\1 or $1: a group of the expression)"));
    m_replace->setAccessibleName(tr("Replace with"));
    m_exactQuotes->setToolTip(tr("Tell straight and typographic quotes and apostrophes apart "
                                 "(by default ' finds ’ and \" finds “ ”)"));
    auto *previous = new QToolButton(this);
    previous->setText(tr("Previous"));
    previous->setToolTip(tr("Previous match (Shift+F3)"));
    previous->setAccessibleName(tr("Previous match"));
    auto *next = new QToolButton(this);
    next->setText(tr("Next"));
    next->setToolTip(tr("Next match (F3, Enter)"));
    next->setAccessibleName(tr("Next match"));
    auto *closeButton = new QToolButton(this);
    closeButton->setText(tr("Close"));
    closeButton->setToolTip(tr("Close (Esc)"));
    closeButton->setAccessibleName(tr("Close find"));
    m_status->setMinimumWidth(m_status->fontMetrics().horizontalAdvance(tr("888 of 888")));

    auto *findRow = new QHBoxLayout;
    findRow->setContentsMargins(0, 0, 0, 0);
    findRow->addWidget(m_find, 1);
    findRow->addWidget(previous);
    findRow->addWidget(next);
    findRow->addWidget(m_status);
    findRow->addWidget(closeButton);
    auto *optionsRow = new QHBoxLayout;
    optionsRow->setContentsMargins(0, 0, 0, 0);
    optionsRow->addWidget(m_matchCase);
    optionsRow->addWidget(m_wholeWords);
    optionsRow->addWidget(m_regex);
    optionsRow->addWidget(m_exactQuotes);
    optionsRow->addStretch();
    auto *replaceRow = new QHBoxLayout(m_replaceRow);
    replaceRow->setContentsMargins(0, 0, 0, 0);
    replaceRow->addWidget(m_replace, 1);
    replaceRow->addWidget(m_replaceOne);
    replaceRow->addWidget(m_replaceAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(4);
    layout->addLayout(findRow);
    layout->addLayout(optionsRow);
    layout->addWidget(m_replaceRow);

    connect(m_find, &QLineEdit::textChanged, this, [this] {
        refresh();
        // As typed: to the first match from where the cursor was.
        if (!m_matches.isEmpty())
            go(true, true);
    });
    for (QCheckBox *box : { m_matchCase, m_wholeWords, m_regex, m_exactQuotes })
        connect(box, &QCheckBox::toggled, this, [this] {
            refresh();
            showCount();
        });
    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(); });
    // Shift+Enter goes back: seen before the field says Enter was pressed.
    m_find->installEventFilter(this);
    connect(m_replace, &QLineEdit::returnPressed, this, &FindBar::replaceCurrent);
    connect(next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(closeButton, &QToolButton::clicked, this, &FindBar::close);
    connect(m_replaceOne, &QPushButton::clicked, this, &FindBar::replaceCurrent);
    connect(m_replaceAll, &QPushButton::clicked, this, &FindBar::replaceAll);
    connect(m_body->document(), &QTextDocument::contentsChanged, this, [this] {
        if (isVisible())
            refresh();
    });
    hide();
}

void FindBar::open(bool replace)
{
    const QString selected = m_body->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_find->setText(selected);
    m_replaceRow->setVisible(replace);
    show();
    refresh();
    showCount();
    QLineEdit *field = replace && !m_find->text().isEmpty() ? m_replace : m_find;
    field->setFocus();
    field->selectAll();
}

void FindBar::close()
{
    hide();
    m_body->setMarks(BodyEdit::Marks::Find, {});
    m_body->setFocus();
}

app::FindOptions FindBar::options() const
{
    app::FindOptions o;
    o.matchCase = m_matchCase->isChecked();
    o.wholeWords = m_wholeWords->isChecked();
    o.regularExpression = m_regex->isChecked();
    o.exactQuotes = m_exactQuotes->isChecked();
    return o;
}

void FindBar::refresh()
{
    m_matches.clear();
    m_current = -1;
    m_error.clear();
    const bool writable = !m_body->isReadOnly();
    m_replaceOne->setEnabled(writable);
    m_replaceAll->setEnabled(writable);
    if (!m_find->text().isEmpty()) {
        const auto pattern = app::FindReplace::pattern(m_find->text(), options());
        if (!pattern)
            m_error = pattern.errorString();
        else
            m_matches = app::FindReplace::findAll(m_body->document(), *pattern, m_replace->text(),
                                                  m_regex->isChecked());
    }
    m_current = matchAtSelection();
    QList<QTextEdit::ExtraSelection> marks;
    QColor colour = palette().color(QPalette::Highlight);
    colour.setAlpha(70);
    for (const app::FindMatch &m : std::as_const(m_matches)) {
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(m_body->document());
        mark.cursor.setPosition(m.position);
        mark.cursor.setPosition(m.position + m.length, QTextCursor::KeepAnchor);
        mark.format.setBackground(colour);
        marks.append(mark);
    }
    m_body->setMarks(BodyEdit::Marks::Find, marks);
    showCount();
}

int FindBar::matchAtSelection() const
{
    const QTextCursor cursor = m_body->textCursor();
    for (int i = 0; i < m_matches.size(); ++i)
        if (m_matches[i].position == cursor.selectionStart()
            && m_matches[i].position + m_matches[i].length == cursor.selectionEnd())
            return i;
    return -1;
}

void FindBar::showCount(const QString &note)
{
    QString text;
    if (!m_error.isEmpty())
        text = m_error;
    else if (m_find->text().isEmpty())
        text.clear();
    else if (m_matches.isEmpty())
        text = tr("No matches");
    else if (m_current >= 0)
        text = tr("%1 of %2").arg(m_current + 1).arg(m_matches.size());
    else
        text = m_matches.size() == 1 ? tr("1 match") : tr("%1 matches").arg(m_matches.size());
    if (!note.isEmpty())
        text += QStringLiteral(" · ") + note;
    m_status->setText(text);
}

void FindBar::select(int index, const QString &note)
{
    m_current = index;
    QTextCursor cursor(m_body->document());
    cursor.setPosition(m_matches[index].position);
    cursor.setPosition(m_matches[index].position + m_matches[index].length,
                       QTextCursor::KeepAnchor);
    m_body->setTextCursor(cursor);
    m_body->ensureCursorVisible();
    showCount(note);
}

bool FindBar::go(bool forward, bool fromSelectionStart)
{
    if (m_matches.isEmpty()) {
        showCount();
        return false;
    }
    const QTextCursor cursor = m_body->textCursor();
    if (forward) {
        // After the chosen match (or from where the cursor is); as one types, from its start.
        const int from = fromSelectionStart ? cursor.selectionStart() : cursor.selectionEnd();
        for (int i = 0; i < m_matches.size(); ++i)
            if (m_matches[i].position >= from) {
                select(i);
                return true;
            }
        select(0, tr("from the top"));
        return true;
    }
    for (int i = int(m_matches.size()) - 1; i >= 0; --i)
        if (m_matches[i].position + m_matches[i].length <= cursor.selectionStart()
            && m_matches[i].position < cursor.selectionStart()) {
            select(i);
            return true;
        }
    select(int(m_matches.size()) - 1, tr("from the end"));
    return true;
}

bool FindBar::findNext()
{
    if (!isVisible())
        open(false);
    return go(true);
}

bool FindBar::findPrevious()
{
    if (!isVisible())
        open(false);
    return go(false);
}

bool FindBar::replaceCurrent()
{
    if (m_body->isReadOnly())
        return false;
    refresh(); // the replacement as the field says now
    const int at = matchAtSelection();
    if (at < 0) // nothing chosen yet: the next match first, to be seen before it is replaced
        return go(true) && false;
    QTextCursor cursor = m_body->textCursor();
    cursor.insertText(m_matches[at].replacement, cursor.charFormat());
    m_body->setTextCursor(cursor);
    refresh();
    go(true);
    return true;
}

int FindBar::replaceAll()
{
    if (m_body->isReadOnly())
        return 0;
    const auto pattern = app::FindReplace::pattern(m_find->text(), options());
    if (!pattern) {
        m_error = pattern.errorString();
        showCount();
        return 0;
    }
    const int replaced = app::FindReplace::replaceAll(m_body->document(), *pattern,
                                                      m_replace->text(), m_regex->isChecked());
    refresh();
    m_status->setText(replaced == 1 ? tr("Replaced 1") : tr("Replaced %1").arg(replaced));
    return replaced;
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_find && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers() & Qt::ShiftModifier) {
            findPrevious();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace copydesk::ui
