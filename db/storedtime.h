#pragma once

#include <QDateTime>
#include <QVariant>

namespace copydesk::db::storedtime {

// Times are stored in UTC as ISO 8601 with milliseconds, so they sort as text.
inline QString toStored(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

inline QDateTime fromStored(const QString &text)
{
    if (text.isEmpty())
        return {};
    // The form toStored() writes, "2026-11-29T10:00:00.000Z", read directly: a list of a few
    // hundred rows reads as many times, and QDateTime::fromString is the slow part of a row.
    const auto digits = [&text](int from, int count) {
        int n = 0;
        for (int i = from; i < from + count; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                return -1;
            n = n * 10 + (c - u'0');
        }
        return n;
    };
    if (text.size() == 24 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T'
        && text.at(13) == u':' && text.at(16) == u':' && text.at(19) == u'.'
        && text.at(23) == u'Z') {
        const QDate date(digits(0, 4), digits(5, 2), digits(8, 2));
        const QTime time(digits(11, 2), digits(14, 2), digits(17, 2), digits(20, 3));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time;
}

inline QDateTime fromStored(const QVariant &value)
{
    return value.isNull() ? QDateTime() : fromStored(value.toString());
}

} // namespace copydesk::db::storedtime
