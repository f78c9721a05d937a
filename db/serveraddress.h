#pragma once

#include "app/core/result.h"

#include <QCoreApplication>
#include <QString>

namespace copydesk::db {

// Where a newsroom on a PostgreSQL server lives, as a libpq connection URI:
//   postgresql://user@host[:port]/name?sslmode=require
// The password never belongs here: it comes from the sign-in dialog, COPYDESK_PASSWORD,
// PGPASSWORD or ~/.pgpass (the last two read by libpq itself).
struct ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(copydesk::db::ServerAddress)

public:
    QString user;
    QString host; // a name, an address, or a socket folder (starting with '/')
    int port = 5432;
    QString database;
    QString sslMode; // empty: libpq's default (prefer)
    QString password; // only when the URI carried one (discouraged, accepted as libpq does)
    int connectTimeout = 10; // seconds

    // True for a string meant as a server address rather than a file.
    static bool isServerAddress(const QString &location);
    // Reads a postgresql:// or postgres:// URI; refuses what libpq would not connect to.
    static Result<ServerAddress> parse(const QString &location);

    // The URI again, without any password: what the window remembers and the status bar shows.
    QString toString() const;
    // "copydesk on db.example.org:5432": for titles and messages.
    QString displayName() const;

    static QStringList sslModes();
};

} // namespace copydesk::db
