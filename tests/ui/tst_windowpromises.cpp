// What the README promises of the window, each checked as a person would meet it: the keyboard
// shortcuts, asking before unsaved work is closed, the window's size and last store remembered,
// and another store (a backup) offered when a store will not open.

#include "tests/ui/windowtest.h"
#include "ui/articleeditor.h"
#include "ui/bodyedit.h"
#include "ui/mainwindow.h"
#include "ui/program.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace copydesk;

class TestWindowPromises : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void formattingShortcuts_data();
    void formattingShortcuts();
    void articleShortcuts();
    void closingTheWindowWithUnsavedWorkAsks();
    void closingTheArticleWithUnsavedWorkAsks();
    void windowRemembersItsSizeAndLastStore();
    void storeThatWillNotOpenOffersABackup();
    void storeThatWillNotOpenCanBeLeft();

private:
    std::unique_ptr<ui::MainWindow> openWindow(const QString &store)
    {
        return m_test->openWindow(store);
    }
    template<typename T> void answerNext(const std::function<void(T *)> &answer, bool *seen)
    {
        test::answerNextDialog<T>(this, answer, seen);
    }
    static QAbstractButton *buttonNamed(QMessageBox *box, const QString &text);

    std::unique_ptr<test::WindowTest> m_test;
    std::unique_ptr<ui::MainWindow> m_window;
    QString m_store;
};

void TestWindowPromises::init()
{
    m_test = std::make_unique<test::WindowTest>();
    QVERIFY(m_test->isValid());
    m_store = m_test->filePath(QStringLiteral("newsroom.sqlite"));
    m_window = openWindow(m_store);
    QVERIFY(m_window);
}

void TestWindowPromises::cleanup()
{
    // A dialog a test waited for in vain is not answered in the next one.
    qDeleteAll(findChildren<QTimer *>());
    if (m_window)
        m_window->editor()->setModified(false);
    m_window.reset();
    m_test.reset();
}

QAbstractButton *TestWindowPromises::buttonNamed(QMessageBox *box, const QString &text)
{
    for (QAbstractButton *b : box->buttons())
        if (b->text().remove(QLatin1Char('&')) == text)
            return b;
    return nullptr;
}

void TestWindowPromises::formattingShortcuts_data()
{
    // The README's table: the key, and the body it leaves for "Words" typed on a new line.
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<QString>("body");
    const int ctrlAlt = int(Qt::ControlModifier | Qt::AltModifier);
    const int ctrlShift = int(Qt::ControlModifier | Qt::ShiftModifier);
    QTest::newRow("Ctrl+Alt+2 subheading")
        << int(Qt::Key_2) << ctrlAlt << QStringLiteral("## Words\n");
    QTest::newRow("Ctrl+Alt+3 small subheading")
        << int(Qt::Key_3) << ctrlAlt << QStringLiteral("### Words\n");
    QTest::newRow("Ctrl+B bold") << int(Qt::Key_B) << int(Qt::ControlModifier)
                                 << QStringLiteral("**Words**\n");
    QTest::newRow("Ctrl+I italic")
        << int(Qt::Key_I) << int(Qt::ControlModifier) << QStringLiteral("*Words*\n");
    QTest::newRow("Ctrl+K link") << int(Qt::Key_K) << int(Qt::ControlModifier)
                                 << QStringLiteral("[Words](https://example.org/)\n");
    QTest::newRow("Ctrl+Shift+9 quote")
        << int(Qt::Key_9) << ctrlShift << QStringLiteral("> Words\n");
    QTest::newRow("Ctrl+Shift+8 bulleted list")
        << int(Qt::Key_8) << ctrlShift << QStringLiteral("- Words\n");
    QTest::newRow("Ctrl+Shift+7 numbered list")
        << int(Qt::Key_7) << ctrlShift << QStringLiteral("1. Words\n");
}

