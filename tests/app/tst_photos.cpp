// Photos (issue 14): files checked before anything is kept (not an image, cut short, a
// decompression bomb, too big), the camera's date and GPS position read from EXIF, images kept
// once by their hash, photos travelling with the body through saves and revisions, who may add
// them, what the checks list, and the exported site: figures with sizes and srcset, thumbnails,
// og:image, the feed, renditions without metadata named by hash, unused ones removed (on both
// engines).
#include "app/articles/articleservice.h"
#include "app/articles/photoservice.h"
#include "app/body/markdownreader.h"
#include "app/body/photos.h"
#include "app/body/worddiff.h"
#include "app/export/htmlrenderer.h"
#include "app/export/renditions.h"
#include "app/export/siteexporter.h"
#include "app/newsroom.h"
#include "app/storecontext.h"
#include "tests/app/exportsuite.h"
#include "tests/support/photofixtures.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>
#include <QTextDocument>

using namespace copydesk;
using namespace copydesk::testing;
using namespace exporttest;

namespace {

QString write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QString read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

quint32 crc32(QByteArrayView bytes)
{
    quint32 crc = 0xffffffffu;
    for (const char c : bytes) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

// A PNG whose header claims a size its few bytes could never hold (its header's checksum made
// right, so only the size gives it away).
QByteArray pngClaiming(quint32 width, quint32 height)
{
    QByteArray png = encoded(drawnPhoto(8, 8), "PNG");
    // IHDR's width and height stand at bytes 16..23, its CRC (of type and data) at 29..32.
    for (int i = 0; i < 4; ++i) {
        png[16 + i] = char((width >> (24 - 8 * i)) & 0xff);
        png[20 + i] = char((height >> (24 - 8 * i)) & 0xff);
    }
    const quint32 crc = crc32(QByteArrayView(png).sliced(12, 17));
    for (int i = 0; i < 4; ++i)
        png[29 + i] = char((crc >> (24 - 8 * i)) & 0xff);
    return png;
}

// A JPEG whose frame header claims 60,000 × 60,000 pixels.
QByteArray jpegClaiming(quint16 width, quint16 height)
{
    QByteArray jpeg = encoded(drawnPhoto(16, 16), "JPG");
    const qsizetype sof = jpeg.indexOf("\xFF\xC0");
    jpeg[sof + 5] = char(height >> 8);
    jpeg[sof + 6] = char(height & 0xff);
    jpeg[sof + 7] = char(width >> 8);
    jpeg[sof + 8] = char(width & 0xff);
    return jpeg;
}

qint64 imagesKept(app::Newsroom &newsroom)
{
    QSqlQuery q(app::contextOf(newsroom).database.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM images")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class TestPhotos : public QObject, protected ExportSuite
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void badFilesAreRefusedAndNothingIsKept_data();
    void badFilesAreRefusedAndNothingIsKept();
    void theCamerasDateAndPositionAreRead();
    void anImageIsKeptOnceByItsHash();
    void photosTravelWithTheBodyThroughRevisions();
    void captionsCreditsAndAltChangeAlone();
    void onlyThoseWhoMayEditAddPhotos();
    void aBodyShowingAnImageNotKeptIsRefused();
    void theChecksListWhatAPhotoLacks();
    void renditionsAreMadeUprightWithoutMetadata();
    void theSiteShowsPhotosAsFigures();
    void anImageNoLongerShownLeavesTheSite();
    void aPageExportedAloneHasItsPhotosBesideIt();
    void oddBodiesAndPhoneFilesAreHandled();
};

void TestPhotos::badFilesAreRefusedAndNothingIsKept_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("says");

    const QByteArray jpeg = encoded(drawnPhoto(1600, 1000), "JPG");
    const QByteArray png = encoded(drawnPhoto(800, 500), "PNG");
    QTest::newRow("a text file named .jpg")
        << QByteArray("Council meeting notes\n") << QStringLiteral("not an image");
    QTest::newRow("an empty file") << QByteArray() << QStringLiteral("not an image");
    QTest::newRow("a BMP") << encoded(drawnPhoto(64, 64), "BMP") << QStringLiteral("BMP image");
    QTest::newRow("a JPEG cut short") << jpeg.left(jpeg.size() / 2) << QStringLiteral("incomplete");
    QTest::newRow("a PNG cut short") << png.left(png.size() / 2) << QStringLiteral("incomplete");
    QTest::newRow("a PNG decompression bomb")
        << pngClaiming(100000, 100000) << QStringLiteral("more than the 100 megapixels");
    QTest::newRow("a JPEG decompression bomb")
        << jpegClaiming(60000, 60000) << QStringLiteral("more than the 100 megapixels");
    QTest::newRow("a JPEG whose picture is garbage") << jpeg.left(600) + QByteArray(4000, '\x55')
            + QByteArray("\xFF\xD9", 2) << QStringLiteral("damaged");
    QTest::newRow("over the newsroom's size limit")
        << jpeg + QByteArray(1024 * 1024, '\0') << QStringLiteral("more than the newsroom");
}

void TestPhotos::badFilesAreRefusedAndNothingIsKept()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, says);
    QVERIFY(m_newsroom->publication()
                .setSetting(m_chief, QStringLiteral("publication.photo-max-megabytes"),
                            QStringLiteral("1"))
                .ok());
    db::Article a;
    a.headline = QStringLiteral("Flood defences");
    a.body = QStringLiteral("The river rose.\n");
    const auto created = m_newsroom->archive().createArticle(a, m_writer);
    QVERIFY(created.ok());
    const QString file = write(m_fx->filePath(QStringLiteral("photo.jpg")), bytes);

