#pragma once

#include "tests/support/processrun.h"

#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// What the command-line suites share: a temporary folder and store (a new database on the test
// server in a suite's PostgreSQL run), and running the real copydesk binary (COPYDESK_BINARY)
// in it with a clean environment.
class CommandLineHarness
{
protected:
    using Run = copydesk::test::ProcessRun;

    void setUp();
    void tearDown();

    // The binary with these arguments; COPYDESK_PASSWORD is "correct horse" unless password is
    // false; extra adds to (or replaces in) the environment.
    Run run(const QStringList &arguments, const QProcessEnvironment &extra = {},
            bool password = true);
    // As jane, the editor-in-chief made by initStore().
    Run cd(const QStringList &arguments)
    {
        return run(QStringList { QStringLiteral("--database"), m_store, QStringLiteral("--user"),
                                 QStringLiteral("jane") }
                   + arguments);
    }
    // As nobody in particular.
    Run anonymous(const QStringList &arguments)
    {
        return run(QStringList { QStringLiteral("--database"), m_store } + arguments, {}, false);
    }
    QString write(const QString &name, const QByteArray &content);
    int articleCount();
    // A new store with jane (Jane Doe) as its first account.
    void initStore();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_store;
};
