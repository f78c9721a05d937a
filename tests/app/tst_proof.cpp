// The printed proof (issue 15): a PDF read back with poppler's pdftotext, pdfinfo and pdftoppm —
// the head, every body line numbered, the open issues at the end by the line they stand on, the
// paper asked for, and pages that follow on.

#include "app/export/proof.h"
#include "app/spelling/checker.h"

#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace copydesk;

namespace {

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return QStringLiteral("FAILED: ") + QString::fromUtf8(process.readAllStandardError());
    return QString::fromUtf8(process.readAllStandardOutput());
}

app::ProofContent sample(int paragraphs)
{
    app::ProofContent content;
    content.publication = QStringLiteral("The Courier");
    db::Article &a = content.article;
    a.headline = QStringLiteral("Council budget row deepens");
    a.standfirst = QStringLiteral("Members argued for three hours.");
    a.section = QStringLiteral("News");
    a.status = Status::InReview;
    a.version = 4;
    a.wordCount = 500;
    a.commissionedWords = 600;
    a.authorNames = { QStringLiteral("Amira Haddad") };
    QStringList body;
    for (int i = 1; i <= paragraphs; ++i)
        body << QStringLiteral("Paragraph %1 of the report, long enough to run over more than one "
                               "line of the proof when it is printed at the size a sub-editor "
                               "reads comfortably.")
                    .arg(i);
    const int slip = qMin(1, paragraphs - 1); // the second paragraph, when there is one
    body[slip] += QStringLiteral(" The Councill voted.");
    a.body = body.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
    content.printedAt = QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
    app::Issue issue;
    issue.line = 3 + slip;
    issue.column = int(body[slip].indexOf(QStringLiteral("Councill"))) + 1;
    issue.length = 8;
    issue.word = QStringLiteral("Councill");
    issue.kind = QStringLiteral("spelling");
    issue.message = QStringLiteral("‘Councill’ is not in the dictionary");
    issue.suggestions = { QStringLiteral("Council") };
    content.issues << issue << app::Checker::lengthIssue(500, 600).value();
    return content;
}

} // namespace

class TestProof : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void theProofReadsBack();
    void paperSizes_data();
    void paperSizes();
    void aLongArticleRunsOverPages();
    void anUnwritablePlaceIsRefused();

private:
    QTemporaryDir m_dir;
};

void TestProof::initTestCase()
{
    // poppler-utils is installed by packaging/install-deps.sh: never skip.
    QVERIFY(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty());
    QVERIFY(m_dir.isValid());
}

void TestProof::theProofReadsBack()
{
    const QString pdf = m_dir.filePath(QStringLiteral("proof.pdf"));
    const auto pages = app::Proof::writePdf(pdf, sample(3), QPageSize(QPageSize::A4));
    QVERIFY2(pages.ok(), qPrintable(pages.errorString()));
    QCOMPARE(*pages, 1);
    const QString text
        = run(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    for (const QString &expected :
         { QStringLiteral("THE COURIER"), QStringLiteral("Council budget row deepens"),
           QStringLiteral("Members argued for three hours."), QStringLiteral("By Amira Haddad"),
           QStringLiteral("News · In review · version 4 · 500 words of 600 commissioned"),
           QStringLiteral("2 open issues"),
           QStringLiteral("Council budget row deepens — page 1 of 1") })
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral("\n") + text));
    // Every body line numbered 1, 2, 3 … in order.
    QList<int> numbers;
    QString councillLine;
    static const QRegularExpression numbered(QStringLiteral("^\\s*(\\d+)\\s{2,}\\S"));
    for (const QString &line : text.split(u'\n')) {
        const auto m = numbered.match(line);
        if (!m.hasMatch())
            continue;
        numbers << m.captured(1).toInt();
        if (line.contains(QStringLiteral("Councill")))
            councillLine = m.captured(1);
    }
    QVERIFY(numbers.size() >= 6);
    for (int i = 0; i < numbers.size(); ++i)
        QCOMPARE(numbers[i], i + 1);
    // The issue names the line the word stands on.
    QVERIFY(!councillLine.isEmpty());
    QVERIFY2(text.contains(QStringLiteral("Line %1 — Spelling: ‘Councill’").arg(councillLine)),
             qPrintable(text));
    // (An issue's text wraps like any other.)
    QVERIFY2(text.simplified().contains(QStringLiteral("(‘Councill’ is not in the dictionary) → "
                                                       "Council")),
             qPrintable(text));
    QVERIFY(text.simplified().contains(
        QStringLiteral("Article — Length (500 words against 600 commissioned (17% under))")));
}