    app::Photo fields;
    fields.alt = QStringLiteral("The river");
    const auto added = m_newsroom->photos().add(m_writer, created->id, file, fields);
    QVERIFY(!added.ok());
    QCOMPARE(added.error().kind, Error::Kind::Invalid);
    QVERIFY2(added.errorString().contains(says), qPrintable(added.errorString()));
    QVERIFY2(added.errorString().startsWith(QStringLiteral("photo.jpg: ")),
             qPrintable(added.errorString()));
    QCOMPARE(imagesKept(*m_newsroom), 0);
    QCOMPARE(m_newsroom->archive().article(created->id)->version, created->version);
}

void TestPhotos::theCamerasDateAndPositionAreRead()
{
    const QImage picture = drawnPhoto(1200, 800);
    const auto withGps
        = app::PhotoFiles::inspect(jpegWithExif(picture, "2026:11:02 14:30:05", true), 1 << 24);
    QVERIFY2(withGps.ok(), qPrintable(withGps.errorString()));
    QVERIFY(withGps->image.hasLocation);
    QCOMPARE(withGps->image.takenAt,
             QDateTime(QDate(2026, 11, 2), QTime(14, 30, 5), Qt::LocalTime));
    QCOMPARE(withGps->image.width, 1200);
    QCOMPARE(withGps->image.height, 800);
    QCOMPARE(withGps->image.mediaType, QStringLiteral("image/jpeg"));
    QVERIFY(!app::PhotoService::warnings(*withGps).isEmpty());
    QVERIFY(app::PhotoService::warnings(*withGps).first().contains(QStringLiteral("GPS")));

    const auto dateOnly
        = app::PhotoFiles::inspect(jpegWithExif(picture, "2025:01:31 08:00:00", false), 1 << 24);
    QVERIFY(dateOnly.ok());
    QVERIFY(!dateOnly->image.hasLocation);
    QCOMPARE(dateOnly->image.takenAt.date(), QDate(2025, 1, 31));
    QVERIFY(app::PhotoService::warnings(*dateOnly).isEmpty());

    const auto plain = app::PhotoFiles::inspect(encoded(picture, "PNG"), 1 << 24);
    QVERIFY(plain.ok());
    QVERIFY(!plain->image.hasLocation);
    QVERIFY(!plain->image.takenAt.isValid());
    QCOMPARE(plain->image.mediaType, QStringLiteral("image/png"));
    QCOMPARE(plain->image.sha, app::PhotoFiles::sha256(plain->data));
}

