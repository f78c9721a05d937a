#include "app/core/status.h"

#include <QCoreApplication>

namespace copydesk {

QList<Status> allStatuses()
{
    return { Status::Draft, Status::InReview, Status::Approved, Status::Published, Status::Spiked };
}

QString statusName(Status status, StatusForm form)
{
    struct Names
    {
        const char *token;
        const char *label;
        const char *phrase;
    };
    static const Names names[] = {
        { "draft", QT_TRANSLATE_NOOP("Status", "Draft"), QT_TRANSLATE_NOOP("Status", "a draft") },
        { "in_review", QT_TRANSLATE_NOOP("Status", "In review"),
          QT_TRANSLATE_NOOP("Status", "in review") },
        { "approved", QT_TRANSLATE_NOOP("Status", "Approved"),
          QT_TRANSLATE_NOOP("Status", "approved") },
        { "published", QT_TRANSLATE_NOOP("Status", "Published"),
          QT_TRANSLATE_NOOP("Status", "published") },
        { "spiked", QT_TRANSLATE_NOOP("Status", "Spiked"), QT_TRANSLATE_NOOP("Status", "spiked") },
    };
    const Names &n = names[int(status)];
    switch (form) {
    case StatusForm::Token:
        return QString::fromLatin1(n.token);
    case StatusForm::Label:
        return QCoreApplication::translate("Status", n.label);
    case StatusForm::Phrase:
        return QCoreApplication::translate("Status", n.phrase);
    }
    return QString::fromLatin1(n.token);
}

std::optional<Status> statusFromToken(const QString &token)
{
    // Every row of a list reads its status: the tokens are made once, not for each row.
    static const QList<std::pair<QString, Status>> tokens = [] {
        QList<std::pair<QString, Status>> made;
        for (Status s : allStatuses())
            made.append({ statusName(s, StatusForm::Token), s });
        return made;
    }();
    for (const auto &[name, status] : tokens)
        if (token == name)
            return status;
    return std::nullopt;
}

} // namespace copydesk
