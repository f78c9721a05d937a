#include "ui/articleeditor.h"

#include "app/articles/articlelistmodel.h"
#include "app/articles/articleservice.h"
#include "app/body/bodyformat.h"
#include "app/body/markdownreader.h"
#include "app/body/markdownwriter.h"
#include "app/body/textstats.h"
#include "ui/bodyedit.h"
#include "ui/findbar.h"
#include "ui/spellhighlighter.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextList>
#include <QToolButton>
#include <QVBoxLayout>

namespace copydesk::ui {

ArticleEditor::ArticleEditor(QWidget *parent)
    : QWidget(parent)
    , m_headline(new QLineEdit(this))
    , m_standfirst(new QPlainTextEdit(this))
    , m_section(new QComboBox(this))
    , m_tags(new QLineEdit(this))
    , m_info(new QLabel(this))
    , m_returned(new QLabel(this))
    , m_byline(new QToolButton(this))
    , m_language(new QComboBox(this))
    , m_commissioned(new QSpinBox(this))
    , m_headlineCount(new QLabel(this))
    , m_body(new BodyEdit(this))
{
    QFont headlineFont = m_headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.5);
    headlineFont.setBold(true);
    m_headline->setFont(headlineFont);
    m_headline->setPlaceholderText(tr("Headline"));
    m_headline->setAccessibleName(tr("Headline"));

    m_standfirst->setPlaceholderText(tr("Standfirst: the sentence under the headline"));
    m_standfirst->setAccessibleName(tr("Standfirst"));
    m_standfirst->setTabChangesFocus(true);
    m_standfirst->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_standfirst->setFixedHeight(m_standfirst->fontMetrics().lineSpacing() * 3 + 12);

    m_section->setEditable(true);
    m_section->setInsertPolicy(QComboBox::NoInsert);
    m_section->setAccessibleName(tr("Section"));
    m_tags->setPlaceholderText(tr("tags, separated by commas"));
    m_tags->setAccessibleName(tr("Tags"));
    m_body->setAccessibleName(tr("Body"));
    QFont bodyFont = m_body->font();
    bodyFont.setPointSizeF(bodyFont.pointSizeF() * 1.15);
    m_body->document()->setDefaultFont(bodyFont);
    m_info->setForegroundRole(QPalette::PlaceholderText);

    m_byline->setPopupMode(QToolButton::InstantPopup);
    m_byline->setMenu(new QMenu(m_byline));
    m_byline->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_byline->setAccessibleName(tr("Byline"));
    m_byline->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_info->setWordWrap(true);
    // Why a returned draft came back, above the fields the author will change.
    m_returned->setObjectName(QStringLiteral("returned"));
    m_returned->setWordWrap(true);
    m_returned->setTextFormat(Qt::PlainText);
    m_returned->setFrameShape(QFrame::StyledPanel);
    m_returned->setMargin(6);
    m_returned->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_returned->hide();

    auto *meta = new QFormLayout;
    meta->addRow(tr("&Section:"), m_section);
    meta->addRow(tr("&Tags:"), m_tags);
    meta->addRow(tr("&Byline:"), m_byline);
    m_language->setAccessibleName(tr("Language"));
    m_commissioned->setRange(0, app::ArticleService::MaxCommissionedWords);
    m_commissioned->setSingleStep(50);
    m_commissioned->setSuffix(tr(" words"));
    m_commissioned->setSpecialValueText(tr("none set"));
    m_commissioned->setAccessibleName(tr("Commissioned length"));
    m_commissioned->setToolTip(tr("The length asked for: the status bar and the list show the "
                                  "words against it, and submitting asks first when it is more "
                                  "than 10% over or under"));
    // On the language's row: the head of the editor is no taller than before.
    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(m_language, 1);
    auto *commissionedLabel = new QLabel(tr("&Commissioned:"), this);
    commissionedLabel->setBuddy(m_commissioned);
    languageRow->addWidget(commissionedLabel);
    languageRow->addWidget(m_commissioned);
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    meta->addRow(languageLabel, languageRow);
    m_headlineCount->setForegroundRole(QPalette::PlaceholderText);
    m_headlineCount->setAlignment(Qt::AlignRight);
    m_headlineCount->setAccessibleName(tr("Headline length"));

