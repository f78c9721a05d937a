#include "app/spelling/dictionaryservice.h"

#include "app/articles/articleservice.h"
#include "app/articles/photoservice.h"
#include "app/body/markdownreader.h"
#include "app/body/textlimits.h"
#include "app/core/resourcepaths.h"
#include "app/spelling/dictionaries.h"
#include "app/spelling/speller.h"
#include "app/spelling/styleguideservice.h"
#include "app/storecontext.h"
#include "app/workflow/workflowservice.h"
#include "db/transaction.h"

#include <QFile>
#include <QRegularExpression>
#include <QTextDocument>

namespace copydesk::app {

namespace {

Result<QString> validWord(const QString &word)
{
    const QString trimmed = TextLimits::cleanLine(word).trimmed();
    if (trimmed.isEmpty() || trimmed.contains(QRegularExpression(QStringLiteral("\\s"))))
        return failure(Error::Kind::Invalid,
                       DictionaryService::tr("a dictionary word is one word, without spaces"));
    if (auto r = TextLimits::check(DictionaryService::tr("dictionary word"), trimmed,
                                   TextLimits::NameChars);
        !r)
        return r.error();
    return trimmed;
}

} // namespace

DictionaryService::DictionaryService(StoreContext &context, StyleGuideService &styleGuide,
                                     PhotoService &photos)
    : m_ctx(context)
    , m_styleGuide(styleGuide)
    , m_photos(photos)
{ }

Result<QStringList> DictionaryService::words(const QString &language, qint64 personId)
{
    return m_ctx.dictionary.words(language, personId);
}

Result<void> DictionaryService::seedHouseDictionary()
{
    const auto seeded = m_ctx.settings.value(QStringLiteral("house-dictionary.seeded"));
    if (!seeded)
        return seeded.error();
    if (!seeded->isEmpty())
        return {};
    QFile file(ResourcePaths::find(QStringLiteral("dictionary/house-words.txt")));
    if (!file.open(QIODevice::ReadOnly))
        return failure(Error::Kind::Failed,
                       tr("the starter house dictionary is missing from this build"));
    db::Transaction transaction(m_ctx.database);
    if (auto r = transaction.begin(); !r)
        return r;
    // Again inside the write: another program opening the store may have seeded it meanwhile.
    const auto again = m_ctx.settings.value(QStringLiteral("house-dictionary.seeded"));
    if (!again)
        return again.error();
    if (!again->isEmpty())
        return {};
    const auto lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString word = line.trimmed();
        if (word.isEmpty() || word.startsWith(QLatin1Char('#')))
            continue;
        if (auto r = m_ctx.dictionary.add(word, QStringLiteral("en"), 0, 0); !r)
            return r;
    }
    if (auto r = m_ctx.settings.setValue(QStringLiteral("house-dictionary.seeded"),
                                         m_ctx.now().toString(Qt::ISODate));
        !r)
        return r;
    return transaction.commit();
}

Result<void> DictionaryService::checkDictionaryRights(const Actor &by, bool house) const
{
    if (by.id <= 0)
        return notPermitted(tr("sign in to change a dictionary"));
    if (house) {
        if (const Decision d = Permissions::decide(by, Action::HouseDictionary); !d)
            return notPermitted(d.reason);
    }
    return {};
}

Result<void> DictionaryService::addWord(const Actor &by, const QString &word,
                                        const QString &language, bool house)
{
    const auto valid = validWord(word);
    if (!valid)
        return valid.error();
    if (auto r = checkDictionaryRights(by, house); !r)
        return r;
    db::Transaction transaction(m_ctx.database);
    if (auto r = transaction.begin(); !r)
        return r;
    if (auto r = m_ctx.dictionary.add(*valid, language, house ? 0 : by.id, by.id); !r)
        return r;
    if (house) {
        if (auto r = m_ctx.log(by, QStringLiteral("house-dictionary-add"),
                               *valid + QStringLiteral(" (") + language + QLatin1Char(')'));
            !r)
            return r;
    }
    return transaction.commit();
}

Result<void> DictionaryService::removeWord(const Actor &by, const QString &word,
                                           const QString &language, bool house)
{
    if (auto r = checkDictionaryRights(by, house); !r)
        return r;
    db::Transaction transaction(m_ctx.database);
    if (auto r = transaction.begin(); !r)
        return r;
    if (auto r = m_ctx.dictionary.remove(word.trimmed(), language, house ? 0 : by.id); !r)
        return r;
    if (house) {
        if (auto r = m_ctx.log(by, QStringLiteral("house-dictionary-remove"), word.trimmed()); !r)
            return r;
    }
    return transaction.commit();
}

