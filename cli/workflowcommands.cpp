// The workflow: submit, approve, publish, spike, restore, return, unpublish.

#include "cli/commandcontext.h"
#include "cli/commandgroups.h"

#include <QJsonObject>
#include <QTextStream>

namespace copydesk::cli {

namespace {

using namespace copydesk::app;

class WorkflowCommands
{
    Q_DECLARE_TR_FUNCTIONS(copydesk::cli::WorkflowCommands)

public:
    static QList<Command> table()
    {
        const Option note { QStringLiteral("--note"), QStringLiteral("T"),
                            tr("why; kept with the article's history") };
        Option requiredNote = note;
        requiredNote.required = true;
        // The names are the actions' own verbs, so the command line and the rules agree.
        auto entry = [](Action action, Handler handler, const QString &description,
                        const Option &option, const QList<Option> &more = {}) {
            return Command { Permissions::verb(action),
                             QStringLiteral("ID"),
                             description,
                             {},
                             QList<Option> { option } + more,
                             handler };
        };
        return {
            entry(Action::Submit, step<Action::Submit>,
                  tr("send a draft for review (remaining spelling or style issues are named)"),
                  note),
            entry(Action::Approve, step<Action::Approve>,
                  tr("approve an article in review (never one's own)"), note),
            entry(Action::Publish, step<Action::Publish>, tr("publish an approved article"), note),
            entry(Action::Spike, step<Action::Spike>, tr("kill an article that is not published"),
                  note),
            entry(Action::Restore, step<Action::Restore>,
                  tr("bring a spiked article back as a draft"), note),
            entry(Action::Return, step<Action::Return>,
                  tr("send an article in review back to draft"), requiredNote,
                  { { QStringLiteral("--comments"),
                      {},
                      tr("point at the open comments on the text: each is listed in the note") } }),
            entry(Action::Unpublish, step<Action::Unpublish>,
                  tr("take a published article down, back to draft"), requiredNote),
        };
    }

    template<Action action> static int step(CommandContext &c, const Args &args)
    {
        return transition(c, args, action);
    }

    static int transition(CommandContext &c, const Args &args, Action action)
    {
        const QString verb = Permissions::verb(action);
        if (args.positional.size() != 1)
            return c.usage(tr("%1 takes one article id").arg(verb));
        const auto id = CommandContext::parseId(args.positional.first());
        if (!id)
            return c.usage(id.errorString());
        QString note = args.value(QStringLiteral("--note"));
        if (Permissions::needsNote(action) && note.trimmed().isEmpty())
            return c.usage(tr("%1 needs --note saying why").arg(verb));
        if (auto r = c.openStore(Newsroom::OpenMode::MustExist); !r)
            return c.fail(r.error());
        const auto actor = c.signedIn(tr("%1 articles").arg(verb));
        if (!actor)
            return c.fail(actor.error());
        // The desk sees what is left before submitting; with nobody to ask, the command line
        // says so and goes on (the window asks first).
        const auto issues = action == Action::Submit
            ? c.newsroom().spelling().openIssues(*actor, *id)
            : Result<QList<Issue>>(QList<Issue>());
        if (action == Action::Return && args.has(QStringLiteral("--comments"))) {
            const auto pointed = c.newsroom().review().returnNote(*id, note);
            if (!pointed)
                return c.fail(pointed.error());
            note = *pointed;
        }
        const auto openComments
            = action == Action::Submit ? c.newsroom().review().openCount(*id) : Result<int>(0);
        const auto status = c.newsroom().workflow().transition(*id, action, *actor, note);
        if (!status)
            return c.fail(status.error());
        QList<Issue> remaining = issues ? *issues : QList<Issue>();
        for (qsizetype i = remaining.size() - 1; i >= 0; --i)
            if (remaining[i].kind == QLatin1String("length")) {
                c.remark(tr("note: %1").arg(remaining[i].message));
                remaining.removeAt(i);
            }
        if (!remaining.isEmpty())
            c.remark(remaining.size() == 1
                         ? tr("note: 1 spelling or style issue remains (see: copydesk check %1)")
                               .arg(*id)
                         : tr("note: %1 spelling or style issues remain (see: copydesk check %2)")
                               .arg(QString::number(remaining.size()), QString::number(*id)));
        if (openComments && *openComments > 0)
            c.remark(*openComments == 1
                         ? tr("note: 1 comment on the text is still open (see: copydesk comment "
                              "list %1 --open)")
                               .arg(*id)
                         : tr("note: %1 comments on the text are still open (see: copydesk "
                              "comment list %2 --open)")
                               .arg(QString::number(*openComments), QString::number(*id)));
        if (c.json())
            c.printJson(QJsonObject {
                { QStringLiteral("id"), *id },
                { QStringLiteral("status"), statusName(*status, StatusForm::Token) } });
        else
            c.out() << tr("Article %1 is now %2")
                           .arg(QString::number(*id), statusName(*status, StatusForm::Phrase))
                    << Qt::endl;
        return Done;
    }
};

} // namespace

QList<Command> workflowCommands()
{
    return WorkflowCommands::table();
}

} // namespace copydesk::cli
