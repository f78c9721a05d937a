#include "ui/articlelistpanel.h"

#include "app/articles/articlelistmodel.h"
#include "app/newsroom.h"
#include "ui/snippetdelegate.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>

namespace copydesk::ui {

ArticleListPanel::ArticleListPanel(app::Newsroom &newsroom, QWidget *parent)
    : QWidget(parent)
    , m_newsroom(newsroom)
    , m_model(new app::ArticleListModel(newsroom, this))
    , m_views(new QTabBar(this))
    , m_search(new QLineEdit(this))
    , m_statusFilter(new QComboBox(this))
    , m_sectionFilter(new QComboBox(this))
    , m_view(new QTableView(this))
{
    m_views->addTab(tr("My Articles"));
    m_views->addTab(tr("Review Queue"));
    m_views->addTab(tr("All"));
    m_views->setCurrentIndex(int(View::All));
    m_views->setAccessibleName(tr("Views"));
    m_views->setDrawBase(false);

    m_search->setPlaceholderText(tr("Search headlines, standfirsts and bodies"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    m_statusFilter->setAccessibleName(tr("Status filter"));
    m_statusFilter->addItem(tr("All statuses"), QString());
    for (const Status s : allStatuses())
        m_statusFilter->addItem(statusName(s), statusName(s, StatusForm::Token));
    m_sectionFilter->setAccessibleName(tr("Section filter"));

    m_view->setObjectName(QStringLiteral("articleList"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(app::ArticleListModel::Headline, new SnippetDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(app::ArticleListModel::Updated, Qt::DescendingOrder);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(app::ArticleListModel::Headline, QHeaderView::Stretch);
    header->setSectionResizeMode(app::ArticleListModel::Status, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(app::ArticleListModel::Section, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(app::ArticleListModel::Updated, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(app::ArticleListModel::Words, QHeaderView::ResizeToContents);
    header->resizeSection(app::ArticleListModel::Byline, 150);
    header->setHighlightSections(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab leaves the list for the next control (the editor) instead of walking its cells and
    // opening every article on the way.
    m_view->setTabKeyNavigation(false);
    markOpenArticlePlainly();
    m_plainRowHeight = m_view->verticalHeader()->defaultSectionSize();
    m_view->setAccessibleName(tr("Articles"));
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_sectionFilter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 6);
    layout->addWidget(m_views);
    layout->addLayout(filters);
    layout->addWidget(m_view);

    // Search as the person types, once typing pauses.
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(200);
    connect(m_search, &QLineEdit::textChanged, &m_searchTimer, qOverload<>(&QTimer::start));
    connect(&m_searchTimer, &QTimer::timeout, this,
            [this] { m_model->setSearch(m_search->text()); });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setStatusFilter(statusFromToken(m_statusFilter->currentData().toString()));
    });
    connect(m_sectionFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setSectionFilter(m_sectionFilter->currentData().toString()); });
    connect(m_views, &QTabBar::currentChanged, this,
            [this](int index) { Q_EMIT viewChanged(View(index)); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!m_selecting && current.isValid())
                    Q_EMIT articleChosen(current.data(app::ArticleListModel::IdRole).toLongLong());
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // Search results carry a snippet under the headline: rows tall enough for both at any
        // width of the list.
        m_view->verticalHeader()->setDefaultSectionSize(
            m_model->search().trimmed().isEmpty()
                ? m_plainRowHeight
                : qMax(m_plainRowHeight, m_view->fontMetrics().lineSpacing() * 3 + 6));
        // Keep the open article selected when the list is reloaded.
        const int row = m_model->rowOf(m_openArticle);
        if (m_openArticle > 0 && row >= 0) {
            m_selecting = true;
            m_view->selectRow(row);
            m_selecting = false;
        }
    });
}

ArticleListPanel::View ArticleListPanel::currentView() const
{
    return View(m_views->currentIndex());
}

void ArticleListPanel::setCurrentView(View view)
{
    m_views->setCurrentIndex(int(view));
}

QStringList ArticleListPanel::refreshSections()
{
    const QString current = m_sectionFilter->currentData().toString();
    const auto sections = m_newsroom.isOpen() ? m_newsroom.archive().sections()
                                              : Result<QStringList>(QStringList());
    const QStringList names = sections ? *sections : QStringList();
    const QSignalBlocker blocker(m_sectionFilter);
    m_sectionFilter->clear();
    m_sectionFilter->addItem(tr("All sections"), QString());
    for (const QString &name : names)
        m_sectionFilter->addItem(name, name);
    m_sectionFilter->setCurrentIndex(qMax(0, m_sectionFilter->findData(current)));
    return names;
}

QString ArticleListPanel::currentSection() const
{
    return m_sectionFilter->currentData().toString();
}

void ArticleListPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitColumns();
}

void ArticleListPanel::fitColumns()
{
    const int width = m_view->viewport()->width();
    m_view->setColumnHidden(app::ArticleListModel::Byline, width < 600);
    m_view->setColumnHidden(app::ArticleListModel::Section, width < 460);
    m_view->setColumnHidden(app::ArticleListModel::Updated, width < 380);
    m_view->setColumnHidden(app::ArticleListModel::Words, width < 520);
}

void ArticleListPanel::setOpenArticle(qint64 id)
{
    m_openArticle = id;
    selectArticle(id);
}

void ArticleListPanel::selectArticle(qint64 id)
{
    m_selecting = true;
    const int row = id > 0 ? m_model->rowOf(id) : -1;
    if (row >= 0)
        m_view->selectRow(row);
    else
        m_view->clearSelection();
    m_selecting = false;
}

void ArticleListPanel::markOpenArticlePlainly()
{
    // The open article stays plainly marked while the person types in the editor. Only these
    // roles are set on the list: the rest follows the appearance.
    QPalette palette;
    for (const auto role : { QPalette::Highlight, QPalette::HighlightedText })
        palette.setColor(QPalette::Inactive, role, this->palette().color(QPalette::Active, role));
    m_view->setPalette(palette);
}

void ArticleListPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        markOpenArticlePlainly(); // light or dark now
        for (const View view : { View::Mine, View::ReviewQueue, View::All })
            updateTab(view); // the badge in the new highlight colour
    }
    QWidget::changeEvent(event);
}

void ArticleListPanel::setViewCount(View view, int count)
{
    m_counts[int(view)] = count;
    updateTab(view);
}

void ArticleListPanel::setViewNews(View view, const QStringList &headlines)
{
    m_news[int(view)] = headlines;
    updateTab(view);
}

void ArticleListPanel::updateTab(View view)
{
    const QString name = view == View::Mine ? tr("My Articles")
        : view == View::ReviewQueue         ? tr("Review Queue")
                                            : tr("All");
    const int count = m_counts[int(view)];
    const QStringList &news = m_news[int(view)];
    QString text = name;
    if (count >= 0 && !news.isEmpty())
        text = tr("%1 (%2, %3 new)").arg(name).arg(count).arg(news.size());
    else if (count >= 0)
        text = tr("%1 (%2)").arg(name, QString::number(count));
    m_views->setTabText(int(view), text);
    if (news.isEmpty()) {
        m_views->setTabIcon(int(view), {});
        m_views->setTabToolTip(int(view), {});
        return;
    }
    // The badge: a dot in the highlight colour.
    QPixmap dot(QSize(12, 12) * devicePixelRatio());
    dot.setDevicePixelRatio(devicePixelRatio());
    dot.fill(Qt::transparent);
    QPainter painter(&dot);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().color(QPalette::Highlight));
    painter.drawEllipse(QRectF(1, 1, 10, 10));
    painter.end();
    m_views->setTabIcon(int(view), QIcon(dot));
    m_views->setTabToolTip(int(view),
                           tr("New since you last looked:\n%1").arg(news.join(QLatin1Char('\n'))));
}

void ArticleListPanel::clearSelection()
{
    const QSignalBlocker blocker(m_view->selectionModel());
    m_view->clearSelection();
}

} // namespace copydesk::ui
