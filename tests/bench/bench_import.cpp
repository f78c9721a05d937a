// The WordPress import on a large export (issue 13): a generated WXR file of realistic posts,
// about 100 MB by default, read by Qt's raw XML reader, previewed and imported by Copydesk into a
// new store, with the time of each as a ratio against the raw read and the peak memory.
//
//   bench_import                 # 100 MB
//   bench_import --megabytes 5   # smaller
//
// Never fails on time; it fails only when the import did not bring every post.

#include "app/import/wordpressimport.h"
#include "app/newsroom.h"
#include "tests/bench/benchtiming.h"
#include "tests/support/newsroomfixture.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <cstdio>

using namespace copydesk;

namespace {

// One post of a student paper as WordPress stores it: block comments, paragraphs from blank
// lines, a quotation, a list, a link, an image in a caption, a shortcode.
QByteArray post(int n)
{
    const QByteArray id = QByteArray::number(n);
    QByteArray content = "<!-- wp:paragraph -->\n<p>The students' union voted on Tuesday to "
                         "support the strike, after a <a href=\"https://paper.example/"
        + id
        + "\">three-hour meeting</a> in which <em>dozens</em> of members spoke.</p>\n"
          "<!-- /wp:paragraph -->\n\n";
    for (int p = 0; p < 6; ++p)
        content += "Speakers from every faculty said the ballot, held over two weeks, showed "
                   "\xe2\x80\x9c"
                   "a clear mandate\xe2\x80\x9d for action. Turnout was "
            + QByteArray::number(30 + p)
            + " per cent, the highest since 2019/20, and the "
              "result will be sent to the university's council.\nThe vice-chancellor "
              "declined to comment.\n\n";
    content += "<blockquote><p>\xe2\x80\x9cWe have never seen a room like it,\xe2\x80\x9d said "
               "the Global Editor.</p></blockquote>\n\n<ul>\n<li>Ballot: two weeks</li>\n"
               "<li>Turnout: high</li>\n</ul>\n\n[caption id=\"attachment_"
        + id + "\" width=\"600\"]<img src=\"https://paper.example/uploads/" + id
        + ".jpg\" alt=\"The meeting\" /> The meeting in the great hall[/caption]\n\n"
          "[gallery ids=\"1,2,3\"]\n";
    return "<item><title><![CDATA[Union backs strike after vote " + id
        + "]]></title><link>https://paper.example/?p=" + id
        + "</link><guid isPermaLink=\"false\">https://paper.example/?p=" + id
        + "</guid><dc:creator><![CDATA[reporter" + QByteArray::number(n % 40)
        + "]]></dc:creator><content:encoded><![CDATA[" + content
        + "]]></content:encoded><excerpt:encoded><![CDATA[Turnout was the highest in years."
          "]]></excerpt:encoded><wp:post_id>"
        + id
        + "</wp:post_id><wp:post_date_gmt>2020-01-02 03:04:05</wp:post_date_gmt>"
          "<wp:post_name>union-backs-strike-"
        + id
        + "</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>"
          "<category domain=\"category\" nicename=\"news\"><![CDATA[News]]></category>"
          "<category domain=\"post_tag\" nicename=\"strike\"><![CDATA[strike]]></category>"
          "</item>\n";
}

int writeExport(const QString &path, qint64 bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return 0;
    file.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
               "xmlns:excerpt=\"http://wordpress.org/export/1.2/excerpt/\" "
               "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" "
               "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
               "xmlns:wp=\"http://wordpress.org/export/1.2/\">\n<channel><title>The Paper"
               "</title><wp:wxr_version>1.2</wp:wxr_version>"
               "<wp:base_site_url>https://paper.example</wp:base_site_url>\n");
    for (int a = 0; a < 40; ++a)
        file.write("<wp:author><wp:author_login>reporter" + QByteArray::number(a)
                   + "</wp:author_login><wp:author_display_name><![CDATA[Reporter "
                   + QByteArray::number(a) + "]]></wp:author_display_name></wp:author>\n");
    int posts = 0;
    while (file.size() < bytes)
        file.write(post(++posts));
    file.write("</channel></rss>\n");
    return posts;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication application(argc, argv);
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("megabytes"), QStringLiteral("size of the export"),
                       QStringLiteral("MB"), QStringLiteral("100") });
    parser.process(application);
    const qint64 bytes = parser.value(QStringLiteral("megabytes")).toLongLong() * 1024 * 1024;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("site.xml"));
    const int posts = writeExport(path, bytes);
    std::printf("export: %d posts, %.1f MB\n", posts, QFile(path).size() / 1048576.0);

    // The engine: Qt's XML reader through every element and its text.
    QElapsedTimer timer;
    timer.start();
    {
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        QXmlStreamReader xml(&file);
        qint64 characters = 0;
        while (!xml.atEnd())
            if (xml.readNext() == QXmlStreamReader::Characters)
                characters += xml.text().size();
        std::printf("raw QXmlStreamReader: %.2f s (%lld characters)\n", timer.elapsed() / 1000.0,
                    characters);
    }
    const double raw = timer.elapsed();
    const long long before = bench::residentKib();

    test::NewsroomFixture fx;
    if (!fx.isReady())
        return 1;
    timer.restart();
    const auto preview = fx->wordpress().preview(fx.chief(), path);
    const double previewMs = timer.elapsed();
    if (!preview)
        return 1;
    timer.restart();
    const auto site = fx->wordpress().run(fx.chief(), path);
    const double importMs = timer.elapsed();
    if (!site || site->created != posts) {
        std::printf("the import brought %d of %d posts: %s\n", site ? site->created : 0, posts,
                    qPrintable(site.errorString()));
        return 1;
    }
    std::printf("preview (read, convert, nothing written): %.2f s, %.1fx the raw read\n",
                previewMs / 1000, previewMs / raw);
    std::printf("import into a new SQLite store: %.2f s, %.1fx the raw read, %.2f ms a post\n",
                importMs / 1000, importMs / raw, importMs / posts);
    std::printf("memory: %.0f MB resident before, %.0f MB at the peak (the export is %.0f MB)\n",
                before / 1024.0, bench::peakResidentKib() / 1024.0, bytes / 1048576.0);
    return 0;
}