    // The headline, standfirst and fields stand in the body's column, not across the window.
    auto *head = new QWidget(this);
    auto *headLayout = new QVBoxLayout(head);
    m_headLayout = headLayout;
    headLayout->setContentsMargins(0, 0, 0, 0);
    headLayout->addWidget(m_returned);
    headLayout->addWidget(m_headline);
    headLayout->addWidget(m_standfirst);
    headLayout->addLayout(meta);
    auto *infoRow = new QHBoxLayout;
    infoRow->addWidget(m_info, 1);
    infoRow->addWidget(m_headlineCount, 0, Qt::AlignTop);
    headLayout->addLayout(infoRow);
    // At most as wide as the column, centred: a width it may not exceed, never one it must
    // keep, so the window shrinks as freely as before.
    connect(m_body, &BodyEdit::columnChanged, head, [this, head](int inset) {
        head->setMaximumWidth(inset > 0 ? m_body->width() - 2 * inset : QWIDGETSIZE_MAX);
    });
    auto *headRow = new QHBoxLayout;
    headRow->addStretch(0);
    headRow->addWidget(head, 1);
    headRow->addStretch(0);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(headRow);
    layout->addWidget(m_body, 1);
    m_findBar = new FindBar(m_body, this);
    layout->addWidget(m_findBar);

    connect(m_headline, &QLineEdit::textEdited, this, &ArticleEditor::fieldEdited);
    connect(m_standfirst, &QPlainTextEdit::textChanged, this, &ArticleEditor::fieldEdited);
    connect(m_section, &QComboBox::currentTextChanged, this, &ArticleEditor::fieldEdited);
    connect(m_tags, &QLineEdit::textEdited, this, &ArticleEditor::fieldEdited);
    connect(m_headline, &QLineEdit::textChanged, this, &ArticleEditor::updateHeadlineCount);
    connect(m_commissioned, &QSpinBox::valueChanged, this, [this] {
        fieldEdited();
        Q_EMIT wordCountChanged(m_words); // the words against the new length
    });
    connect(m_body->document(), &QTextDocument::modificationChanged, this,
            [this](bool) { Q_EMIT modificationChanged(isModified()); });

    m_highlighter = new SpellHighlighter(m_body->document());
    connect(m_language, &QComboBox::currentTextChanged, this, [this](const QString &language) {
        if (m_loading || language.isEmpty())
            return;
        fieldEdited();
        Q_EMIT languageChanged(language);
    });
    m_body->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_body, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const int position = m_body->cursorForPosition(at).position();
        std::unique_ptr<QMenu> menu(m_body->createStandardContextMenu(at));
        if (m_contextActions) {
            const QList<QAction *> more = m_contextActions(position, menu.get());
            if (!more.isEmpty()) {
                QAction *first = menu->actions().value(0);
                menu->insertActions(first, more);
                menu->insertSeparator(first);
            }
        }
        const QList<QAction *> spelling = spellingActions(position, menu.get());
        if (!spelling.isEmpty()) {
            QAction *first = menu->actions().value(0);
            menu->insertActions(first, spelling);
            menu->insertSeparator(first);
        }
        menu->exec(m_body->viewport()->mapToGlobal(at));
    });

    // Counting words on every keystroke is wasted work: count when typing pauses.
    m_countTimer.setSingleShot(true);
    m_countTimer.setInterval(250);
    connect(&m_countTimer, &QTimer::timeout, this, &ArticleEditor::updateWordCount);
    connect(m_body->document(), &QTextDocument::contentsChanged, &m_countTimer,
            qOverload<>(&QTimer::start));
}

void ArticleEditor::setLeadWell(QWidget *well)
{
    // Above the headline, below the note of a returned draft.
    m_headLayout->insertWidget(m_headLayout->indexOf(m_headline), well);
}

void ArticleEditor::setSections(const QStringList &sections)
{
    const QString current = m_section->currentText();
    const bool loading = m_loading;
    m_loading = true;
    m_section->clear();
    m_section->addItem(QString());
    m_section->addItems(sections);
    m_section->setCurrentText(current);
    m_loading = loading;
}