void TestPhotos::anImageIsKeptOnceByItsHash()
{
    db::Article a;
    a.headline = QStringLiteral("Two photos, one picture");
    a.body = QStringLiteral("Text.\n");
    const auto created = m_newsroom->archive().createArticle(a, m_writer);
    QVERIFY(created.ok());
    const QByteArray jpeg = encoded(drawnPhoto(1300, 900), "JPG");
    const QString first = write(m_fx->filePath(QStringLiteral("IMG_0001.JPG")), jpeg);
    const QString again = write(m_fx->filePath(QStringLiteral("copy of it.jpeg")), jpeg);
    app::Photo fields;
    fields.alt = QStringLiteral("A picture");
    QVERIFY(m_newsroom->photos().add(m_writer, created->id, first, fields).ok());
    const auto second = m_newsroom->photos().add(m_writer, created->id, again, fields);
    QVERIFY2(second.ok(), qPrintable(second.errorString()));
    QCOMPARE(second->number, 2);
    QCOMPARE(imagesKept(*m_newsroom), 1);
    const auto list = m_newsroom->photos().list(created->id);
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).photo.sha, app::PhotoFiles::sha256(jpeg));
    QCOMPARE(list->at(1).photo.sha, list->at(0).photo.sha);
    QCOMPARE(list->at(0).image.width, 1300);
    const auto bytes = m_newsroom->photos().data(list->at(0).photo.sha);
    QVERIFY(bytes.ok());
    QCOMPARE(*bytes, jpeg); // the original, byte for byte
}

void TestPhotos::photosTravelWithTheBodyThroughRevisions()
{
    db::Article a;
    a.headline = QStringLiteral("Library hours");
    a.body = QStringLiteral("The library will stay open.\n\nStudents welcomed it.\n");
    const auto created = m_newsroom->archive().createArticle(a, m_writer);
    QVERIFY(created.ok());
    app::Photo lead;
    lead.lead = true;
    lead.caption = QStringLiteral("The library at night");
    lead.credit = QStringLiteral("Photo: Amira Khan / Concrete");
    lead.alt = QStringLiteral("Lit windows of the library");
    const QString leadFile
        = write(m_fx->filePath(QStringLiteral("lead.jpg")),
                jpegWithExif(drawnPhoto(1600, 1000), "2026:11:02 21:00:00", true));
    const auto addedLead = m_newsroom->photos().add(m_writer, created->id, leadFile, lead);
    QVERIFY2(addedLead.ok(), qPrintable(addedLead.errorString()));
    QCOMPARE(addedLead->number, 1);
    QCOMPARE(addedLead->warnings.size(), 1); // the GPS position, said
    app::Photo inBody;
    inBody.caption = QStringLiteral("The reading room");
    inBody.alt = QStringLiteral("Desks");
    const QString bodyFile
        = write(m_fx->filePath(QStringLiteral("room.png")), encoded(drawnPhoto(900, 600), "PNG"));
    const auto addedBody = m_newsroom->photos().add(m_writer, created->id, bodyFile, inBody);
    QVERIFY2(addedBody.ok(), qPrintable(addedBody.errorString()));
    QCOMPARE(addedBody->number, 2);

    const db::Article stored = m_newsroom->archive().article(created->id).value();
    QCOMPARE(stored.version, 3);
    // The lead first, the words as they were, the body's photo at the end.
    QVERIFY2(stored.body.startsWith(QStringLiteral("![Lit windows of the library](media:")),
             qPrintable(stored.body));
    QVERIFY(stored.body.contains(
        QStringLiteral("#lead \"The library at night&#10;Photo: Amira Khan / Concrete\")\n\n"
                       "The library will stay open.\n\nStudents welcomed it.\n\n![Desks](media:")));
    QCOMPARE(stored.leadImage,
             addedLead ? app::photos::inBody(stored.body).first().sha : QString());
    QCOMPARE(stored.bodyImages.size(), 1);
    // The words are counted without the photos.
    QCOMPARE(stored.wordCount, created->wordCount);

    // Each revision records the photos it had; an old version restored has none again.
    const auto revisions = m_newsroom->archive().revisions(created->id);
    QVERIFY(revisions.ok());
    QCOMPARE(revisions->size(), 3);
    QCOMPARE(app::photos::inBody(m_newsroom->archive().revision(created->id, 2)->body).size(), 1);
    QCOMPARE(app::photos::inBody(m_newsroom->archive().revision(created->id, 3)->body).size(), 2);
    const auto history = m_newsroom->workflow().history(created->id);
    QVERIFY(history.ok());
    const auto restored
        = m_newsroom->archive().restoreRevision(m_writer, created->id, 1, stored.version);
    QVERIFY2(restored.ok(), qPrintable(restored.errorString()));
    const db::Article back = m_newsroom->archive().article(created->id).value();
    QVERIFY(app::photos::inBody(back.body).isEmpty());
    QVERIFY(back.leadImage.isEmpty());
    QVERIFY(back.bodyImages.isEmpty());
}

