// Staff: staff add, staff appoint, staff end, staff list.

#include "cli/commandcontext.h"
#include "cli/commandgroups.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace copydesk::cli {

namespace {

using namespace copydesk::app;

class StaffCommands
{
    Q_DECLARE_TR_FUNCTIONS(copydesk::cli::StaffCommands)

public:
    static QList<Command> table()
    {
        const QString levels = tr("Levels: %1.").arg(Permissions::levelNames());
        return {
            { QStringLiteral("staff add"),
              QStringLiteral("NAME"),
              tr("add a person (password from COPYDESK_NEW_PASSWORD, else asked)"),
              tr("Editor-in-chief and administrators only."),
              { { QStringLiteral("--display"), QStringLiteral("\"Full Name\""),
                  tr("the name bylines and author boxes show"), true },
                { QStringLiteral("--bio"), QStringLiteral("T"), tr("a line about the person") } },
              add },
            { QStringLiteral("staff appoint"),
              QStringLiteral("NAME"),
              tr("give a person a title for a term"),
              levels,
              { { QStringLiteral("--title"), QStringLiteral("T"),
                  tr("the title, as the author box shows it (\"Global Editor\")"), true },
                { QStringLiteral("--level"), QStringLiteral("L"), tr("the powers it gives"), true },
                { QStringLiteral("--section"), QStringLiteral("S"),
                  tr("the section a section editor edits") },
                { QStringLiteral("--term"), QStringLiteral("2019/20"),
                  tr("the term, as the author box shows it"), true },
                { QStringLiteral("--from"), QStringLiteral("D"),
                  tr("first day, YYYY-MM-DD (default: open)") },
                { QStringLiteral("--to"), QStringLiteral("D"),
                  tr("last day, YYYY-MM-DD (default: open)") } },
              appoint },
            { QStringLiteral("staff end"),
              QStringLiteral("APPOINTMENT"),
              tr("end an appointment (ids from staff list --json)"),
              tr("An ended appointment gives no powers but stays in the author box."),
              { { QStringLiteral("--on"), QStringLiteral("D"),
                  tr("its last day, YYYY-MM-DD (default: yesterday)") } },
              end },
            { QStringLiteral("staff password"),
              QStringLiteral("NAME"),
              tr("set a person's password (from COPYDESK_NEW_PASSWORD, else asked)"),
              tr("For people imported from WordPress, who have none, and for anyone who "
                 "forgot theirs. On a newsroom server it makes the login of someone who has "
                 "none; an existing login's password is changed on the server. Editor-in-chief "
                 "and administrators only."),
              {},
              password },
            { QStringLiteral("staff list"),
              {},
              tr("people and their current appointments"),
              {},
              {},
              list },
        };
    }

    static int list(CommandContext &c, const Args &)
    {
        if (auto r = c.openStore(Newsroom::OpenMode::MustExist); !r)
            return c.fail(r.error());
        Newsroom &newsroom = c.newsroom();
        const auto people = newsroom.staff().everyone();
        if (!people)
            return c.fail(people.error());
        QJsonArray array;
        for (const db::Person &p : *people) {
            const auto appointments = newsroom.staff().appointmentsOf(p.id);
            if (!appointments)
                return c.fail(appointments.error());
            QJsonArray held;
            QStringList current;
            for (const db::Appointment &a : *appointments) {
                const bool active = Permissions::isActive(a.startsOn, a.endsOn, newsroom.today());
                held.append(
                    QJsonObject { { QStringLiteral("id"), a.id },
                                  { QStringLiteral("title"), a.title },
                                  { QStringLiteral("level"), a.level },
                                  { QStringLiteral("section"), a.section },
                                  { QStringLiteral("term"), a.term },
                                  { QStringLiteral("from"), a.startsOn.toString(Qt::ISODate) },
                                  { QStringLiteral("to"), a.endsOn.toString(Qt::ISODate) },
                                  { QStringLiteral("current"), active } });
                if (active)
                    current << (a.term.isEmpty() ? a.title
                                                 : QStringLiteral("%1 (%2)").arg(a.title, a.term));
            }
            array.append(QJsonObject { { QStringLiteral("username"), p.username },
                                       { QStringLiteral("display"), p.displayName },
                                       { QStringLiteral("bio"), p.bio },
                                       { QStringLiteral("active"), p.active },
                                       { QStringLiteral("appointments"), held } });
            if (!c.json())
                c.out() << QStringLiteral("%1  %2  %3")
                               .arg(p.username, -12)
                               .arg(p.displayName, -24)
                               .arg(current.isEmpty() ? tr("(no current appointment)")
                                                      : current.join(QStringLiteral("; ")))
                        << Qt::endl;
        }
        if (c.json())
            c.printJson(array);
        return Done;
    }

