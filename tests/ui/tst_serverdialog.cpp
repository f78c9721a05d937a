// File ▸ Connect to Newsroom Server…: what the dialog asks for, what it remembers (never the
// password), and — in the suite's PostgreSQL run — a window that connects and says so.

#include "tests/support/testserver.h"
#include "ui/mainwindow.h"
#include "ui/serverdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace copydesk;

class TestServerDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void missingFieldsAreNamed_data();
    void missingFieldsAreNamed();
    void addressIsBuiltAndRememberedWithoutThePassword();
    void theServersRefusalStaysInTheDialog();
    void windowConnectsAndShowsTheNewsroom();

private:
    struct Fields
    {
        QLineEdit *host;
        QSpinBox *port;
        QLineEdit *database;
        QLineEdit *user;
        QLineEdit *password;
        QComboBox *sslMode;
        QLabel *problem;
    };
    static Fields fieldsOf(ui::ServerDialog &dialog);
};

TestServerDialog::Fields TestServerDialog::fieldsOf(ui::ServerDialog &dialog)
{
    Fields f {};
    f.host = dialog.findChild<QLineEdit *>(QStringLiteral("host"));
    f.port = dialog.findChild<QSpinBox *>(QStringLiteral("port"));
    f.database = dialog.findChild<QLineEdit *>(QStringLiteral("database"));
    f.user = dialog.findChild<QLineEdit *>(QStringLiteral("user"));
    f.password = dialog.findChild<QLineEdit *>(QStringLiteral("password"));
    f.sslMode = dialog.findChild<QComboBox *>(QStringLiteral("sslMode"));
    f.problem = dialog.findChild<QLabel *>(QStringLiteral("problem"));
    Q_ASSERT(f.host && f.port && f.database && f.user && f.password && f.sslMode && f.problem);
    return f;
}

void TestServerDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestServerDialog::init()
{
    QSettings().remove(QStringLiteral("server"));
}

void TestServerDialog::missingFieldsAreNamed_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no server") << ""
                               << "newsroom"
                               << "amira"
                               << "server's name";
    QTest::newRow("no database") << "db.example.org"
                                 << ""
                                 << "amira"
                                 << "database";
    QTest::newRow("no login") << "db.example.org"
                              << "newsroom"
                              << ""
                              << "login";
}

void TestServerDialog::missingFieldsAreNamed()
{
    QFETCH(QString, host);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, expected);
    int attempts = 0;
    ui::ServerDialog dialog([&](const QString &, const QString &) {
        ++attempts;
        return QString();
    });
    const Fields f = fieldsOf(dialog);
    f.host->setText(host);
    f.database->setText(database);
    f.user->setText(user);
    dialog.accept();
    QCOMPARE(attempts, 0);
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY2(f.problem->text().contains(expected), qPrintable(f.problem->text()));
}

void TestServerDialog::addressIsBuiltAndRememberedWithoutThePassword()
{
    QString seenAddress;
    QString seenPassword;
    {
        ui::ServerDialog dialog([&](const QString &address, const QString &password) {
            seenAddress = address;
            seenPassword = password;
            return QString();
        });
        const Fields f = fieldsOf(dialog);
        f.host->setText(QStringLiteral("db.example.org"));
        f.port->setValue(6543);
        f.database->setText(QStringLiteral("concrete"));
        f.user->setText(QStringLiteral("amira"));
        f.password->setText(QStringLiteral("secret words"));
        f.sslMode->setCurrentIndex(f.sslMode->findData(QStringLiteral("require")));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QCOMPARE(seenAddress,
             QStringLiteral("postgresql://amira@db.example.org:6543/concrete?sslmode=require"));
    QCOMPARE(seenPassword, QStringLiteral("secret words"));

    // The next time, everything but the password is filled in.
    ui::ServerDialog again([](const QString &, const QString &) { return QString(); });
    const Fields f = fieldsOf(again);
    QCOMPARE(f.host->text(), QStringLiteral("db.example.org"));
    QCOMPARE(f.port->value(), 6543);
    QCOMPARE(f.database->text(), QStringLiteral("concrete"));
    QCOMPARE(f.user->text(), QStringLiteral("amira"));
    QCOMPARE(f.sslMode->currentData().toString(), QStringLiteral("require"));
    QVERIFY(f.password->text().isEmpty());
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(QLatin1String("secret")),
                 qPrintable(key));
}

