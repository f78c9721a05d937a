#include "tests/support/newsroomfixture.h"

#include "tests/support/testserver.h"

namespace copydesk::test {

NewsroomFixture::NewsroomFixture()
    : NewsroomFixture(Options())
{ }

NewsroomFixture::NewsroomFixture(const Options &options)
    : m_store(!options.location.isEmpty()   ? options.location
                  : TestServer::isEnabled() ? TestServer::createDatabase()
                                            : m_dir.filePath(options.fileName))
    , m_ownDatabase(options.location.isEmpty() && TestServer::isEnabled())
    , m_now(options.now)
    , m_newsroom(std::make_unique<app::Newsroom>())
{
    m_newsroom->setClock([this] { return m_now; });
    m_newsroom->setMachine(options.machine);
    if (auto r = m_newsroom->open(m_store, app::Newsroom::OpenMode::CreateIfMissing); !r) {
        m_error = r.errorString();
        return;
    }
    const auto chief = m_newsroom->staff().createFirstAccount(
        options.chiefUsername, options.chiefName, options.chiefPassword);
    if (!chief) {
        m_error = chief.errorString();
        return;
    }
    m_chief = m_newsroom->staff().actor(chief->id).value();
}

NewsroomFixture::~NewsroomFixture()
{
    m_newsroom.reset(); // the store closes before its folder (or database) goes
    if (m_ownDatabase)
        TestServer::dropDatabase(m_store);
}

app::Actor NewsroomFixture::hire(const Hire &who)
{
    db::Person p;
    p.username = who.username;
    p.displayName = who.displayName.isEmpty() ? who.username.at(0).toUpper() + who.username.mid(1)
                                              : who.displayName;
    p.bio = who.bio;
    const auto person = m_newsroom->staff().addPerson(m_chief, p, who.password);
    if (!person)
        qFatal("hiring %s: %s", qPrintable(who.username), qPrintable(person.errorString()));
    db::Appointment a;
    a.personId = person->id;
    a.title = who.title.isEmpty() ? who.level : who.title;
    a.level = who.level;
    a.section = who.section;
    a.term = who.term;
    a.startsOn = who.from;
    a.endsOn = who.to;
    if (auto r = m_newsroom->staff().appoint(m_chief, a); !r)
        qFatal("appointing %s: %s", qPrintable(who.username), qPrintable(r.errorString()));
    return m_newsroom->staff().actor(person->id).value();
}

app::Actor NewsroomFixture::hire(const QString &username, const QString &level,
                                 const QString &section)
{
    Hire who;
    who.username = username;
    who.level = level;
    who.section = section;
    return hire(who);
}

db::Article NewsroomFixture::draft(const app::Actor &by, const QString &headline,
                                   const QString &body, const QString &section)
{
    db::Article a;
    a.headline = headline;
    a.body = body;
    a.section = section;
    const auto created = m_newsroom->archive().createArticle(a, by);
    if (!created)
        qFatal("creating a draft: %s", qPrintable(created.errorString()));
    return *created;
}

} // namespace copydesk::test
