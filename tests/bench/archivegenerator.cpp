#include "tests/bench/archivegenerator.h"

#include "app/body/textstats.h"
#include "app/newsroom.h"
#include "app/storecontext.h"
#include "db/transaction.h"

#include <QFile>
#include <QSet>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <random>

namespace copydesk::bench {

namespace {

// The words of any English news text, most frequent first, ahead of the dictionary's.
const char *const FunctionWords[]
    = { "the",   "of",   "and",    "to",   "a",     "in",   "that",  "is",   "for",   "it",
        "was",   "on",   "with",   "as",   "he",    "be",   "at",    "by",   "said",  "have",
        "from",  "this", "they",   "not",  "but",   "are",  "his",   "an",   "which", "she",
        "were",  "had",  "we",     "been", "their", "has",  "would", "will", "there", "more",
        "after", "year", "people", "two",  "new",   "also", "who",   "when", "could", "over" };

const char *const SectionNames[] = { "News",    "Sport",    "Features", "Opinion", "Culture",
                                     "Science", "Politics", "Business", "Global",  "Campus" };

const char *const Titles[] = { "Reporter", "Staff Writer", "Correspondent", "Columnist" };

constexpr int ZipfWords = 40000; // the vocabulary drawn from, by rank
constexpr double ZipfExponent = 1.0;
constexpr int RareEvery = 20000; // five articles of 100,000 have the rare word

} // namespace

struct ArchiveGenerator::Vocabulary
{
    QStringList words; // by rank
    QStringList names; // capitalised dictionary entries: first names and surnames alike
    QStringList unused; // dictionary words never drawn: the rare word comes from here
    std::vector<double> cumulative; // Zipf weights, summed
};

ArchiveGenerator::ArchiveGenerator(ArchiveOptions options)
    : m_options(options)
{ }

QString ArchiveGenerator::dictionaryPath()
{
    for (const char *path : { "/usr/share/hunspell/en_GB.dic", "/usr/share/hunspell/en_US.dic",
                              "/usr/share/myspell/dicts/en_GB.dic" })
        if (QFile::exists(QString::fromLatin1(path)))
            return QString::fromLatin1(path);
    return {};
}

const ArchiveGenerator::Vocabulary &ArchiveGenerator::vocabulary() const
{
    static Vocabulary v;
    static bool ready = false;
    if (ready)
        return v;
    ready = true;
    QStringList lower;
    QFile file(dictionaryPath());
    if (file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        QTextStream in(&file);
        in.readLine(); // the count
        QSet<QString> seen;
        while (!in.atEnd()) {
            const QString word = in.readLine().section(QLatin1Char('/'), 0, 0).trimmed();
            if (word.size() < 2 || word.size() > 14 || seen.contains(word))
                continue;
            bool letters = true;
            for (const QChar c : word)
                letters = letters && c.isLetter() && c.unicode() < 128;
            if (!letters)
                continue;
            seen.insert(word);
            if (word.at(0).isUpper() && word.mid(1) == word.mid(1).toLower() && word.size() >= 3)
                v.names.append(word);
            else if (word == word.toLower())
                lower.append(word);
        }
    }
    // A fallback so that the generator still works without a dictionary (never in CI).
    if (lower.size() < 1000)
        for (int i = 0; i < 5000; ++i)
            lower.append(QStringLiteral("word%1").arg(QChar(u'a' + i % 26)).repeated(1 + i % 3)
                         + QString::number(i));
    if (v.names.size() < 100)
        for (int i = 0; i < 400; ++i)
            v.names.append(QStringLiteral("Name%1").arg(i));
    // Ranks: the function words first, then the dictionary in an order fixed by a seed of its
    // own (so every archive has the same vocabulary).
    std::mt19937_64 shuffle(7);
    std::shuffle(lower.begin(), lower.end(), shuffle);
    std::shuffle(v.names.begin(), v.names.end(), shuffle);
    for (const char *w : FunctionWords)
        v.words.append(QString::fromLatin1(w));
    const QSet<QString> taken(v.words.cbegin(), v.words.cend());
    for (const QString &w : std::as_const(lower)) {
        if (taken.contains(w))
            continue;
        if (v.words.size() < ZipfWords)
            v.words.append(w);
        else if (w.size() >= 7)
            v.unused.append(w);
    }
    double sum = 0;
    v.cumulative.reserve(size_t(v.words.size()));
    for (int rank = 1; rank <= v.words.size(); ++rank) {
        sum += 1.0 / std::pow(double(rank), ZipfExponent);
        v.cumulative.push_back(sum);
    }
    return v;
}

namespace {

// One article's text, drawn from the vocabulary by a generator of its own.
class Writer
{
public:
    Writer(const QStringList &words, const QStringList &names,
           const std::vector<double> &cumulative, quint64 seed)
        : m_words(words)
        , m_names(names)
        , m_cumulative(cumulative)
        , m_random(seed)
    { }

