#include "ui/snippetdelegate.h"

#include "app/articles/articlelistmodel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace copydesk::ui {

QString SnippetDelegate::snippetHtml(const QString &snippet)
{
    QString html = snippet.simplified().toHtmlEscaped();
    html.replace(db::ArticleSummary::snippetStart, QStringLiteral("<b>"))
        .replace(db::ArticleSummary::snippetEnd, QStringLiteral("</b>"));
    return html;
}

void SnippetDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    const QString snippet = index.data(app::ArticleListModel::SnippetRole).toString();
    if (snippet.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString headline = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QColor text = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QTextDocument doc;
    doc.setDefaultFont(opt.font);
    doc.setDocumentMargin(2);
    doc.setHtml(
        QStringLiteral(
            "<div style=\"color:%1\">%2</div><div style=\"color:%1\"><small>%3</small></div>")
            .arg(text.name(), headline.toHtmlEscaped(), snippetHtml(snippet)));
    doc.setTextWidth(opt.rect.width());
    painter->save();
    painter->translate(opt.rect.topLeft());
    painter->setClipRect(QRect(QPoint(0, 0), opt.rect.size()));
    doc.drawContents(painter);
    painter->restore();
}

QSize SnippetDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (!index.data(app::ArticleListModel::SnippetRole).toString().isEmpty())
        size.setHeight(option.fontMetrics.lineSpacing() * 3 + 6);
    return size;
}

} // namespace copydesk::ui
