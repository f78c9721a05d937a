#pragma once

#include "db/records.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QLabel;

namespace copydesk::ui {

class BodyEdit;

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

    bool isModified() const;
    void setModified(bool modified);
    void setSections(const QStringList &sections);

    BodyEdit *body() const { return m_body; }
    QLineEdit *headline() const { return m_headline; }
    QPlainTextEdit *standfirst() const { return m_standfirst; }
    QComboBox *section() const { return m_section; }
    QLineEdit *tags() const { return m_tags; }

    int wordCount() const { return m_words; }

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
    void modificationChanged(bool modified);
    void wordCountChanged(int words);

private:
    void fieldEdited();
    void updateWordCount();

    db::Article m_article;
    QLineEdit *m_headline;
    QPlainTextEdit *m_standfirst;
    QComboBox *m_section;
    QLineEdit *m_tags;
    QLabel *m_info;
    BodyEdit *m_body;
    QTimer m_countTimer;
    bool m_fieldsModified = false;
    bool m_loading = false;
    int m_words = 0;
};

} // namespace copydesk::ui