    int between(int low, int high)
    {
        return std::uniform_int_distribution<int>(low, high)(m_random);
    }
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(m_random) < p; }

    QString word()
    {
        const double at = std::uniform_real_distribution<double>(0, m_cumulative.back())(m_random);
        const auto it = std::lower_bound(m_cumulative.begin(), m_cumulative.end(), at);
        return m_words.at(
            int(std::min<size_t>(size_t(it - m_cumulative.begin()), size_t(m_words.size() - 1))));
    }
    QString name() { return m_names.at(between(0, int(m_names.size()) - 1)); }
    QString fullName() { return name() + QLatin1Char(' ') + name(); }

    // Words without the full stop; counts them into words.
    QString clause(int count, int &words)
    {
        QStringList out;
        for (int i = 0; i < count; ++i) {
            if (chance(0.04)) {
                out << fullName();
                words += 2;
                ++i;
                continue;
            }
            QString w = word();
            if (chance(0.02))
                w += QStringLiteral("’s");
            out << w;
            ++words;
        }
        QString text = out.join(QLatin1Char(' '));
        if (!text.isEmpty())
            text[0] = text.at(0).toUpper();
        return text;
    }

    QString sentence(int &words)
    {
        if (chance(0.15)) {
            // ‘We will not cut the buses,’ said Amira Khan.
            const QString quoted = clause(between(6, 16), words);
            words += 3;
            return QStringLiteral("‘%1,’ said %2.").arg(quoted, fullName());
        }
        return clause(between(8, 24), words) + QLatin1Char('.');
    }

    QString body(int target)
    {
        QStringList paragraphs;
        int words = 0;
        while (words < target) {
            const int kind = between(0, 19);
            if (kind == 0 && !paragraphs.isEmpty()) {
                QStringList items;
                for (int i = between(2, 4); i > 0; --i)
                    items << QStringLiteral("- ") + clause(between(3, 8), words);
                paragraphs << items.join(QLatin1Char('\n'));
            } else if (kind == 1 && !paragraphs.isEmpty()) {
                paragraphs << QStringLiteral("> ") + sentence(words);
            } else {
                QStringList sentences;
                for (int i = between(2, 4); i > 0 && words < target; --i)
                    sentences << sentence(words);
                if (chance(0.05))
                    sentences.last()
                        .replace(0, 0, QStringLiteral("**"))
                        .append(QStringLiteral("**"));
                paragraphs << sentences.join(QLatin1Char(' '));
            }
        }
        return paragraphs.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
    }

    QString headline()
    {
        int words = 0;
        return clause(between(5, 10), words);
    }

private:
    const QStringList &m_words;
    const QStringList &m_names;
    const std::vector<double> &m_cumulative;
    std::mt19937_64 m_random;
};

QString usernameOf(int i)
{
    return QStringLiteral("author%1").arg(i + 1, 3, 10, QLatin1Char('0'));
}

} // namespace

QString ArchiveGenerator::body(int words, quint64 seed) const
{
    const Vocabulary &v = vocabulary();
    return Writer(v.words, v.names, v.cumulative, seed).body(words);
}

ArchiveFacts ArchiveGenerator::facts() const
{
    const Vocabulary &v = vocabulary();
    ArchiveFacts f;
    f.articles = m_options.articles;
    f.editorUsername = QStringLiteral("deputy");
    f.editorPassword = QStringLiteral("bench-deputy-password");
    for (int i = 0; i < m_options.sections && i < int(std::size(SectionNames)); ++i)
        f.sections << QString::fromLatin1(SectionNames[i]);
    // Ranks chosen by frequency: rank 60 is in most articles, rank 30,000 in a handful.
    f.commonWord = v.words.value(60);
    // Every word of the vocabulary is in a hundred articles or more of a large archive: the
    // rare word is one it never draws, written into one article in RareEvery.
    f.rareWord = v.unused.isEmpty() ? QStringLiteral("zyzzyva") : v.unused.first();
    f.phrase = v.words.value(150) + QLatin1Char(' ') + v.words.value(400);
    f.prefix = v.words.value(90).left(3);
    return f;
}

