// Review on the text: comment add|list|reply|resolve|reopen|delete, suggest, suggestion
// accept|reject.

#include "cli/commandcontext.h"
#include "cli/commandgroups.h"

#include <QJsonArray>
#include <QJsonObject>

namespace copydesk::cli {

namespace {

using namespace copydesk::app;

class ReviewCommands
{
    Q_DECLARE_TR_FUNCTIONS(copydesk::cli::ReviewCommands)

public:
    static QList<Command> table()
    {
        const Option quote { QStringLiteral("--quote"), QStringLiteral("PASSAGE"),
                             tr("the passage, as it stands in the body (quotes of either kind)"),
                             true };
        const Option occurrence { QStringLiteral("--occurrence"), QStringLiteral("N"),
                                  tr("which one, when the passage stands more than once") };
        const QString anchors
            = tr("A comment keeps its passage with some text before and after it and its "
                 "position; after edits it is found again, exactly or nearly, or listed as "
                 "orphaned with its quote. Comments never enter the body or an export.");
        return {
            { QStringLiteral("comment add"),
              QStringLiteral("ID TEXT"),
              tr("comment on a passage of an article"),
              anchors,
              { quote, occurrence },
              add },
            { QStringLiteral("comment list"),
              QStringLiteral("ID"),
              tr("the comments and suggestions on an article, in the order of their passages"),
              {},
              { { QStringLiteral("--open"), {}, tr("only those not resolved yet") } },
              list },
            { QStringLiteral("comment reply"),
              QStringLiteral("COMMENT TEXT"),
              tr("answer a comment or suggestion"),
              {},
              {},
              reply },
            { QStringLiteral("comment resolve"),
              QStringLiteral("COMMENT"),
              tr("close a comment: kept, no longer open (its writer, the article's authors or "
                 "its editors)"),
              {},
              {},
              resolve },
            { QStringLiteral("comment reopen"),
              QStringLiteral("COMMENT"),
              tr("open a resolved comment again"),
              {},
              {},
              reopen },
            { QStringLiteral("comment delete"),
              QStringLiteral("COMMENT"),
              tr("delete a comment with its replies (its writer or the section's editors)"),
              {},
              {},
              remove },
            { QStringLiteral("suggest"),
              QStringLiteral("ID"),
              tr("propose new wording for a passage, for the author to accept or reject"),
              anchors,
              { quote,
                { QStringLiteral("--with"), QStringLiteral("TEXT"),
                  tr("the wording proposed (empty: delete the passage)"), true },
                occurrence },
              suggest },
            { QStringLiteral("suggestion accept"),
              QStringLiteral("SUGGESTION..."),
              tr("accept suggestions: the body changes as one new version"),
              {},
              { { QStringLiteral("--all"),
                  {},
                  tr("every open suggestion of the article whose id is given") },
                { QStringLiteral("--note"), QStringLiteral("T"),
                  tr("the revision's note (a published article's correction needs one)") } },
              accept },
            { QStringLiteral("suggestion reject"),
              QStringLiteral("SUGGESTION"),
              tr("turn a suggestion down; the body stays as it is"),
              {},
              {},
              reject },
        };
    }

    static QString stateWord(db::Comment::State state)
    {
        switch (state) {
        case db::Comment::State::Resolved:
            return tr("resolved");
        case db::Comment::State::Accepted:
            return tr("accepted");
        case db::Comment::State::Rejected:
            return tr("rejected");
        case db::Comment::State::Open:
            break;
        }
        return tr("open");
    }

    static QString matchToken(TextAnchors::Match match)
    {
        switch (match) {
        case TextAnchors::Match::Exact:
            return QStringLiteral("exact");
        case TextAnchors::Match::Moved:
            return QStringLiteral("moved");
        case TextAnchors::Match::Fuzzy:
            return QStringLiteral("fuzzy");
        case TextAnchors::Match::Orphaned:
            break;
        }
        return QStringLiteral("orphaned");
    }

