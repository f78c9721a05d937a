#pragma once

#include <QDateTime>
#include <QVariant>

namespace copydesk::db::storedtime {

// Times are stored in UTC as ISO 8601 with milliseconds, so they sort as text.
inline QString toStored(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

inline QDateTime fromStored(const QVariant &value)
{
    if (value.isNull() || value.toString().isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time;
}

} // namespace copydesk::db::storedtime
