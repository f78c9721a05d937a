// Articles: list, show, update, note, history, diff, revert.

#include "app/body/markdownreader.h"
#include "app/body/markdownwriter.h"
#include "app/body/worddiff.h"
#include "app/import/textimport.h"
#include "cli/commandcontext.h"
#include "cli/commandgroups.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextDocument>
#include <QTextStream>

namespace copydesk::cli {

namespace {

using namespace copydesk::app;

class ArticleCommands
{
    Q_DECLARE_TR_FUNCTIONS(copydesk::cli::ArticleCommands)

public:
    static QList<Command> table()
    {
        const QString articleId = QStringLiteral("ID");
        return {
            { QStringLiteral("list"),
              {},
              tr("articles, newest first (with --search: best match first)"),
              {},
              { { QStringLiteral("--status"), QStringLiteral("S"),
                  tr("only these: draft, in_review, approved, published or spiked") },
                { QStringLiteral("--section"), QStringLiteral("S"), tr("only this section") },
                { QStringLiteral("--author"), QStringLiteral("NAME"),
                  tr("only articles by this person") },
                { QStringLiteral("--search"), QStringLiteral("WORDS"),
                  tr("search headlines, standfirsts and bodies; shows a snippet") },
                { QStringLiteral("--limit"), QStringLiteral("N"),
                  tr("at most N articles (default: 50)") } },
              list },
            { QStringLiteral("show"),
              articleId,
              tr("one article with its fields and body"),
              {},
              {},
              show },
            { QStringLiteral("update"),
              articleId,
              tr("save a change; prints the new version (a published article takes a "
                 "correction: --note says what was corrected)"),
              tr("A save made from a version someone else has already changed is refused "
                 "(exit 3); nothing is overwritten."),
              { { QStringLiteral("--headline"), QStringLiteral("T"), tr("the new headline") },
                { QStringLiteral("--standfirst"), QStringLiteral("T"), tr("the new standfirst") },
                { QStringLiteral("--body-file"), QStringLiteral("F"),
                  tr("the new body, from a Markdown file") },
                { QStringLiteral("--section"), QStringLiteral("S"), tr("the new section") },
                { QStringLiteral("--tags"), QStringLiteral("a,b"),
                  tr("the new tags, separated by commas") },
                { QStringLiteral("--commissioned"), QStringLiteral("N"),
                  tr("the length commissioned, in words (0: none); submitting more than 10% "
                     "over or under it is noted") },
                { QStringLiteral("--expect-version"), QStringLiteral("V"),
                  tr("the version the change was made from (default: the current one)") },
                { QStringLiteral("--note"), QStringLiteral("T"),
                  tr("what was changed; a correction to a published article needs one, and "
                     "it is kept with the article") },
                { QStringLiteral("--typo"),
                  {},
                  tr("a published article: fix a typo silently, with no public correction (at "
                     "most %1 words, for those the permission table lets; the audit log keeps "
                     "it)")
                      .arg(ArticleService::TypoFixWords) } },
              update },
            { QStringLiteral("note"),
              QStringLiteral("ID TEXT"),
              tr("add an editorial note to an article"),
              {},
              {},
              note },
            { QStringLiteral("history"),
              articleId,
              tr("revisions, transitions and notes of an article"),
              {},
              {},
              history },
            { QStringLiteral("diff"),
              QStringLiteral("ID V1 [V2]"),
              tr("word-level changes between two versions ([-deleted-]{+inserted+})"),
              tr("Without V2: against the current version."),
              {},
              diff },
            { QStringLiteral("revert"),
              articleId,
              tr("make version V the newest again (a new revision)"),
              {},
              { { QStringLiteral("--to"), QStringLiteral("V"), tr("the version to bring back"),
                  true },
                { QStringLiteral("--expect-version"), QStringLiteral("V"),
                  tr("the version the revert was decided on (default: the current one)") } },
              revert },
        };
    }

    static QString markedSnippet(QString snippet)
    {
        return snippet.replace(db::ArticleSummary::snippetStart, QLatin1Char('['))
            .replace(db::ArticleSummary::snippetEnd, QLatin1Char(']'));
    }

