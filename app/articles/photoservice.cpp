#include "app/articles/photoservice.h"

#include "app/articles/articleservice.h"
#include "app/body/markdownreader.h"
#include "app/body/markdownwriter.h"
#include "app/export/renditions.h"
#include "app/export/settingsrules.h"
#include "app/storecontext.h"
#include "app/workflow/settingsservice.h"
#include "app/workflow/workflowservice.h"
#include "db/transaction.h"

#include <QBuffer>
#include <QImageReader>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace copydesk::app {

PhotoService::PhotoService(StoreContext &context, ArticleService &articles)
    : m_ctx(context)
    , m_articles(articles)
{ }

qint64 PhotoService::maxBytes()
{
    const auto value = m_ctx.settings.value(SettingsRules::PhotoMaxMegabytesKey);
    const int megabytes = value && !value->isEmpty()
        ? value->toInt()
        : SettingsRules::PhotoMaxMegabytesDefault.toInt();
    return qint64(qMax(1, megabytes)) * 1024 * 1024;
}

int PhotoService::minWidth()
{
    const auto value = m_ctx.settings.value(SettingsRules::PhotoMinWidthKey);
    return value && !value->isEmpty() ? value->toInt()
                                      : SettingsRules::PhotoMinWidthDefault.toInt();
}

Result<PhotoIntake> PhotoService::inspectFile(const QString &path)
{
    return PhotoFiles::inspectFile(path, maxBytes());
}

Result<PhotoIntake> PhotoService::inspect(const QByteArray &data)
{
    return PhotoFiles::inspect(data, maxBytes());
}

QStringList PhotoService::warnings(const PhotoIntake &intake)
{
    QStringList out;
    if (intake.image.hasLocation)
        out << tr("this photo records where it was taken (a GPS position in its metadata): the "
                  "position stays in the newsroom's store and is taken out of every copy the "
                  "site publishes");
    return out;
}

Result<QString> PhotoService::keep(const Actor &by, const PhotoIntake &intake)
{
    if (const Decision d = Permissions::decide(by, Action::Create); !d)
        return notPermitted(d.reason);
    db::StoredImage image = intake.image;
    image.addedBy = by.id;
    image.addedAt = m_ctx.now();
    if (auto r = m_ctx.images.add(image, intake.data); !r)
        return r.error();
    return image.sha;
}

Result<QList<PhotoEntry>> PhotoService::entries(const QString &body)
{
    const QList<Photo> photos = photos::inBody(body);
    QStringList shas = photos::shasOf(photos);
    shas.removeDuplicates();
    const auto kept = m_ctx.images.info(shas);
    if (!kept)
        return kept.error();
    QList<PhotoEntry> out;
    for (const Photo &photo : photos)
        out.append({ int(out.size()) + 1, photo, kept->value(photo.sha) });
    return out;
}

Result<QList<PhotoEntry>> PhotoService::list(qint64 articleId)
{
    const auto article = m_ctx.articles.get(articleId);
    if (!article)
        return article.error();
    return entries(article->body);
}