    static int add(CommandContext &c, const Args &args)
    {
        if (args.positional.size() != 1)
            return c.usage(tr("staff add takes one username"));
        if (!args.has(QStringLiteral("--display")))
            return c.usage(tr("staff add needs --display \"Full Name\""));
        if (auto r = c.openStore(Newsroom::OpenMode::MustExist); !r)
            return c.fail(r.error());
        const auto actor = c.signedIn(tr("manage staff"));
        if (!actor)
            return c.fail(actor.error());
        // Refused before the new person's password is asked for.
        if (const Decision d = Permissions::decide(*actor, Action::Staff); !d)
            return c.fail({ Error::Kind::NotPermitted, d.reason });
        const QString username = args.positional.first();
        const QString password = c.readPassword("COPYDESK_NEW_PASSWORD", username);
        db::Person person;
        person.username = username;
        person.displayName = args.value(QStringLiteral("--display"));
        person.bio = args.value(QStringLiteral("--bio"));
        const auto added = c.newsroom().staff().addPerson(*actor, person, password);
        if (!added)
            return c.fail(added.error());
        if (c.json())
            c.printJson(QJsonObject { { QStringLiteral("username"), added->username },
                                      { QStringLiteral("id"), added->id } });
        else
            c.out() << tr("Added %1 (%2)").arg(added->username, added->displayName) << Qt::endl;
        return Done;
    }

    static int password(CommandContext &c, const Args &args)
    {
        if (args.positional.size() != 1)
            return c.usage(tr("staff password takes one username"));
        if (auto r = c.openStore(Newsroom::OpenMode::MustExist); !r)
            return c.fail(r.error());
        const auto actor = c.signedIn(tr("manage staff"));
        if (!actor)
            return c.fail(actor.error());
        // Refused, or an unknown name, before the new password is asked for.
        if (const Decision d = Permissions::decide(*actor, Action::Staff); !d)
            return c.fail({ Error::Kind::NotPermitted, d.reason });
        const auto person = c.newsroom().staff().personNamed(args.positional.first());
        if (!person)
            return c.fail(person.error());
        const QString password = c.readPassword("COPYDESK_NEW_PASSWORD", person->username);
        if (auto r = c.newsroom().staff().setPassword(*actor, person->username, password); !r)
            return c.fail(r.error());
        c.out() << tr("Password set for %1").arg(person->username) << Qt::endl;
        return Done;
    }

    static int appoint(CommandContext &c, const Args &args)
    {
        if (args.positional.size() != 1)
            return c.usage(tr("staff appoint takes one username"));
        for (const char *required : { "--title", "--level", "--term" })
            if (!args.has(QString::fromLatin1(required)))
                return c.usage(tr("staff appoint needs %1").arg(QString::fromLatin1(required)));
        const auto from = CommandContext::parseDate(args.value(QStringLiteral("--from")),
                                                    QStringLiteral("--from"));
        const auto to
            = CommandContext::parseDate(args.value(QStringLiteral("--to")), QStringLiteral("--to"));
        if (!from)
            return c.usage(from.errorString());
        if (!to)
            return c.usage(to.errorString());
        if (auto r = c.openStore(Newsroom::OpenMode::MustExist); !r)
            return c.fail(r.error());
        const auto actor = c.signedIn(tr("manage staff"));
        if (!actor)
            return c.fail(actor.error());
        const auto person = c.newsroom().staff().personNamed(args.positional.first());
        if (!person)
            return c.fail(person.error());
        db::Appointment appointment;
        appointment.personId = person->id;
        appointment.title = args.value(QStringLiteral("--title"));
        appointment.level = args.value(QStringLiteral("--level"));
        appointment.section = args.value(QStringLiteral("--section"));
        appointment.term = args.value(QStringLiteral("--term"));
        appointment.startsOn = *from;
        appointment.endsOn = *to;
        const auto id = c.newsroom().staff().appoint(*actor, appointment);
        if (!id)
            return c.fail(id.error());
        if (c.json())
            c.printJson(QJsonObject { { QStringLiteral("appointment"), *id } });
        else
            c.out() << tr("Appointed %1 %2 (%3), appointment %4")
                           .arg(person->username, appointment.title, appointment.term,
                                QString::number(*id))
                    << Qt::endl;
        return Done;
    }

    static int end(CommandContext &c, const Args &args)
    {
        bool ok = false;
        const qint64 id = args.positional.value(0).toLongLong(&ok);
        if (args.positional.size() != 1 || !ok)
            return c.usage(tr("staff end takes one appointment id (see staff list --json)"));
        const auto on
            = CommandContext::parseDate(args.value(QStringLiteral("--on")), QStringLiteral("--on"));
        if (!on)
            return c.usage(on.errorString());
        if (auto r = c.openStore(Newsroom::OpenMode::MustExist); !r)
            return c.fail(r.error());
        const auto actor = c.signedIn(tr("manage staff"));
        if (!actor)
            return c.fail(actor.error());
        const QDate lastDay = on->isValid() ? *on : c.newsroom().today().addDays(-1);
        if (auto r = c.newsroom().staff().endAppointment(*actor, id, lastDay); !r)
            return c.fail(r.error());
        c.out() << tr("Appointment %1 ended on %2")
                       .arg(QString::number(id), lastDay.toString(Qt::ISODate))
                << Qt::endl;
        return Done;
    }
};

} // namespace

QList<Command> staffCommands()
{
    return StaffCommands::table();
}

} // namespace copydesk::cli
