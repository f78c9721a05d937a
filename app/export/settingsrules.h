#pragma once

#include "app/core/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace copydesk::app {

// What the newsroom settings may hold, checked when a setting is set (window and command line
// alike) so that a value accepted today cannot break tomorrow's export.
class SettingsRules final
{
    Q_DECLARE_TR_FUNCTIONS(copydesk::app::SettingsRules)

public:
    // publication.name, publication.about, publication.links, publication.base-url
    static QStringList publicationKeys();
    // The house limit of a headline on the web, in characters (0: none), shown while it is
    // typed.
    static inline const QString HeadlineCharsKey = QStringLiteral("publication.headline-chars");
    static inline const QString HeadlineCharsDefault = QStringLiteral("70");
    // The narrowest photo the site takes, in pixels (0: any); narrower ones are listed by the
    // checks.
    static inline const QString PhotoMinWidthKey = QStringLiteral("publication.photo-min-width");
    static inline const QString PhotoMinWidthDefault = QStringLiteral("1200");
    // The largest photo file the store takes, in megabytes.
    static inline const QString PhotoMaxMegabytesKey
        = QStringLiteral("publication.photo-max-megabytes");
    static inline const QString PhotoMaxMegabytesDefault = QStringLiteral("30");
    // The value of a setting nobody has set.
    static QString defaultValue(const QString &key);

    // The value as it will be stored, or why it cannot be.
    static Result<QString> validate(const QString &key, const QString &value);

    // An absolute http or https URL with a host, and nothing a page would have to escape.
    static Result<void> checkBaseUrl(const QString &url);
};

} // namespace copydesk::app