void TestWindowPromises::formattingShortcuts()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QFETCH(QString, body);
    ui::MainWindow &w = *m_window;
    QVERIFY(w.newArticle());
    QTest::keyClicks(w.editor()->headline(), QStringLiteral("Shortcuts"));
    ui::BodyEdit *edit = w.editor()->body();
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("Words"));
    edit->selectAll();
    bool asked = false;
    if (key == Qt::Key_K)
        answerNext<QInputDialog>(
            [](QInputDialog *d) {
                d->setTextValue(QStringLiteral("https://example.org/"));
                d->accept();
            },
            &asked);
    QTest::keyClick(edit, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    QCOMPARE(asked, key == Qt::Key_K);
    QCOMPARE(w.editor()->article().body, body);

    // Ctrl+Alt+0 makes the line a paragraph again.
    if (key == Qt::Key_2 || key == Qt::Key_3) {
        QTest::keyClick(edit, Qt::Key_0, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(w.editor()->article().body, QStringLiteral("Words\n"));
    }
}

void TestWindowPromises::articleShortcuts()
{
    // New article Ctrl+N, save Ctrl+S, close Ctrl+W, find articles Ctrl+F.
    ui::MainWindow &w = *m_window;
    QTest::keyClick(&w, Qt::Key_N, Qt::ControlModifier);
    QVERIFY(w.editor()->isVisible());
    QCOMPARE(w.editor()->articleId(), 0);
    QTest::keyClicks(w.editor()->headline(), QStringLiteral("Made by keys"));
    QTest::keyClick(&w, Qt::Key_S, Qt::ControlModifier);
    const qint64 id = w.editor()->articleId();
    QVERIFY(id > 0);
    QCOMPARE(w.newsroom().archive().article(id)->headline, QStringLiteral("Made by keys"));
    QTest::keyClick(&w, Qt::Key_W, Qt::ControlModifier);
    QVERIFY(!w.editor()->isVisible());
    QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(w.searchBox()->hasFocus());
}

void TestWindowPromises::closingTheWindowWithUnsavedWorkAsks()
{
    ui::MainWindow &w = *m_window;
    QVERIFY(w.newArticle());
    QTest::keyClicks(w.editor()->headline(), QStringLiteral("Unsaved story"));
    QVERIFY(w.editor()->isModified());

    // Cancel: the window stays, with the text.
    bool asked = false;
    QString question;
    answerNext<QMessageBox>(
        [&question](QMessageBox *box) {
            question = box->text();
            box->button(QMessageBox::Cancel)->click();
        },
        &asked);
    QVERIFY(!w.close());
    QVERIFY(asked);
    QVERIFY2(question.contains(QStringLiteral("“Unsaved story” has changes that are not saved")),
             qPrintable(question));
    QVERIFY(w.isVisible());
    QCOMPARE(w.editor()->headline()->text(), QStringLiteral("Unsaved story"));

    // Save: the window closes and the article is in the store.
    answerNext<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Save)->click(); },
                            &asked);
    QVERIFY(w.close());
    QVERIFY(asked);
    db::ArticleQuery all;
    const auto stored = w.newsroom().archive().list(all).value();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().headline, QStringLiteral("Unsaved story"));

    // Nothing unsaved: it closes without a question.
    m_window = openWindow(m_store);
    QVERIFY(m_window);
    answerNext<QMessageBox>([](QMessageBox *box) { box->reject(); }, &asked);
    QVERIFY(m_window->close());
    QTest::qWait(100);
    QVERIFY(!asked);
}

void TestWindowPromises::closingTheArticleWithUnsavedWorkAsks()
{
    ui::MainWindow &w = *m_window;
    QVERIFY(w.newArticle());
    QTest::keyClicks(w.editor()->headline(), QStringLiteral("Half written"));
    bool asked = false;
    answerNext<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Cancel)->click(); },
                            &asked);
    QVERIFY(!w.closeArticle());
    QVERIFY(asked);
    QCOMPARE(w.editor()->headline()->text(), QStringLiteral("Half written"));
    // Discard: closed, nothing stored, nothing left to recover.
    answerNext<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Discard)->click(); },
                            &asked);
    QVERIFY(w.closeArticle());
    QVERIFY(asked);
    QVERIFY(w.newsroom().archive().list(db::ArticleQuery()).value().isEmpty());
    QVERIFY(w.recoverable().isEmpty());
}