void ArticleEditor::load(const db::Article &article)
{
    m_loading = true;
    m_article = article;
    m_headline->setText(article.headline);
    m_headline->setCursorPosition(0); // a long headline shows its start
    m_standfirst->setPlainText(article.standfirst);
    if (!article.section.isEmpty() && m_section->findText(article.section) < 0)
        m_section->addItem(article.section);
    m_section->setCurrentText(article.section);
    m_tags->setText(article.tags.join(QStringLiteral(", ")));
    m_authorIds = article.authorIds;
    updateBylineButton();
    rebuildBylineMenu();
    const QString language
        = article.language.isEmpty() ? QStringLiteral("en_GB") : article.language;
    if (m_language->findText(language) < 0)
        m_language->addItem(language);
    m_language->setCurrentText(language);
    m_commissioned->setValue(article.commissionedWords);
    app::MarkdownReader::read(article.body, m_body->document());
    m_body->document()->clearUndoRedoStacks();
    updateInfo();
    m_loading = false;
    setModified(false);
    updateWordCount();
    Q_EMIT loaded();
}

void ArticleEditor::updateInfo()
{
    QString info;
    if (m_article.id > 0)
        info = tr("%1 · version %2 · updated %3")
                   .arg(statusName(m_article.status))
                   .arg(m_article.version)
                   .arg(QLocale().toString(m_article.updatedAt.toLocalTime(),
                                           QStringLiteral("d MMM yyyy, HH:mm")));
    else
        info = tr("New article, not saved yet");
    if (m_readOnly)
        info += tr(" · read only: %1").arg(m_readOnlyReason);
    m_info->setText(info);
}

void ArticleEditor::setReturned(const QString &why)
{
    m_returned->setText(why);
    m_returned->setVisible(!why.isEmpty());
}

QString ArticleEditor::returned() const
{
    return m_returned->isHidden() ? QString() : m_returned->text();
}

void ArticleEditor::setStaff(const QList<std::pair<qint64, QString>> &staff)
{
    m_staff = staff;
    updateBylineButton();
    rebuildBylineMenu();
}

void ArticleEditor::setByline(const QList<qint64> &authorIds)
{
    if (m_authorIds == authorIds)
        return;
    m_authorIds = authorIds;
    updateBylineButton();
    fieldEdited();
}

void ArticleEditor::updateBylineButton()
{
    QStringList names;
    for (qint64 id : std::as_const(m_authorIds)) {
        QString name = m_article.authorNames.value(m_article.authorIds.indexOf(id));
        for (const auto &[staffId, staffName] : std::as_const(m_staff))
            if (staffId == id)
                name = staffName;
        names << name;
    }
    m_byline->setText(names.isEmpty() ? tr("(you, when saved)") : names.join(QStringLiteral(", ")));
}

void ArticleEditor::rebuildBylineMenu()
{
    // A checkable entry per person; the byline keeps the order in which people were ticked.
    QMenu *menu = m_byline->menu();
    menu->clear();
    for (const auto &[id, name] : std::as_const(m_staff)) {
        QAction *action = menu->addAction(name);
        action->setCheckable(true);
        action->setChecked(m_authorIds.contains(id));
        const qint64 personId = id;
        connect(action, &QAction::toggled, this, [this, personId](bool on) {
            QList<qint64> ids = m_authorIds;
            if (on && !ids.contains(personId))
                ids.append(personId);
            else if (!on)
                ids.removeAll(personId);
            setByline(ids);
        });
    }
}

void ArticleEditor::setChecker(std::shared_ptr<app::Checker> checker)
{
    m_highlighter->setChecker(std::move(checker));
}

void ArticleEditor::setLanguages(const QStringList &languages)
{
    const bool loading = m_loading;
    m_loading = true;
    const QString current = m_language->currentText();
    m_language->clear();
    m_language->addItems(languages);
    if (!current.isEmpty()) {
        if (m_language->findText(current) < 0)
            m_language->addItem(current);
        m_language->setCurrentText(current);
    }
    m_loading = loading;
}