void TestPhotos::captionsCreditsAndAltChangeAlone()
{
    db::Article a;
    a.headline = QStringLiteral("Rowing");
    a.body = QStringLiteral("The crew won.\n\nIt was close.\n");
    const auto created = m_newsroom->archive().createArticle(a, m_writer);
    QVERIFY(created.ok());
    const QString file
        = write(m_fx->filePath(QStringLiteral("crew.jpg")), encoded(drawnPhoto(1400, 900), "JPG"));
    app::Photo photo;
    photo.caption = QStringLiteral("The crew");
    QVERIFY(m_newsroom->photos().add(m_writer, created->id, file, photo).ok());

    app::PhotoService::Change change;
    change.credit = QStringLiteral("Photo:  Ji-woo\nPark"); // one line, one space
    change.alt = QStringLiteral("Eight rowers lift their boat");
    QVERIFY(m_newsroom->photos().update(m_writer, created->id, 1, change).ok());
    auto list = m_newsroom->photos().list(created->id).value();
    QCOMPARE(list.first().photo.caption, QStringLiteral("The crew"));
    QCOMPARE(list.first().photo.credit, QStringLiteral("Photo: Ji-woo Park"));
    QCOMPARE(list.first().photo.alt, QStringLiteral("Eight rowers lift their boat"));
    QCOMPARE(m_newsroom->archive().revisions(created->id)->first().note,
             QStringLiteral("changed the caption, credit or alt text of photo 1"));

    QCOMPARE(m_newsroom->photos().update(m_writer, created->id, 2, change).error().kind,
             Error::Kind::NotFound);
    QVERIFY(m_newsroom->photos().remove(m_writer, created->id, 1).ok());
    // The words are as they were before the photo came.
    QCOMPARE(m_newsroom->archive().article(created->id)->body, a.body);
    QCOMPARE(m_newsroom->photos().remove(m_writer, created->id, 1).error().kind,
             Error::Kind::NotFound);
}

void TestPhotos::onlyThoseWhoMayEditAddPhotos()
{
    const app::Actor other = m_fx->hire(QStringLiteral("ola"), QStringLiteral("contributor"));
    db::Article a;
    a.headline = QStringLiteral("Not yours");
    a.body = QStringLiteral("Text.\n");
    const auto created = m_newsroom->archive().createArticle(a, m_writer);
    QVERIFY(created.ok());
    const QString file
        = write(m_fx->filePath(QStringLiteral("p.jpg")), encoded(drawnPhoto(1300, 900), "JPG"));
    QCOMPARE(m_newsroom->photos().add(other, created->id, file, {}).error().kind,
             Error::Kind::NotPermitted);
    QCOMPARE(imagesKept(*m_newsroom), 0);

    // A published article's photo is a correction: with a note, by whoever may correct.
    const db::Article published = publish(a);
    QCOMPARE(m_newsroom->photos().add(m_writer, published.id, file, {}).error().kind,
             Error::Kind::NotPermitted);
    QCOMPARE(m_newsroom->photos().add(m_deputy, published.id, file, {}).error().kind,
             Error::Kind::Invalid);
    QCOMPARE(imagesKept(*m_newsroom), 0);
    const auto corrected = m_newsroom->photos().add(m_deputy, published.id, file, {},
                                                    QStringLiteral("Added a photo"));
    QVERIFY2(corrected.ok(), qPrintable(corrected.errorString()));
    QCOMPARE(m_newsroom->archive().revisions(published.id)->first().note,
             QStringLiteral("Added a photo"));
}

void TestPhotos::aBodyShowingAnImageNotKeptIsRefused()
{
    db::Article a;
    a.headline = QStringLiteral("Typed by hand");
    a.body = QStringLiteral("![x](media:%1)\n").arg(QString(64, QLatin1Char('a')));
    const auto created = m_newsroom->archive().createArticle(a, m_writer);
    QVERIFY(!created.ok());
    QVERIFY2(created.errorString().contains(QStringLiteral("not in the store")),
             qPrintable(created.errorString()));
}

