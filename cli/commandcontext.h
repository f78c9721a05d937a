#pragma once

#include "app/core/result.h"
#include "app/newsroom.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonValue>
#include <QString>

class QTextStream;

namespace copydesk::cli {

// The exit codes of DESIGN.md §5.
enum ExitCode { Done = 0, Usage = 1, Failed = 2, Conflict = 3, NotPermitted = 4 };

// The global options, taken out of the arguments wherever they stand.
struct GlobalOptions
{
    QString database;
    QString user;
    bool json = false;
    bool version = false;
    bool help = false;
    bool manCommands = false;
    QStringList rest; // the command and its arguments
    QString error;
};

// What every command handler works with: the global options, the output streams, the newsroom
// and the few helpers they share (one-line errors with their exit code, JSON output, opening the
// store, signing in, the password prompt, ids, dates and times as the command line shows them).
class CommandContext final
{
    Q_DISABLE_COPY_MOVE(CommandContext)
    Q_DECLARE_TR_FUNCTIONS(copydesk::cli::CommandContext)

public:
    CommandContext(const GlobalOptions &global, QTextStream &out, QTextStream &err);

    const GlobalOptions &global() const { return m_global; }
    bool json() const { return m_global.json; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    app::Newsroom &newsroom() { return m_newsroom; }

    // "copydesk: message" on stderr; returns Usage.
    int usage(const QString &message);
    // "copydesk: message" on stderr; returns the exit code for the error's kind.
    int fail(const Error &error);
    // A note on stderr that does not change the outcome ("copydesk: no articles match").
    void remark(const QString &message);
    void printJson(const QJsonValue &value);

    // --database: a store file or a newsroom server's address; the default store without it.
    QString storePath() const;
    // Gives the newsroom the server password from COPYDESK_PASSWORD, when the store is on a
    // server and the variable is set (else libpq reads PGPASSWORD and ~/.pgpass). Every
    // command that opens the store calls it first.
    void prepareServer();
    // The password given to a server login: COPYDESK_PASSWORD unless PGPASSWORD is set (then
    // libpq's own, as are ~/.pgpass's).
    static QString serverPassword();
    // The store as messages show it: a file's native path, or the server address.
    QString shownStore() const;
    Result<void> openStore(app::Newsroom::OpenMode mode);
    // The person named by --user, signed in with the password from COPYDESK_PASSWORD or the
    // terminal. Every command that changes the store needs one; `doing` names the command.
    Result<app::Actor> signedIn(const QString &doing);
    // A password from the environment variable, else asked on the terminal without echo.
    // Empty when neither is possible.
    QString readPassword(const char *variable, const QString &username);

    static Result<qint64> parseId(const QString &word);
    // An ISO date for `option`; an empty text is a null date.
    static Result<QDate> parseDate(const QString &text, const QString &option);
    static QString shownTime(const QDateTime &time); // local, "yyyy-MM-dd HH:mm"
    static QString isoTime(const QDateTime &time); // UTC, ISO 8601 with milliseconds

private:
    const GlobalOptions &m_global;
    QTextStream &m_out;
    QTextStream &m_err;
    app::Newsroom m_newsroom;
};

} // namespace copydesk::cli
