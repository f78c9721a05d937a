#include "ui/siteimportdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace copydesk::ui {

namespace {

QString outcomeText(app::SiteImport::Post::Outcome outcome)
{
    using O = app::SiteImport::Post::Outcome;
    switch (outcome) {
    case O::Create:
        return SiteImportDialog::tr("New");
    case O::Update:
        return SiteImportDialog::tr("Updated");
    case O::Unchanged:
        return SiteImportDialog::tr("Unchanged");
    case O::Kept:
        return SiteImportDialog::tr("Kept as changed here");
    }
    return {};
}

QString articles(int n)
{
    return n == 1 ? SiteImportDialog::tr("1 article") : SiteImportDialog::tr("%1 articles").arg(n);
}

} // namespace

SiteImportDialog::SiteImportDialog(const app::SiteImport &site, Stage stage, QWidget *parent)
    : QDialog(parent)
{
    const bool preview = stage == Stage::Preview;
    setWindowTitle(preview ? tr("Import %1").arg(site.siteTitle)
                           : tr("Imported %1").arg(site.siteTitle));
    auto *layout = new QVBoxLayout(this);

    QStringList lines;
    lines << (preview ? tr("The WordPress export %1 holds %2.")
                      : tr("The WordPress export %1 brought %2."))
                 .arg(site.file, articles(int(site.posts.size())));
    lines << tr("New: %1. Updated: %2. Unchanged: %3. Kept as changed here since the last "
                "import: %4.")
                 .arg(site.created)
                 .arg(site.updated)
                 .arg(site.unchanged)
                 .arg(site.kept);
    QStringList kinds;
    for (auto it = site.skipped.cbegin(); it != site.skipped.cend(); ++it)
        kinds << QStringLiteral("%1: %2").arg(it.key()).arg(it.value());
    lines << tr("Skipped: %1.").arg(kinds.isEmpty() ? tr("nothing") : kinds.join(u", "));
    if (!site.newPeople.isEmpty())
        lines << (preview ? tr("New people, without a password until one is set: %1.")
                          : tr("Added people, without a password until one is set: %1."))
                     .arg(site.newPeople.join(u", "));
    if (!site.matchedPeople.isEmpty())
        lines << tr("Bylines of people already here: %1.").arg(site.matchedPeople.join(u"; "));
    if (!site.newSections.isEmpty())
        lines << tr("New sections: %1.").arg(site.newSections.join(u", "));
    if (!site.slugConflicts.isEmpty())
        lines << tr("Slugs already taken (these get a number): %1.").arg(site.slugConflicts.size());
    m_summary = new QLabel(lines.join(QLatin1Char('\n')), this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    m_posts = new QTreeWidget(this);
    m_posts->setRootIsDecorated(false);
    m_posts->setHeaderLabels({ tr("Headline"), tr("Status"), tr("Author"), tr("Posted"),
                               preview ? tr("Will be") : tr("Became") });
    m_posts->setAccessibleName(tr("Posts"));
    const qsizetype shown
        = preview ? qMin<qsizetype>(PreviewPosts, site.posts.size()) : site.posts.size();
    for (qsizetype i = 0; i < shown; ++i) {
        const app::SiteImport::Post &p = site.posts.at(i);
        auto *row = new QTreeWidgetItem(m_posts);
        row->setText(0, p.headline);
        row->setText(1, statusName(p.status));
        row->setText(2, p.author);
        row->setText(3, QLocale().toString(p.postedAt.toLocalTime(), QLocale::ShortFormat));
        row->setText(4, outcomeText(p.outcome));
        if (!p.notes.isEmpty())
            row->setToolTip(0, p.notes.join(QLatin1Char('\n')));
    }
    m_posts->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 5; ++c)
        m_posts->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    layout->addWidget(m_posts, 1);
    if (preview && site.posts.size() > shown)
        layout->addWidget(
            new QLabel(tr("The first %1 posts of %2.").arg(shown).arg(site.posts.size()), this));

    // What a person should check: skipped items, slugs taken and each post's changes.
    QStringList details;
    for (const QString &line : site.skippedItems)
        details << tr("Skipped %1").arg(line);
    for (const QString &line : site.slugConflicts)
        details << tr("Slug taken: %1").arg(line);
    for (const app::SiteImport::Post &p : site.posts)
        for (const QString &note : p.notes)
            details << QStringLiteral("“%1”: %2").arg(p.headline, note);
    auto *detailsLabel = new QLabel(tr("What is skipped, and what changes on the way in:"), this);
    detailsLabel->setVisible(!details.isEmpty());
    layout->addWidget(detailsLabel);
    m_details = new QPlainTextEdit(details.join(QLatin1Char('\n')), this);
    m_details->setReadOnly(true);
    m_details->setAccessibleName(tr("Details"));
    m_details->setMaximumHeight(160);
    m_details->setVisible(!details.isEmpty());
    layout->addWidget(m_details);

    auto *buttons = new QDialogButtonBox(this);
    if (preview) {
        QPushButton *import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
        import->setDefault(true);
        import->setEnabled(!site.posts.isEmpty());
        buttons->addButton(QDialogButtonBox::Cancel);
    } else {
        buttons->addButton(QDialogButtonBox::Close);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 520);
}

QString SiteImportDialog::summary() const
{
    return m_summary->text();
}

QString SiteImportDialog::details() const
{
    return m_details->toPlainText();
}

} // namespace copydesk::ui
