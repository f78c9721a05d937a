#include "app/import/wordpressimport.h"

#include "app/body/textlimits.h"
#include "app/body/textstats.h"
#include "app/import/htmlconverter.h"
#include "app/import/wxrreader.h"
#include "app/storecontext.h"
#include "db/transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QUrl>

#include <optional>

namespace copydesk::app {

namespace {

// The key an imported post is known by: its GUID, which WordPress keeps for the post's life
// (a site moved to another address keeps its posts' GUIDs). Without one, its site and id.
QString sourceKey(const WxrItem &item, const WxrReader &reader)
{
    if (!item.guid.isEmpty())
        return QStringLiteral("wordpress:") + item.guid;
    const QString site = reader.siteUrl().isEmpty() ? reader.siteTitle() : reader.siteUrl();
    return QStringLiteral("wordpress:%1 post %2").arg(site).arg(item.postId);
}

std::optional<Status> statusFor(const QString &wordpress)
{
    if (wordpress == QLatin1String("publish"))
        return Status::Published;
    if (wordpress == QLatin1String("draft"))
        return Status::Draft;
    if (wordpress == QLatin1String("pending"))
        return Status::InReview;
    if (wordpress == QLatin1String("future"))
        return Status::Approved;
    return std::nullopt;
}

// Why an item is not imported: its kind for the counts, and a phrase for its line.
struct Skip
{
    QString kind;
    QString why;
};

std::optional<Skip> skipFor(const WxrItem &item)
{
    using W = WordPressImport;
    if (item.postType == QLatin1String("page"))
        return Skip { W::tr("pages"), W::tr("a page, not a post") };
    if (item.postType == QLatin1String("attachment"))
        return Skip { W::tr("attachments"), W::tr("an attachment (a media file)") };
    if (item.postType == QLatin1String("nav_menu_item"))
        return Skip { W::tr("menu items"), W::tr("a menu item") };
    if (item.postType != QLatin1String("post"))
        return Skip { W::tr("other items"),
                      W::tr("an item of type “%1”, not a post").arg(item.postType) };
    if (item.status == QLatin1String("private"))
        return Skip { W::tr("private posts"), W::tr("a private post") };
    if (item.status == QLatin1String("trash"))
        return Skip { W::tr("posts in the trash"), W::tr("a post in the trash") };
    if (!statusFor(item.status))
        return Skip { W::tr("posts with another status"),
                      W::tr("a post with the status “%1”").arg(item.status) };
    return std::nullopt;
}

// A WordPress login as a Copydesk username: one word of printable characters (a login may hold
// spaces, and invisible joiners a person could never type).
QString usernameFor(const QString &login)
{
    QString name;
    for (const QChar c : login.simplified()) {
        if (c == u' ')
            name += QLatin1Char('.');
        else if (c.isPrint() && !c.isSpace())
            name += c;
    }
    return name.left(TextLimits::NameChars);
}

QString slugFor(const WxrItem &item, const QString &headline)
{
    // WordPress keeps a slug of other scripts percent-encoded ("%e6%97%a5").
    const QString decoded = QUrl::fromPercentEncoding(item.postName.toUtf8());
    QString slug = textstats::slugify(decoded);
    if (slug.isEmpty())
        slug = textstats::slugify(headline);
    return slug;
}

QString headlineFor(const WxrItem &item, const QString &body, QStringList &notes)
{
    QString headline = TextLimits::cleanLine(HtmlConverter::plainText(item.title)).simplified();
    if (!headline.isEmpty())
        return headline.left(TextLimits::HeadlineChars);
    // A post without a title: its first words, as WordPress lists it.
    const QStringList words
        = HtmlConverter::plainText(body).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    headline = words.mid(0, 10).join(QLatin1Char(' '));
    if (headline.isEmpty())
        headline = WordPressImport::tr("Untitled post %1").arg(item.postId);
    notes.append(WordPressImport::tr("no title in WordPress: the headline is “%1”").arg(headline));
    return headline.left(TextLimits::HeadlineChars);
}

QSet<QString> lowered(const QStringList &names)
{
    QSet<QString> keys;
    for (const QString &name : names)
        keys.insert(name.toLower());
    return keys;
}

} // namespace

int SiteImport::skippedCount() const
{
    int n = 0;
    for (int count : skipped)
        n += count;
    return n;
}

WordPressImport::WordPressImport(StoreContext &context)
    : m_ctx(context)
{ }

bool WordPressImport::isExport(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("xml"), Qt::CaseInsensitive) == 0
        || looksLikeExport(path);
}

