#include "app/spelling/speller.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>

#include <hunspell/hunspell.hxx>

Q_LOGGING_CATEGORY(lcSpelling, "copydesk.spelling", QtWarningMsg)

namespace copydesk::app {

namespace {

// The script of the first letter of the TRY line (the letters Hunspell tries, commonest first).
QChar::Script affScript(const QString &affPath, bool utf8)
{
    QFile file(affPath);
    if (!file.open(QIODevice::ReadOnly))
        return QChar::Script_Latin;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (!line.startsWith("TRY "))
            continue;
        const QString letters
            = utf8 ? QString::fromUtf8(line.mid(4)) : QString::fromLatin1(line.mid(4));
        for (const QChar c : letters)
            if (c.isLetter())
                return c.script();
    }
    return QChar::Script_Latin;
}

// The SET line of an .aff file; Hunspell's default is ISO8859-1.
QString affEncoding(const QString &affPath)
{
    QFile file(affPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    while (!file.atEnd()) {
        QByteArray line = file.readLine().trimmed();
        if (line.startsWith("\xEF\xBB\xBF"))
            line = line.mid(3);
        if (line.startsWith("SET ") || line.startsWith("SET\t"))
            return QString::fromLatin1(line.mid(4).trimmed()).toUpper();
    }
    return QStringLiteral("ISO8859-1");
}

} // namespace

Speller::~Speller() = default;

Result<std::shared_ptr<Speller>> Speller::load(const DictionaryFiles &files)
{
    const QString encoding = affEncoding(files.affPath);
    if (encoding.isEmpty())
        return failure(
            Error::Kind::NotFound,
            tr("cannot read the dictionary %1").arg(QDir::toNativeSeparators(files.affPath)));
    const bool utf8 = encoding == QLatin1String("UTF-8") || encoding == QLatin1String("UTF8");
    const bool latin1
        = encoding == QLatin1String("ISO8859-1") || encoding == QLatin1String("ISO-8859-1");
    if (!utf8 && !latin1)
        return failure(
            Error::Kind::Invalid,
            tr("the %1 dictionary (%2) is in the %3 encoding, which Copydesk cannot read; "
               "install a UTF-8 version of it")
                .arg(files.language, QDir::toNativeSeparators(files.affPath), encoding));
    std::shared_ptr<Speller> speller(new Speller);
    speller->m_language = files.language;
    speller->m_encoding = encoding;
    speller->m_utf8 = utf8;
    speller->m_script = affScript(files.affPath, utf8);
    speller->m_hunspell = std::make_unique<Hunspell>(QFile::encodeName(files.affPath).constData(),
                                                     QFile::encodeName(files.dicPath).constData());
    qCDebug(lcSpelling) << "loaded" << files.language << encoding;
    return speller;
}

Result<std::shared_ptr<Speller>> Speller::forLanguage(const QString &language)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<Speller>> loaded;
    const QMutexLocker locker(&mutex);
    if (const auto it = loaded.constFind(language); it != loaded.constEnd())
        return *it;
    const auto files = Dictionaries::find(language);
    if (!files)
        return failure(Error::Kind::NotFound,
                       tr("no %1 dictionary is installed (looked in %2)")
                           .arg(language, Dictionaries::searchPaths().join(QStringLiteral(", "))));
    auto speller = load(*files);
    if (speller)
        loaded.insert(language, *speller);
    return speller;
}

bool Speller::encodable(const QString &word) const
{
    if (m_utf8)
        return true;
    for (const QChar c : word)
        if (c.unicode() > 0xFF)
            return false;
    return true;
}

std::string Speller::encode(const QString &word) const
{
    if (m_utf8)
        return word.toStdString();
    QString latin = word;
    latin.replace(QChar(0x2019), QLatin1Char('\'')); // the typographic apostrophe
    return latin.toLatin1().toStdString();
}

QString Speller::decode(const std::string &text) const
{
    return m_utf8 ? QString::fromStdString(text)
                  : QString::fromLatin1(text.data(), qsizetype(text.size()));
}

bool Speller::isCorrect(const QString &word)
{
    if (const auto it = m_cache.constFind(word); it != m_cache.constEnd())
        return *it;
    QString lookup = word;
    if (!m_utf8)
        lookup.replace(QChar(0x2019), QLatin1Char('\''));
    bool correct = false;
    if (encodable(lookup)) {
        ++m_lookups;
        correct = m_hunspell->spell(encode(lookup));
    }
    m_cache.insert(word, correct);
    return correct;
}

QStringList Speller::suggest(const QString &word, int max)
{
    QStringList result;
    if (!encodable(word))
        return result;
    const std::vector<std::string> suggestions = m_hunspell->suggest(encode(word));
    for (const std::string &s : suggestions) {
        if (result.size() >= max)
            break;
        result.append(decode(s));
    }
    return result;
}

} // namespace copydesk::app
