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

    // The value as it will be stored, or why it cannot be.
    static Result<QString> validate(const QString &key, const QString &value);

    // An absolute http or https URL with a host, and nothing a page would have to escape.
    static Result<void> checkBaseUrl(const QString &url);
};

} // namespace copydesk::app