void TestServerDialog::theServersRefusalStaysInTheDialog()
{
    ui::MainWindow window;
    ui::ServerDialog dialog([&](const QString &address, const QString &password) {
        const auto opened = window.openStore(address, password);
        return opened ? QString() : opened.errorString();
    });
    const Fields f = fieldsOf(dialog);
    // Nothing listens on port 1 of this machine.
    f.host->setText(QStringLiteral("127.0.0.1"));
    f.port->setValue(1);
    f.database->setText(QStringLiteral("newsroom"));
    f.user->setText(QStringLiteral("amira"));
    f.sslMode->setCurrentIndex(f.sslMode->findData(QStringLiteral("disable")));
    dialog.accept();
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY2(f.problem->text().contains(QLatin1String("cannot reach the newsroom server")),
             qPrintable(f.problem->text()));
}

void TestServerDialog::windowConnectsAndShowsTheNewsroom()
{
    if (!test::TestServer::isEnabled())
        QSKIP("needs a PostgreSQL server: this runs in tst_serverdialog_postgresql");
    const QString address = test::TestServer::createDatabase();
    const QUrl url(address);
    {
        ui::MainWindow window;
        ui::ServerDialog dialog([&](const QString &typed, const QString &password) {
            const auto opened = window.openStore(typed, password);
            return opened ? QString() : opened.errorString();
        });
        const Fields f = fieldsOf(dialog);
        f.host->setText(url.host());
        f.port->setValue(url.port());
        f.database->setText(url.path().mid(1));
        f.user->setText(url.userName());
        f.sslMode->setCurrentIndex(f.sslMode->findData(QStringLiteral("disable")));
        dialog.accept();
        QVERIFY2(dialog.result() == QDialog::Accepted,
                 qPrintable(fieldsOf(dialog).problem->text()));
        QVERIFY(window.windowTitle().contains(url.path().mid(1)));
        bool shown = false;
        for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
            shown = shown
                || label->text()
                    == QStringLiteral("Newsroom: %1 on %2:%3")
                           .arg(url.path().mid(1), url.host())
                           .arg(url.port());
        QVERIFY(shown);
        QCOMPARE(QSettings().value(QStringLiteral("store/path")).toString().left(13),
                 QStringLiteral("postgresql://"));
        // The newsroom's first account; it gets a login of its own on the server.
        QVERIFY(window.newsroom()
                    .staff()
                    .createFirstAccount(QStringLiteral("chief"), QStringLiteral("Chief"),
                                        QStringLiteral("secret words"))
                    .ok());
    }
    {
        // File ▸ Connect to Newsroom Server… as that person's login signs the person in: no
        // second question.
        ui::MainWindow window;
        QTimer answer;
        answer.setInterval(20);
        QObject::connect(&answer, &QTimer::timeout, [&] {
            auto *dialog = qobject_cast<ui::ServerDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            answer.stop();
            const Fields f = fieldsOf(*dialog);
            QCOMPARE(f.user->text(), QStringLiteral("chief")); // from the address given
            f.password->setText(QStringLiteral("secret words"));
            f.sslMode->setCurrentIndex(f.sslMode->findData(QStringLiteral("disable")));
            dialog->accept();
        });
        answer.start();
        QVERIFY(
            window.connectToServer(test::TestServer::asLogin(address, QStringLiteral("chief"))));
        QCOMPARE(window.actor().username, QStringLiteral("chief"));

        // Asked to sign in again on that login, the dialog names its person, whoever signed in
        // last on this computer.
        QSettings().setValue(QStringLiteral("session/username"), QStringLiteral("someone-else"));
        QString offered;
        QTimer look;
        look.setInterval(20);
        QObject::connect(&look, &QTimer::timeout, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            look.stop();
            offered = dialog->findChildren<QLineEdit *>().value(0)->text();
            dialog->reject();
        });
        look.start();
        QVERIFY(!window.askSignIn());
        QCOMPARE(offered, QStringLiteral("chief"));
    }
    test::TestServer::dropDatabase(address);
}

QTEST_MAIN(TestServerDialog)
#include "tst_serverdialog.moc"