Result<void> DictionaryService::ignoreWord(const Actor &by, qint64 articleId, const QString &word)
{
    const auto valid = validWord(word);
    if (!valid)
        return valid.error();
    if (!by.isEditorial())
        return notPermitted(tr("only staff with a current appointment may change what is checked"));
    const auto article = m_ctx.articles.get(articleId);
    if (!article)
        return article.error();
    // Hiding an issue in an article is a change to how it is checked: for those who may change it.
    if (const Decision d = Permissions::decide(by, ArticleService::changeActionFor(*article),
                                               WorkflowService::factsOf(*article));
        !d)
        return notPermitted(d.reason);
    return m_ctx.dictionary.ignore(articleId, *valid, by.id);
}

Result<QList<Issue>> DictionaryService::openIssues(const Actor &by, qint64 articleId)
{
    const auto article = m_ctx.articles.get(articleId);
    if (!article)
        return article.error();
    return issuesOf(by, *article);
}

Result<QList<Issue>> DictionaryService::issuesOf(const Actor &by, const db::Article &article)
{
    const auto checker = checkerFor(by, article.language, article.id, article.section);
    if (!checker)
        return checker.error();
    QList<Issue> issues;
    // Far from the length commissioned: the desk asks before it goes for review (first, so
    // that a long list of other issues does not hide it).
    if (const auto length = Checker::lengthIssue(article.wordCount, article.commissionedWords))
        issues.append(*length);
    issues
        += (*checker)->check(Checker::linesOf(article.headline, article.standfirst, article.body));
    // What its photos lack, and their captions' spelling.
    if (article.body.contains(QLatin1String("](media:"))) {
        QTextDocument body;
        MarkdownReader::read(article.body, &body);
        const auto photoIssues = m_photos.issuesIn(&body, checker->get());
        if (!photoIssues)
            return photoIssues.error();
        issues += *photoIssues;
    }
    return issues;
}

Result<void> DictionaryService::setChecksEnabled(const Actor &by,
                                                 const QList<std::pair<QString, bool>> &checks)
{
    db::Transaction transaction(m_ctx.database);
    if (auto r = transaction.begin(); !r)
        return r;
    for (const auto &[kind, enabled] : checks)
        if (auto r = setCheckEnabled(by, kind, enabled); !r)
            return r;
    return transaction.commit();
}

CheckOptions DictionaryService::checkOptions()
{
    CheckOptions options;
    for (const QString &kind : Checker::kinds()) {
        const auto value
            = m_ctx.settings.value(QStringLiteral("check.") + kind, QStringLiteral("on"));
        if (value && *value == QLatin1String("off"))
            options.disabled.insert(kind);
    }
    const auto caps
        = m_ctx.settings.value(QStringLiteral("check.skip-all-caps"), QStringLiteral("on"));
    options.skipAllCaps = !caps || *caps != QLatin1String("off");
    return options;
}

Result<void> DictionaryService::setCheckEnabled(const Actor &by, const QString &kind, bool enabled)
{
    if (const Decision d = Permissions::decide(by, Action::Settings); !d)
        return notPermitted(d.reason);
    if (!Checker::kinds().contains(kind) && kind != QLatin1String("skip-all-caps"))
        return failure(Error::Kind::Invalid,
                       tr("unknown check '%1' (one of: %2, skip-all-caps)")
                           .arg(kind, Checker::kinds().join(QStringLiteral(", "))));
    db::Transaction transaction(m_ctx.database);
    if (auto r = transaction.begin(); !r)
        return r;
    const QString value = enabled ? QStringLiteral("on") : QStringLiteral("off");
    if (auto r = m_ctx.settings.setValue(QStringLiteral("check.") + kind, value); !r)
        return r;
    if (auto r
        = m_ctx.log(by, QStringLiteral("settings"), QStringLiteral("check.%1 %2").arg(kind, value));
        !r)
        return r;
    return transaction.commit();
}

Result<std::shared_ptr<Checker>>
DictionaryService::checkerFor(const Actor &by, const QString &language, qint64 articleId,
                              const std::optional<QString> &givenSection)
{
    const auto speller
        = Speller::forLanguage(language.isEmpty() ? Dictionaries::defaultLanguage() : language);
    if (!speller)
        return speller.error();
    if (!m_ctx.database.isOpen())
        return std::make_shared<Checker>(*speller);
    const auto words = m_ctx.dictionary.accepted((*speller)->language(), by.id, articleId);
    if (!words)
        return words.error();
    QString section = givenSection.value_or(QString());
    if (!givenSection && articleId > 0) {
        const auto article = m_ctx.articles.get(articleId);
        if (!article)
            return article.error();
        section = article->section;
    }
    const auto style = m_styleGuide.styleFor((*speller)->language(), section);
    if (!style)
        return style.error();
    auto checker = std::make_shared<Checker>(*speller, *words, checkOptions());
    checker->setHouseStyle(*style);
    return checker;
}

} // namespace copydesk::app
