#include "app/export/siteslugs.h"

#include "app/body/textstats.h"

#include <QCryptographicHash>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace copydesk::app::siteslugs {

namespace {

// Names Windows will not open as files, with any extension ("con.html" too), and the word the
// article slugs use for "nothing readable".
bool isReserved(const QString &slug)
{
    static const QSet<QString> reserved = [] {
        QSet<QString> r { QStringLiteral("article"), QStringLiteral("con"), QStringLiteral("prn"),
                          QStringLiteral("aux"), QStringLiteral("nul") };
        for (int i = 0; i <= 9; ++i) {
            r.insert(QStringLiteral("com%1").arg(i));
            r.insert(QStringLiteral("lpt%1").arg(i));
        }
        return r;
    }();
    return reserved.contains(slug);
}

// The name as its slug would spell it: nothing dropped or changed but case and spacing.
bool isPlain(const QString &name, const QString &slug)
{
    QString spelt = name.simplified().toLower();
    spelt.replace(QLatin1Char(' '), QLatin1Char('-'));
    return spelt.normalized(QString::NormalizationForm_C) == slug;
}

struct Claim
{
    QString name;
    QString slug;
    bool plain = false;
};

} // namespace

QHash<QString, QString> assign(const QStringList &names, const QString &fallback)
{
    // Claims on each slug, keyed case-folded so "Ä" and "ä" cannot share a file anywhere.
    QMap<QString, QList<Claim>> claims;
    QList<Claim> suffixed;
    for (const QString &name : names) {
        Claim claim { name, textstats::readableSlug(name) };
        if (claim.slug.isEmpty() || isReserved(claim.slug)) {
            claim.slug = claim.slug.isEmpty() ? fallback : claim.slug;
            suffixed.append(claim);
            continue;
        }
        claim.plain = isPlain(name, claim.slug);
        claims[claim.slug.toCaseFolded()].append(claim);
    }

    QHash<QString, QString> result;
    QSet<QString> used; // case-folded
    for (QList<Claim> &group : claims) {
        std::sort(group.begin(), group.end(), [](const Claim &a, const Claim &b) {
            return a.plain != b.plain ? a.plain : a.name < b.name;
        });
        result.insert(group.first().name, group.first().slug);
        used.insert(group.first().slug.toCaseFolded());
        suffixed.append(group.mid(1));
    }
    // The rest, in name order, so a rare clash of suffixes always resolves the same way.
    std::sort(suffixed.begin(), suffixed.end(),
              [](const Claim &a, const Claim &b) { return a.name < b.name; });
    for (const Claim &claim : std::as_const(suffixed)) {
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(claim.name.toUtf8(), QCryptographicHash::Sha256).toHex());
        // Longer hashes for the rare clash; past the whole hash, a counter.
        QString slug = claim.slug + QLatin1Char('-') + hash.left(6);
        for (int digits = 8; used.contains(slug.toCaseFolded()); digits += 2)
            slug = claim.slug + QLatin1Char('-') + hash.left(digits)
                + (digits > hash.size() ? QString::number(digits) : QString());
        used.insert(slug.toCaseFolded());
        result.insert(claim.name, slug);
    }
    return result;
}

} // namespace copydesk::app::siteslugs
