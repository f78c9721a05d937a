#pragma once

#include "app/core/result.h"
#include "app/spelling/housestyle.h"
#include "app/workflow/permissions.h"
#include "db/records.h"

#include <QCoreApplication>
#include <QList>

#include <memory>

namespace copydesk::app {

class ArticleService;
class StoreContext;

// The newsroom's house style guide: read by everyone, changed by section editors and above
// (Action::HouseStyle), every change in the audit log. The starter guide written for Copydesk
// (resources/style/house-style.tsv) is put in a new store.
class StyleGuideService final
{
    Q_DISABLE_COPY_MOVE(StyleGuideService)
    Q_DECLARE_TR_FUNCTIONS(copydesk::app::StyleGuideService)

public:
    StyleGuideService(StoreContext &context, ArticleService &articles);

    Result<QList<db::StyleRule>> rules();
    // The rules for a text in this language and section, ready to check with.
    Result<std::shared_ptr<const HouseStyle>> styleFor(const QString &language,
                                                       const QString &section);

    // A new rule, checked (HouseStyle::validated); the rule as stored.
    Result<db::StyleRule> add(const Actor &by, const db::StyleRule &rule);
    Result<void> remove(const Actor &by, qint64 id);
    // Rules from a guide file, in one transaction: all or none. A rule the guide already has
    // (same preferred form, forms, language and section) is skipped. How many were added.
    Result<int> import(const Actor &by, const QList<db::StyleRule> &rules);

    // Every house style fix applied to a stored article (headline, standfirst, body) and saved
    // as a new version by the person, with the note (which a published article's correction
    // needs). With no fix to make, nothing is saved (version 0).
    struct ArticleFixes
    {
        QList<StyleFix> fixes; // line 1 the headline, 2 the standfirst, then the body's blocks
        int version = 0;
    };
    Result<ArticleFixes> fixArticle(const Actor &by, qint64 articleId, const QString &note);

    // A guide file (HouseStyle::format), read and checked; and the whole guide written as one.
    static Result<QList<db::StyleRule>> readGuide(const QString &path);
    Result<int> writeGuide(const QString &path);

    // The starter guide, as written for this project.
    static Result<QList<db::StyleRule>> starterGuide();
    // On a new store (no articles, no rules, never seeded): the starter guide, once.
    Result<void> seedStarterGuide();

private:
    Result<void> checkRights(const Actor &by) const;
    Result<db::StyleRule> addOne(const Actor &by, const db::StyleRule &rule);

    StoreContext &m_ctx;
    ArticleService &m_articles;
};

} // namespace copydesk::app
