// Photos from the command line (issue 14): photo add (as the lead or in the body, the file
// checked first and a GPS position said), photo list, update and remove, show --json with the
// photos, check listing what a photo lacks, bad files refused with nothing changed, and the
// exported site with its renditions (on both engines).
#include "tests/cli/commandlineharness.h"
#include "tests/support/photofixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace copydesk::testing;

class TestCommandLinePhotos : public QObject, protected CommandLineHarness
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void aReporterAddsCaptionsAndRemovesPhotos();
    void badFilesAndWrongUsageChangeNothing();
    void aPublishedArticlesPhotosReachTheSite();

private:
    // Ji (a reporter) and her story, article 1.
    void newsroomWithAStory();
    Run as(const QString &user, const QStringList &arguments)
    {
        return run(
            QStringList { QStringLiteral("--database"), m_store, QStringLiteral("--user"), user }
                + arguments,
            passwords());
    }
    Run ji(const QStringList &arguments) { return as(QStringLiteral("ji"), arguments); }
    static QProcessEnvironment passwords()
    {
        QProcessEnvironment e;
        e.insert(QStringLiteral("COPYDESK_PASSWORD"), QStringLiteral("pw"));
        return e;
    }
    int versionOf(const QString &id)
    {
        return anonymous({ QStringLiteral("--json"), QStringLiteral("show"), id })
            .json()
            .object()
            .value(QStringLiteral("version"))
            .toInt();
    }
};

