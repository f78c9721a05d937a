#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace copydesk {

// Where an article stands in the editorial workflow (DESIGN.md §4).
enum class Status { Draft, InReview, Approved, Published, Spiked };

// How a status is named: its token as stored and typed on the command line ("in_review"), as a
// label in a list ("In review"), or within a sentence ("a draft", "in review").
enum class StatusForm { Token, Label, Phrase };

// Every status, in workflow order.
QList<Status> allStatuses();
// The one place a status gets its name; labels and phrases are translated.
QString statusName(Status status, StatusForm form = StatusForm::Label);
// The status named by its token; nullopt for anything else.
std::optional<Status> statusFromToken(const QString &token);

} // namespace copydesk
