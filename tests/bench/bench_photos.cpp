// Photos at a newsroom's scale (issue 14, BENCHMARKS.md): adding a 24-megapixel photo, and
// exporting a site of 1,000 published articles each with its lead photo, the renditions made on
// both cores; each against Qt's image code doing the same work plainly, in the same run.
//
//   bench_photos [--articles N] [--megapixels M]
#include "app/articles/photoservice.h"
#include "app/export/renditions.h"
#include "app/export/siteexporter.h"
#include "app/newsroom.h"
#include "tests/bench/benchtiming.h"
#include "tests/support/newsroomfixture.h"
#include "tests/support/photofixtures.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImageReader>
#include <QRandomGenerator>

#include <cmath>

using namespace copydesk;
using namespace copydesk::bench;

namespace {

// A photo as a camera takes one: a gradient with grain, which JPEG cannot squeeze to nothing.
QByteArray cameraPhoto(int width, int height, quint32 seed)
{
    QImage image = testing::drawnPhoto(width, height, QColor::fromHsv(int(seed % 360), 160, 200),
                                       QColor::fromHsv(int((seed * 7) % 360), 200, 120));
    QRandomGenerator random(seed);
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; ++x) {
            const int grain = int(random.bounded(24)) - 12;
            const QRgb p = line[x];
            line[x] = qRgb(qBound(0, qRed(p) + grain, 255), qBound(0, qGreen(p) + grain, 255),
                           qBound(0, qBlue(p) + grain, 255));
        }
    }
    return testing::encoded(image, "JPG", 90);
}

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// The renditions of one image the plain way: decoded whole, scaled, written as JPEG.
qint64 plainRenditions(const QByteArray &original, int width)
{
    QImage full;
    full.loadFromData(original);
    qint64 bytes = 0;
    for (const int w : app::Renditions::widths(width)) {
        const QImage scaled = full.scaledToWidth(w, Qt::SmoothTransformation);
        QByteArray out;
        QBuffer buffer(&out);
        buffer.open(QIODevice::WriteOnly);
        scaled.save(&buffer, "JPG", 82);
        bytes += out.size();
    }
    return bytes;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication application(argc, argv);
    int articles = 1000;
    double megapixels = 24;
    const QStringList args = application.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--articles"))
            articles = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--megapixels"))
            megapixels = args.at(i + 1).toDouble();
    }
    const int bigWidth = int(std::sqrt(megapixels * 1e6 * 1.5));
    const int bigHeight = bigWidth * 2 / 3;

    test::NewsroomFixture fx;
    if (!fx.isReady())
        qFatal("%s", qPrintable(fx.error()));
    app::Newsroom &newsroom = fx.newsroom();
    const app::Actor chief = fx.chief();
    const app::Actor writer = fx.hire(QStringLiteral("ji"), QStringLiteral("contributor"));
    Table table;

    // One photo from a 24-megapixel camera.
    {
        const QByteArray big = cameraPhoto(bigWidth, bigHeight, 1);
        const QString file = writeFile(fx.filePath(QStringLiteral("big.jpg")), big);
        const db::Article article = fx.draft(writer, QStringLiteral("The big picture"));
        QElapsedTimer timer;
        timer.start();
        const auto added = newsroom.photos().add(writer, article.id, file, {});
        const double ours = timer.nsecsElapsed() / 1e6;
        if (!added)
            qFatal("%s", qPrintable(added.errorString()));
        timer.restart();
        QImage decoded;
        decoded.loadFromData(big);
        const double raw = timer.nsecsElapsed() / 1e6;
        table.row(QStringLiteral("add a %1 × %2 photo (%3 MB): checked, decoded, hashed, kept, "
                                 "saved with a revision")
                      .arg(bigWidth)
                      .arg(bigHeight)
                      .arg(big.size() / 1e6, 0, 'f', 1),
                  ours, raw, QStringLiteral("QImage decoding it"), 0);
        timer.restart();
        const auto rendition = app::Renditions::make(big, 1024);
        const double scaledDecode = timer.nsecsElapsed() / 1e6;
        timer.restart();
        {
            QImage full;
            full.loadFromData(big);
            QByteArray out;
            QBuffer buffer(&out);
            buffer.open(QIODevice::WriteOnly);
            full.scaledToWidth(1024, Qt::SmoothTransformation).save(&buffer, "JPG", 82);
        }
        const double plain = timer.nsecsElapsed() / 1e6;
        table.row(QStringLiteral("its 1,024-pixel rendition (decoded at a quarter, scaled, "
                                 "encoded)"),
                  scaledDecode, plain,
                  QStringLiteral("QImage decoding it whole, scaling, encoding"), 0);
        if (!rendition)
            qFatal("%s", qPrintable(rendition.errorString()));
    }

    // A site of published articles, each with a lead photo of its own.
    QList<QByteArray> originals;
    {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < articles; ++i) {
            const QByteArray photo = cameraPhoto(1600, 1067, quint32(100 + i));
            originals << photo;
            const QString file = writeFile(fx.filePath(QStringLiteral("p%1.jpg").arg(i)), photo);
            db::Article a;
            a.headline = QStringLiteral("Story %1 with a photo").arg(i);
            a.body = QStringLiteral("Words of story %1.\n\nMore words.\n").arg(i);
            const auto created = newsroom.archive().createArticle(a, writer);
            app::Photo lead;
            lead.lead = true;
            lead.alt = QStringLiteral("Photo %1").arg(i);
            lead.credit = QStringLiteral("Photo: Ji-woo Park");
            if (!created || !newsroom.photos().add(writer, created->id, file, lead))
                qFatal("cannot add story %d", i);
            for (const auto &[action, who] : { std::pair { app::Action::Submit, writer },
                                               std::pair { app::Action::Approve, chief },
                                               std::pair { app::Action::Publish, chief } })
                if (!newsroom.workflow().transition(created->id, action, who))
                    qFatal("cannot publish story %d", i);
        }
        table.note(QStringLiteral("%1 published articles with a 1,600 × 1,067 lead photo each, "
                                  "made in %2 s")
                       .arg(articles)
                       .arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    }
    const long long before = residentKib();
    const QString site = fx.filePath(QStringLiteral("site"));
    app::SiteExporter exporter(newsroom.exportSource());
    QElapsedTimer timer;
    timer.start();
    const auto report = exporter.exportSite(site);
    const double ours = timer.nsecsElapsed() / 1e6;
    if (!report)
        qFatal("%s", qPrintable(report.errorString()));
    timer.restart();
    for (const QByteArray &original : std::as_const(originals))
        plainRenditions(original, 1600);
    const double raw = timer.nsecsElapsed() / 1e6;
    table.row(QStringLiteral("export-site, %1 articles with photos (%2 files)")
                  .arg(articles)
                  .arg(report->written.size()),
              ours, raw,
              QStringLiteral("QImage making the same renditions on one thread, nothing else"), 0);
    table.value(QStringLiteral("resident memory: the rise during that export"),
                (peakResidentKib() - before) / 1024.0, QStringLiteral("MiB"), 200,
                QStringLiteral("(before it: %1 MiB)").arg(before / 1024));
    timer.restart();
    const auto again = exporter.exportSite(site);
    table.row(QStringLiteral("export-site again, nothing changed"), timer.nsecsElapsed() / 1e6,
              ours, QStringLiteral("the full export"), 0.05);
    if (!again || !again->written.isEmpty())
        qFatal("the second export wrote pages");
    table.print();
    return 0;
}
