#include "app/spelling/styleguideservice.h"

#include "app/articles/articleservice.h"
#include "app/body/markdownreader.h"
#include "app/body/markdownwriter.h"
#include "app/core/resourcepaths.h"
#include "app/import/textimport.h"
#include "app/storecontext.h"
#include "db/transaction.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTextDocument>

namespace copydesk::app {

namespace {

const QString SeededKey = QStringLiteral("house-style.seeded");

// "Kyiv ← Kiev, Kiyv", for the audit log.
QString summaryOf(const db::StyleRule &rule)
{
    QString text = rule.preferred + QStringLiteral(" ← ") + rule.avoid.join(QStringLiteral(", "));
    if (!rule.language.isEmpty())
        text += QStringLiteral(" [%1]").arg(rule.language);
    if (!rule.section.isEmpty())
        text += QStringLiteral(" [%1]").arg(rule.section);
    return text;
}

bool sameRule(const db::StyleRule &a, const db::StyleRule &b)
{
    return a.preferred == b.preferred && a.avoid == b.avoid && a.language == b.language
        && a.section.compare(b.section, Qt::CaseInsensitive) == 0
        && a.caseSensitive == b.caseSensitive;
}

} // namespace

StyleGuideService::StyleGuideService(StoreContext &context, ArticleService &articles)
    : m_ctx(context)
    , m_articles(articles)
{ }

Result<QList<db::StyleRule>> StyleGuideService::rules()
{
    return m_ctx.style.rules();
}

Result<std::shared_ptr<const HouseStyle>> StyleGuideService::styleFor(const QString &language,
                                                                      const QString &section)
{
    const auto all = m_ctx.style.rules();
    if (!all)
        return all.error();
    QList<db::StyleRule> chosen;
    for (const db::StyleRule &rule : *all)
        if (HouseStyle::appliesTo(rule, language, section))
            chosen.append(rule);
    return std::shared_ptr<const HouseStyle>(std::make_shared<HouseStyle>(chosen));
}

Result<void> StyleGuideService::checkRights(const Actor &by) const
{
    if (by.id <= 0)
        return notPermitted(tr("sign in to change the house style guide"));
    if (const Decision d = Permissions::decide(by, Action::HouseStyle); !d)
        return notPermitted(d.reason);
    return {};
}

Result<db::StyleRule> StyleGuideService::addOne(const Actor &by, const db::StyleRule &rule)
{
    auto valid = HouseStyle::validated(rule);
    if (!valid)
        return valid.error();
    const auto id = m_ctx.style.add(*valid, by.id);
    if (!id)
        return id.error();
    valid.value().id = *id;
    if (auto r = m_ctx.log(by, QStringLiteral("house-style-add"), summaryOf(*valid)); !r)
        return r.error();
    return valid;
}

Result<db::StyleRule> StyleGuideService::add(const Actor &by, const db::StyleRule &rule)
{
    if (auto r = checkRights(by); !r)
        return r.error();
    db::Transaction transaction(m_ctx.database);
    if (auto r = transaction.begin(); !r)
        return r.error();
    auto added = addOne(by, rule);
    if (!added)
        return added;
    if (auto r = transaction.commit(); !r)
        return r.error();
    return added;
}

Result<void> StyleGuideService::remove(const Actor &by, qint64 id)
{
    if (auto r = checkRights(by); !r)
        return r;
    db::Transaction transaction(m_ctx.database);
    if (auto r = transaction.begin(); !r)
        return r;
    const auto all = m_ctx.style.rules();
    if (!all)
        return all.error();
    const auto rule = std::find_if(all->cbegin(), all->cend(),
                                   [id](const db::StyleRule &r) { return r.id == id; });
    if (rule == all->cend())
        return failure(Error::Kind::NotFound, tr("the house style guide has no rule %1").arg(id));
    if (auto r = m_ctx.style.remove(id); !r)
        return r;
    if (auto r = m_ctx.log(by, QStringLiteral("house-style-remove"), summaryOf(*rule)); !r)
        return r;
    return transaction.commit();
}

Result<int> StyleGuideService::import(const Actor &by, const QList<db::StyleRule> &rules)
{
    if (auto r = checkRights(by); !r)
        return r.error();
    db::Transaction transaction(m_ctx.database);
    if (auto r = transaction.begin(); !r)
        return r.error();
    auto existing = m_ctx.style.rules();
    if (!existing)
        return existing.error();
    int added = 0;
    for (const db::StyleRule &rule : rules) {
        auto valid = HouseStyle::validated(rule);
        if (!valid)
            return valid.error();
        if (std::any_of(existing->cbegin(), existing->cend(),
                        [&valid](const db::StyleRule &r) { return sameRule(r, *valid); }))
            continue;
        auto stored = addOne(by, *valid);
        if (!stored)
            return stored.error();
        existing.value().append(*stored);
        ++added;
    }
    if (auto r = transaction.commit(); !r)
        return r.error();
    return added;
}

Result<StyleGuideService::ArticleFixes>
StyleGuideService::fixArticle(const Actor &by, qint64 articleId, const QString &note)
{
    const auto article = m_articles.article(articleId);
    if (!article)
        return article.error();
    const auto style = styleFor(article->language, article->section);
    if (!style)
        return style.error();
    ArticleFixes result;
    db::Article changed = *article;
    CheckLine headline { changed.headline, {} };
    result.fixes += (*style)->fixLine(headline, 1);
    changed.headline = headline.text;
    CheckLine standfirst { changed.standfirst, {} };
    result.fixes += (*style)->fixLine(standfirst, 2);
    changed.standfirst = standfirst.text;
    QTextDocument body;
    MarkdownReader::read(changed.body, &body);
    const auto bodyFixes = (*style)->fixDocument(&body, 3);
    if (!bodyFixes.isEmpty())
        changed.body = MarkdownWriter::write(&body);
    result.fixes += bodyFixes;
    if (result.fixes.isEmpty())
        return result;
    const auto version = m_articles.saveArticle(changed, article->version, by, note);
    if (!version)
        return version.error();
    result.version = *version;
    return result;
}

Result<QList<db::StyleRule>> StyleGuideService::readGuide(const QString &path)
{
    const auto text = TextImport::readTextFile(path);
    if (!text)
        return text.error();
    return HouseStyle::parse(*text, QDir::toNativeSeparators(path));
}

Result<int> StyleGuideService::writeGuide(const QString &path)
{
    const auto all = rules();
    if (!all)
        return all.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(HouseStyle::format(*all).toUtf8()) < 0
        || !file.commit())
        return failure(
            Error::Kind::Failed,
            QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return int(all->size());
}

Result<QList<db::StyleRule>> StyleGuideService::starterGuide()
{
    const QString path = ResourcePaths::find(QStringLiteral("style/house-style.tsv"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(Error::Kind::Failed,
                       tr("the starter house style guide is missing from this build"));
    return HouseStyle::parse(QString::fromUtf8(file.readAll()), QStringLiteral("house-style.tsv"));
}

Result<void> StyleGuideService::seedStarterGuide()
{
    db::Transaction transaction(m_ctx.database);
    if (auto r = transaction.begin(); !r)
        return r;
    const auto seeded = m_ctx.settings.value(SeededKey);
    if (!seeded)
        return seeded.error();
    if (!seeded->isEmpty())
        return {};
    // Only a new store: a newsroom that has worked without a guide is not given one unasked
    // (its editors import the starter guide with "style import --starter").
    const auto articles = m_ctx.articles.count(db::ArticleQuery {});
    if (!articles)
        return articles.error();
    const auto existing = m_ctx.style.count();
    if (!existing)
        return existing.error();
    if (*articles == 0 && *existing == 0) {
        const auto starter = starterGuide();
        if (!starter)
            return starter.error();
        for (const db::StyleRule &rule : *starter)
            if (auto r = m_ctx.style.add(rule, 0); !r)
                return r.error();
    }
    if (auto r = m_ctx.settings.setValue(SeededKey, m_ctx.now().toString(Qt::ISODate)); !r)
        return r;
    return transaction.commit();
}

} // namespace copydesk::app