    static int list(CommandContext &c, const Args &args)
    {
        if (!args.positional.isEmpty())
            return c.usage(tr("list takes no arguments besides its options"));
        db::ArticleQuery query;
        if (args.has(QStringLiteral("--status"))) {
            const QString token = args.value(QStringLiteral("--status"));
            query.status = statusFromToken(token);
            if (!query.status) {
                QStringList statuses;
                for (const Status s : allStatuses())
                    statuses << statusName(s, StatusForm::Token);
                return c.usage(tr("unknown status '%1' (one of: %2)")
                                   .arg(token, statuses.join(QStringLiteral(", "))));
            }
        }
        query.section = args.value(QStringLiteral("--section"));
        query.author = args.value(QStringLiteral("--author"));
        query.search = args.value(QStringLiteral("--search"));
        if (!query.search.isEmpty())
            query.sort = db::ArticleQuery::Sort::Relevance;
        query.limit = 50;
        if (args.has(QStringLiteral("--limit"))) {
            bool ok = false;
            query.limit = args.value(QStringLiteral("--limit")).toInt(&ok);
            if (!ok || query.limit <= 0)
                return c.usage(tr("--limit takes a whole number above 0"));
        }
        if (auto r = c.openStore(Newsroom::OpenMode::MustExist); !r)
            return c.fail(r.error());
        // A mistyped name is said as such, not as "no articles match".
        if (!query.author.isEmpty())
            if (const auto person = c.newsroom().staff().personNamed(query.author); !person)
                return c.fail(person.error());
        const auto rows = c.newsroom().archive().list(query);
        if (!rows)
            return c.fail(rows.error());

        if (c.json()) {
            QJsonArray array;
            for (const db::ArticleSummary &row : *rows) {
                QJsonObject o {
                    { QStringLiteral("id"), row.id },
                    { QStringLiteral("headline"), row.headline },
                    { QStringLiteral("section"), row.section },
                    { QStringLiteral("status"), statusName(row.status, StatusForm::Token) },
                    { QStringLiteral("returned"), row.returned },
                    { QStringLiteral("byline"), row.byline },
                    { QStringLiteral("updated"), CommandContext::isoTime(row.updatedAt) },
                    { QStringLiteral("version"), row.version },
                    { QStringLiteral("words"), row.wordCount },
                    { QStringLiteral("commissioned_words"), row.commissionedWords },
                    { QStringLiteral("open_comments"), row.openComments }
                };
                if (!query.search.isEmpty())
                    o.insert(QStringLiteral("snippet"), markedSnippet(row.snippet));
                array.append(o);
            }
            c.printJson(array);
            return Done;
        }
        for (const db::ArticleSummary &row : *rows) {
            c.out() << QStringLiteral("%1  %2  %3  %4  %5")
                           .arg(row.id, 5)
                           .arg(row.returned ? QStringLiteral("returned")
                                             : statusName(row.status, StatusForm::Token),
                                -9)
                           .arg(row.section.isEmpty() ? QStringLiteral("-") : row.section, -10)
                           .arg(CommandContext::shownTime(row.updatedAt), -16)
                           .arg(row.headline)
                    << (row.openComments > 0
                            ? QStringLiteral("  [%1 open comments]").arg(row.openComments)
                            : QString())
                    << Qt::endl;
            if (!query.search.isEmpty())
                c.out() << "       " << markedSnippet(row.snippet.simplified()) << Qt::endl;
        }
        if (rows->isEmpty())
            c.remark(tr("no articles match"));
        return Done;
    }

    // The one article id a command takes, or a usage error.
    static Result<qint64> oneId(const Args &args, const QString &command)
    {
        if (args.positional.size() != 1)
            return failure(Error::Kind::Invalid, tr("%1 takes one article id").arg(command));
        return CommandContext::parseId(args.positional.first());
    }

