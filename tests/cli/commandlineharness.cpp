#include "tests/cli/commandlineharness.h"

#include "tests/support/testserver.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTest>

void CommandLineHarness::setUp()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = copydesk::test::TestServer::isEnabled()
        ? copydesk::test::TestServer::createDatabase()
        : m_dir->filePath(QStringLiteral("newsroom.sqlite"));
}

void CommandLineHarness::tearDown()
{
    m_dir.reset();
    if (copydesk::test::TestServer::isEnabled())
        copydesk::test::TestServer::dropDatabase(m_store);
}

CommandLineHarness::Run CommandLineHarness::run(const QStringList &arguments,
                                                const QProcessEnvironment &extra, bool password)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    env.remove(QStringLiteral("COPYDESK_PASSWORD"));
    if (password)
        env.insert(QStringLiteral("COPYDESK_PASSWORD"), QStringLiteral("correct horse"));
    const auto keys = extra.keys();
    for (const QString &key : keys)
        env.insert(key, extra.value(key));
    return copydesk::test::runProgram(QStringLiteral(COPYDESK_BINARY), arguments, env);
}

QString CommandLineHarness::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return path;
}

void CommandLineHarness::initStore()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("COPYDESK_PASSWORD"), QStringLiteral("correct horse"));
    const Run r = run({ QStringLiteral("--database"), m_store, QStringLiteral("init"),
                        QStringLiteral("--admin"), QStringLiteral("jane"),
                        QStringLiteral("--display"), QStringLiteral("Jane Doe") },
                      env);
    QVERIFY2(r.code == 0, qPrintable(r.err));
}

int CommandLineHarness::articleCount()
{
    const Run r = cd({ QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("--limit"),
                       QStringLiteral("1000") });
    return r.code == 0 ? int(r.json().array().size()) : -1;
}
