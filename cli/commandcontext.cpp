#include "cli/commandcontext.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QUrl>

#include <cstdio>
#include <iostream>
#include <string>

#if defined(Q_OS_UNIX)
#include <termios.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <io.h>
#include <windows.h>
#endif

namespace copydesk::cli {

using app::Actor;
using app::Newsroom;

CommandContext::CommandContext(const GlobalOptions &global, QTextStream &out, QTextStream &err)
    : m_global(global)
    , m_out(out)
    , m_err(err)
{ }

int CommandContext::usage(const QString &message)
{
    m_err << "copydesk: " << message << Qt::endl;
    return Usage;
}

int CommandContext::fail(const Error &error)
{
    m_err << "copydesk: " << error.message << Qt::endl;
    switch (error.kind) {
    case Error::Kind::Conflict:
        return Conflict;
    case Error::Kind::NotPermitted:
        return NotPermitted;
    default:
        return Failed;
    }
}

void CommandContext::remark(const QString &message)
{
    m_err << "copydesk: " << message << Qt::endl;
}

void CommandContext::printJson(const QJsonValue &value)
{
    const QJsonDocument document
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

QString CommandContext::storePath() const
{
    if (m_global.database.isEmpty())
        return Newsroom::defaultStorePath();
    // A server address without a login connects as the person named by --user.
    if (Newsroom::isServerAddress(m_global.database) && !m_global.user.isEmpty()) {
        QUrl address(m_global.database);
        if (address.isValid() && address.userName().isEmpty()) {
            address.setUserName(m_global.user);
            return address.toString();
        }
    }
    return m_global.database;
}

void CommandContext::prepareServer()
{
    m_newsroom.setServerPassword(serverPassword());
}

QString CommandContext::serverPassword()
{
    // libpq's own PGPASSWORD (and ~/.pgpass) go first; COPYDESK_PASSWORD, the person's, is the
    // login's password when neither says otherwise.
    if (qEnvironmentVariableIsSet("PGPASSWORD") || !qEnvironmentVariableIsSet("COPYDESK_PASSWORD"))
        return {};
    return qEnvironmentVariable("COPYDESK_PASSWORD");
}

QString CommandContext::shownStore() const
{
    return Newsroom::shownLocation(m_newsroom.isOpen() ? m_newsroom.path() : storePath());
}

Result<void> CommandContext::openStore(Newsroom::OpenMode mode)
{
    prepareServer();
    return m_newsroom.open(storePath(), mode);
}

Result<Actor> CommandContext::signedIn(const QString &doing)
{
    if (m_global.user.isEmpty())
        return failure(Error::Kind::NotPermitted, tr("sign in with --user NAME to %1").arg(doing));
    const QString password = readPassword("COPYDESK_PASSWORD", m_global.user);
    if (password.isEmpty())
        return failure(Error::Kind::NotPermitted,
                       tr("no password for %1: set COPYDESK_PASSWORD or run in a terminal")
                           .arg(m_global.user));
    return m_newsroom.staff().signIn(m_global.user, password);
}

QString CommandContext::readPassword(const char *variable, const QString &username)
{
    if (qEnvironmentVariableIsSet(variable))
        return qEnvironmentVariable(variable);
    const QString prompt = tr("Password for %1: ").arg(username);
#if defined(Q_OS_UNIX)
    if (!isatty(STDIN_FILENO))
        return {};
    m_err << prompt << Qt::flush;
    termios old {};
    tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    std::string line;
    std::getline(std::cin, line);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    m_err << Qt::endl;
    return QString::fromStdString(line);
#elif defined(Q_OS_WIN)
    if (!_isatty(_fileno(stdin)))
        return {};
    m_err << prompt << Qt::flush;
    HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    GetConsoleMode(input, &mode);
    SetConsoleMode(input, mode & ~ENABLE_ECHO_INPUT);
    std::string line;
    std::getline(std::cin, line);
    SetConsoleMode(input, mode);
    m_err << Qt::endl;
    return QString::fromStdString(line);
#else
    Q_UNUSED(prompt);
    return {};
#endif
}

Result<qint64> CommandContext::parseId(const QString &word)
{
    bool ok = false;
    const qint64 id = word.toLongLong(&ok);
    if (!ok || id <= 0)
        return failure(Error::Kind::Invalid, tr("'%1' is not an article id").arg(word));
    return id;
}

Result<QDate> CommandContext::parseDate(const QString &text, const QString &option)
{
    if (text.isEmpty())
        return QDate();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return failure(Error::Kind::Invalid,
                       tr("%1 takes a date as YYYY-MM-DD, not '%2'").arg(option, text));
    return date;
}

QString CommandContext::shownTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                          : QString();
}

QString CommandContext::isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace copydesk::cli