    static int show(CommandContext &c, const Args &args)
    {
        const auto id = oneId(args, QStringLiteral("show"));
        if (!id)
            return c.usage(id.errorString());
        if (auto r = c.openStore(Newsroom::OpenMode::MustExist); !r)
            return c.fail(r.error());
        const auto article = c.newsroom().archive().article(*id);
        if (!article)
            return c.fail(article.error());
        const db::Article &a = *article;
        const auto returned = c.newsroom().workflow().returnOf(a);
        if (!returned)
            return c.fail(returned.error());
        const auto review = c.newsroom().review().items(a.id);
        if (!review)
            return c.fail(review.error());
        const auto photos = c.newsroom().photos().entries(a.body);
        if (!photos)
            return c.fail(photos.error());
        if (c.json()) {
            QJsonArray photoArray;
            for (const PhotoEntry &e : *photos)
                photoArray.append(photoEntryJson(e));
            QJsonArray comments;
            QJsonArray suggestions;
            for (const ReviewItem &item : *review)
                (item.isSuggestion() ? suggestions : comments).append(reviewItemJson(item));
            QJsonValue returnedBy = QJsonValue::Null;
            if (*returned)
                returnedBy = QJsonObject { { QStringLiteral("by"), (*returned)->personName },
                                           { QStringLiteral("at"),
                                             CommandContext::isoTime((*returned)->at) },
                                           { QStringLiteral("note"), (*returned)->note } };
            c.printJson(QJsonObject {
                { QStringLiteral("id"), a.id },
                { QStringLiteral("slug"), a.slug },
                { QStringLiteral("headline"), a.headline },
                { QStringLiteral("standfirst"), a.standfirst },
                { QStringLiteral("section"), a.section },
                { QStringLiteral("language"), a.language },
                { QStringLiteral("status"), statusName(a.status, StatusForm::Token) },
                { QStringLiteral("returned"), returnedBy },
                { QStringLiteral("byline"), QJsonArray::fromStringList(a.authorNames) },
                { QStringLiteral("tags"), QJsonArray::fromStringList(a.tags) },
                { QStringLiteral("version"), a.version },
                { QStringLiteral("words"), a.wordCount },
                { QStringLiteral("commissioned_words"), a.commissionedWords },
                { QStringLiteral("created"), CommandContext::isoTime(a.createdAt) },
                { QStringLiteral("updated"), CommandContext::isoTime(a.updatedAt) },
                { QStringLiteral("published"), CommandContext::isoTime(a.publishedAt) },
                { QStringLiteral("body"), a.body },
                { QStringLiteral("comments"), comments },
                { QStringLiteral("suggestions"), suggestions },
                { QStringLiteral("photos"), photoArray } });
            return Done;
        }
        // The field names are a format scripts read: they are not translated.
        QTextStream &out = c.out();
        out << "Headline:   " << a.headline << Qt::endl;
        if (!a.standfirst.isEmpty())
            out << "Standfirst: " << a.standfirst << Qt::endl;
        out << "Section:    " << (a.section.isEmpty() ? QStringLiteral("-") : a.section)
            << Qt::endl;
        out << "Status:     " << statusName(a.status, StatusForm::Token);
        if (*returned)
            out << " (returned by " << (*returned)->personName << ", "
                << CommandContext::shownTime((*returned)->at) << ": " << (*returned)->note << ")";
        out << Qt::endl;
        out << "Byline:     " << a.authorNames.join(QStringLiteral(", ")) << Qt::endl;
        if (!a.tags.isEmpty())
            out << "Tags:       " << a.tags.join(QStringLiteral(", ")) << Qt::endl;
        out << "Version:    " << a.version << " (updated " << CommandContext::shownTime(a.updatedAt)
            << ")" << Qt::endl;
        out << "Words:      " << a.wordCount;
        if (a.commissionedWords > 0)
            out << " (" << a.commissionedWords << " commissioned)";
        out << Qt::endl;
        if (const int open = ReviewService::openCount(*review); open > 0)
            out << "Comments:   " << open << " open (see: copydesk comment list " << a.id << ")"
                << Qt::endl;
        if (!photos->isEmpty())
            out << "Photos:     " << photos->size() << " (see: copydesk photo list " << a.id << ")"
                << Qt::endl;
        out << Qt::endl << a.body;
        if (!a.body.endsWith(QLatin1Char('\n')))
            out << Qt::endl;
        out.flush();
        return Done;
    }

    // A body from a Markdown file, normalised the way the editor writes it.
    static Result<QString> bodyFromFile(const QString &file)
    {
        // Read as import reads: a regular text file, UTF-8, no binary, cleaned.
        const auto text = TextImport::readTextFile(file);
        if (!text)
            return text.error();
        QTextDocument document;
        MarkdownReader::read(*text, &document);
        return MarkdownWriter::write(&document);
    }

