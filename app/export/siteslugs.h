#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace copydesk::app {

// The file names (without ".html") of the site's pages for sections, tags and authors: readable
// (textstats::readableSlug), unique within a folder even on a case-insensitive file system, and
// stable from one export to the next.
//
// The rule, which depends on the names alone (never on store ids or the order they come in):
// - a name gets its readable slug ("sport") when no other name of the export has the same one;
// - names that share a slug: the plainest keeps it (the one whose slug spells it: "Sport"
//   before "Sport!"; ties by QString order), the others add "-" and the first 6 hex digits
//   of the SHA-256 of the name ("sport-3c9f1a"), longer only if that is taken too;
// - a name with nothing readable ("..", "/", "🙂") is "<fallback>-<hash>" ("section-5e07b2"),
//   and a slug that is a name Windows reserves (con, nul, com1 …) or the old fallback
//   "article" gets the hash as well, so no page is "article", "..", empty or unopenable.
// A hash of the name, rather than a counter or the store's id, keeps a suffixed page where it
// was whatever other names come and go, and the same on every copy of the store.
namespace siteslugs {

// names: distinct names of one kind; fallback: the word for a name with no readable slug
// ("section", "tag", "author"). Returns name -> slug for every name.
QHash<QString, QString> assign(const QStringList &names, const QString &fallback);

} // namespace siteslugs
} // namespace copydesk::app
