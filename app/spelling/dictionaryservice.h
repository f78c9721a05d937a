#pragma once

#include "app/core/result.h"
#include "app/spelling/checker.h"
#include "app/workflow/permissions.h"
#include "db/records.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>

namespace copydesk::app {

class StoreContext;
class PhotoService;
class StyleGuideService;

// The newsroom's dictionaries and style checks: the house dictionary (section editors and
// above), each person's own words, words ignored in one article, and which checks are on.
// Needs the store, so it is built with the services, not with the store-free spelling library.
class DictionaryService final
{
    Q_DISABLE_COPY_MOVE(DictionaryService)
    Q_DECLARE_TR_FUNCTIONS(copydesk::app::DictionaryService)

public:
    DictionaryService(StoreContext &context, StyleGuideService &styleGuide, PhotoService &photos);

    // A word for the house dictionary (section editors and above) or the person's own.
    Result<void> addWord(const Actor &by, const QString &word, const QString &language, bool house);
    Result<void> removeWord(const Actor &by, const QString &word, const QString &language,
                            bool house);
    // Stop flagging a word in one article.
    Result<void> ignoreWord(const Actor &by, qint64 articleId, const QString &word);
    // The words of the house dictionary (personId 0) or of one person, for exactly that language.
    Result<QStringList> words(const QString &language, qint64 personId);

    // A checker for the article's language with the house, personal and ignored words, the
    // house style guide's rules for its language and section, and the style checks the
    // newsroom has switched on.
    // The section is the stored article's unless given (an article as edited, or unsaved).
    Result<std::shared_ptr<Checker>> checkerFor(const Actor &by, const QString &language,
                                                qint64 articleId = 0,
                                                const std::optional<QString> &section = {});
    // The spelling and style issues left in a stored article, as the person sees them (their own
    // dictionary counts), and its length when more than 10% from the length commissioned
    // (kind "length"). Asked before submitting: the window asks whether to go on, the command
    // line says how many remain.
    Result<QList<Issue>> openIssues(const Actor &by, qint64 articleId);
    // The same for an article as it stands, saved or not (the length issue first).
    Result<QList<Issue>> issuesOf(const Actor &by, const db::Article &article);
    CheckOptions checkOptions();
    Result<void> setCheckEnabled(const Actor &by, const QString &kind, bool enabled);
    // Several checks switched as one write: all of them, or none when one is refused.
    Result<void> setChecksEnabled(const Actor &by, const QList<std::pair<QString, bool>> &checks);

    // On a new store: the starter house dictionary, once.
    Result<void> seedHouseDictionary();

private:
    Result<void> checkDictionaryRights(const Actor &by, bool house) const;

    StoreContext &m_ctx;
    StyleGuideService &m_styleGuide;
    PhotoService &m_photos;
};

} // namespace copydesk::app