QList<Issue> PhotoService::issuesIn(const QTextDocument *body,
                                    const QHash<QString, db::StoredImage> &images, int minWidth,
                                    Checker *checker)
{
    QList<Issue> out;
    const bool structural
        = !checker || !checker->options().disabled.contains(QStringLiteral("photo"));
    auto check = [&](const Photo &photo, const QString &which, int line, int column) {
        auto issue = [&](const QString &message) {
            out.append(
                { line, column, column > 0 ? 1 : 0, which, QStringLiteral("photo"), message, {} });
        };
        if (structural) {
            if (photo.alt.trimmed().isEmpty())
                issue(tr("no alt text: describe the photo for readers who cannot see it"));
            if (photo.credit.trimmed().isEmpty())
                issue(tr("no credit (“Photo: Name / Agency”)"));
            const auto image = images.constFind(photo.sha);
            if (image == images.constEnd())
                issue(tr("its image is not in the store"));
            else if (minWidth > 0 && image->width < minWidth)
                issue(tr("%1 pixels wide, narrower than the %2 the site takes")
                          .arg(image->width)
                          .arg(minWidth));
        }
        if (!checker)
            return;
        const std::pair<QString, QString> fields[] = {
            { photo.caption, tr("in the caption of %1").arg(which) },
            { photo.alt, tr("in the alt text of %1").arg(which) },
        };
        for (const auto &[text, where] : fields) {
            if (text.isEmpty())
                continue;
            for (Issue found : checker->checkLine(Checker::plainLine(text), line)) {
                found.line = line;
                found.column = column;
                found.length = column > 0 ? 1 : 0;
                found.message = found.message.isEmpty()
                    ? where
                    : found.message + QStringLiteral(" (") + where + QLatin1Char(')');
                out.append(found);
            }
        }
    };
    if (const auto lead = photos::lead(body))
        check(*lead, tr("the lead photo"), 0, 0);
    // The body's: on the line of their block (after the headline and standfirst).
    int number = photos::lead(body) ? 1 : 0;
    for (const int position : photos::positionsIn(body)) {
        ++number;
        const QTextBlock block = body->findBlock(position);
        QTextCursor at(const_cast<QTextDocument *>(body));
        at.setPosition(position + 1);
        if (const auto photo = photos::of(at.charFormat()))
            check(*photo, tr("photo %1").arg(number), block.blockNumber() + 3,
                  position - block.position() + 1);
    }
    return out;
}

Result<QList<Issue>> PhotoService::issuesIn(const QTextDocument *body, Checker *checker)
{
    QStringList shas = photos::shasOf(photos::allIn(body));
    shas.removeDuplicates();
    const auto images = m_ctx.images.info(shas);
    if (!images)
        return images.error();
    return issuesIn(body, *images, minWidth(), checker);
}

bool PhotoService::change(QTextDocument *document, int number, const std::optional<Photo> &photo)
{
    if (number < 1)
        return false;
    if (photos::lead(document)) {
        if (number == 1) {
            std::optional<Photo> changed = photo;
            if (changed)
                changed->lead = true;
            photos::setLead(document, changed);
            return true;
        }
        --number;
    }
    const QList<int> positions = photos::positionsIn(document);
    return number <= positions.size() && photos::setAt(document, positions[number - 1], photo);
}

Result<db::Article> PhotoService::changeable(const Actor &by, qint64 articleId)
{
    const auto article = m_ctx.articles.get(articleId);
    if (!article)
        return article.error();
    if (const Decision d
        = WorkflowService::decide(by, ArticleService::changeActionFor(*article), *article);
        !d)
        return notPermitted(d.reason);
    return article;
}

Result<int> PhotoService::rewrite(const Actor &by, qint64 articleId, const QString &note,
                                  const QString &summary,
                                  const std::function<Result<void>(QTextDocument *)> &edit)
{
    db::Transaction transaction(m_ctx.database);
    if (auto r = transaction.begin(); !r)
        return r.error();
    const auto article = changeable(by, articleId);
    if (!article)
        return article.error();
    QTextDocument body;
    MarkdownReader::read(article->body, &body);
    // The body is changed through the editor's document only where it reads back exactly as
    // stored, so that nothing else in it changes unseen.
    if (MarkdownWriter::write(&body) != article->body)
        return failure(Error::Kind::Conflict,
                       tr("article %1's body is not written the way the editor writes it, so "
                          "changing its photos here could change more: open it in the window")
                           .arg(article->id));
    if (auto r = edit(&body); !r)
        return r.error();
    db::Article changed = *article;
    changed.body = MarkdownWriter::write(&body);
    // The revision says what changed; a correction's note is the person's own, to the public.
    const bool correction = ArticleService::needsCorrectionNote(*article);
    const auto version = m_articles.saveArticle(
        changed, article->version, by, note.trimmed().isEmpty() && !correction ? summary : note);
    if (!version)
        return version.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return *version;
}