bool WordPressImport::looksLikeExport(const QString &path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray start = file.read(64 * 1024);
    return start.contains("<rss") && start.contains("wordpress.org/export/");
}

Result<SiteImport> WordPressImport::preview(const Actor &by, const QString &path,
                                            const Progress &progress)
{
    return read(by, path, false, progress);
}

Result<SiteImport> WordPressImport::run(const Actor &by, const QString &path,
                                        const Progress &progress)
{
    return read(by, path, true, progress);
}

Result<SiteImport> WordPressImport::read(const Actor &by, const QString &path, bool write,
                                         const Progress &progress)
{
    if (const Decision d = Permissions::decide(by, Action::ImportSite); !d)
        return notPermitted(d.reason);
    const QString shown = QDir::toNativeSeparators(path);
    if (!QFileInfo::exists(path))
        return failure(Error::Kind::NotFound, tr("%1: no such file").arg(shown));
    if (!QFileInfo(path).isFile())
        return failure(Error::Kind::Invalid, tr("%1: not a regular file").arg(shown));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(Error::Kind::Failed, tr("%1: %2").arg(shown, file.errorString()));
    const qint64 total = file.size();

    std::optional<db::Transaction> transaction;
    if (write) {
        transaction.emplace(m_ctx.database);
        if (auto r = transaction->begin(); !r)
            return r.error();
    }

    SiteImport result;
    result.file = shown;
    WxrReader reader(&file);
    QHash<QString, qint64> people; // username -> id, 0 for one only planned (a preview)
    QSet<QString> sections; // known or planned, lower case
    if (const auto known = m_ctx.articles.sections(); known)
        for (const QString &s : *known)
            sections.insert(s.toLower());
    else
        return known.error();
    QHash<qint64, QString> attachments; // post id -> file address
    QSet<QString> keys; // the posts' keys met so far
    QList<std::pair<qsizetype, qint64>> featured; // post index -> attachment id

    auto personFor = [&](const WxrItem &item) -> Result<std::pair<qint64, QString>> {
        const QString login = item.creator;
        QString username = usernameFor(login);
        if (username.isEmpty())
            username = QStringLiteral("wordpress");
        const WxrAuthor author = reader.authors().value(login);
        QString display = TextLimits::cleanLine(author.displayName).simplified();
        if (display.isEmpty())
            display = username;
        if (const auto it = people.constFind(username.toLower()); it != people.constEnd())
            return std::pair { *it, display };
        const auto existing = m_ctx.people.byUsername(username);
        if (existing) {
            // WordPress's "admin" may be someone else here: the preview says whose byline it is.
            result.matchedPeople.append(
                tr("%1 is %2 (%3) here").arg(login, existing->displayName, existing->username));
            people.insert(username.toLower(), existing->id);
            return std::pair { existing->id, existing->displayName };
        }
        if (existing.error().kind != Error::Kind::NotFound)
            return existing.error();
        result.newPeople.append(QStringLiteral("%1 (%2)").arg(username, display));
        qint64 id = 0;
        if (write) {
            db::Person person;
            person.username = username;
            person.displayName = display.left(TextLimits::NameChars);
            const auto added = m_ctx.people.add(person); // no password until one is set
            if (!added)
                return added.error();
            id = *added;
            if (auto r = m_ctx.log(by, QStringLiteral("staff-add"),
                                   tr("%1 (%2), from the WordPress export %3")
                                       .arg(username, display, QFileInfo(path).fileName()));
                !r)
                return r.error();
        }
        people.insert(username.toLower(), id);
        return std::pair { id, display };
    };

    WxrItem item;
    while (reader.readNextItem(item)) {
        if (progress && !progress(reader.position(), total))
            return failure(Error::Kind::Failed,
                           tr("%1: the import was cancelled; nothing was imported").arg(shown));
        if (item.postType == QLatin1String("attachment") && !item.attachmentUrl.isEmpty())
            attachments.insert(item.postId, item.attachmentUrl);
        if (const auto skip = skipFor(item)) {
            result.skipped[skip->kind] += 1;
            const QString title = TextLimits::cleanLine(item.title).simplified();
            result.skippedItems.append(tr("“%1” (line %2): %3")
                                           .arg(title.isEmpty() ? tr("(no title)") : title)
                                           .arg(item.line)
                                           .arg(skip->why));
            continue;
        }

        SiteImport::Post post;
        post.line = item.line;
        post.status = *statusFor(item.status);
        post.postedAt = item.postedAt;
        const ConvertedHtml converted = HtmlConverter::fromWordPress(item.content);
        post.notes = converted.notes;
        post.headline = headlineFor(item, item.content, post.notes);
        if (!item.password.isEmpty())
            post.notes.append(tr("password-protected in WordPress: imported without it"));
        if (item.thumbnailId > 0)
            featured.append({ result.posts.size(), item.thumbnailId });

        const auto author = personFor(item);
        if (!author)
            return author.error();
        post.author = author->second;

        db::Article article;
        article.headline = post.headline;
        article.standfirst = HtmlConverter::plainText(item.excerpt);
        if (article.standfirst.size() > TextLimits::StandfirstChars) {
            article.standfirst = article.standfirst.left(TextLimits::StandfirstChars - 1).trimmed()
                + QChar(0x2026);
            post.notes.append(tr("its excerpt is longer than a standfirst may be (%1 characters): "
                                 "shortened")
                                  .arg(TextLimits::StandfirstChars));
        }
        article.body = converted.body;
        article.section = TextLimits::cleanLine(item.categories.value(0)).simplified();
        // Tags are one whatever their case ("Tag" and "tag" are one tag of the store).
        QSet<QString> tagKeys;
        for (const QString &tag : std::as_const(item.tags)) {
            const QString t = TextLimits::cleanLine(tag).simplified().left(TextLimits::NameChars);
            if (!t.isEmpty() && !tagKeys.contains(t.toLower())) {
                tagKeys.insert(t.toLower());
                article.tags.append(t);
            }
        }
        article.status = post.status;
        article.createdAt = item.postedAt;
        article.updatedAt = item.modifiedAt;
        if (post.status == Status::Published)
            article.publishedAt = item.postedAt;
        if (author->first > 0)
            article.authorIds = { author->first };
        article.slug = slugFor(item, post.headline);
        if (auto r = TextLimits::prepareArticle(article); !r)
            return Error { r.error().kind,
                           tr("%1, line %2 (“%3”): %4")
                               .arg(shown)
                               .arg(item.line)
                               .arg(post.headline, r.error().message) };
        article.section = article.section.left(TextLimits::NameChars);
        article.wordCount = textstats::bodyWordCount(article.body);
        if (!article.section.isEmpty() && !sections.contains(article.section.toLower())) {
            sections.insert(article.section.toLower());
            result.newSections.append(article.section);
        }

        // A GUID met twice in one file (exports hold such) names two posts: the second by its id.
        QString key = sourceKey(item, reader);
        if (keys.contains(key))
            key += QStringLiteral(" post %1").arg(item.postId);
        keys.insert(key);
        const auto source = m_ctx.articles.sourceOf(key);
        if (!source)
            return source.error();
        if (source->articleId > 0) {
            const auto stored = m_ctx.articles.get(source->articleId);
            if (!stored)
                return stored.error();
            post.articleId = stored->id;
            // Changed here since (edited, or moved through the workflow: unpublished, spiked):
            // the newsroom's version stands.
            if (stored->version != source->importedVersion
                || stored->status != source->importedStatus) {
                post.outcome = SiteImport::Post::Outcome::Kept;
                ++result.kept;
            } else if (stored->headline == article.headline
                       && stored->standfirst == article.standfirst && stored->body == article.body
                       && stored->section.compare(article.section, Qt::CaseInsensitive) == 0
                       && tagKeys == lowered(stored->tags) && stored->status == article.status) {
                post.outcome = SiteImport::Post::Outcome::Unchanged;
                ++result.unchanged;
            } else {
                post.outcome = SiteImport::Post::Outcome::Update;
                ++result.updated;
                if (write) {
                    db::Article changed = *stored;
                    changed.headline = article.headline;
                    changed.standfirst = article.standfirst;
                    changed.body = article.body;
                    changed.section = article.section;
                    changed.tags = article.tags;
                    changed.wordCount = article.wordCount;
                    int version = stored->version;
                    if (changed.headline != stored->headline
                        || changed.standfirst != stored->standfirst || changed.body != stored->body
                        || changed.section != stored->section || changed.tags != stored->tags) {
                        const auto saved
                            = m_ctx.articles.save(changed, stored->version, by.id,
                                                  tr("updated from the WordPress export %1")
                                                      .arg(QFileInfo(path).fileName()),
                                                  &*stored);
                        if (!saved)
                            return saved.error();
                        version = *saved;
                    }
                    if (stored->status != article.status) {
                        if (auto r = m_ctx.articles.setStatus(stored->id, stored->status,
                                                              article.status, article.publishedAt);
                            !r)
                            return r.error();
                        if (auto r
                            = m_ctx.log(by, QStringLiteral("import"),
                                        tr("its status in the WordPress export %1")
                                            .arg(QFileInfo(path).fileName()),
                                        stored->id, statusName(stored->status, StatusForm::Token),
                                        statusName(article.status, StatusForm::Token));
                            !r)
                            return r.error();
                    }
                    if (auto r = m_ctx.articles.recordSource(
                            { stored->id, key, version, article.status, m_ctx.now() });
                        !r)
                        return r.error();
                }
            }
            result.posts.append(post);
            continue;
        }

        const auto taken = m_ctx.articles.idBySlug(article.slug);
        if (!taken)
            return taken.error();
        if (*taken > 0)
            result.slugConflicts.append(
                tr("“%1” (line %2): the slug %3 is taken by article %4; it gets a number")
                    .arg(post.headline)
                    .arg(item.line)
                    .arg(article.slug)
                    .arg(*taken));
        ++result.created;
        if (write) {
            const auto created = m_ctx.articles.create(article, author->first);
            if (!created)
                return Error { created.error().kind,
                               tr("%1, line %2 (“%3”): %4")
                                   .arg(shown)
                                   .arg(item.line)
                                   .arg(post.headline, created.error().message) };
            post.articleId = created->id;
            if (auto r
                = m_ctx.articles.recordSource({ created->id, key, 1, article.status, m_ctx.now() });
                !r)
                return r.error();
        }
        result.posts.append(post);
    }
    if (reader.hasError())
        return failure(Error::Kind::Invalid,
                       tr("%1: %2; nothing was imported").arg(shown, reader.errorString()));
    result.siteTitle = reader.siteTitle();
    result.version = reader.version();
    for (const auto &[index, attachment] : std::as_const(featured)) {
        const QString url = attachments.value(attachment);
        result.posts[index].notes.append(
            url.isEmpty()
                ? tr("its featured image (attachment %1) is not in the export").arg(attachment)
                : tr("featured image not imported (Copydesk keeps no photos yet): %1").arg(url));
    }
    if (progress)
        progress(total, total);
    if (write) {
        if (auto r = m_ctx.log(by, QStringLiteral("import"),
                               tr("%1: %2 new, %3 updated, %4 unchanged, %5 kept as changed here")
                                   .arg(QFileInfo(path).fileName())
                                   .arg(result.created)
                                   .arg(result.updated)
                                   .arg(result.unchanged)
                                   .arg(result.kept));
            !r)
            return r.error();
        if (auto r = transaction->commit(); !r)
            return r.error();
    }
    return result;
}

} // namespace copydesk::app
