// Messages from db/ and app/ reach a person through tr(), with their class as the context: with
// a translator installed, each comes back translated. A message written as a QStringLiteral
// would pass the translator by and fail here.

#include "app/import/textimport.h"
#include "app/newsroom.h"
#include "tests/support/newsroomfixture.h"

#include <QCoreApplication>
#include <QDir>
#include <QTest>
#include <QTranslator>

using namespace copydesk;
using app::Action;

namespace {

// Translates every text to "[context]source", so a message shows which texts went through
// the translator and under which context.
class MarkingTranslator final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }

    QString translate(const char *context, const char *sourceText, const char * = nullptr,
                      int = -1) const override
    {
        return marked(QString::fromUtf8(context), QString::fromUtf8(sourceText));
    }

    static QString marked(const QString &context, const QString &text)
    {
        return QLatin1Char('[') + context + QLatin1Char(']') + text;
    }
};

} // namespace

class TestTranslation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void messagesGoThroughTheTranslator_data();
    void messagesGoThroughTheTranslator();
    void englishStaysTheSourceLanguage();

private:
    QString messageFor(const QString &situation);

    std::unique_ptr<test::NewsroomFixture> m_fx;
    MarkingTranslator m_translator;
};

void TestTranslation::init()
{
    m_fx = std::make_unique<test::NewsroomFixture>();
    QVERIFY2(m_fx->isReady(), qPrintable(m_fx->error()));
}

void TestTranslation::cleanup()
{
    QCoreApplication::removeTranslator(&m_translator);
    m_fx.reset();
}

// The message a person sees in each situation, as the program words it.
QString TestTranslation::messageFor(const QString &situation)
{
    if (situation == QLatin1String("contributor approves")) {
        const app::Actor writer = m_fx->hire(QStringLiteral("ana"), QStringLiteral("contributor"));
        const db::Article draft = m_fx->draft(writer);
        if (auto r = m_fx->newsroom().workflow().transition(draft.id, Action::Submit, writer); !r)
            return QStringLiteral("submit failed: ") + r.errorString();
        const auto approved
            = m_fx->newsroom().workflow().transition(draft.id, Action::Approve, writer);
        return approved ? QString() : approved.errorString();
    }
    if (situation == QLatin1String("unknown article")) {
        const auto article = m_fx->newsroom().archive().article(999);
        return article ? QString() : article.errorString();
    }
    if (situation == QLatin1String("missing store")) {
        app::Newsroom other;
        const auto opened = other.open(m_fx->filePath(QStringLiteral("missing.sqlite")),
                                       app::Newsroom::OpenMode::MustExist);
        return opened ? QString() : opened.errorString();
    }
    if (situation == QLatin1String("long headline")) {
        db::Article article;
        article.headline = QString(301, QLatin1Char('x'));
        const auto created = m_fx->newsroom().archive().createArticle(article, m_fx->chief());
        return created ? QString() : created.errorString();
    }
    if (situation == QLatin1String("missing file")) {
        const auto read = app::TextImport::readFile(m_fx->filePath(QStringLiteral("gone.txt")));
        return read ? QString() : read.errorString();
    }
    return QStringLiteral("unknown situation ") + situation;
}

void TestTranslation::messagesGoThroughTheTranslator_data()
{
    QTest::addColumn<QString>("situation");
    QTest::addColumn<QString>("expected"); // with the translator's marks

    const auto mark = &MarkingTranslator::marked;
    const QString permissions = QStringLiteral("copydesk::app::Permissions");
    const QString limits = QStringLiteral("copydesk::app::TextLimits");
    QTest::newRow("app: a contributor cannot approve their own article")
        << QStringLiteral("contributor approves")
        << mark(permissions, QStringLiteral("authors cannot approve their own article"));
    QTest::newRow("db: an unknown article id") << QStringLiteral("unknown article")
                                               << mark(QStringLiteral("copydesk::db::ArticleStore"),
                                                       QStringLiteral("there is no article 999"));
    QTest::newRow("db: a store that is not there")
        << QStringLiteral("missing store")
        << mark(QStringLiteral("copydesk::db::Database"),
                QStringLiteral("no store at %1 (create one with: copydesk init)"));
    QTest::newRow("app: a headline over the limit, field name included")
        << QStringLiteral("long headline")
        << mark(limits,
                QStringLiteral("the %1 is 301 characters long; the limit is 300")
                    .arg(mark(limits, QStringLiteral("headline"))));
    QTest::newRow("app: importing a file that is not there")
        << QStringLiteral("missing file")
        << mark(QStringLiteral("copydesk::app::TextImport"), QStringLiteral("%1: no such file"));
}

void TestTranslation::messagesGoThroughTheTranslator()
{
    QFETCH(QString, situation);
    QFETCH(QString, expected);
    const QString missingStore = QDir::toNativeSeparators(
        QDir(m_fx->folder()).absoluteFilePath(QStringLiteral("missing.sqlite")));
    const QString missingFile
        = QDir::toNativeSeparators(m_fx->filePath(QStringLiteral("gone.txt")));
    if (situation == QLatin1String("missing store"))
        expected = expected.arg(missingStore);
    else if (situation == QLatin1String("missing file"))
        expected = expected.arg(missingFile);

    QVERIFY(QCoreApplication::installTranslator(&m_translator));
    QCOMPARE(messageFor(situation), expected);
}

// Without a translator the same situations read in English, as the command line and the tests
// of the other suites expect.
void TestTranslation::englishStaysTheSourceLanguage()
{
    QCOMPARE(messageFor(QStringLiteral("contributor approves")),
             QStringLiteral("authors cannot approve their own article"));
    QCOMPARE(messageFor(QStringLiteral("long headline")),
             QStringLiteral("the headline is 301 characters long; the limit is 300"));
}

QTEST_GUILESS_MAIN(TestTranslation)
#include "tst_translation.moc"
