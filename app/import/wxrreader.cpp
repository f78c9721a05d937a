#include "app/import/wxrreader.h"

#include <QIODevice>
#include <QRegularExpression>

namespace copydesk::app {

namespace {

const QString ContentNs = QStringLiteral("http://purl.org/rss/1.0/modules/content/");
const QString DcNs = QStringLiteral("http://purl.org/dc/elements/1.1/");

} // namespace

WxrReader::WxrReader(QIODevice *device)
    : m_device(device)
    , m_xml(device)
{ }

qint64 WxrReader::position() const
{
    return m_device ? m_device->pos() : 0;
}

QDateTime WxrReader::dateFromGmt(const QString &text)
{
    QDateTime at = QDateTime::fromString(text.trimmed(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!at.isValid() || at.date().year() < 1)
        return {};
    return QDateTime(at.date(), at.time(), Qt::UTC);
}

void WxrReader::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = tr("line %1, column %2: %3")
                      .arg(m_xml.lineNumber())
                      .arg(m_xml.columnNumber())
                      .arg(message.endsWith(QLatin1Char('.')) ? message.chopped(1) : message);
}

// The root element: an <rss> that declares a WordPress export namespace.
bool WxrReader::start()
{
    m_started = true;
    while (!m_xml.atEnd()) {
        m_xml.readNext();
        if (!m_xml.isStartElement())
            continue;
        if (m_xml.name() != QLatin1String("rss")) {
            fail(tr("not a WordPress export: the file starts with <%1>, not <rss>")
                     .arg(m_xml.name().toString()));
            return false;
        }
        static const QRegularExpression wordpress(
            QStringLiteral("^https?://wordpress\\.org/export/1\\.[012]/$"));
        const auto declarations = m_xml.namespaceDeclarations();
        for (const QXmlStreamNamespaceDeclaration &d : declarations)
            if (wordpress.match(d.namespaceUri()).hasMatch())
                m_wp = d.namespaceUri().toString();
        if (m_wp.isEmpty()) {
            fail(tr("not a WordPress export: its <rss> declares no WordPress export namespace "
                    "(http://wordpress.org/export/1.0/, 1.1/ or 1.2/)"));
            return false;
        }
        return true;
    }
    if (m_xml.hasError())
        fail(m_xml.errorString());
    else
        fail(tr("not a WordPress export: the file holds no XML element"));
    return false;
}

QString WxrReader::text()
{
    return m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
}

void WxrReader::readAuthor()
{
    WxrAuthor author;
    while (m_xml.readNextStartElement()) {
        if (m_xml.namespaceUri() != m_wp) {
            m_xml.skipCurrentElement();
            continue;
        }
        const auto name = m_xml.name();
        if (name == QLatin1String("author_login"))
            author.login = text().trimmed();
        else if (name == QLatin1String("author_display_name"))
            author.displayName = text().trimmed();
        else
            m_xml.skipCurrentElement();
    }
    if (!author.login.isEmpty())
        m_authors.insert(author.login, author);
}

void WxrReader::readItem(WxrItem &item)
{
    item = WxrItem();
    item.line = m_xml.lineNumber();
    QDateTime localDate;
    QDateTime pubDate;
    while (m_xml.readNextStartElement()) {
        const auto ns = m_xml.namespaceUri();
        const auto name = m_xml.name();
        if (ns.isEmpty()) {
            if (name == QLatin1String("title")) {
                item.title = text();
            } else if (name == QLatin1String("link")) {
                item.link = text().trimmed();
            } else if (name == QLatin1String("guid")) {
                item.guid = text().trimmed();
            } else if (name == QLatin1String("pubDate")) {
                pubDate = QDateTime::fromString(text().trimmed(), Qt::RFC2822Date);
            } else if (name == QLatin1String("category")) {
                // WXR 1.0 names tags "tag", later versions "post_tag".
                const QString domain = m_xml.attributes().value(QLatin1String("domain")).toString();
                const QString value = text().trimmed();
                if (value.isEmpty())
                    continue;
                if (domain == QLatin1String("category"))
                    item.categories.append(value);
                else if (domain == QLatin1String("post_tag") || domain == QLatin1String("tag"))
                    item.tags.append(value);
            } else {
                m_xml.skipCurrentElement();
            }
        } else if (ns == ContentNs && name == QLatin1String("encoded")) {
            item.content = text();
        } else if (ns == m_wp + QLatin1String("excerpt/") && name == QLatin1String("encoded")) {
            item.excerpt = text();
        } else if (ns == DcNs && name == QLatin1String("creator")) {
            item.creator = text().trimmed();
        } else if (ns == m_wp) {
            if (name == QLatin1String("post_id"))
                item.postId = text().trimmed().toLongLong();
            else if (name == QLatin1String("post_name"))
                item.postName = text().trimmed();
            else if (name == QLatin1String("status"))
                item.status = text().trimmed();
            else if (name == QLatin1String("post_type"))
                item.postType = text().trimmed();
            else if (name == QLatin1String("post_password"))
                item.password = text();
            else if (name == QLatin1String("post_date_gmt"))
                item.postedAt = dateFromGmt(text());
            else if (name == QLatin1String("post_date"))
                localDate = dateFromGmt(text());
            else if (name == QLatin1String("post_modified_gmt"))
                item.modifiedAt = dateFromGmt(text());
            else if (name == QLatin1String("attachment_url"))
                item.attachmentUrl = text().trimmed();
            else if (name == QLatin1String("postmeta")) {
                QString key;
                QString value;
                while (m_xml.readNextStartElement()) {
                    if (m_xml.name() == QLatin1String("meta_key"))
                        key = text().trimmed();
                    else if (m_xml.name() == QLatin1String("meta_value"))
                        value = text().trimmed();
                    else
                        m_xml.skipCurrentElement();
                }
                if (key == QLatin1String("_thumbnail_id"))
                    item.thumbnailId = value.toLongLong();
            } else {
                m_xml.skipCurrentElement(); // comments, menu order, sticky, ...
            }
        } else {
            m_xml.skipCurrentElement();
        }
    }
    // A draft has no GMT date in WordPress ("0000-00-00 00:00:00"): its site time, or the feed's.
    if (!item.postedAt.isValid())
        item.postedAt = localDate.isValid() ? localDate : pubDate.toUTC();
    if (!item.modifiedAt.isValid())
        item.modifiedAt = item.postedAt;
}

bool WxrReader::readNextItem(WxrItem &item)
{
    if (hasError())
        return false;
    if (!m_started && !start())
        return false;
    while (!m_xml.atEnd()) {
        m_xml.readNext();
        if (!m_xml.isStartElement())
            continue;
        const auto ns = m_xml.namespaceUri();
        const auto name = m_xml.name();
        if (ns.isEmpty() && name == QLatin1String("item")) {
            readItem(item);
            if (m_xml.hasError())
                break;
            return true;
        }
        if (ns.isEmpty() && name == QLatin1String("title") && m_siteTitle.isEmpty())
            m_siteTitle = text().trimmed();
        else if (ns == m_wp && name == QLatin1String("wxr_version"))
            m_version = text().trimmed();
        else if (ns == m_wp && name == QLatin1String("base_site_url"))
            m_siteUrl = text().trimmed();
        else if (ns == m_wp && name == QLatin1String("author"))
            readAuthor();
    }
    if (m_xml.hasError())
        fail(m_xml.errorString());
    return false;
}

} // namespace copydesk::app
