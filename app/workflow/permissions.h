#pragma once

#include "app/core/status.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace copydesk::app {

// What a person may do in the newsroom: the table of DESIGN.md §4 (as data in
// resources/permissions/rules.tsv, read through PermissionRules), for every caller. The window only
// mirrors these answers; the command line and the store operations in Newsroom enforce them.

enum class Level { Contributor, SectionEditor, DeputyEditor, EditorInChief, Administrator };

enum class Action {
    Create,
    Edit, // change a draft, or an article in review or approved
    Correct, // change a published article (a note is required)
    FixTypo, // change a few words of a published article silently (the audit log keeps it)
    Submit,
    Return,
    Approve,
    Publish,
    Unpublish,
    Spike,
    Restore,
    HouseDictionary,
    HouseStyle, // change the house style guide
    Staff,
    Settings,
    ImportSite, // bring in a whole site: its authors as people, its posts at their status
    Comment, // comment on a passage (and reply)
    Suggest, // propose new wording for a passage
    Resolve, // close someone else's comment, reject a suggestion
    DeleteComment, // delete someone else's comment
};

// One appointment that gives powers today.
struct Power
{
    Level level = Level::Contributor;
    QString section; // for a section editor
    QString title;
};

// The person acting, with the powers of their appointments whose term includes today.
struct Actor
{
    qint64 id = 0;
    QString username;
    QString displayName;
    QList<Power> powers;
    QStringList titles; // "Global Editor (2019/20)", for the status bar

    bool has(Level level) const;
    bool editsSection(const QString &section) const;
    bool isEditorial() const; // holds any level but administrator
};

// What the rules need to know about an article.
struct ArticleFacts
{
    qint64 id = 0;
    Status status = Status::Draft;
    QString section;
    QList<qint64> authorIds;
    qint64 createdBy = 0; // who stored it first; counts as an author for the four-eyes rule
};

struct Decision
{
    bool allowed = false;
    QString reason; // why not, as one sentence for a person

    explicit operator bool() const { return allowed; }
};

class Permissions final
{
    Q_DECLARE_TR_FUNCTIONS(copydesk::app::Permissions)

public:
    static Decision decide(const Actor &actor, Action action, const ArticleFacts &article = {});

    // Who may put a name on a byline: contributors only their own; a section editor anyone's
    // on an article of their section; a deputy editor and the editor-in-chief anyone's.
    // `added` are the people being added to the byline of an article in `section`.
    static Decision mayCredit(const Actor &actor, const QList<qint64> &added,
                              const QString &section);
    // Whether the byline picker should offer people other than the actor at all.
    static bool mayCreditOthers(const Actor &actor);

    // The status an action moves an article to; none for actions that do not move it.
    static std::optional<Status> targetStatus(Action action);
    // The statuses an action may start from.
    static QList<Status> sourceStatuses(Action action);
    static bool needsNote(Action action);

    static QString verb(Action action); // "approve", as typed and logged
    static QString verbPhrase(Action action); // "approve", translated, for messages
    static Action actionNamed(const QString &verb, bool *ok = nullptr);
    static QString levelName(Level level); // "section-editor"
    static QString levelLabel(Level level); // "Section editor", as a person reads it
    static Level levelNamed(const QString &name, bool *ok = nullptr);
    // Every level, most junior first, and their names joined for a message ("contributor, …").
    static QList<Level> allLevels();
    static QString levelNames();
    // Who may add an editorial note to an article: staff with a current editorial appointment.
    static Decision mayAddNotes(const Actor &actor);

    // The action's name in the permission table ("approve", "house-dictionary").
    static QString ruleName(Action action);
    // What the table's WHO column can name for this person: the levels they hold today (a
    // section editor only for an article of their section), and for an article "author" (on
    // its byline, with an editorial appointment) and "creator" (who first stored it).
    static QStringList rolesOf(const Actor &actor, const ArticleFacts *article);

    // An appointment gives powers on `today` when its term includes that day.
    static bool isActive(const QDate &startsOn, const QDate &endsOn, const QDate &today);
};

} // namespace copydesk::app
