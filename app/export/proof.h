#pragma once

#include "app/core/result.h"
#include "app/spelling/checker.h"
#include "db/records.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPageSize>

class QPagedPaintDevice;

namespace copydesk::app {

// What a printed proof shows: the article as it stands, and its open issues.
struct ProofContent
{
    QString publication;
    db::Article article; // headline, standfirst, body, section, byline names, status, version …
    QList<Issue> issues; // as the checker numbers lines: 1 headline, 2 standfirst, 3… paragraphs
    QDateTime printedAt;
};

// A proof to mark up on paper: the publication, section, headline, standfirst, byline, status,
// version, word count and date at the head; the body with every line numbered in the left
// margin and a wide right margin for marks; the open spelling, style, house style and length
// issues listed at the end by the line they stand on. Painted on any paged device — a PDF
// writer (copydesk proof) or a printer (File ▸ Print Proof…). No store, no widgets.
class Proof final
{
    Q_DECLARE_TR_FUNCTIONS(copydesk::app::Proof)

public:
    // Paints the proof; the number of pages (0: the device could not be painted on).
    static int paint(QPagedPaintDevice *device, const ProofContent &content);
    // The proof as a PDF file, on this paper.
    static Result<int> writePdf(const QString &path, const ProofContent &content,
                                const QPageSize &paper);
    // A paper size by name: A4, A5, Letter, Legal (any case); invalid when unknown.
    static QPageSize paperNamed(const QString &name);
};

} // namespace copydesk::app