void TestPhotos::theChecksListWhatAPhotoLacks()
{
    db::StoredImage wide;
    wide.sha = QString(64, QLatin1Char('1'));
    wide.width = 2000;
    db::StoredImage narrow = wide;
    narrow.sha = QString(64, QLatin1Char('2'));
    narrow.width = 600;
    const QHash<QString, db::StoredImage> images { { wide.sha, wide }, { narrow.sha, narrow } };
    const QString body
        = QStringLiteral("![Lit windows](media:%1#lead \"The library&#10;Photo: A. Khan\")\n\n"
                         "First paragraph.\n\n"
                         "![](media:%2 \"The libary at nihgt\")\n")
              .arg(wide.sha, narrow.sha);
    QTextDocument document;
    app::MarkdownReader::read(body, &document);
    QStringList found;
    for (const app::Issue &issue : app::PhotoService::issuesIn(&document, images, 1200))
        found << QStringLiteral("%1:%2 %3 %4 — %5")
                     .arg(issue.line)
                     .arg(issue.column)
                     .arg(issue.kind, issue.word, issue.message);
    // The lead lacks nothing; photo 2 stands on the body's second line (line 4), first column.
    QCOMPARE(found,
             (QStringList {
                 QStringLiteral("4:1 photo photo 2 — no alt text: describe the photo for readers "
                                "who cannot see it"),
                 QStringLiteral("4:1 photo photo 2 — no credit (“Photo: Name / Agency”)"),
                 QStringLiteral("4:1 photo photo 2 — 600 pixels wide, narrower than the 1200 the "
                                "site takes") }));
    // No minimum: any width does.
    QCOMPARE(app::PhotoService::issuesIn(&document, images, 0).size(), 2);
    // An image the store lacks is said so.
    QVERIFY(app::PhotoService::issuesIn(&document, { { wide.sha, wide } }, 0)
                .last()
                .message.contains(QStringLiteral("not in the store")));

    // With a checker the captions are spelt; through the newsroom, on submit too.
    const auto checker = m_newsroom->spelling().checkerFor(m_writer, QStringLiteral("en_GB"), 0);
    QVERIFY2(checker.ok(), qPrintable(checker.errorString()));
    QStringList spelt;
    for (const app::Issue &issue :
         app::PhotoService::issuesIn(&document, images, 0, checker->get()))
        if (issue.kind == QLatin1String("spelling"))
            spelt << issue.word + QStringLiteral(" (") + issue.message + QLatin1Char(')');
    QCOMPARE(spelt.size(), 2);
    QVERIFY2(spelt.at(0).startsWith(QStringLiteral("libary")), qPrintable(spelt.join(u'|')));
    QVERIFY(spelt.at(0).contains(QStringLiteral("in the caption of photo 2")));
    QVERIFY(spelt.at(1).startsWith(QStringLiteral("nihgt")));
}

void TestPhotos::renditionsAreMadeUprightWithoutMetadata()
{
    QCOMPARE(app::Renditions::widths(6000), (QList<int> { 320, 640, 1024, 1600 }));
    QCOMPARE(app::Renditions::widths(1600), (QList<int> { 320, 640, 1024, 1600 }));
    QCOMPARE(app::Renditions::widths(900), (QList<int> { 320, 640, 900 }));
    QCOMPARE(app::Renditions::widths(200), (QList<int> { 200 }));
    QCOMPARE(app::Renditions::standardWidth(6000), 1024);
    QCOMPARE(app::Renditions::thumbnailWidth(6000), 320);

    const QByteArray original = jpegWithExif(drawnPhoto(3000, 2000), "2026:11:02 14:30:05", true);
    QVERIFY(hasApp1(original));
    const auto rendition = app::Renditions::make(original, 640);
    QVERIFY2(rendition.ok(), qPrintable(rendition.errorString()));
    QVERIFY(!hasApp1(*rendition)); // no EXIF, no GPS
    QVERIFY(!rendition->contains("GPS"));
    const QImage made = QImage::fromData(*rendition);
    QCOMPARE(made.size(), QSize(640, 427));
    QCOMPARE(app::PhotoFiles::metadata(*rendition).hasLocation, false);

    // A PNG whose XMP (a text chunk) says where it was taken: noticed, and not passed on (Qt
    // keeps a PNG's texts with the image and would write them into a JPEG as comments).
    QImage withXmp = drawnPhoto(800, 500);
    withXmp.setText(QStringLiteral("XML:com.adobe.xmp"),
                    QStringLiteral("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><exif:GPSLatitude>"
                                   "53,48.0N</exif:GPSLatitude></x:xmpmeta>"));
    const QByteArray png = encoded(withXmp, "PNG");
    QVERIFY(app::PhotoFiles::inspect(png, 1 << 24)->image.hasLocation);
    const auto fromPng = app::Renditions::make(png, 320);
    QVERIFY(fromPng.ok());
    QVERIFY(!fromPng->contains("GPSLatitude"));
    QVERIFY(!fromPng->contains("xmpmeta"));
}

