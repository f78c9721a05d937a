#pragma once

#include "app/core/result.h"

#include <QString>
#include <QStringList>

namespace copydesk::app {
class Newsroom;
}

namespace copydesk::bench {

// What an archive holds; the same options and seed always give the same newsroom.
struct ArchiveOptions
{
    int articles = 100000;
    quint64 seed = 20261129;
    int sections = 10;
    int authors = 200;
    int minWords = 300;
    int maxWords = 700;
};

// What the generator made, for the benchmarks to ask about.
struct ArchiveFacts
{
    int articles = 0;
    int published = 0;
    int revisions = 0;
    QString editorUsername; // a Deputy Editor who may do everything
    QString editorPassword;
    QStringList sections;
    QString rareWord; // a word in a handful of articles
    QString commonWord; // a word in most articles
    QString phrase; // two words that stand together in some articles
    QString prefix; // the start of several words
};

// A realistic newsroom of many articles for the benchmarks: words drawn from the installed
// English dictionary with a news-like (Zipf) frequency, in paragraphs with typographic quotes
// and the names of people; ten sections, two hundred authors, a few revisions of each article
// and every status, about half of them published over ten years. Everything goes through the
// store's own write path (ArticleStore::create and save) in one transaction.
class ArchiveGenerator final
{
public:
    // Changes whenever the generator would make a different archive from the same options.
    static constexpr int Version = 2;

    explicit ArchiveGenerator(ArchiveOptions options);

    Result<ArchiveFacts> generate(app::Newsroom &newsroom);

    // The facts of an archive generated earlier with the same options (no store needed).
    ArchiveFacts facts() const;

    // A body of about this many words, from the same vocabulary: the long article the
    // spelling and typing benchmarks use.
    QString body(int words, quint64 seed) const;

    static QString dictionaryPath(); // the installed en_GB (or en_US) Hunspell word list

private:
    struct Vocabulary;
    const Vocabulary &vocabulary() const;

    ArchiveOptions m_options;
};

} // namespace copydesk::bench
