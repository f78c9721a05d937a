#pragma once

#include "app/spelling/checker.h"
#include "app/spelling/housestyle.h"
#include "db/records.h"

#include <QTimer>
#include <QWidget>

#include <functional>

class QComboBox;
class QSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QLabel;
class QToolButton;
class QVBoxLayout;

namespace copydesk::ui {

class BodyEdit;
class FindBar;
class SpellHighlighter;

// The editor of one article: headline, standfirst, section, tags and the WYSIWYG body. It shows
// an article and hands back the edited one; saving and the rules around it are the window's and
// app/'s business.
class ArticleEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit ArticleEditor(QWidget *parent = nullptr);

    void load(const db::Article &article);
    void startNew(const QString &section = {});
    db::Article article() const; // the article as edited, body as CommonMark
    qint64 articleId() const { return m_article.id; }
    int baseVersion() const { return m_article.version; }
    void markSaved(int version);
    // Puts recovered text into the editor as unsaved changes.
    void applyText(const QString &headline, const QString &standfirst, const QString &body,
                   const QString &section, const QStringList &tags);

    bool isModified() const;
    void setModified(bool modified);
    void setSections(const QStringList &sections);
    // The people a byline can be chosen from: id and display name.
    void setStaff(const QList<std::pair<qint64, QString>> &staff);
    QList<qint64> byline() const { return m_authorIds; }
    void setByline(const QList<qint64> &authorIds);
    // A returned draft: who returned it, when and why; empty for any other article.
    void setReturned(const QString &why);
    QString returned() const;
    // Read-only when the signed-in person may not edit; reason says why.
    void setReadOnly(bool readOnly, const QString &reason = {});
    bool isReadOnly() const { return m_readOnly; }

    BodyEdit *body() const { return m_body; }
    // Find and replace in the body, under it.
    FindBar *findBar() const { return m_findBar; }
    QLineEdit *headline() const { return m_headline; }
    QPlainTextEdit *standfirst() const { return m_standfirst; }
    QComboBox *section() const { return m_section; }
    QLineEdit *tags() const { return m_tags; }
    QToolButton *bylineButton() const { return m_byline; }

    int wordCount() const { return m_words; }

    // Spelling: the checker for the article's language, and the languages to choose from.
    SpellHighlighter *highlighter() const { return m_highlighter; }
    void setChecker(std::shared_ptr<app::Checker> checker);
    void setLanguages(const QStringList &languages);
    QString language() const;
    QComboBox *languageBox() const { return m_language; }
    // The length commissioned (0: none), and the house limit of a headline on the web, whose
    // count shows under the headline as it is typed.
    QSpinBox *commissionedBox() const { return m_commissioned; }
    int commissionedWords() const;
    void setHeadlineLimit(int characters);
    QLabel *headlineCount() const { return m_headlineCount; }
    // Whether "Add to House Dictionary" is offered enabled, and why not.
    void setHouseDictionaryAllowed(bool allowed, const QString &reason);
    // The spelling menu for the word at a body position (suggestions first); empty when the word
    // there is not misspelt.
    QList<QAction *> spellingActions(int position, QObject *parent);
    // The body, headline and standfirst as the checker reads them.
    QList<app::CheckLine> checkLines() const;
    // Selects the words of an issue found in checkLines() and puts the cursor there.
    void selectIssue(const app::Issue &issue);
    // Writes text in place of an issue's words, as typing would (undoable); false when the
    // words there are no longer the issue's.
    bool replaceIssue(const app::Issue &issue, const QString &text);
    // Every house style fix of the checker's guide: the body's as one undo step, the headline's
    // and standfirst's each as one in their own field. The fixes made.
    QList<app::StyleFix> applyHouseStyle();

    // The lead photo's well (PhotoDesk), shown above the headline.
    void setLeadWell(QWidget *well);
    // More actions for the body's context menu at a position (a photo's), offered first.
    void setContextActions(std::function<QList<QAction *>(int position, QObject *parent)> more)
    {
        m_contextActions = std::move(more);
    }

    // Format commands of the toolbar, applied at the body's cursor.
    void setHeading(int level);
    void toggleBold();
    void toggleItalic();
    void toggleQuote();
    void toggleBulletList();
    void toggleNumberedList();
    void setLink(const QString &href);
    QString linkAtCursor() const;

Q_SIGNALS:
    // Another article (or recovered text) is in the editor.
    void loaded();
    void modificationChanged(bool modified);
    void languageChanged(const QString &language);
    void addWordRequested(const QString &word, bool house);
    void ignoreWordRequested(const QString &word);
    void wordCountChanged(int words);

private:
    std::function<QList<QAction *>(int, QObject *)> m_contextActions;
    QVBoxLayout *m_headLayout = nullptr;

    void fieldEdited();
    void updateWordCount();
    void updateHeadlineCount();
    void updateBylineButton();
    void rebuildBylineMenu();
    void updateInfo();

    db::Article m_article;
    QLineEdit *m_headline;
    QPlainTextEdit *m_standfirst;
    QComboBox *m_section;
    QLineEdit *m_tags;
    QLabel *m_info;
    QLabel *m_returned;
    QToolButton *m_byline;
    QComboBox *m_language;
    QSpinBox *m_commissioned;
    FindBar *m_findBar = nullptr;
    QLabel *m_headlineCount;
    int m_headlineLimit = 0;
    SpellHighlighter *m_highlighter = nullptr;
    bool m_houseAllowed = false;
    QString m_houseReason;
    QList<std::pair<qint64, QString>> m_staff;
    QList<qint64> m_authorIds;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    BodyEdit *m_body;
    QTimer m_countTimer;
    bool m_fieldsModified = false;
    bool m_loading = false;
    int m_words = 0;
};

} // namespace copydesk::ui