Result<ArchiveFacts> ArchiveGenerator::generate(app::Newsroom &newsroom)
{
    const Vocabulary &v = vocabulary();
    app::StoreContext &ctx = app::contextOf(newsroom);
    ArchiveFacts f = facts();

    const auto editor = newsroom.staff().createFirstAccount(
        f.editorUsername, QStringLiteral("Dana Deputy"), f.editorPassword);
    if (!editor)
        return editor.error();

    db::Transaction transaction(ctx.database);
    if (auto r = transaction.begin(); !r)
        return r.error();

    for (const QString &section : std::as_const(f.sections))
        if (auto r = ctx.articles.ensureSection(section); !r)
            return r.error();
    Writer writer(v.words, v.names, v.cumulative, m_options.seed);
    QList<qint64> authors;
    for (int i = 0; i < m_options.authors; ++i) {
        db::Person person;
        person.username = usernameOf(i);
        person.displayName = writer.fullName();
        int bioWords = 0;
        person.bio = writer.clause(12, bioWords) + QLatin1Char('.');
        const auto id = ctx.people.add(person);
        if (!id)
            return id.error();
        db::Appointment appointment;
        appointment.personId = *id;
        appointment.title = QString::fromLatin1(Titles[i % std::size(Titles)]);
        appointment.level = QStringLiteral("contributor");
        appointment.section = f.sections.value(i % f.sections.size());
        appointment.term = QStringLiteral("2025/26");
        appointment.startsOn = QDate(2016, 9, 1);
        if (auto r = ctx.people.appoint(appointment); !r)
            return r.error();
        authors << *id;
    }

    // Ten years of a daily paper, oldest first.
    const QDateTime first(QDate(2016, 9, 1), QTime(9, 0), Qt::UTC);
    const qint64 span = first.secsTo(QDateTime(QDate(2026, 9, 1), QTime(9, 0), Qt::UTC));
    for (int i = 0; i < m_options.articles; ++i) {
        db::Article a;
        a.headline = writer.headline();
        a.slug = app::textstats::slugify(a.headline);
        int standfirstWords = 0;
        a.standfirst = writer.clause(writer.between(12, 24), standfirstWords) + QLatin1Char('.');
        a.section = f.sections.value(writer.between(0, int(f.sections.size()) - 1));
        for (int t = writer.between(0, 3); t > 0; --t) {
            const QString tag = v.words.value(writer.between(50, 600));
            if (!a.tags.contains(tag))
                a.tags << tag;
        }
        a.authorIds << authors.at(writer.between(0, int(authors.size()) - 1));
        if (writer.chance(0.1))
            a.authorIds << authors.at(writer.between(0, int(authors.size()) - 1));
        if (a.authorIds.size() == 2 && a.authorIds[0] == a.authorIds[1])
            a.authorIds.removeLast();
        const int roll = writer.between(0, 99);
        a.status = roll < 50 ? Status::Published
            : roll < 65      ? Status::Draft
            : roll < 75      ? Status::InReview
            : roll < 83      ? Status::Approved
            : roll < 90      ? Status::Draft
                             : Status::Spiked;
        if (a.status == Status::Published) {
            a.publishedAt = first.addSecs(span * i / qMax(1, m_options.articles)
                                          + writer.between(0, 3600 * 8));
            ++f.published;
        }
        QString finalBody = writer.body(writer.between(m_options.minWords, m_options.maxWords));
        if (i % RareEvery == 7)
            finalBody += QStringLiteral("\nThe %1 was the talk of the town.\n").arg(f.rareWord);
        // Earlier versions: the text before its last paragraphs were written.
        const int versions = writer.between(0, 9) < 3 ? 1 : writer.between(0, 9) < 7 ? 2 : 3;
        QStringList paragraphs = finalBody.split(QStringLiteral("\n\n"));
        a.body = paragraphs.mid(0, qMax(1, int(paragraphs.size()) - (versions - 1) * 2))
                     .join(QStringLiteral("\n\n"));
        a.wordCount = app::textstats::bodyWordCount(a.body);
        const qint64 by = a.authorIds.first();
        const auto stored = ctx.articles.create(a, by);
        if (!stored)
            return stored.error();
        ++f.revisions;
        db::Article next = *stored;
        for (int version = 2; version <= versions; ++version) {
            next.body = version == versions
                ? finalBody
                : paragraphs.mid(0, int(paragraphs.size()) - (versions - version) * 2)
                      .join(QStringLiteral("\n\n"));
            next.wordCount = app::textstats::bodyWordCount(next.body);
            const auto saved = ctx.articles.save(next, next.version, by);
            if (!saved)
                return saved.error();
            next.version = *saved;
            ++f.revisions;
        }
    }
    if (auto r = transaction.commit(); !r)
        return r.error();
    return f;
}

} // namespace copydesk::bench