    static int update(CommandContext &c, const Args &args)
    {
        const auto id = oneId(args, QStringLiteral("update"));
        if (!id)
            return c.usage(id.errorString());
        // A change is one of the fields; --note and --expect-version only qualify it.
        const QStringList fields
            = { QStringLiteral("--headline"),  QStringLiteral("--standfirst"),
                QStringLiteral("--body-file"), QStringLiteral("--section"),
                QStringLiteral("--tags"),      QStringLiteral("--commissioned") };
        if (std::none_of(fields.begin(), fields.end(),
                         [&args](const QString &field) { return args.has(field); }))
            return c.usage(tr("nothing to update (give --headline, --standfirst, --body-file, "
                              "--section, --tags or --commissioned)"));
        int commissioned = -1;
        if (args.has(QStringLiteral("--commissioned"))) {
            bool ok = false;
            commissioned = args.value(QStringLiteral("--commissioned")).toInt(&ok);
            if (!ok || commissioned < 0)
                return c.usage(tr("--commissioned takes a number of words (0: none)"));
        }
        int expected = -1;
        if (args.has(QStringLiteral("--expect-version"))) {
            bool ok = false;
            expected = args.value(QStringLiteral("--expect-version")).toInt(&ok);
            if (!ok || expected <= 0)
                return c.usage(tr("--expect-version takes a version number"));
        }
        QString body;
        const bool hasBody = args.has(QStringLiteral("--body-file"));
        if (hasBody) {
            const auto read = bodyFromFile(args.value(QStringLiteral("--body-file")));
            if (!read)
                return c.fail(read.error());
            body = *read;
        }
        if (auto r = c.openStore(Newsroom::OpenMode::MustExist); !r)
            return c.fail(r.error());
        const auto actor = c.signedIn(tr("update articles"));
        if (!actor)
            return c.fail(actor.error());
        ArticleService &articles = c.newsroom().archive();
        const auto article = articles.article(*id);
        if (!article)
            return c.fail(article.error());
        db::Article changed = *article;
        if (args.has(QStringLiteral("--headline")))
            changed.headline = args.value(QStringLiteral("--headline"));
        if (args.has(QStringLiteral("--standfirst")))
            changed.standfirst = args.value(QStringLiteral("--standfirst"));
        if (args.has(QStringLiteral("--section")))
            changed.section = args.value(QStringLiteral("--section"));
        if (args.has(QStringLiteral("--tags"))) {
            changed.tags.clear();
            const auto tags
                = args.value(QStringLiteral("--tags")).split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (const QString &tag : tags)
                if (!tag.trimmed().isEmpty())
                    changed.tags.append(tag.trimmed());
        }
        if (hasBody)
            changed.body = body;
        if (commissioned >= 0)
            changed.commissionedWords = commissioned;
        // Edit or correction is decided by the service; a correction without a note is refused
        // there ("needs a note"), and the note is kept with the article.
        const auto change = args.has(QStringLiteral("--typo")) ? ArticleService::Change::TypoFix
                                                               : ArticleService::Change::Ordinary;
        const auto version
            = articles.saveArticle(changed, expected > 0 ? expected : article->version, *actor,
                                   args.value(QStringLiteral("--note")), change);
        if (!version)
            return c.fail(version.error());
        if (c.json())
            c.printJson(QJsonObject { { QStringLiteral("id"), *id },
                                      { QStringLiteral("version"), *version } });
        else
            c.out() << tr("Saved article %1 as version %2")
                           .arg(QString::number(*id), QString::number(*version))
                    << Qt::endl;
        return Done;
    }

    static int history(CommandContext &c, const Args &args)
    {
        const auto id = oneId(args, QStringLiteral("history"));
        if (!id)
            return c.usage(id.errorString());
        if (auto r = c.openStore(Newsroom::OpenMode::MustExist); !r)
            return c.fail(r.error());
        const auto entries = c.newsroom().workflow().history(*id);
        if (!entries)
            return c.fail(entries.error());
        if (c.json()) {
            QJsonArray array;
            for (const HistoryEntry &e : *entries) {
                static const char *kinds[] = { "revision", "transition", "note" };
                QJsonObject o { { QStringLiteral("kind"), QString::fromLatin1(kinds[int(e.kind)]) },
                                { QStringLiteral("when"), CommandContext::isoTime(e.when) },
                                { QStringLiteral("who"), e.who },
                                { QStringLiteral("what"), e.what },
                                { QStringLiteral("note"), e.note } };
                if (e.kind == HistoryEntry::Kind::Revision)
                    o.insert(QStringLiteral("version"), e.version);
                array.append(o);
            }
            c.printJson(array);
            return Done;
        }
        for (const HistoryEntry &e : *entries) {
            c.out() << CommandContext::shownTime(e.when) << "  "
                    << (e.who.isEmpty() ? QStringLiteral("-") : e.who) << "  " << e.what;
            if (!e.note.isEmpty())
                c.out() << ": " << e.note;
            c.out() << Qt::endl;
        }
        return Done;
    }

    static int note(CommandContext &c, const Args &args)
    {
        if (args.positional.size() < 2)
            return c.usage(tr("note takes an article id and the text of the note"));
        const auto id = CommandContext::parseId(args.positional.first());
        if (!id)
            return c.usage(id.errorString());
        if (auto r = c.openStore(Newsroom::OpenMode::MustExist); !r)
            return c.fail(r.error());
        const auto actor = c.signedIn(tr("add notes"));
        if (!actor)
            return c.fail(actor.error());
        const auto noteId = c.newsroom().workflow().addNote(
            *id, *actor, args.positional.mid(1).join(QLatin1Char(' ')));
        if (!noteId)
            return c.fail(noteId.error());
        if (c.json())
            c.printJson(QJsonObject { { QStringLiteral("id"), *noteId } });
        else
            c.out() << tr("Noted on article %1").arg(*id) << Qt::endl;
        return Done;
    }

