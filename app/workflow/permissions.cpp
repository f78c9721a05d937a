#include "app/workflow/permissions.h"

#include "app/workflow/permissionrules.h"

namespace copydesk::app {

namespace {

struct ActionInfo
{
    Action action;
    const char *verb;
    const char *done; // past participle, for "only a draft can be submitted"
    std::optional<Status> to;
    bool note;
};

const QList<ActionInfo> &actions()
{
    using S = Status;
    static const QList<ActionInfo> list = {
        { Action::Create, QT_TRANSLATE_NOOP("copydesk::app::Permissions", "create"),
          QT_TRANSLATE_NOOP("copydesk::app::Permissions", "created"), S::Draft, false },
        { Action::Edit,
          QT_TRANSLATE_NOOP("copydesk::app::Permissions", "edit"),
          QT_TRANSLATE_NOOP("copydesk::app::Permissions", "edited"),
          {},
          false },
        { Action::Correct,
          QT_TRANSLATE_NOOP("copydesk::app::Permissions", "correct"),
          QT_TRANSLATE_NOOP("copydesk::app::Permissions", "corrected"),
          {},
          true },
        { Action::FixTypo,
          QT_TRANSLATE_NOOP("copydesk::app::Permissions", "silently fix a typo in"),
          QT_TRANSLATE_NOOP("copydesk::app::Permissions", "fixed"),
          {},
          false },
        { Action::Submit, QT_TRANSLATE_NOOP("copydesk::app::Permissions", "submit"),
          QT_TRANSLATE_NOOP("copydesk::app::Permissions", "submitted"), S::InReview, false },
        { Action::Return, QT_TRANSLATE_NOOP("copydesk::app::Permissions", "return"),
          QT_TRANSLATE_NOOP("copydesk::app::Permissions", "returned"), S::Draft, true },
        { Action::Approve, QT_TRANSLATE_NOOP("copydesk::app::Permissions", "approve"),
          QT_TRANSLATE_NOOP("copydesk::app::Permissions", "approved"), S::Approved, false },
        { Action::Publish, QT_TRANSLATE_NOOP("copydesk::app::Permissions", "publish"),
          QT_TRANSLATE_NOOP("copydesk::app::Permissions", "published"), S::Published, false },
        { Action::Unpublish, QT_TRANSLATE_NOOP("copydesk::app::Permissions", "unpublish"),
          QT_TRANSLATE_NOOP("copydesk::app::Permissions", "unpublished"), S::Draft, true },
        { Action::Spike, QT_TRANSLATE_NOOP("copydesk::app::Permissions", "spike"),
          QT_TRANSLATE_NOOP("copydesk::app::Permissions", "spiked"), S::Spiked, false },
        { Action::Restore, QT_TRANSLATE_NOOP("copydesk::app::Permissions", "restore"),
          QT_TRANSLATE_NOOP("copydesk::app::Permissions", "restored"), S::Draft, false },
        { Action::HouseDictionary,
          QT_TRANSLATE_NOOP("copydesk::app::Permissions", "change the house dictionary"),
          QT_TRANSLATE_NOOP("copydesk::app::Permissions", "changed"),
          {},
          false },
        { Action::HouseStyle,
          QT_TRANSLATE_NOOP("copydesk::app::Permissions", "change the house style guide"),
          QT_TRANSLATE_NOOP("copydesk::app::Permissions", "changed"),
          {},
          false },
        { Action::Staff,
          QT_TRANSLATE_NOOP("copydesk::app::Permissions", "manage staff"),
          QT_TRANSLATE_NOOP("copydesk::app::Permissions", "managed"),
          {},
          false },
        { Action::Settings,
          QT_TRANSLATE_NOOP("copydesk::app::Permissions", "change settings"),
          QT_TRANSLATE_NOOP("copydesk::app::Permissions", "changed"),
          {},
          false },
        { Action::ImportSite,
          QT_TRANSLATE_NOOP("copydesk::app::Permissions", "import a site"),
          QT_TRANSLATE_NOOP("copydesk::app::Permissions", "imported"),
          {},
          false },
        { Action::Comment,
          QT_TRANSLATE_NOOP("copydesk::app::Permissions", "comment on"),
          QT_TRANSLATE_NOOP("copydesk::app::Permissions", "commented on"),
          {},
          false },
        { Action::Suggest,
          QT_TRANSLATE_NOOP("copydesk::app::Permissions", "suggest edits to"),
          QT_TRANSLATE_NOOP("copydesk::app::Permissions", "given suggestions"),
          {},
          false },
        { Action::Resolve,
          QT_TRANSLATE_NOOP("copydesk::app::Permissions", "resolve comments on"),
          QT_TRANSLATE_NOOP("copydesk::app::Permissions", "reviewed"),
          {},
          false },
        { Action::DeleteComment,
          QT_TRANSLATE_NOOP("copydesk::app::Permissions", "delete comments on"),
          QT_TRANSLATE_NOOP("copydesk::app::Permissions", "reviewed"),
          {},
          false },
    };
    return list;
}

const ActionInfo &info(Action action)
{
    for (const ActionInfo &i : actions())
        if (i.action == action)
            return i;
    return actions().first();
}

Decision allow()
{
    return { true, {} };
}

Decision refuse(const QString &reason)
{
    return { false, reason };
}

// Who, besides the article's authors, may act on it; the phrase ends every refusal below.
QString editorsOf(const ArticleFacts &article)
{
    return article.section.isEmpty()
        ? Permissions::tr("a deputy editor or the editor-in-chief")
        : Permissions::tr("a section editor of %1, a deputy editor or the editor-in-chief")
              .arg(article.section);
}

} // namespace

bool Actor::has(Level level) const
{
    for (const Power &p : powers)
        if (p.level == level)
            return true;
    return false;
}

bool Actor::editsSection(const QString &section) const
{
    if (section.isEmpty())
        return false;
    for (const Power &p : powers)
        if (p.level == Level::SectionEditor && p.section.compare(section, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

bool Actor::isEditorial() const
{
    for (const Power &p : powers)
        if (p.level != Level::Administrator)
            return true;
    return false;
}

std::optional<Status> Permissions::targetStatus(Action action)
{
    return info(action).to;
}

QList<Status> Permissions::sourceStatuses(Action action)
{
    QList<Status> from;
    for (const QString &token : PermissionRules::standard().statusesFor(ruleName(action)))
        if (const auto status = statusFromToken(token))
            from << *status;
    return from;
}

bool Permissions::needsNote(Action action)
{
    return info(action).note;
}

QString Permissions::verb(Action action)
{
    return QString::fromLatin1(info(action).verb);
}

QString Permissions::verbPhrase(Action action)
{
    return tr(info(action).verb);
}

Action Permissions::actionNamed(const QString &verb, bool *ok)
{
    for (const ActionInfo &i : actions()) {
        if (verb == QLatin1String(i.verb)) {
            if (ok)
                *ok = true;
            return i.action;
        }
    }
    if (ok)
        *ok = false;
    return Action::Edit;
}

QString Permissions::levelName(Level level)
{
    switch (level) {
    case Level::Contributor:
        return QStringLiteral("contributor");
    case Level::SectionEditor:
        return QStringLiteral("section-editor");
    case Level::DeputyEditor:
        return QStringLiteral("deputy-editor");
    case Level::EditorInChief:
        return QStringLiteral("editor-in-chief");
    case Level::Administrator:
        return QStringLiteral("administrator");
    }
    return {};
}

QString Permissions::levelLabel(Level level)
{
    switch (level) {
    case Level::Contributor:
        return tr("Contributor");
    case Level::SectionEditor:
        return tr("Section editor");
    case Level::DeputyEditor:
        return tr("Deputy editor");
    case Level::EditorInChief:
        return tr("Editor-in-chief");
    case Level::Administrator:
        return tr("Administrator");
    }
    return {};
}

QList<Level> Permissions::allLevels()
{
    return { Level::Contributor, Level::SectionEditor, Level::DeputyEditor, Level::EditorInChief,
             Level::Administrator };
}

QString Permissions::levelNames()
{
    QStringList names;
    for (Level level : allLevels())
        names << levelName(level);
    return names.join(QStringLiteral(", "));
}

Decision Permissions::mayAddNotes(const Actor &actor)
{
    if (actor.isEditorial())
        return allow();
    return refuse(tr("only staff with a current editorial appointment may add notes"));
}

Level Permissions::levelNamed(const QString &name, bool *ok)
{
    for (Level level : allLevels()) {
        if (levelName(level) == name) {
            if (ok)
                *ok = true;
            return level;
        }
    }
    if (ok)
        *ok = false;
    return Level::Contributor;
}

bool Permissions::isActive(const QDate &startsOn, const QDate &endsOn, const QDate &today)
{
    return (!startsOn.isValid() || startsOn <= today) && (!endsOn.isValid() || today <= endsOn);
}

QString Permissions::ruleName(Action action)
{
    switch (action) {
    case Action::HouseDictionary:
        return QStringLiteral("house-dictionary");
    case Action::HouseStyle:
        return QStringLiteral("house-style");
    case Action::Staff:
        return QStringLiteral("staff");
    case Action::Settings:
        return QStringLiteral("settings");
    case Action::ImportSite:
        return QStringLiteral("import-site");
    case Action::FixTypo:
        return QStringLiteral("fix-typo");
    case Action::Comment:
        return QStringLiteral("comment");
    case Action::Suggest:
        return QStringLiteral("suggest");
    case Action::Resolve:
        return QStringLiteral("resolve");
    case Action::DeleteComment:
        return QStringLiteral("delete-comment");
    default:
        return verb(action);
    }
}

QStringList Permissions::rolesOf(const Actor &actor, const ArticleFacts *article)
{
    QStringList roles;
    for (const Power &p : actor.powers) {
        // A section editor acts on the articles of their own section only.
        if (p.level == Level::SectionEditor && article
            && (article->section.isEmpty()
                || p.section.compare(article->section, Qt::CaseInsensitive) != 0))
            continue;
        const QString name = levelName(p.level);
        if (!roles.contains(name))
            roles << name;
    }
    // Anyone on the staff, whatever their section (who may read and comment).
    if (actor.isEditorial())
        roles << QStringLiteral("editorial");
    if (article && actor.id > 0) {
        if (actor.isEditorial() && article->authorIds.contains(actor.id))
            roles << QStringLiteral("author");
        if (article->createdBy == actor.id)
            roles << QStringLiteral("creator");
    }
    return roles;
}

Decision Permissions::decide(const Actor &actor, Action action, const ArticleFacts &article)
{
    // Whether: the permission table (resources/permissions/rules.tsv). Below it, only why not.
    const PermissionRules &rules = PermissionRules::standard();
    const QString rule = ruleName(action);

    switch (action) {
    case Action::Staff:
    case Action::Settings:
        if (rules.allows(rule, QStringLiteral("*"), rolesOf(actor, nullptr)))
            return allow();
        return refuse(
            tr("only the editor-in-chief or an administrator may %1").arg(verbPhrase(action)));
    case Action::ImportSite:
        if (rules.allows(rule, QStringLiteral("*"), rolesOf(actor, nullptr)))
            return allow();
        return refuse(tr("only the editor-in-chief may import a whole site: it adds people and "
                         "publishes articles"));
    case Action::HouseDictionary:
        if (rules.allows(rule, QStringLiteral("*"), rolesOf(actor, nullptr)))
            return allow();
        return refuse(tr("only a section editor, a deputy editor or the editor-in-chief may "
                         "change the house dictionary"));
    case Action::HouseStyle:
        if (rules.allows(rule, QStringLiteral("*"), rolesOf(actor, nullptr)))
            return allow();
        return refuse(tr("only a section editor, a deputy editor or the editor-in-chief may "
                         "change the house style guide"));
    case Action::Create:
        if (rules.allows(rule, QStringLiteral("*"), rolesOf(actor, nullptr)))
            return allow();
        if (actor.has(Level::Administrator))
            return refuse(tr("an administrator has no editorial powers; only contributors and "
                             "editors may write articles"));
        return refuse(tr("only contributors and editors with a current appointment may write "
                         "articles"));
    default:
        break;
    }

    const ActionInfo &i = info(action);
    const QList<Status> from = sourceStatuses(action);
    if (!from.contains(article.status)) {
        QStringList names;
        for (Status s : from)
            names << statusName(s, StatusForm::Phrase);
        QString subject = names.size() == 1 ? names.first() : names.join(tr(" or "));
        if (action == Action::Edit && article.status == Status::Published)
            return refuse(tr("a published article cannot be edited, only corrected (with a "
                             "note) by a deputy editor or the editor-in-chief"));
        return refuse(tr("cannot %1 an article that is %2; only an article that is %3 can be %4")
                          .arg(verbPhrase(action), statusName(article.status, StatusForm::Phrase),
                               subject, tr(i.done)));
    }
    if (!actor.isEditorial())
        return refuse(tr("%1 holds no editorial appointment today, so may not %2 articles")
                          .arg(actor.displayName.isEmpty() ? tr("this account") : actor.displayName,
                               verbPhrase(action)));
    if (rules.allows(rule, statusName(article.status, StatusForm::Token), rolesOf(actor, &article)))
        return allow();

    // Refused by the table: say why, in the terms of the action.
    const bool author = actor.id > 0 && article.authorIds.contains(actor.id);
    const QString editors = editorsOf(article);
    const QString authorsOrEditors = tr("its authors, %1").arg(editors);
    switch (action) {
    case Action::Edit:
        if (article.status == Status::Draft)
            return refuse(tr("only %1 may edit this draft").arg(authorsOrEditors));
        return refuse(tr("only %1 may edit an article that is %2")
                          .arg(editors, statusName(article.status, StatusForm::Phrase)));
    case Action::Correct:
    case Action::FixTypo:
    case Action::Unpublish:
        return refuse(tr("only a deputy editor or the editor-in-chief may %1 a published article")
                          .arg(verbPhrase(action)));
    case Action::Submit:
        return refuse(tr("only %1 may submit this article").arg(authorsOrEditors));
    case Action::Approve:
        if (author)
            return refuse(tr("authors cannot approve their own article"));
        if (actor.id > 0 && article.createdBy == actor.id)
            return refuse(
                tr("the person who wrote an article into the newsroom cannot approve it, whoever "
                   "its byline names"));
        return refuse(tr("only %1 may approve").arg(editors));
    case Action::Spike:
        if (author)
            return refuse(tr("authors may spike only their own drafts; only %1 may spike an "
                             "article that is %2")
                              .arg(editors, statusName(article.status, StatusForm::Phrase)));
        return refuse(tr("only its authors (for a draft), %1 may spike").arg(editors));
    case Action::Resolve:
        return refuse(tr("only whoever wrote a comment, the authors of a draft or %1 may resolve "
                         "it")
                          .arg(editors));
    case Action::DeleteComment:
        return refuse(tr("only whoever wrote a comment or %1 may delete it").arg(editors));
    default:
        return refuse(tr("only %1 may %2").arg(editors, verbPhrase(action)));
    }
}

bool Permissions::mayCreditOthers(const Actor &actor)
{
    return actor.has(Level::DeputyEditor) || actor.has(Level::EditorInChief)
        || actor.has(Level::SectionEditor);
}

Decision Permissions::mayCredit(const Actor &actor, const QList<qint64> &added,
                                const QString &section)
{
    bool others = false;
    for (qint64 id : added)
        others = others || id != actor.id;
    if (!others)
        return allow();
    if (actor.has(Level::DeputyEditor) || actor.has(Level::EditorInChief)
        || actor.editsSection(section))
        return allow();
    if (actor.has(Level::SectionEditor))
        return refuse(
            tr("a section editor may put another person's name only on an article of their own "
               "section; a deputy editor or the editor-in-chief may do it for any article"));
    return refuse(
        tr("only your own name may go on a byline; a section editor of the article's section, a "
           "deputy editor or the editor-in-chief may add other people"));
}

} // namespace copydesk::app