void TestPhotos::theSiteShowsPhotosAsFigures()
{
    QVERIFY(m_newsroom->publication()
                .setSetting(m_chief, QStringLiteral("publication.base-url"),
                            QStringLiteral("https://courier.example"))
                .ok());
    db::Article a;
    a.headline = QStringLiteral("Flood defences hold");
    a.standfirst = QStringLiteral("The river peaked overnight.");
    a.body = QStringLiteral("The river rose.\n\nSandbags held.\n");
    const auto created = m_newsroom->archive().createArticle(a, m_writer);
    QVERIFY(created.ok());
    app::Photo lead;
    lead.lead = true;
    lead.caption = QStringLiteral("Sandbags on Mill Lane");
    lead.credit = QStringLiteral("Photo: Ji-woo Park");
    lead.alt = QStringLiteral("A wall of sandbags beside a swollen river");
    // Named by someone's camera and folder, never seen on the site.
    const QString leadFile
        = write(m_fx->filePath(QStringLiteral("DSC 0042 <b>.jpg")),
                jpegWithExif(drawnPhoto(2400, 1600), "2026:11:02 14:30:05", true));
    QVERIFY(m_newsroom->photos().add(m_writer, created->id, leadFile, lead).ok());
    app::Photo second;
    second.caption = QStringLiteral("Volunteers");
    second.credit = QStringLiteral("Photo: Amira Khan");
    second.alt = QStringLiteral("Volunteers pass sandbags hand to hand");
    const QString secondFile = write(m_fx->filePath(QStringLiteral("volunteers.png")),
                                     encoded(drawnPhoto(900, 600), "PNG"));
    QVERIFY(m_newsroom->photos().add(m_writer, created->id, secondFile, second).ok());
    db::Article stored = m_newsroom->archive().article(created->id).value();
    for (const QString &step :
         { QStringLiteral("submit"), QStringLiteral("approve"), QStringLiteral("publish") }) {
        bool ok = false;
        const app::Action action = app::Permissions::actionNamed(step, &ok);
        QVERIFY(
            m_newsroom->workflow()
                .transition(stored.id, action, step == QLatin1String("submit") ? m_writer : m_chief)
                .ok());
    }
    // A draft's photo stays out of the site.
    db::Article draft;
    draft.headline = QStringLiteral("Not yet");
    draft.body = QStringLiteral("Draft.\n");
    const auto draftCreated = m_newsroom->archive().createArticle(draft, m_writer);
    const QString draftFile = write(m_fx->filePath(QStringLiteral("draft.jpg")),
                                    encoded(drawnPhoto(1000, 700, Qt::red, Qt::black), "JPG"));
    QVERIFY(m_newsroom->photos().add(m_writer, draftCreated->id, draftFile, {}).ok());

    const QString site = m_fx->filePath(QStringLiteral("site"));
    app::SiteExporter exporter(m_newsroom->exportSource());
    const auto report = exporter.exportSite(site);
    QVERIFY2(report.ok(), qPrintable(report.errorString()));

    const QList<app::PhotoEntry> photos = m_newsroom->photos().list(stored.id).value();
    const QString leadSha = photos.at(0).photo.sha;
    const QString secondSha = photos.at(1).photo.sha;
    QStringList media = QDir(site + QStringLiteral("/media")).entryList(QDir::Files, QDir::Name);
    QStringList expected;
    for (int w : { 320, 640, 1024, 1600 })
        expected << QStringLiteral("%1-%2.jpg").arg(leadSha).arg(w);
    for (int w : { 320, 640, 900 })
        expected << QStringLiteral("%1-%2.jpg").arg(secondSha).arg(w);
    expected.sort();
    QCOMPARE(media, expected);
    for (const QString &name : std::as_const(media)) {
        QFile file(site + QStringLiteral("/media/") + name);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!hasApp1(bytes), qPrintable(name));
        QVERIFY(!QImage::fromData(bytes).isNull());
    }

    const QString pagePath
        = site + QStringLiteral("/articles/") + stored.slug + QStringLiteral(".html");
    const QString page = read(pagePath);
    // The lead at the top, loaded at once; the body's photo below, loaded lazily; both sized.
    const QString leadImg
        = QStringLiteral(
              "<figure class=\"photo lead-photo\"><img src=\"../media/%1-1024.jpg\" srcset=\""
              "../media/%1-320.jpg 320w, ../media/%1-640.jpg 640w, ../media/%1-1024.jpg 1024w, "
              "../media/%1-1600.jpg 1600w\"")
              .arg(leadSha);
    QVERIFY2(page.contains(leadImg), qPrintable(page));
    QVERIFY(page.contains(QStringLiteral("width=\"1024\" height=\"683\" alt=\"A wall of sandbags "
                                         "beside a swollen river\" /><figcaption>Sandbags on Mill "
                                         "Lane <span class=\"credit\">Photo: Ji-woo Park</span>"
                                         "</figcaption></figure>")));
    QVERIFY(page.contains(
        QStringLiteral("width=\"900\" height=\"600\" alt=\"Volunteers pass sandbags hand to "
                       "hand\" loading=\"lazy\" decoding=\"async\" />")));
    QVERIFY(page.indexOf(QStringLiteral("lead-photo"))
            < page.indexOf(QStringLiteral("The river rose")));
    QCOMPARE(page.count(QStringLiteral("<figure")), 2);
    QVERIFY(!page.contains(QStringLiteral("media:"))); // the body's own form never shows
    QVERIFY(!page.contains(QStringLiteral("DSC"))); // nor the uploaded file's name
    QVERIFY(page.contains(QStringLiteral("<meta property=\"og:image\" content=\"https://"
                                         "courier.example/media/%1-1600.jpg\" />")
                              .arg(leadSha)));
    QVERIFY(page.contains(
        QStringLiteral("\"image\":[\"https://courier.example/media/%1-1600.jpg\"]").arg(leadSha)));
    const QString front = read(site + QStringLiteral("/index.html"));
    QVERIFY2(front.contains(QStringLiteral("<img class=\"thumbnail\" src=\"media/%1-320.jpg\" "
                                           "width=\"320\" height=\"213\" alt=\"\"")
                                .arg(leadSha)),
             qPrintable(front));
    const QString feed = read(site + QStringLiteral("/feed.xml"));
    QVERIFY(feed.contains(QStringLiteral("<link rel=\"enclosure\" type=\"image/jpeg\" "
                                         "href=\"https://courier.example/media/%1-1024.jpg\"/>")
                              .arg(leadSha)));
    const QString errors = nuHtmlErrors(filesUnder(site, { QStringLiteral("*.html") }));
    QVERIFY2(errors.isEmpty(), qPrintable(errors));
}

