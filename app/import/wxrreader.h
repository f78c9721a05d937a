#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

class QIODevice;

namespace copydesk::app {

// An author of a WordPress site as its export names them.
struct WxrAuthor
{
    QString login;
    QString displayName;
};

// One <item> of a WordPress export: a post, a page, an attachment, a menu item.
struct WxrItem
{
    qint64 line = 0; // where it starts in the file, for messages
    qint64 postId = 0;
    QString title;
    QString guid;
    QString link;
    QString creator; // the author's login
    QString content; // HTML as WordPress stores it (no <p>: wpautop makes them)
    QString excerpt;
    QString postName; // the slug
    QString status; // publish, draft, pending, future, private, trash, inherit
    QString postType; // post, page, attachment, nav_menu_item, ...
    QString password;
    QDateTime postedAt; // UTC; invalid when WordPress kept none
    QDateTime modifiedAt; // UTC
    QStringList categories; // display names, in the order given
    QStringList tags;
    QString attachmentUrl; // for attachments
    qint64 thumbnailId = 0; // a post's featured image: an attachment's post id
};

// Reads a WordPress export (WXR 1.0, 1.1 or 1.2) one item at a time with QXmlStreamReader, so a
// 100 MB file is never held in memory. The channel's authors, categories and site come first in
// an export and are kept as they are met. A file that is not XML, not a WordPress export (no
// wordpress.org/export namespace on its <rss>) or cut short is an error naming line and column.
class WxrReader final
{
    Q_DECLARE_TR_FUNCTIONS(copydesk::app::WxrReader)

public:
    explicit WxrReader(QIODevice *device);

    // The next item, or false at the end of the file or at an error (hasError() tells which).
    bool readNextItem(WxrItem &item);

    bool hasError() const { return !m_error.isEmpty(); }
    // "line 12, column 3: Premature end of document."
    QString errorString() const { return m_error; }

    QString siteTitle() const { return m_siteTitle; }
    QString version() const { return m_version; }
    // The site's address (wp:base_site_url), empty in an export without one.
    QString siteUrl() const { return m_siteUrl; }
    // By login.
    const QHash<QString, WxrAuthor> &authors() const { return m_authors; }
    // How far into the file the reader is, in bytes.
    qint64 position() const;

    // "2010-10-16 20:53:18" as WordPress writes its GMT dates; invalid for "0000-00-00 …".
    static QDateTime dateFromGmt(const QString &text);

private:
    bool start();
    void fail(const QString &message);
    void readAuthor();
    void readItem(WxrItem &item);
    QString text(); // the current element's text, child elements included

    QIODevice *m_device;
    QXmlStreamReader m_xml;
    QString m_wp; // the export's wp namespace, "http://wordpress.org/export/1.2/"
    QString m_error;
    QString m_siteTitle;
    QString m_version;
    QString m_siteUrl;
    QHash<QString, WxrAuthor> m_authors;
    bool m_started = false;
};

} // namespace copydesk::app
