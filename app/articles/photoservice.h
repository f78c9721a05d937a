#pragma once

#include "app/articles/photointake.h"
#include "app/body/photos.h"
#include "app/core/result.h"
#include "app/spelling/checker.h"
#include "app/workflow/permissions.h"
#include "db/records.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QStringList>

#include <optional>

class QTextDocument;

namespace copydesk::app {

class ArticleService;
class StoreContext;

// A photo of an article as listed: its number (the lead first, then the body's in reading
// order, from 1), where it stands and what the store knows of its image.
struct PhotoEntry
{
    int number = 0;
    Photo photo;
    db::StoredImage image; // empty sha when the store does not hold it
};

// The photos of the newsroom's articles: checking a file before anything is kept, keeping it
// once by its hash, and adding, changing and removing an article's photos. A change of photos
// is a change of the body (see Photo), saved as an edit (or a correction) by ArticleService
// under the same rules, with its revision.
class PhotoService final
{
    Q_DISABLE_COPY_MOVE(PhotoService)
    Q_DECLARE_TR_FUNCTIONS(copydesk::app::PhotoService)

public:
    PhotoService(StoreContext &context, ArticleService &articles);

    // The newsroom's limits (publication.photo-max-megabytes, publication.photo-min-width).
    qint64 maxBytes();
    int minWidth();

    // Checks a file offered as a photo (see PhotoFiles::inspect) against the newsroom's limit.
    Result<PhotoIntake> inspectFile(const QString &path);
    Result<PhotoIntake> inspect(const QByteArray &data);
    // Keeps a checked image in the store (once), for whoever may write articles; its hash.
    Result<QString> keep(const Actor &by, const PhotoIntake &intake);
    // What a person should know before a photo is used: its GPS position, if it has one.
    static QStringList warnings(const PhotoIntake &intake);

    // The photos of a body or of a stored article, numbered, with their images' details.
    Result<QList<PhotoEntry>> entries(const QString &body);
    Result<QList<PhotoEntry>> list(qint64 articleId);
    // What the photos of a body (an editor document, its lead included) lack, as issues of
    // kind "photo" for the Spelling and Style panel and copydesk check: alt text, a credit, the
    // site's width (images: what is known of them; minWidth 0: any); and, with a checker, the
    // spelling of their captions and alt text. A body photo's issue stands where the photo does
    // (its line and column, as Checker::linesOf counts them), the lead's on line 0.
    static QList<Issue> issuesIn(const QTextDocument *body,
                                 const QHash<QString, db::StoredImage> &images, int minWidth,
                                 Checker *checker = nullptr);
    // The same, with the images and the width from the store.
    Result<QList<Issue>> issuesIn(const QTextDocument *body, Checker *checker);

    struct Added
    {
        int number = 0;
        int version = 0;
        QStringList warnings;
    };
    // Adds a photo from a file to an article: as its lead (replacing the lead it had) or at the
    // end of its body. Saved as a new version; nothing is kept when the file is refused.
    Result<Added> add(const Actor &by, qint64 articleId, const QString &file, Photo fields,
                      const QString &note = {});
    struct Change
    {
        std::optional<QString> alt;
        std::optional<QString> caption;
        std::optional<QString> credit;
    };
    Result<int> update(const Actor &by, qint64 articleId, int number, const Change &change,
                       const QString &note = {});
    Result<int> remove(const Actor &by, qint64 articleId, int number, const QString &note = {});

    // What the store knows of an image (NotFound when it does not hold it).
    Result<db::StoredImage> imageInfo(const QString &sha);
    // An image's original bytes, and decoded upright at most maxWidth wide (for the editor).
    Result<QByteArray> data(const QString &sha);
    Result<QImage> image(const QString &sha, int maxWidth);

    // Changes photo number (as listed) in an editor document: its fields, or with nothing, its
    // removal (its paragraph goes with it when it held nothing else). False when there is no
    // such photo.
    static bool change(QTextDocument *document, int number, const std::optional<Photo> &photo);

private:
    // The article, when the person may change it (an edit, or a correction).
    Result<db::Article> changeable(const Actor &by, qint64 articleId);
    // Changes the body through an editor document and saves it; summary is the revision's note
    // when the person gave none (a correction's note is always theirs).
    Result<int> rewrite(const Actor &by, qint64 articleId, const QString &note,
                        const QString &summary,
                        const std::function<Result<void>(QTextDocument *)> &edit);

    StoreContext &m_ctx;
    ArticleService &m_articles;
};

} // namespace copydesk::app
