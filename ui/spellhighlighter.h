#pragma once

#include "app/spelling/checker.h"

#include <QSyntaxHighlighter>

#include <memory>

namespace copydesk::ui {

// Underlines spelling mistakes (red) and style issues (blue) in the body with a wavy line.
// QSyntaxHighlighter re-runs only for the paragraphs that change, and the speller caches each
// word, so typing costs one paragraph's check; suggestions are left to the context menu.
class SpellHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit SpellHighlighter(QTextDocument *document);

    void setChecker(std::shared_ptr<app::Checker> checker);
    app::Checker *checker() const { return m_checker.get(); }

    int blocksChecked() const { return m_blocksChecked; }
    void resetCount() { m_blocksChecked = 0; }

protected:
    void highlightBlock(const QString &text) override;

private:
    std::shared_ptr<app::Checker> m_checker;
    int m_blocksChecked = 0;
};

} // namespace copydesk::ui