Result<PhotoService::Added> PhotoService::add(const Actor &by, qint64 articleId,
                                              const QString &file, Photo fields,
                                              const QString &note)
{
    // Refused before anything is read when the person may not change the article.
    const auto article = changeable(by, articleId);
    if (!article)
        return article.error();
    if (ArticleService::needsCorrectionNote(*article) && note.trimmed().isEmpty())
        return failure(Error::Kind::Invalid,
                       tr("a photo added to a published article is a correction and needs a note "
                          "saying what changed"));
    const auto intake = inspectFile(file);
    if (!intake)
        return intake.error();

    db::Transaction transaction(m_ctx.database);
    if (auto r = transaction.begin(); !r)
        return r.error();
    const auto sha = keep(by, *intake);
    if (!sha)
        return sha.error();
    fields.sha = *sha;
    fields.alt = photos::cleanField(fields.alt);
    fields.caption = photos::cleanField(fields.caption);
    fields.credit = photos::cleanField(fields.credit);
    int number = 0;
    const auto version
        = rewrite(by, articleId, note, fields.lead ? tr("added a lead photo") : tr("added a photo"),
                  [&](QTextDocument *body) -> Result<void> {
                      if (fields.lead) {
                          photos::setLead(body, fields);
                          number = 1;
                          return {};
                      }
                      QTextCursor end(body);
                      end.movePosition(QTextCursor::End);
                      photos::insert(end, fields);
                      number = int(photos::positionsIn(body).size()) + (photos::lead(body) ? 1 : 0);
                      return {};
                  });
    if (!version)
        return version.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return Added { number, *version, warnings(*intake) };
}

Result<int> PhotoService::update(const Actor &by, qint64 articleId, int number,
                                 const Change &change, const QString &note)
{
    return rewrite(by, articleId, note,
                   tr("changed the caption, credit or alt text of photo %1").arg(number),
                   [&](QTextDocument *body) -> Result<void> {
                       const QList<Photo> all = photos::allIn(body);
                       if (number < 1 || number > all.size())
                           return failure(Error::Kind::NotFound,
                                          tr("article %1 has no photo %2 (it has %3)")
                                              .arg(articleId)
                                              .arg(number)
                                              .arg(all.size()));
                       Photo photo = all[number - 1];
                       if (change.alt)
                           photo.alt = photos::cleanField(*change.alt);
                       if (change.caption)
                           photo.caption = photos::cleanField(*change.caption);
                       if (change.credit)
                           photo.credit = photos::cleanField(*change.credit);
                       PhotoService::change(body, number, photo);
                       return {};
                   });
}

Result<int> PhotoService::remove(const Actor &by, qint64 articleId, int number, const QString &note)
{
    return rewrite(by, articleId, note, tr("removed photo %1").arg(number),
                   [&](QTextDocument *body) -> Result<void> {
                       if (!PhotoService::change(body, number, std::nullopt))
                           return failure(
                               Error::Kind::NotFound,
                               tr("article %1 has no photo %2").arg(articleId).arg(number));
                       return {};
                   });
}

Result<db::StoredImage> PhotoService::imageInfo(const QString &sha)
{
    const auto found = m_ctx.images.info({ sha });
    if (!found)
        return found.error();
    if (!found->contains(sha))
        return failure(Error::Kind::NotFound, tr("no image %1 in the store").arg(sha.left(12)));
    return found->value(sha);
}

Result<QByteArray> PhotoService::data(const QString &sha)
{
    return m_ctx.images.data(sha);
}

Result<QImage> PhotoService::image(const QString &sha, int maxWidth)
{
    const auto bytes = data(sha);
    if (!bytes)
        return bytes.error();
    return Renditions::decode(*bytes, maxWidth);
}

} // namespace copydesk::app
