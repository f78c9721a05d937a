#pragma once

#include "app/core/result.h"
#include "db/records.h"

#include <QCoreApplication>
#include <QList>

namespace copydesk::db {

class Database;

// The house style guide's rules (see StyleRule). Which rules apply to an article, and who may
// change them, is decided in app/ (HouseStyle, StyleGuideService).
class StyleStore final
{
    Q_DECLARE_TR_FUNCTIONS(copydesk::db::StyleStore)

public:
    explicit StyleStore(Database &database);

    // Every rule, in the order they were added.
    Result<QList<StyleRule>> rules();
    // A new rule (its section, by name, must exist); its id.
    Result<qint64> add(const StyleRule &rule, qint64 addedBy);
    Result<void> remove(qint64 id);
    Result<int> count();

private:
    Database &m_database;
};

} // namespace copydesk::db