void TestPhotos::anImageNoLongerShownLeavesTheSite()
{
    db::Article a;
    a.headline = QStringLiteral("Match report");
    a.body = QStringLiteral("We won.\n");
    const auto created = m_newsroom->archive().createArticle(a, m_writer);
    QVERIFY(created.ok());
    const QString file
        = write(m_fx->filePath(QStringLiteral("match.jpg")), encoded(drawnPhoto(700, 500), "JPG"));
    QVERIFY(m_newsroom->photos().add(m_writer, created->id, file, {}).ok());
    db::Article stored = m_newsroom->archive().article(created->id).value();
    for (const QString &step :
         { QStringLiteral("submit"), QStringLiteral("approve"), QStringLiteral("publish") }) {
        bool ok = false;
        QVERIFY(m_newsroom->workflow()
                    .transition(stored.id, app::Permissions::actionNamed(step, &ok),
                                step == QLatin1String("submit") ? m_writer : m_chief)
                    .ok());
    }
    const QString site = m_fx->filePath(QStringLiteral("site"));
    app::SiteExporter exporter(m_newsroom->exportSource());
    QVERIFY(exporter.exportSite(site).ok());
    QCOMPARE(QDir(site + QStringLiteral("/media")).entryList(QDir::Files).size(), 3);
    // Nothing changed: nothing made again.
    const auto again = exporter.exportSite(site);
    QVERIFY(again.ok());
    QVERIFY(again->written.isEmpty());

    QVERIFY(m_newsroom->photos()
                .remove(m_deputy, stored.id, 1, QStringLiteral("Removed the photo"))
                .ok());
    const auto after = exporter.exportSite(site);
    QVERIFY2(after.ok(), qPrintable(after.errorString()));
    QCOMPARE(after->removed.size(), 3);
    QVERIFY(QDir(site + QStringLiteral("/media")).entryList(QDir::Files).isEmpty());
}