void TestWindowPromises::windowRemembersItsSizeAndLastStore()
{
    m_window->resize(760, 590);
    QVERIFY(m_window->close());
    m_window.reset();
    QCOMPARE(QSettings().value(QStringLiteral("store/path")).toString(), m_store);

    // A second store opened from the window becomes the last store.
    const QString other = m_test->filePath(QStringLiteral("other.sqlite"));
    auto w = openWindow(other);
    QVERIFY(w);
    QCOMPARE(w->size(), QSize(760, 590)); // the size it was closed at
    QCOMPARE(QSettings().value(QStringLiteral("store/path")).toString(), other);
    w->resize(780, 592);
    QVERIFY(w->close());
    w.reset();
    ui::MainWindow again;
    QCOMPARE(again.size(), QSize(780, 592));
    // The program starts on the last store, unless given one; the first time, on the default.
    QCOMPARE(ui::storeToOpen(QString()), other);
    QCOMPARE(ui::storeToOpen(m_store), m_store);
    QSettings().clear();
    QCOMPARE(ui::storeToOpen(QString()), app::Newsroom::defaultStorePath());
}

void TestWindowPromises::storeThatWillNotOpenOffersABackup()
{
    // A backup of the store, then the store itself damaged beyond opening.
    QVERIFY(m_window->newArticle());
    QTest::keyClicks(m_window->editor()->headline(), QStringLiteral("Kept in the backup"));
    QVERIFY(m_window->save());
    m_window.reset();
    const QString backup = m_test->filePath(QStringLiteral("backup.sqlite"));
    QVERIFY(QFile::copy(m_store, backup));
    QFile damaged(m_store);
    QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
    damaged.write(QByteArray("This is not a database, whatever its name says.\n").repeated(100));
    damaged.close();

    ui::MainWindow w;
    bool told = false;
    bool chose = false;
    QString message;
    QStringList offered;
    answerNext<QMessageBox>(
        [&](QMessageBox *box) {
            message = box->text();
            for (QAbstractButton *b : box->buttons())
                offered << b->text().remove(QLatin1Char('&'));
            answerNext<QFileDialog>(
                [&backup](QFileDialog *dialog) {
                    // Typed into the name box, as a person would (selectFile() waits for the
                    // folder to be read).
                    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
                    QVERIFY(name);
                    name->setText(backup);
                    static_cast<QDialog *>(dialog)->accept(); // QFileDialog's own, protected
                },
                &chose);
            buttonNamed(box, QStringLiteral("Open a Backup or Another Store…"))->click();
        },
        &told);
    QVERIFY(ui::openFirstStore(w, m_store));
    QVERIFY(told);
    QVERIFY2(message.startsWith(QStringLiteral("The store could not be opened:")),
             qPrintable(message));
    QVERIFY2(message.contains(m_store), qPrintable(message)); // which store, and why
    QVERIFY(offered.contains(QStringLiteral("Connect to a Newsroom Server…")));
    QVERIFY(chose);
    QCOMPARE(w.newsroom().path(), backup);
    QCOMPARE(w.newsroom().archive().list(db::ArticleQuery()).value().first().headline,
             QStringLiteral("Kept in the backup"));
}

void TestWindowPromises::storeThatWillNotOpenCanBeLeft()
{
    m_window.reset();
    QFile damaged(m_store);
    QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
    damaged.write(QByteArray(8192, 'x'));
    damaged.close();
    ui::MainWindow w;
    bool told = false;
    answerNext<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Close)->click(); },
                            &told);
    QVERIFY(!ui::openFirstStore(w, m_store));
    QVERIFY(told);
    QFile after(m_store);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), QByteArray(8192, 'x')); // the damaged store is left as it was
}

QTEST_MAIN(TestWindowPromises)
#include "tst_windowpromises.moc"