QString ArticleEditor::language() const
{
    return m_language->currentText().isEmpty() ? QStringLiteral("en_GB")
                                               : m_language->currentText();
}

void ArticleEditor::setHouseDictionaryAllowed(bool allowed, const QString &reason)
{
    m_houseAllowed = allowed;
    m_houseReason = reason;
}

QList<app::CheckLine> ArticleEditor::checkLines() const
{
    QList<app::CheckLine> lines;
    lines.append({ m_headline->text(), {} });
    lines.append({ m_standfirst->toPlainText(), {} });
    lines += app::Checker::linesOf(m_body->document());
    return lines;
}

QList<QAction *> ArticleEditor::spellingActions(int position, QObject *parent)
{
    QList<QAction *> actions;
    app::Checker *checker = m_highlighter->checker();
    if (!checker)
        return actions;
    const QTextBlock block = m_body->document()->findBlock(position);
    const app::CheckLine line = app::Checker::lineOf(block);
    const int offset = position - block.position();
    const auto issues = checker->checkLine(line, block.blockNumber() + 1);
    for (const app::Issue &issue : issues) {
        if (offset < issue.column - 1 || offset > issue.column - 1 + issue.length)
            continue;
        if (issue.kind == QLatin1String("house-style") && !issue.suggestions.isEmpty()) {
            // The guide's form, applied in one click.
            const QString preferred = issue.suggestions.first();
            auto *action = new QAction(tr("Use “%1” (House Style)").arg(preferred), parent);
            action->setEnabled(!m_readOnly);
            QFont bold = action->font();
            bold.setBold(true);
            action->setFont(bold);
            action->setToolTip(issue.message);
            const int start = block.position() + issue.column - 1;
            const int length = issue.length;
            connect(action, &QAction::triggered, this, [this, start, length, preferred] {
                QTextCursor cursor(m_body->document());
                cursor.setPosition(start);
                cursor.setPosition(start + length, QTextCursor::KeepAnchor);
                cursor.insertText(preferred);
            });
            actions.append(action);
            continue;
        }
        if (issue.kind != QLatin1String("spelling"))
            continue;
        const QString word = issue.word;
        const int start = block.position() + issue.column - 1;
        const int length = issue.length;
        // Suggestions are computed only now, when the menu opens.
        const QStringList suggestions = checker->suggest(word, 5);
        for (const QString &suggestion : suggestions) {
            auto *action = new QAction(suggestion, parent);
            action->setEnabled(!m_readOnly); // a read-only article is not changed from here
            QFont bold = action->font();
            bold.setBold(true);
            action->setFont(bold);
            connect(action, &QAction::triggered, this, [this, start, length, suggestion] {
                QTextCursor cursor(m_body->document());
                cursor.setPosition(start);
                cursor.setPosition(start + length, QTextCursor::KeepAnchor);
                cursor.insertText(suggestion);
            });
            actions.append(action);
        }
        if (suggestions.isEmpty()) {
            auto *none = new QAction(tr("(no suggestions)"), parent);
            none->setEnabled(false);
            actions.append(none);
        }
        auto *mine = new QAction(tr("Add “%1” to My Dictionary").arg(word), parent);
        connect(mine, &QAction::triggered, this,
                [this, word] { Q_EMIT addWordRequested(word, false); });
        auto *house = new QAction(tr("Add “%1” to House Dictionary").arg(word), parent);
        house->setEnabled(m_houseAllowed);
        house->setToolTip(m_houseAllowed ? QString() : m_houseReason);
        connect(house, &QAction::triggered, this,
                [this, word] { Q_EMIT addWordRequested(word, true); });
        auto *ignore = new QAction(tr("Ignore “%1” in This Article").arg(word), parent);
        ignore->setEnabled(m_article.id > 0);
        connect(ignore, &QAction::triggered, this,
                [this, word] { Q_EMIT ignoreWordRequested(word); });
        actions << mine << house << ignore;
        break;
    }
    return actions;
}

