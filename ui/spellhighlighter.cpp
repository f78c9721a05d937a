#include "ui/spellhighlighter.h"

#include <QColor>
#include <QTextBlock>

#include <algorithm>

namespace copydesk::ui {

SpellHighlighter::SpellHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{ }

void SpellHighlighter::setChecker(std::shared_ptr<app::Checker> checker)
{
    m_checker = std::move(checker);
    rehighlight();
}

void SpellHighlighter::highlightBlock(const QString &text)
{
    if (!m_checker || text.isEmpty())
        return;
    ++m_blocksChecked;
    const app::CheckLine line = app::Checker::lineOf(currentBlock());
    auto issues = m_checker->checkLine(line, currentBlock().blockNumber() + 1);
    // A later format replaces an earlier one where they overlap: the widest marks (a long
    // sentence) go first and spelling last, so a misspelt word inside a long sentence keeps its
    // red underline.
    std::stable_sort(issues.begin(), issues.end(), [](const app::Issue &a, const app::Issue &b) {
        const bool aSpelling = a.kind == QLatin1String("spelling");
        const bool bSpelling = b.kind == QLatin1String("spelling");
        if (aSpelling != bSpelling)
            return bSpelling;
        return a.length > b.length;
    });
    for (const app::Issue &issue : std::as_const(issues)) {
        QTextCharFormat format;
        format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
        format.setUnderlineColor(issue.kind == QLatin1String("spelling")
                                     ? QColor(0xd0, 0x1c, 0x1c)
                                     : QColor(0x1c, 0x64, 0xd0));
        format.setToolTip(issue.message);
        setFormat(issue.column - 1, issue.length, format);
    }
}

} // namespace copydesk::ui
