#include "db/changefeed.h"

#include "db/database.h"

#include <QSqlDriver>
#include <QSqlQuery>

namespace copydesk::db {

namespace {
const QString Channel = QStringLiteral("copydesk_changes");
}

ChangeFeed::ChangeFeed(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    m_poll.setInterval(PollInterval);
    connect(&m_poll, &QTimer::timeout, this, &ChangeFeed::poll);
}

void ChangeFeed::start()
{
    stop();
    if (!m_database.isOpen())
        return;
    if (m_database.isServer()) {
        QSqlDriver *driver = m_database.connection().driver();
        if (!driver->subscribeToNotification(Channel))
            return;
        m_notification
            = connect(driver, &QSqlDriver::notification, this,
                      [this](const QString &name, QSqlDriver::NotificationSource source,
                             const QVariant &payload) {
                          if (name != Channel || source == QSqlDriver::SelfSource)
                              return;
                          // "articles:12" or "locks:12"
                          bool ok = false;
                          const qint64 id
                              = payload.toString().section(QLatin1Char(':'), 1).toLongLong(&ok);
                          if (ok)
                              Q_EMIT changed({ id }, false);
                          else
                              Q_EMIT changed({}, true);
                      });
        m_listening = true;
        return;
    }
    m_dataVersion = -1;
    poll(); // the starting point
    m_poll.start();
    m_listening = true;
}

void ChangeFeed::stop()
{
    m_poll.stop();
    if (m_notification) {
        disconnect(m_notification);
        m_notification = {};
        if (m_database.isOpen())
            m_database.connection().driver()->unsubscribeFromNotification(Channel);
    }
    m_listening = false;
}

void ChangeFeed::poll()
{
    if (!m_database.isOpen() || m_database.isServer())
        return;
    // data_version moves when another connection commits to the store, never for our own.
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return;
    const qint64 version = query.value(0).toLongLong();
    query.finish();
    if (m_dataVersion >= 0 && version != m_dataVersion)
        Q_EMIT changed({}, true);
    m_dataVersion = version;
}

} // namespace copydesk::db