void TestProof::paperSizes_data()
{
    QTest::addColumn<QString>("paper");
    QTest::addColumn<QString>("points");
    QTest::newRow("A4") << "a4"
                        << "595 x 842";
    QTest::newRow("Letter") << "Letter"
                            << "612 x 792";
    QTest::newRow("A5") << "A5"
                        << "420 x 595";
}

void TestProof::paperSizes()
{
    QFETCH(QString, paper);
    QFETCH(QString, points);
    const QPageSize size = app::Proof::paperNamed(paper);
    QVERIFY(size.isValid());
    const QString pdf = m_dir.filePath(paper + QStringLiteral(".pdf"));
    QVERIFY(app::Proof::writePdf(pdf, sample(3), size).ok());
    const QString info = run(QStringLiteral("pdfinfo"), { pdf });
    QVERIFY2(info.contains(QStringLiteral("Page size:       %1 pts").arg(points)),
             qPrintable(info));
    // Rendered, page 1 has the paper's proportions and ink on it.
    const QString prefix = m_dir.filePath(paper);
    QCOMPARE(run(QStringLiteral("pdftoppm"),
                 { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("36"),
                   QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                   QStringLiteral("1"), QStringLiteral("-singlefile"), pdf, prefix }),
             QString());
    const QImage page(prefix + QStringLiteral(".png"));
    QVERIFY(!page.isNull());
    const QStringList wh = points.split(QStringLiteral(" x "));
    QVERIFY(qAbs(double(page.width()) / page.height() - wh[0].toDouble() / wh[1].toDouble())
            < 0.01);
    int dark = 0;
    for (int y = 0; y < page.height(); ++y)
        for (int x = 0; x < page.width(); ++x)
            dark += qGray(page.pixel(x, y)) < 128 ? 1 : 0;
    QVERIFY(dark > 500);
    QVERIFY(!app::Proof::paperNamed(QStringLiteral("B7")).isValid());
}

void TestProof::aLongArticleRunsOverPages()
{
    const QString pdf = m_dir.filePath(QStringLiteral("long.pdf"));
    const auto pages = app::Proof::writePdf(pdf, sample(40), QPageSize(QPageSize::A4));
    QVERIFY(pages.ok());
    QVERIFY(*pages >= 3);
    const QString info = run(QStringLiteral("pdfinfo"), { pdf });
    QVERIFY2(info.contains(QStringLiteral("Pages:           %1").arg(*pages)), qPrintable(info));
    const QString last = run(QStringLiteral("pdftotext"),
                             { QStringLiteral("-f"), QString::number(*pages), QStringLiteral("-l"),
                               QString::number(*pages), pdf, QStringLiteral("-") });
    QVERIFY2(last.contains(QStringLiteral("page %1 of %1").arg(*pages)), qPrintable(last));
    // The issues come last.
    QVERIFY2(last.simplified().contains(QStringLiteral("600 commissioned (17% under))")),
             qPrintable(last));
}

void TestProof::anUnwritablePlaceIsRefused()
{
    const auto pages = app::Proof::writePdf(m_dir.filePath(QStringLiteral("no/such/folder/p.pdf")),
                                            sample(1), QPageSize(QPageSize::A4));
    QVERIFY(!pages.ok());
    QVERIFY2(pages.errorString().contains(QStringLiteral("cannot be written")),
             qPrintable(pages.errorString()));
}

QTEST_MAIN(TestProof)
#include "tst_proof.moc"
