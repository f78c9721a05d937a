#pragma once

#include "app/core/result.h"
#include "app/workflow/permissions.h"
#include "db/articlestore.h"
#include "db/commentstore.h"
#include "db/database.h"
#include "db/dictionarystore.h"
#include "db/imagestore.h"
#include "db/journal.h"
#include "db/peoplestore.h"
#include "db/recoverystore.h"
#include "db/settingsstore.h"
#include "db/stylestore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>

namespace copydesk::app {

// What the services of one Newsroom share: the open store and its tables, this machine's name
// and the clock. Private to app/: front ends never include this header; they hold a Newsroom
// and call its services.
class StoreContext final
{
    Q_DISABLE_COPY_MOVE(StoreContext)
    Q_DECLARE_TR_FUNCTIONS(copydesk::app::StoreContext)

public:
    StoreContext();

    db::Database database;
    db::ArticleStore articles { database };
    db::PeopleStore people { database };
    db::Journal journal { database };
    db::DictionaryStore dictionary { database };
    db::SettingsStore settings { database };
    db::RecoveryStore recovery { database };
    db::StyleStore style { database };
    db::CommentStore comments { database };
    db::ImageStore images { database };
    QString machine;
    std::function<QDateTime()> clock;

    QDateTime now() const { return clock(); }
    QDate today() const { return clock().toLocalTime().date(); }

    // One line of the audit log, by the acting person.
    Result<void> log(const Actor &by, const QString &action, const QString &note,
                     qint64 articleId = 0, const QString &from = {}, const QString &to = {});
};

class Newsroom;

// The store behind a newsroom, for app/ and its tests only (front ends never include this
// header): what a test needs to set up a state no service would make.
StoreContext &contextOf(Newsroom &newsroom);

// A refusal by the rules, with the reason as one sentence for a person.
inline Error notPermitted(const QString &reason)
{
    return { Error::Kind::NotPermitted, reason };
}

} // namespace copydesk::app