    static QJsonObject jsonOf(const db::Comment &c)
    {
        QJsonObject o { { QStringLiteral("id"), c.id },
                        { QStringLiteral("kind"), ReviewService::kindToken(c.kind) },
                        { QStringLiteral("state"), ReviewService::stateToken(c.state) },
                        { QStringLiteral("author"), c.personName },
                        { QStringLiteral("created_at"), CommandContext::isoTime(c.createdAt) },
                        { QStringLiteral("text"), c.text } };
        if (c.closedBy > 0) {
            o.insert(QStringLiteral("closed_by"), c.closedByName);
            o.insert(QStringLiteral("closed_at"), CommandContext::isoTime(c.closedAt));
        }
        return o;
    }

public:
    // One item as show --json and comment list --json give it: the W3C selectors of its anchor
    // as stored, and where its passage stands in the body now.
    static QJsonObject jsonOf(const ReviewItem &item)
    {
        QJsonObject o = jsonOf(item.comment);
        const db::TextAnchor &a = item.comment.anchor;
        o.insert(
            QStringLiteral("anchor"),
            QJsonObject {
                { QStringLiteral("quote"),
                  QJsonObject { { QStringLiteral("type"), QStringLiteral("TextQuoteSelector") },
                                { QStringLiteral("exact"), a.quote },
                                { QStringLiteral("prefix"), a.prefix },
                                { QStringLiteral("suffix"), a.suffix } } },
                { QStringLiteral("position"),
                  QJsonObject { { QStringLiteral("type"), QStringLiteral("TextPositionSelector") },
                                { QStringLiteral("start"), a.start },
                                { QStringLiteral("end"), a.end } } },
                { QStringLiteral("version"), a.version } });
        o.insert(QStringLiteral("located"),
                 QJsonObject { { QStringLiteral("match"), matchToken(item.at.match) },
                               { QStringLiteral("start"), item.at.start },
                               { QStringLiteral("end"), item.at.end } });
        o.insert(QStringLiteral("orphaned"), item.isOrphaned());
        QJsonArray replies;
        for (const db::Comment &r : item.replies)
            replies.append(jsonOf(r));
        o.insert(QStringLiteral("replies"), replies);
        return o;
    }

private:
    static QString quoted(const QString &text)
    {
        return QStringLiteral("“%1”").arg(ReviewService::excerpt(text, 70));
    }

    static Result<db::TextAnchor> anchorOf(CommandContext &c, qint64 articleId, const Args &args)
    {
        int occurrence = 0;
        if (args.has(QStringLiteral("--occurrence"))) {
            bool ok = false;
            occurrence = args.value(QStringLiteral("--occurrence")).toInt(&ok);
            if (!ok || occurrence < 1)
                return failure(Error::Kind::Invalid, tr("--occurrence takes a number from 1"));
        }
        return c.newsroom().review().anchorFor(articleId, args.value(QStringLiteral("--quote")),
                                               occurrence);
    }

    static int addItem(CommandContext &c, const Args &args, db::Comment::Kind kind)
    {
        const bool suggestion = kind == db::Comment::Kind::Suggestion;
        if (args.positional.size() != (suggestion ? 1 : 2))
            return c.usage(suggestion ? tr("suggest takes an article id, --quote and --with")
                                      : tr("comment add takes an article id and the comment "
                                           "(quote it), with --quote"));
        const auto id = CommandContext::parseId(args.positional.first());
        if (!id)
            return c.usage(id.errorString());
        if (auto r = c.openStore(Newsroom::OpenMode::MustExist); !r)
            return c.fail(r.error());
        const auto actor = c.signedIn(suggestion ? tr("suggest edits") : tr("comment"));
        if (!actor)
            return c.fail(actor.error());
        const auto anchor = anchorOf(c, *id, args);
        if (!anchor)
            return anchor.error().kind == Error::Kind::Invalid ? c.usage(anchor.errorString())
                                                               : c.fail(anchor.error());
        const auto added = c.newsroom().review().add(
            *actor, *id, kind, *anchor,
            suggestion ? args.value(QStringLiteral("--with")) : args.positional.at(1));
        if (!added)
            return c.fail(added.error());
        if (c.json())
            c.printJson(jsonOf(ReviewItem {
                *added, { anchor->start, anchor->end, TextAnchors::Match::Exact }, {} }));
        else
            c.out() << (suggestion ? tr("Suggestion %1 on %2") : tr("Comment %1 on %2"))
                           .arg(QString::number(added->id), quoted(anchor->quote))
                    << Qt::endl;
        return Done;
    }

    static int add(CommandContext &c, const Args &args)
    {
        return addItem(c, args, db::Comment::Kind::Comment);
    }

    static int suggest(CommandContext &c, const Args &args)
    {
        return addItem(c, args, db::Comment::Kind::Suggestion);
    }

    static int list(CommandContext &c, const Args &args)
    {
        if (args.positional.size() != 1)
            return c.usage(tr("comment list takes one article id"));
        const auto id = CommandContext::parseId(args.positional.first());
        if (!id)
            return c.usage(id.errorString());
        if (auto r = c.openStore(Newsroom::OpenMode::MustExist); !r)
            return c.fail(r.error());
        const auto items = c.newsroom().review().items(*id);
        if (!items)
            return c.fail(items.error());
        const bool openOnly = args.has(QStringLiteral("--open"));
        QJsonArray array;
        int shownCount = 0;
        for (const ReviewItem &item : *items) {
            if (openOnly && !item.isOpen())
                continue;
            ++shownCount;
            if (c.json()) {
                array.append(jsonOf(item));
                continue;
            }
            const db::Comment &m = item.comment;
            QString head = QStringLiteral("%1  [%2]  %3, %4")
                               .arg(QString::number(m.id), stateWord(m.state), m.personName,
                                    CommandContext::shownTime(m.createdAt));
            if (item.isOrphaned())
                head += QStringLiteral("  ") + tr("(orphaned: the passage is gone)");
            c.out() << head << Qt::endl;
            if (item.isSuggestion())
                c.out() << QStringLiteral("    ")
                        << tr("suggests %1 → %2").arg(quoted(m.anchor.quote), quoted(m.text))
                        << Qt::endl;
            else
                c.out() << QStringLiteral("    ") << tr("on %1").arg(quoted(m.anchor.quote))
                        << Qt::endl
                        << QStringLiteral("    ") << m.text << Qt::endl;
            for (const db::Comment &r : item.replies)
                c.out() << QStringLiteral("      ↳ %1 (%2, %3)")
                               .arg(r.text, r.personName, CommandContext::shownTime(r.createdAt))
                        << Qt::endl;
        }
        if (c.json())
            c.printJson(array);
        else if (shownCount == 0)
            c.remark(openOnly ? tr("article %1 has no open comments").arg(*id)
                              : tr("article %1 has no comments").arg(*id));
        return Done;
    }

