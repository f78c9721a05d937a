#pragma once

#include <QStyledItemDelegate>

namespace copydesk::ui {

// Draws a search result's headline with the matching text below it, the matched words in bold.
class SnippetDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The snippet as HTML: escaped, with the matches between <b> and </b>.
    static QString snippetHtml(const QString &snippet);
};

} // namespace copydesk::ui