void TestPhotos::aPageExportedAloneHasItsPhotosBesideIt()
{
    db::Article a;
    a.headline = QStringLiteral("Alone");
    a.body = QStringLiteral("Words.\n");
    const auto created = m_newsroom->archive().createArticle(a, m_writer);
    QVERIFY(created.ok());
    const QString file
        = write(m_fx->filePath(QStringLiteral("alone.jpg")), encoded(drawnPhoto(500, 400), "JPG"));
    app::Photo photo;
    photo.alt = QStringLiteral("A thing");
    QVERIFY(m_newsroom->photos().add(m_writer, created->id, file, photo).ok());
    const QString sha = m_newsroom->photos().list(created->id)->first().photo.sha;
    const QString out = m_fx->filePath(QStringLiteral("out/page.html"));
    QDir().mkpath(QFileInfo(out).absolutePath());
    app::SiteExporter exporter(m_newsroom->exportSource());
    QVERIFY(exporter.exportArticle(created->id, out).ok());
    QVERIFY(read(out).contains(QStringLiteral("<img src=\"media/%1-500.jpg\"").arg(sha)));
    QVERIFY(QFile::exists(m_fx->filePath(QStringLiteral("out/media/%1-320.jpg").arg(sha))));
    QVERIFY(QFile::exists(m_fx->filePath(QStringLiteral("out/media/%1-500.jpg").arg(sha))));
}

void TestPhotos::oddBodiesAndPhoneFilesAreHandled()
{
    // A photo inside another's description (typed by hand): no crash, refused as unknown.
    const QString sha(64, QLatin1Char('a'));
    db::Article nested;
    nested.headline = QStringLiteral("Nested");
    nested.body = QStringLiteral("![![x](media:%1)](media:%1)\n").arg(sha);
    QVERIFY(!m_newsroom->archive().createArticle(nested, m_writer).ok());
    QVERIFY(!app::HtmlRenderer::bodyHtml(nested.body, [](const app::Photo &, bool) {
                 return QStringLiteral("<figure></figure>");
             }).contains(QStringLiteral("media:")));
    // Two leads: the first is the lead, the second a photo of the body, shown as one.
    const QString twoLeads
        = QStringLiteral("![a](media:%1#lead)\n\n![b](media:%1#lead)\n").arg(sha);
    const QList<app::Photo> both = app::photos::inBody(twoLeads);
    QCOMPARE(both.size(), 2);
    QVERIFY(both.at(0).lead);
    QVERIFY(!both.at(1).lead);
    QCOMPARE(
        app::HtmlRenderer::bodyHtml(twoLeads,
                                    [](const app::Photo &p, bool) {
                                        return QStringLiteral("<figure>%1</figure>").arg(p.alt);
                                    })
            .count(QStringLiteral("<figure>")),
        1);

    // A picture pasted (bytes, not a file) is held to the newsroom's limit too.
    QVERIFY(app::PhotoFiles::inspect(encoded(drawnPhoto(300, 200), "PNG"), 1000)
                .errorString()
                .contains(QStringLiteral("more than the newsroom takes")));
    // A phone's "motion photo": a video after the picture's end.
    const QByteArray jpeg = encoded(drawnPhoto(1300, 900), "JPG");
    const auto motion = app::PhotoFiles::inspect(jpeg + QByteArray(200000, '\x42'), 1 << 24);
    QVERIFY2(motion.ok(), qPrintable(motion.errorString()));
    // A hostile EXIF segment too short to hold its header.
    QByteArray shortExif = jpeg;
    shortExif.insert(2,
                     QByteArray("\xFF\xE1\x00\x06"
                                "Exif",
                                8));
    const auto shortOne = app::PhotoFiles::inspect(shortExif, 1 << 24);
    QVERIFY2(shortOne.ok(), qPrintable(shortOne.errorString()));

    // A photo swapped in a published article is a correction, never a silent fix.
    db::Article stored;
    stored.body = QStringLiteral("Text.\n\n![x](media:%1)\n").arg(sha);
    db::Article swapped = stored;
    swapped.body = QStringLiteral("Text.\n\n![x](media:%1)\n").arg(QString(64, QLatin1Char('b')));
    QVERIFY(!app::ArticleService::checkTypoFix(stored, swapped).ok());
    // Compared versions show the photos' words.
    QVERIFY(app::WordDiff::readableText(
                QStringLiteral("H"), {},
                QStringLiteral("![x](media:%1 \"Floods&#10;Photo: PA\")\n").arg(sha))
                .contains(QStringLiteral("[Photo: Floods — Photo: PA]")));
}

QTEST_MAIN(TestPhotos)
#include "tst_photos.moc"
