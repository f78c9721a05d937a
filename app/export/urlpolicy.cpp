#include "app/export/urlpolicy.h"

#include <QRegularExpression>

namespace copydesk::app {

bool isSafeUrl(const QString &url)
{
    // Browsers drop ASCII tab and newlines anywhere, and leading C0 controls and spaces.
    QString cleaned;
    for (const QChar c : url) {
        if (c == u'\t' || c == u'\n' || c == u'\r')
            continue;
        cleaned += c;
    }
    int start = 0;
    while (start < cleaned.size() && (cleaned.at(start).unicode() <= 0x20))
        ++start;
    cleaned = cleaned.mid(start);
    // No scheme: relative (a path, a fragment, a query). A colon before any / ? # starts a scheme.
    static const QRegularExpression scheme(QStringLiteral("^([^:/?#]*):"));
    const auto m = scheme.match(cleaned);
    if (!m.hasMatch())
        return true;
    const QString name = m.captured(1).toLower();
    return name == QLatin1String("http") || name == QLatin1String("https")
        || name == QLatin1String("mailto");
}

} // namespace copydesk::app
