#pragma once

#include "app/articles/photoservice.h"
#include "app/articles/reviewservice.h"
#include "cli/commandtable.h"

#include <QJsonObject>

// The groups of commands the table is made of, one file each. Private to cli/.
namespace copydesk::cli {

QList<Command> storeCommands(); // storecommands.cpp: init, db check|migrate|backup
QList<Command> importCommands(); // importcommands.cpp: import (files and WordPress exports)
QList<Command> articleCommands(); // articlecommands.cpp: list, show, update, note, …
QList<Command> workflowCommands(); // workflowcommands.cpp: submit, approve, publish, …
QList<Command> staffCommands(); // staffcommands.cpp: staff add|appoint|end|list
QList<Command> spellingCommands(); // spellingcommands.cpp: check, dictionary, settings
QList<Command> styleCommands(); // stylecommands.cpp: style add|list|remove|import|export
QList<Command> exportCommands(); // exportcommands.cpp: export, export-site
QList<Command> reviewCommands(); // reviewcommands.cpp: comment …, suggest, suggestion …
QList<Command> photoCommands(); // photocommands.cpp: photo add|list|update|remove

// A comment or suggestion with its anchor and replies, as show --json gives it.
QJsonObject reviewItemJson(const app::ReviewItem &item);
// A photo of an article, as show --json and photo list --json give it.
QJsonObject photoEntryJson(const app::PhotoEntry &entry);

} // namespace copydesk::cli
