#pragma once

#include "app/body/findreplace.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace copydesk::ui {

class BodyEdit;

// Find and replace in the article's body, under it (Edit ▸ Find in Article, Ctrl+F; Find and
// Replace, Ctrl+H): every match highlighted, "3 of 12", next and previous with wrap-around,
// replace one, replace all as one undo step. What is found, and how, is app::FindReplace's.
class FindBar final : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(BodyEdit *body, QWidget *parent = nullptr);

    // Shows the bar with the body's selection (one line of it) to find; replace shows the
    // replace field too.
    void open(bool replace);
    void close();

    bool findNext();
    bool findPrevious();
    bool replaceCurrent();
    int replaceAll();
    int matchCount() const { return int(m_matches.size()); }

    QLineEdit *findField() const { return m_find; }
    QLineEdit *replaceField() const { return m_replace; }
    QCheckBox *matchCaseBox() const { return m_matchCase; }
    QCheckBox *wholeWordsBox() const { return m_wholeWords; }
    QCheckBox *regularExpressionBox() const { return m_regex; }
    QCheckBox *exactQuotesBox() const { return m_exactQuotes; }
    QLabel *status() const { return m_status; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    app::FindOptions options() const;
    // Finds every match again (after a change of the text or the options) and highlights them.
    void refresh();
    bool go(bool forward, bool fromSelectionStart = false);
    void select(int index, const QString &note = {});
    int matchAtSelection() const;
    void showCount(const QString &note = {});

    BodyEdit *m_body;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QCheckBox *m_matchCase;
    QCheckBox *m_wholeWords;
    QCheckBox *m_regex;
    QCheckBox *m_exactQuotes;
    QLabel *m_status;
    QPushButton *m_replaceOne;
    QPushButton *m_replaceAll;
    QWidget *m_replaceRow;
    QList<app::FindMatch> m_matches;
    int m_current = -1;
    QString m_error;
};

} // namespace copydesk::ui