void ArticleEditor::setReadOnly(bool readOnly, const QString &reason)
{
    m_readOnly = readOnly;
    m_readOnlyReason = reason;
    m_headline->setReadOnly(readOnly);
    m_standfirst->setReadOnly(readOnly);
    m_section->setEnabled(!readOnly);
    m_tags->setReadOnly(readOnly);
    m_byline->setEnabled(!readOnly);
    m_language->setEnabled(!readOnly);
    m_commissioned->setReadOnly(readOnly);
    m_body->setReadOnly(readOnly);
    updateInfo();
}

void ArticleEditor::startNew(const QString &section)
{
    db::Article article;
    article.section = section;
    load(article);
    m_headline->setFocus();
}

db::Article ArticleEditor::article() const
{
    db::Article a = m_article;
    a.headline = m_headline->text().trimmed();
    a.standfirst = m_standfirst->toPlainText().trimmed();
    a.section = m_section->currentText().trimmed();
    a.tags.clear();
    const auto tags = m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &tag : tags)
        if (!tag.trimmed().isEmpty())
            a.tags.append(tag.trimmed());
    a.body = app::MarkdownWriter::write(m_body->document());
    a.authorIds = m_authorIds;
    a.language = language();
    a.commissionedWords = m_commissioned->value();
    return a;
}

void ArticleEditor::applyText(const QString &headline, const QString &standfirst,
                              const QString &body, const QString &section, const QStringList &tags)
{
    m_headline->setText(headline);
    m_standfirst->setPlainText(standfirst);
    if (!section.isEmpty() && m_section->findText(section) < 0)
        m_section->addItem(section);
    m_section->setCurrentText(section);
    m_tags->setText(tags.join(QStringLiteral(", ")));
    app::MarkdownReader::read(body, m_body->document());
    m_fieldsModified = true;
    m_body->document()->setModified(true);
    Q_EMIT modificationChanged(true);
    updateWordCount();
    Q_EMIT loaded();
}

void ArticleEditor::markSaved(int version)
{
    m_article = article();
    m_article.version = version;
    setModified(false);
}

bool ArticleEditor::isModified() const
{
    return m_fieldsModified || m_body->document()->isModified();
}

void ArticleEditor::setModified(bool modified)
{
    m_fieldsModified = modified;
    m_body->document()->setModified(modified);
    Q_EMIT modificationChanged(isModified());
}

void ArticleEditor::fieldEdited()
{
    if (m_loading || m_fieldsModified)
        return;
    m_fieldsModified = true;
    Q_EMIT modificationChanged(true);
}

int ArticleEditor::commissionedWords() const
{
    return m_commissioned->value();
}

void ArticleEditor::setHeadlineLimit(int characters)
{
    m_headlineLimit = characters;
    updateHeadlineCount();
}

void ArticleEditor::updateHeadlineCount()
{
    const int length = int(m_headline->text().trimmed().size());
    if (m_headlineLimit <= 0) {
        m_headlineCount->setText(tr("%1 characters").arg(length));
        return;
    }
    const bool over = length > m_headlineLimit;
    m_headlineCount->setText(
        over ? tr("%1 / %2 characters: too long for the web").arg(length).arg(m_headlineLimit)
             : tr("%1 / %2 characters").arg(length).arg(m_headlineLimit));
    m_headlineCount->setForegroundRole(over ? QPalette::WindowText : QPalette::PlaceholderText);
    QFont font = m_headlineCount->font();
    font.setBold(over);
    m_headlineCount->setFont(font);
}

void ArticleEditor::updateWordCount()
{
    m_words = app::textstats::wordCount(m_body->document()->toPlainText());
    Q_EMIT wordCountChanged(m_words);
}

void ArticleEditor::setHeading(int level)
{
    QTextCursor cursor = m_body->textCursor();
    // Paragraph (level 0) is the plain paragraph: it also leaves a quote or a list.
    if (level > 0)
        app::bodyformat::setHeading(cursor, level);
    else
        app::bodyformat::makeParagraph(cursor);
    // The editor's own cursor takes the new format, so that what is typed next on an empty line
    // shows as a subheading at once, not only once saved.
    m_body->setTextCursor(cursor);
    m_body->setFocus();
}

