#include "ui/spellhighlighter.h"

#include <QColor>
#include <QTextBlock>

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
    const auto issues = m_checker->checkLine(line, currentBlock().blockNumber() + 1);
    for (const app::Issue &issue : issues) {
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