void TestCommandLinePhotos::newsroomWithAStory()
{
    initStore();
    QProcessEnvironment newPassword;
    newPassword.insert(QStringLiteral("COPYDESK_NEW_PASSWORD"), QStringLiteral("pw"));
    Run r
        = run({ QStringLiteral("--database"), m_store, QStringLiteral("--user"),
                QStringLiteral("jane"), QStringLiteral("staff"), QStringLiteral("add"),
                QStringLiteral("ji"), QStringLiteral("--display"), QStringLiteral("Ji-woo Park") },
              newPassword);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cd({ QStringLiteral("staff"), QStringLiteral("appoint"), QStringLiteral("ji"),
             QStringLiteral("--title"), QStringLiteral("Reporter"), QStringLiteral("--level"),
             QStringLiteral("contributor"), QStringLiteral("--term"), QStringLiteral("2026/27") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString file = write(QStringLiteral("story.md"),
                               "Flood defences hold\n\nThe river rose a metre overnight.\n\n"
                               "The road will reopen on Monday.\n");
    r = ji({ QStringLiteral("import"), file });
    QVERIFY2(r.code == 0, qPrintable(r.err));
}

void TestCommandLinePhotos::aReporterAddsCaptionsAndRemovesPhotos()
{
    newsroomWithAStory();
    const QString lead = write(QStringLiteral("DSC_0042.JPG"),
                               jpegWithExif(drawnPhoto(1600, 1000), "2026:11:02 21:00:00", true));
    const QString second
        = write(QStringLiteral("volunteers.png"), encoded(drawnPhoto(900, 600), "PNG"));
    Run r = ji({ QStringLiteral("photo"), QStringLiteral("add"), QStringLiteral("1"), lead,
                 QStringLiteral("--lead"), QStringLiteral("--caption"),
                 QStringLiteral("The river at dusk"), QStringLiteral("--credit"),
                 QStringLiteral("Photo: Amira Khan / Concrete"), QStringLiteral("--alt"),
                 QStringLiteral("The swollen river under a grey sky") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.out, QStringLiteral("Lead photo added to article 1; saved version 2\n"));
    // Where it was taken is said, and where it will not go.
    QVERIFY2(r.err.contains(QStringLiteral("GPS position")), qPrintable(r.err));
    r = ji({ QStringLiteral("--json"), QStringLiteral("photo"), QStringLiteral("add"),
             QStringLiteral("1"), second, QStringLiteral("--caption"),
             QStringLiteral("Volunteers at work") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.json().object().value(QStringLiteral("number")).toInt(), 2);
    QCOMPARE(r.json().object().value(QStringLiteral("version")).toInt(), 3);

    r = anonymous({ QStringLiteral("photo"), QStringLiteral("list"), QStringLiteral("1") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("1  lead  ")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("1600 × 1000")));
    QVERIFY(r.out.contains(QStringLiteral("    Caption: The river at dusk\n")));
    QVERIFY(r.out.contains(QStringLiteral("2  body  ")));
    QVERIFY(r.out.contains(QStringLiteral("    Credit:  (none)\n")));

    r = ji({ QStringLiteral("photo"), QStringLiteral("update"), QStringLiteral("1"),
             QStringLiteral("2"), QStringLiteral("--credit"), QStringLiteral("Photo: Ji-woo Park"),
             QStringLiteral("--alt"), QStringLiteral("Volunteers pass sandbags"),
             QStringLiteral("--caption"), QStringLiteral("Volunteers filled 4,000 sandbags") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.out, QStringLiteral("Saved version 4\n"));

    r = anonymous({ QStringLiteral("--json"), QStringLiteral("show"), QStringLiteral("1") });
    const QJsonArray photos = r.json().object().value(QStringLiteral("photos")).toArray();
    QCOMPARE(photos.size(), 2);
    const QJsonObject first = photos.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("role")).toString(), QStringLiteral("lead"));
    QCOMPARE(first.value(QStringLiteral("width")).toInt(), 1600);
    QCOMPARE(first.value(QStringLiteral("has_location")).toBool(), true);
    QCOMPARE(first.value(QStringLiteral("taken")).toString().left(10),
             QStringLiteral("2026-11-02"));
    QCOMPARE(first.value(QStringLiteral("sha256")).toString().size(), 64);
    const QJsonObject second2 = photos.at(1).toObject();
    QCOMPARE(second2.value(QStringLiteral("credit")).toString(),
             QStringLiteral("Photo: Ji-woo Park"));
    QCOMPARE(second2.value(QStringLiteral("type")).toString(), QStringLiteral("image/png"));
    r = anonymous({ QStringLiteral("show"), QStringLiteral("1") });
    QVERIFY(r.out.contains(QStringLiteral("Photos:     2 (see: copydesk photo list 1)")));

    // check lists what a photo lacks (900 pixels is narrower than the site's 1,200).
    r = anonymous({ QStringLiteral("check"), QStringLiteral("1") });
    QVERIFY2(r.out.contains(QStringLiteral("photo  photo 2  (900 pixels wide, narrower than the "
                                           "1200 the site takes)")),
             qPrintable(r.out));
    cd({ QStringLiteral("settings"), QStringLiteral("set"),
         QStringLiteral("publication.photo-min-width"), QStringLiteral("800") });
    r = anonymous({ QStringLiteral("check"), QStringLiteral("1") });
    QVERIFY2(!r.out.contains(QStringLiteral("pixels wide")), qPrintable(r.out));

    r = ji({ QStringLiteral("photo"), QStringLiteral("remove"), QStringLiteral("1"),
             QStringLiteral("1"), QStringLiteral("--note"), QStringLiteral("Wrong river") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = anonymous({ QStringLiteral("--json"), QStringLiteral("photo"), QStringLiteral("list"),
                    QStringLiteral("1") });
    QCOMPARE(r.json().array().size(), 1);
    QCOMPARE(r.json().array().first().toObject().value(QStringLiteral("role")).toString(),
             QStringLiteral("body"));
    r = anonymous({ QStringLiteral("history"), QStringLiteral("1") });
    QVERIFY2(r.out.contains(QStringLiteral("version 5: Wrong river")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("version 2: added a lead photo")));
}

void TestCommandLinePhotos::badFilesAndWrongUsageChangeNothing()
{
    newsroomWithAStory();
    const QByteArray jpeg = encoded(drawnPhoto(1300, 900), "JPG");
    const QString cut = write(QStringLiteral("cut.jpg"), jpeg.left(jpeg.size() / 3));
    const QString text = write(QStringLiteral("notes.jpg"), "not a photo\n");
    Run r = ji({ QStringLiteral("photo"), QStringLiteral("add"), QStringLiteral("1"), cut });
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.startsWith(QStringLiteral("copydesk: cut.jpg: the image is incomplete")),
             qPrintable(r.err));
    r = ji({ QStringLiteral("photo"), QStringLiteral("add"), QStringLiteral("1"), text });
    QCOMPARE(r.code, 2);
    r = ji({ QStringLiteral("photo"), QStringLiteral("add"), QStringLiteral("1"),
             m_dir->filePath(QStringLiteral("missing.jpg")) });
    QCOMPARE(r.code, 2);
    QCOMPARE(versionOf(QStringLiteral("1")), 1);
    // Someone who may not edit the story.
    const QString good = write(QStringLiteral("good.jpg"), jpeg);
    QProcessEnvironment newPassword;
    newPassword.insert(QStringLiteral("COPYDESK_NEW_PASSWORD"), QStringLiteral("pw"));
    r = run({ QStringLiteral("--database"), m_store, QStringLiteral("--user"),
              QStringLiteral("jane"), QStringLiteral("staff"), QStringLiteral("add"),
              QStringLiteral("ola"), QStringLiteral("--display"), QStringLiteral("Ola Nordmann") },
            newPassword);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    cd({ QStringLiteral("staff"), QStringLiteral("appoint"), QStringLiteral("ola"),
         QStringLiteral("--title"), QStringLiteral("Reporter"), QStringLiteral("--level"),
         QStringLiteral("contributor"), QStringLiteral("--term"), QStringLiteral("2026/27") });
    r = as(QStringLiteral("ola"),
           { QStringLiteral("photo"), QStringLiteral("add"), QStringLiteral("1"), good });
    QCOMPARE(r.code, 4);
    QCOMPARE(versionOf(QStringLiteral("1")), 1);
    // Wrong usage.
    r = ji({ QStringLiteral("photo"), QStringLiteral("update"), QStringLiteral("1"),
             QStringLiteral("1") });
    QCOMPARE(r.code, 1);
    r = ji({ QStringLiteral("photo"), QStringLiteral("remove"), QStringLiteral("1"),
             QStringLiteral("zero") });
    QCOMPARE(r.code, 1);
    r = ji({ QStringLiteral("photo"), QStringLiteral("remove"), QStringLiteral("1"),
             QStringLiteral("3") });
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("has no photo 3")), qPrintable(r.err));
    r = anonymous({ QStringLiteral("photo"), QStringLiteral("list"), QStringLiteral("1") });
    QCOMPARE(r.code, 0);
    QVERIFY(r.err.contains(QStringLiteral("article 1 has no photos")));
}

void TestCommandLinePhotos::aPublishedArticlesPhotosReachTheSite()
{
    newsroomWithAStory();
    const QString lead = write(QStringLiteral("lead.jpg"),
                               jpegWithExif(drawnPhoto(1200, 800), "2026:11:02 21:00:00", true));
    Run r = ji({ QStringLiteral("photo"), QStringLiteral("add"), QStringLiteral("1"), lead,
                 QStringLiteral("--lead"), QStringLiteral("--alt"), QStringLiteral("The river"),
                 QStringLiteral("--credit"), QStringLiteral("Photo: PA") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(ji({ QStringLiteral("submit"), QStringLiteral("1") }).code == 0);
    QVERIFY(cd({ QStringLiteral("approve"), QStringLiteral("1") }).code == 0);
    QVERIFY(cd({ QStringLiteral("publish"), QStringLiteral("1") }).code == 0);
    // A published article's photos change by correction, with its note.
    r = cd({ QStringLiteral("photo"), QStringLiteral("update"), QStringLiteral("1"),
             QStringLiteral("1"), QStringLiteral("--caption"),
             QStringLiteral("The Wear at dusk") });
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("needs a note")), qPrintable(r.err));
    r = cd({ QStringLiteral("photo"), QStringLiteral("update"), QStringLiteral("1"),
             QStringLiteral("1"), QStringLiteral("--caption"), QStringLiteral("The Wear at dusk"),
             QStringLiteral("--note"), QStringLiteral("The river is the Wear") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString second
        = write(QStringLiteral("second.png"), encoded(drawnPhoto(700, 500), "PNG"));
    r = cd({ QStringLiteral("photo"), QStringLiteral("add"), QStringLiteral("1"), second,
             QStringLiteral("--alt"), QStringLiteral("A map"), QStringLiteral("--note"),
             QStringLiteral("Added a map of the flooding") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = ji({ QStringLiteral("photo"), QStringLiteral("remove"), QStringLiteral("1"),
             QStringLiteral("2"), QStringLiteral("--note"), QStringLiteral("No") });
    QCOMPARE(r.code, 4); // a reporter does not correct a published article
    r = cd({ QStringLiteral("photo"), QStringLiteral("remove"), QStringLiteral("1"),
             QStringLiteral("2"), QStringLiteral("--note"), QStringLiteral("The map was wrong") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = anonymous({ QStringLiteral("history"), QStringLiteral("1") });
    QVERIFY2(r.out.contains(QStringLiteral("The river is the Wear")), qPrintable(r.out));

    const QString site = m_dir->filePath(QStringLiteral("site"));
    r = anonymous({ QStringLiteral("export-site"), QStringLiteral("--out"), site });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QStringList media = QDir(site + QStringLiteral("/media")).entryList(QDir::Files);
    QCOMPARE(media.size(), 4); // 320, 640, 1024 and 1200 pixels wide
    for (const QString &name : media) {
        QFile file(site + QStringLiteral("/media/") + name);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!hasApp1(file.readAll()), qPrintable(name)); // no EXIF, no GPS
    }
    // The page exported on its own has its photo beside it.
    const QString page = m_dir->filePath(QStringLiteral("alone/page.html"));
    QDir().mkpath(QFileInfo(page).absolutePath());
    r = anonymous({ QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--out"), page });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(QDir(m_dir->filePath(QStringLiteral("alone/media"))).entryList(QDir::Files).size(), 4);
}

QTEST_MAIN(TestCommandLinePhotos)
#include "tst_commandline_photos.moc"