    static int diff(CommandContext &c, const Args &args)
    {
        if (args.positional.size() < 2 || args.positional.size() > 3)
            return c.usage(tr("diff takes an article id and one or two versions"));
        const auto id = CommandContext::parseId(args.positional.first());
        if (!id)
            return c.usage(id.errorString());
        bool ok1 = false;
        bool ok2 = true;
        const int from = args.positional.at(1).toInt(&ok1);
        int to = args.positional.size() == 3 ? args.positional.at(2).toInt(&ok2) : 0;
        if (!ok1 || !ok2)
            return c.usage(tr("versions are whole numbers"));
        if (auto r = c.openStore(Newsroom::OpenMode::MustExist); !r)
            return c.fail(r.error());
        ArticleService &articles = c.newsroom().archive();
        if (to == 0) {
            const auto article = articles.article(*id);
            if (!article)
                return c.fail(article.error());
            to = article->version;
        }
        const auto a = articles.revision(*id, from);
        if (!a)
            return c.fail(a.error());
        const auto b = articles.revision(*id, to);
        if (!b)
            return c.fail(b.error());
        // Headline, standfirst and body a paragraph apart; an empty standfirst is no paragraph.
        auto text = [](const db::Revision &r) {
            QStringList parts { r.headline };
            if (!r.standfirst.isEmpty())
                parts << r.standfirst;
            parts << r.body;
            return parts.join(QStringLiteral("\n\n"));
        };
        const auto segments = WordDiff::compare(text(*a), text(*b));
        if (c.json()) {
            QJsonArray array;
            for (const WordDiff::Segment &segment : segments) {
                static const char *kinds[] = { "same", "inserted", "deleted" };
                array.append(QJsonObject {
                    { QStringLiteral("kind"), QString::fromLatin1(kinds[int(segment.kind)]) },
                    { QStringLiteral("text"), segment.text } });
            }
            c.printJson(QJsonObject { { QStringLiteral("from"), from },
                                      { QStringLiteral("to"), to },
                                      { QStringLiteral("changes"), WordDiff::changes(segments) },
                                      { QStringLiteral("segments"), array } });
            return Done;
        }
        const int changes = WordDiff::changes(segments);
        c.out() << (changes == 1
                        ? tr("Version %1 -> %2 (1 change)").arg(from).arg(to)
                        : tr("Version %1 -> %2 (%3 changes)").arg(from).arg(to).arg(changes))
                << Qt::endl
                << WordDiff::toText(segments);
        if (!segments.isEmpty() && !segments.last().text.endsWith(QLatin1Char('\n')))
            c.out() << Qt::endl;
        c.out().flush();
        return Done;
    }

    static int revert(CommandContext &c, const Args &args)
    {
        if (args.positional.size() != 1 || !args.has(QStringLiteral("--to")))
            return c.usage(tr("revert takes an article id and --to VERSION"));
        const auto id = CommandContext::parseId(args.positional.first());
        if (!id)
            return c.usage(id.errorString());
        bool ok = false;
        const int version = args.value(QStringLiteral("--to")).toInt(&ok);
        if (!ok || version <= 0)
            return c.usage(tr("--to takes a version number"));
        if (auto r = c.openStore(Newsroom::OpenMode::MustExist); !r)
            return c.fail(r.error());
        const auto actor = c.signedIn(tr("restore an old version"));
        if (!actor)
            return c.fail(actor.error());
        ArticleService &articles = c.newsroom().archive();
        const auto article = articles.article(*id);
        if (!article)
            return c.fail(article.error());
        int expected = article->version;
        if (args.has(QStringLiteral("--expect-version"))) {
            bool ok = false;
            expected = args.value(QStringLiteral("--expect-version")).toInt(&ok);
            if (!ok || expected <= 0)
                return c.usage(tr("--expect-version takes a version number"));
        }
        const auto saved = articles.restoreRevision(*actor, *id, version, expected);
        if (!saved)
            return c.fail(saved.error());
        if (c.json())
            c.printJson(QJsonObject { { QStringLiteral("id"), *id },
                                      { QStringLiteral("version"), *saved } });
        else
            c.out() << tr("Restored version %1 of article %2 as version %3")
                           .arg(QString::number(version), QString::number(*id),
                                QString::number(*saved))
                    << Qt::endl;
        return Done;
    }
};

} // namespace

QList<Command> articleCommands()
{
    return ArticleCommands::table();
}

} // namespace copydesk::cli
