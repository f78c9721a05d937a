// Photos: photo add|list|update|remove.

#include "cli/commandcontext.h"
#include "cli/commandgroups.h"

#include <QJsonArray>
#include <QJsonObject>

namespace copydesk::cli {

namespace {

using namespace copydesk::app;

class PhotoCommands
{
    Q_DECLARE_TR_FUNCTIONS(copydesk::cli::PhotoCommands)

public:
    static QList<Command> table()
    {
        const Option caption { QStringLiteral("--caption"), QStringLiteral("T"),
                               tr("the caption shown under it") };
        const Option credit { QStringLiteral("--credit"), QStringLiteral("T"),
                              tr("who took it (\"Photo: Amira Khan / Concrete\")") };
        const Option alt { QStringLiteral("--alt"), QStringLiteral("T"),
                           tr("what it shows, for readers who cannot see it") };
        const Option note { QStringLiteral("--note"), QStringLiteral("T"),
                            tr("the revision's note (a published article's correction needs "
                               "one)") };
        const QString numbers = tr("Photos are numbered as photo list shows them: the lead photo "
                                   "first, then the body's in reading order.");
        return {
            { QStringLiteral("photo add"),
              QStringLiteral("ID FILE"),
              tr("add a photo (JPEG, PNG or WebP) to an article: at the end of its body, or as "
                 "its lead"),
              tr("The file is checked first (type, size, pixels, complete) and kept once in the "
                 "store by its SHA-256; a photo that records where it was taken is said so. The "
                 "article is saved as a new version."),
              { { QStringLiteral("--lead"),
                  {},
                  tr("as the lead photo, above the headline (replacing the lead it had)") },
                caption,
                credit,
                alt,
                note },
              add },
            { QStringLiteral("photo list"),
              QStringLiteral("ID"),
              tr("an article's photos with their captions, credits, alt text and sizes"),
              numbers,
              {},
              list },
            { QStringLiteral("photo update"),
              QStringLiteral("ID N"),
              tr("change the caption, credit or alt text of photo N"),
              numbers,
              { caption, credit, alt, note },
              update },
            { QStringLiteral("photo remove"),
              QStringLiteral("ID N"),
              tr("take photo N out of an article (its image stays in the store)"),
              numbers,
              { note },
              remove },
        };
    }

    static QJsonObject jsonOf(const PhotoEntry &e)
    {
        QJsonObject o { { QStringLiteral("number"), e.number },
                        { QStringLiteral("role"),
                          e.photo.lead ? QStringLiteral("lead") : QStringLiteral("body") },
                        { QStringLiteral("sha256"), e.photo.sha },
                        { QStringLiteral("alt"), e.photo.alt },
                        { QStringLiteral("caption"), e.photo.caption },
                        { QStringLiteral("credit"), e.photo.credit } };
        if (e.image.sha.isEmpty()) {
            o.insert(QStringLiteral("kept"), false);
            return o;
        }
        o.insert(QStringLiteral("kept"), true);
        o.insert(QStringLiteral("type"), e.image.mediaType);
        o.insert(QStringLiteral("width"), e.image.width);
        o.insert(QStringLiteral("height"), e.image.height);
        o.insert(QStringLiteral("bytes"), e.image.byteSize);
        o.insert(QStringLiteral("taken"),
                 e.image.takenAt.isValid() ? QJsonValue(e.image.takenAt.toString(Qt::ISODate))
                                           : QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("has_location"), e.image.hasLocation);
        return o;
    }

private:
    static Result<std::pair<qint64, int>> idAndNumber(const Args &args, const QString &command)
    {
        if (args.positional.size() != 2)
            return failure(Error::Kind::Invalid,
                           tr("%1 takes an article id and a photo number").arg(command));
        const auto id = CommandContext::parseId(args.positional.first());
        if (!id)
            return id.error();
        bool ok = false;
        const int number = args.positional.at(1).toInt(&ok);
        if (!ok || number < 1)
            return failure(Error::Kind::Invalid,
                           tr("a photo number is a number from 1, as photo list shows"));
        return std::pair { *id, number };
    }

    static void printSaved(CommandContext &c, int version)
    {
        if (c.json())
            c.printJson(QJsonObject { { QStringLiteral("version"), version } });
        else
            c.out() << tr("Saved version %1").arg(version) << Qt::endl;
    }