void ArticleEditor::toggleBold()
{
    QTextCursor cursor = m_body->textCursor();
    app::bodyformat::setBold(cursor, m_body->fontWeight() < QFont::DemiBold);
    m_body->setTextCursor(cursor);
}

void ArticleEditor::toggleItalic()
{
    QTextCursor cursor = m_body->textCursor();
    app::bodyformat::setItalic(cursor, !m_body->fontItalic());
    m_body->setTextCursor(cursor);
}

void ArticleEditor::toggleQuote()
{
    QTextCursor cursor = m_body->textCursor();
    app::bodyformat::setQuoteLevel(cursor, app::bodyformat::quoteLevel(cursor.block()) > 0 ? 0 : 1);
}

void ArticleEditor::toggleBulletList()
{
    QTextCursor cursor = m_body->textCursor();
    app::bodyformat::toggleList(cursor, QTextListFormat::ListDisc);
}

void ArticleEditor::toggleNumberedList()
{
    QTextCursor cursor = m_body->textCursor();
    app::bodyformat::toggleList(cursor, QTextListFormat::ListDecimal);
}

QString ArticleEditor::linkAtCursor() const
{
    const QTextCharFormat format = m_body->textCursor().charFormat();
    return format.isAnchor() ? format.anchorHref() : QString();
}

void ArticleEditor::setLink(const QString &href)
{
    QTextCursor cursor = m_body->textCursor();
    if (!cursor.hasSelection()) {
        if (href.isEmpty()) {
            cursor.select(QTextCursor::WordUnderCursor);
        } else {
            // No text chosen: the address itself becomes the link's text.
            const int start = cursor.position();
            cursor.insertText(href, QTextCharFormat());
            cursor.setPosition(start, QTextCursor::KeepAnchor);
        }
    }
    app::bodyformat::setLink(cursor, href);
    cursor.clearSelection();
    m_body->setTextCursor(cursor);
    m_body->setFocus();
}

void ArticleEditor::selectIssue(const app::Issue &issue)
{
    // checkLines(): line 1 is the headline, line 2 the standfirst, then the body's blocks.
    if (issue.line == 1) {
        m_headline->setFocus();
        m_headline->setSelection(issue.column - 1, issue.length);
        return;
    }
    if (issue.line == 2) {
        QTextCursor cursor(m_standfirst->document());
        cursor.setPosition(issue.column - 1);
        cursor.setPosition(issue.column - 1 + issue.length, QTextCursor::KeepAnchor);
        m_standfirst->setTextCursor(cursor);
        m_standfirst->setFocus();
        return;
    }
    const QTextBlock block = m_body->document()->findBlockByNumber(issue.line - 3);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + issue.column - 1);
    cursor.setPosition(block.position() + issue.column - 1 + issue.length, QTextCursor::KeepAnchor);
    m_body->setTextCursor(cursor);
    m_body->ensureCursorVisible();
    m_body->setFocus();
}

bool ArticleEditor::replaceIssue(const app::Issue &issue, const QString &text)
{
    if (m_readOnly)
        return false;
    selectIssue(issue);
    if (issue.line == 1) {
        if (m_headline->selectedText() != issue.word)
            return false;
        m_headline->insert(text);
        return true;
    }
    QTextCursor cursor = issue.line == 2 ? m_standfirst->textCursor() : m_body->textCursor();
    if (cursor.selectedText() != issue.word)
        return false;
    cursor.insertText(text);
    return true;
}

QList<app::StyleFix> ArticleEditor::applyHouseStyle()
{
    QList<app::StyleFix> fixes;
    const app::Checker *checker = m_highlighter->checker();
    const app::HouseStyle *style = checker ? checker->houseStyle() : nullptr;
    if (!style || m_readOnly)
        return fixes;
    app::CheckLine headline { m_headline->text(), {} };
    fixes += style->fixLine(headline, 1);
    if (headline.text != m_headline->text()) {
        // Through the field's own editing, so that Undo in the headline takes it back.
        m_headline->selectAll();
        m_headline->insert(headline.text);
    }
    fixes += style->fixDocument(m_standfirst->document(), 2);
    fixes += style->fixDocument(m_body->document(), 3);
    return fixes;
}

} // namespace copydesk::ui