    static int reply(CommandContext &c, const Args &args)
    {
        if (args.positional.size() != 2)
            return c.usage(tr("comment reply takes a comment's id and the reply (quote it)"));
        const auto id = CommandContext::parseId(args.positional.first());
        if (!id)
            return c.usage(id.errorString());
        if (auto r = c.openStore(Newsroom::OpenMode::MustExist); !r)
            return c.fail(r.error());
        const auto actor = c.signedIn(tr("comment"));
        if (!actor)
            return c.fail(actor.error());
        const auto added = c.newsroom().review().reply(*actor, *id, args.positional.at(1));
        if (!added)
            return c.fail(added.error());
        if (c.json())
            c.printJson(jsonOf(*added));
        else
            c.out() << tr("Reply %1 to comment %2")
                           .arg(QString::number(added->id), QString::number(added->replyTo))
                    << Qt::endl;
        return Done;
    }

    using Step = Result<void> (ReviewService::*)(const Actor &, qint64);

    static int closing(CommandContext &c, const Args &args, Step step, const QString &doing,
                       const QString &done)
    {
        if (args.positional.size() != 1)
            return c.usage(tr("%1 takes one id (see comment list)").arg(doing));
        const auto id = CommandContext::parseId(args.positional.first());
        if (!id)
            return c.usage(id.errorString());
        if (auto r = c.openStore(Newsroom::OpenMode::MustExist); !r)
            return c.fail(r.error());
        const auto actor = c.signedIn(doing);
        if (!actor)
            return c.fail(actor.error());
        if (auto r = (c.newsroom().review().*step)(*actor, *id); !r)
            return c.fail(r.error());
        c.out() << done.arg(*id) << Qt::endl;
        return Done;
    }

    static int resolve(CommandContext &c, const Args &args)
    {
        return closing(c, args, &ReviewService::resolve, tr("resolve comments"),
                       tr("Comment %1 resolved"));
    }

    static int reopen(CommandContext &c, const Args &args)
    {
        return closing(c, args, &ReviewService::reopen, tr("reopen comments"),
                       tr("Comment %1 reopened"));
    }

    static int remove(CommandContext &c, const Args &args)
    {
        return closing(c, args, &ReviewService::remove, tr("delete comments"),
                       tr("Comment %1 deleted"));
    }

    static int reject(CommandContext &c, const Args &args)
    {
        return closing(c, args, &ReviewService::reject, tr("reject suggestions"),
                       tr("Suggestion %1 rejected"));
    }

    static int accept(CommandContext &c, const Args &args)
    {
        const bool all = args.has(QStringLiteral("--all"));
        if (args.positional.isEmpty() || (all && args.positional.size() != 1))
            return c.usage(all ? tr("suggestion accept --all takes one article id")
                               : tr("suggestion accept takes the ids of suggestions"));
        QList<qint64> ids;
        for (const QString &word : args.positional) {
            const auto id = CommandContext::parseId(word);
            if (!id)
                return c.usage(id.errorString());
            ids.append(*id);
        }
        if (auto r = c.openStore(Newsroom::OpenMode::MustExist); !r)
            return c.fail(r.error());
        const auto actor = c.signedIn(tr("accept suggestions"));
        if (!actor)
            return c.fail(actor.error());
        const QString note = args.value(QStringLiteral("--note"));
        const auto version = all ? c.newsroom().review().acceptAll(*actor, ids.first(), note)
                                 : c.newsroom().review().accept(*actor, ids, note);
        if (!version)
            return c.fail(version.error());
        if (c.json())
            c.printJson(QJsonObject { { QStringLiteral("version"), *version } });
        else
            c.out() << tr("Accepted; the article is now at version %1").arg(*version) << Qt::endl;
        return Done;
    }
};

} // namespace

QList<Command> reviewCommands()
{
    return ReviewCommands::table();
}

QJsonObject reviewItemJson(const app::ReviewItem &item)
{
    return ReviewCommands::jsonOf(item);
}

} // namespace copydesk::cli