    static int add(CommandContext &c, const Args &args)
    {
        if (args.positional.size() != 2)
            return c.usage(tr("photo add takes an article id and an image file"));
        const auto id = CommandContext::parseId(args.positional.first());
        if (!id)
            return c.usage(id.errorString());
        if (auto r = c.openStore(Newsroom::OpenMode::MustExist); !r)
            return c.fail(r.error());
        const auto actor = c.signedIn(tr("add photos"));
        if (!actor)
            return c.fail(actor.error());
        Photo fields;
        fields.lead = args.has(QStringLiteral("--lead"));
        fields.caption = args.value(QStringLiteral("--caption"));
        fields.credit = args.value(QStringLiteral("--credit"));
        fields.alt = args.value(QStringLiteral("--alt"));
        const auto added = c.newsroom().photos().add(*actor, *id, args.positional.at(1), fields,
                                                     args.value(QStringLiteral("--note")));
        if (!added)
            return c.fail(added.error());
        for (const QString &warning : added->warnings)
            c.remark(warning);
        if (c.json()) {
            c.printJson(QJsonObject {
                { QStringLiteral("number"), added->number },
                { QStringLiteral("version"), added->version },
                { QStringLiteral("warnings"), QJsonArray::fromStringList(added->warnings) } });
            return Done;
        }
        c.out() << (fields.lead ? tr("Lead photo added to article %1; saved version %2")
                                      .arg(*id)
                                      .arg(added->version)
                                : tr("Photo %1 added to article %2; saved version %3")
                                      .arg(added->number)
                                      .arg(*id)
                                      .arg(added->version))
                << Qt::endl;
        return Done;
    }

    static int list(CommandContext &c, const Args &args)
    {
        if (args.positional.size() != 1)
            return c.usage(tr("photo list takes one article id"));
        const auto id = CommandContext::parseId(args.positional.first());
        if (!id)
            return c.usage(id.errorString());
        if (auto r = c.openStore(Newsroom::OpenMode::MustExist); !r)
            return c.fail(r.error());
        const auto entries = c.newsroom().photos().list(*id);
        if (!entries)
            return c.fail(entries.error());
        if (c.json()) {
            QJsonArray array;
            for (const PhotoEntry &e : *entries)
                array.append(jsonOf(e));
            c.printJson(array);
            return Done;
        }
        if (entries->isEmpty()) {
            c.remark(tr("article %1 has no photos").arg(*id));
            return Done;
        }
        const QString none = tr("(none)");
        for (const PhotoEntry &e : *entries) {
            const QString size = e.image.sha.isEmpty()
                ? tr("not in the store")
                : QStringLiteral("%1 × %2").arg(e.image.width).arg(e.image.height);
            c.out() << QStringLiteral("%1  %2  %3  %4")
                           .arg(QString::number(e.number), e.photo.lead ? tr("lead") : tr("body"),
                                e.photo.sha.left(12), size)
                    << Qt::endl;
            c.out() << QStringLiteral("    ")
                    << tr("Caption: %1").arg(e.photo.caption.isEmpty() ? none : e.photo.caption)
                    << Qt::endl;
            c.out() << QStringLiteral("    ")
                    << tr("Credit:  %1").arg(e.photo.credit.isEmpty() ? none : e.photo.credit)
                    << Qt::endl;
            c.out() << QStringLiteral("    ")
                    << tr("Alt:     %1").arg(e.photo.alt.isEmpty() ? none : e.photo.alt)
                    << Qt::endl;
        }
        return Done;
    }

    static int update(CommandContext &c, const Args &args)
    {
        const auto target = idAndNumber(args, QStringLiteral("photo update"));
        if (!target)
            return c.usage(target.errorString());
        PhotoService::Change change;
        if (args.has(QStringLiteral("--caption")))
            change.caption = args.value(QStringLiteral("--caption"));
        if (args.has(QStringLiteral("--credit")))
            change.credit = args.value(QStringLiteral("--credit"));
        if (args.has(QStringLiteral("--alt")))
            change.alt = args.value(QStringLiteral("--alt"));
        if (!change.caption && !change.credit && !change.alt)
            return c.usage(tr("photo update needs --caption, --credit or --alt"));
        if (auto r = c.openStore(Newsroom::OpenMode::MustExist); !r)
            return c.fail(r.error());
        const auto actor = c.signedIn(tr("change photos"));
        if (!actor)
            return c.fail(actor.error());
        const auto version = c.newsroom().photos().update(
            *actor, target->first, target->second, change, args.value(QStringLiteral("--note")));
        if (!version)
            return c.fail(version.error());
        printSaved(c, *version);
        return Done;
    }

    static int remove(CommandContext &c, const Args &args)
    {
        const auto target = idAndNumber(args, QStringLiteral("photo remove"));
        if (!target)
            return c.usage(target.errorString());
        if (auto r = c.openStore(Newsroom::OpenMode::MustExist); !r)
            return c.fail(r.error());
        const auto actor = c.signedIn(tr("remove photos"));
        if (!actor)
            return c.fail(actor.error());
        const auto version = c.newsroom().photos().remove(*actor, target->first, target->second,
                                                          args.value(QStringLiteral("--note")));
        if (!version)
            return c.fail(version.error());
        printSaved(c, *version);
        return Done;
    }
};

} // namespace

QList<Command> photoCommands()
{
    return PhotoCommands::table();
}

QJsonObject photoEntryJson(const app::PhotoEntry &entry)
{
    return PhotoCommands::jsonOf(entry);
}

} // namespace copydesk::cli
