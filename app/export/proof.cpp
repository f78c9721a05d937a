#include "app/export/proof.h"

#include "app/body/markdownreader.h"
#include "app/body/photos.h"
#include "app/body/textstats.h"

#include <QDir>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextList>

namespace copydesk::app {

namespace {

// One pass over the proof: the first only measures (how many pages), the second paints.
class ProofPass
{
public:
    ProofPass(QPagedPaintDevice *device, QPainter *painter, const QString &footer, int pages)
        : m_device(device)
        , m_painter(painter)
        , m_footer(footer)
        , m_pages(pages)
    {
        const qreal mm = device->logicalDpiX() / 25.4;
        m_mm = mm;
        m_left = 25 * mm;
        m_right = device->width() - 60 * mm; // a wide margin for marks
        m_top = 18 * mm;
        m_bottom = device->height() - 20 * mm;
        m_y = m_top;
    }

    int pages() const { return m_page; }
    qreal mm() const { return m_mm; }

    // A paragraph laid out on the page's text width (less an indent); numbered lines are
    // counted and numbered in the left margin. The first line number of each line, by the
    // position of its first character.
    QList<std::pair<int, int>> paragraph(const QString &text, const QFont &font,
                                         const QList<QTextLayout::FormatRange> &formats,
                                         bool numbered, qreal indent = 0, qreal spacing = 1.0)
    {
        QList<std::pair<int, int>> lines;
        QTextLayout layout(text.isEmpty() ? QStringLiteral(" ") : text, font, m_device);
        layout.setFormats(formats);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        QList<QTextLine> laid;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(m_right - m_left - indent);
            laid.append(line);
        }
        layout.endLayout();
        for (QTextLine &line : laid) {
            const qreal height = line.height() * spacing;
            if (m_y + height > m_bottom)
                newPage();
            if (numbered) {
                ++m_lineNumber;
                lines.append({ line.textStart(), m_lineNumber });
                if (m_painter) {
                    QFont small(font);
                    small.setPointSizeF(8);
                    small.setBold(false);
                    small.setItalic(false);
                    m_painter->setFont(small);
                    m_painter->setPen(Qt::darkGray);
                    m_painter->drawText(QRectF(0, m_y, m_left - 4 * m_mm, line.height()),
                                        Qt::AlignRight | Qt::AlignVCenter,
                                        QString::number(m_lineNumber));
                    m_painter->setPen(Qt::black);
                }
            }
            if (m_painter)
                line.draw(m_painter, QPointF(m_left + indent - line.x(), m_y - line.y()));
            m_y += height;
        }
        return lines;
    }

    void space(qreal lines, const QFont &font)
    {
        m_y += QFontMetricsF(font, m_device).lineSpacing() * lines;
    }

    void rule()
    {
        if (m_painter) {
            m_painter->setPen(QPen(Qt::black, 0.3 * m_mm));
            m_painter->drawLine(QPointF(m_left, m_y), QPointF(m_right, m_y));
            m_painter->setPen(Qt::black);
        }
        m_y += 3 * m_mm;
    }

    void finish() { drawFooter(); }

private:
    void newPage()
    {
        drawFooter();
        if (m_painter)
            m_device->newPage();
        ++m_page;
        m_y = m_top;
    }

    void drawFooter()
    {
        if (!m_painter)
            return;
        QFont font(QStringLiteral("Serif"));
        font.setStyleHint(QFont::Serif);
        font.setPointSizeF(8);
        m_painter->setFont(font);
        m_painter->setPen(Qt::darkGray);
        const QString text = Proof::tr("%1 — page %2 of %3").arg(m_footer).arg(m_page).arg(m_pages);
        m_painter->drawText(QRectF(m_left, m_bottom + 6 * m_mm, m_right - m_left, 8 * m_mm),
                            Qt::AlignLeft | Qt::AlignTop, text);
        m_painter->setPen(Qt::black);
    }

    QPagedPaintDevice *m_device;
    QPainter *m_painter;
    QString m_footer;
    int m_pages;
    qreal m_mm = 1;
    qreal m_left = 0;
    qreal m_right = 0;
    qreal m_top = 0;
    qreal m_bottom = 0;
    qreal m_y = 0;
    int m_page = 1;
    int m_lineNumber = 0;
};

QFont serif(qreal points, bool bold = false, bool italic = false)
{
    QFont font(QStringLiteral("Serif"));
    font.setStyleHint(QFont::Serif);
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setItalic(italic);
    return font;
}

// The bold, italic and code of a paragraph, as formats of its text (after a prefix).
QList<QTextLayout::FormatRange> formatsOf(const QTextBlock &block, int offset)
{
    QList<QTextLayout::FormatRange> ranges;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        const QTextCharFormat source = fragment.charFormat();
        QTextCharFormat format;
        if (source.fontWeight() >= QFont::Bold)
            format.setFontWeight(QFont::Bold);
        if (source.fontItalic())
            format.setFontItalic(true);
        if (source.isAnchor())
            format.setFontUnderline(true);
        if (source.fontFixedPitch())
            format.setFontFamilies({ QStringLiteral("Monospace") });
        if (format.properties().isEmpty())
            continue;
        ranges.append(
            { fragment.position() - block.position() + offset, fragment.length(), format });
    }
    return ranges;
}

// Paints (or measures) the whole proof.
int lay(ProofPass &pass, const ProofContent &content)
{
    const db::Article &a = content.article;
    const QLocale locale;
    const QFont small = serif(9);
    pass.paragraph(content.publication.toUpper() + QStringLiteral(" · ") + Proof::tr("PROOF"),
                   serif(9, true), {}, false);
    QStringList facts;
    facts << (a.section.isEmpty() ? Proof::tr("no section") : a.section) << statusName(a.status)
          << (a.version > 0 ? Proof::tr("version %1").arg(a.version) : Proof::tr("not saved"))
          << (a.commissionedWords > 0
                  ? Proof::tr("%1 words of %2 commissioned")
                        .arg(locale.toString(a.wordCount), locale.toString(a.commissionedWords))
                  : Proof::tr("%1 words").arg(locale.toString(a.wordCount)))
          << Proof::tr("printed %1")
                 .arg(locale.toString(content.printedAt.toLocalTime(),
                                      QStringLiteral("d MMM yyyy, HH:mm")));
    pass.paragraph(facts.join(QStringLiteral(" · ")), small, {}, false);
    pass.space(0.8, small);
    pass.paragraph(a.headline, serif(18, true), {}, false);
    if (!a.standfirst.isEmpty()) {
        pass.space(0.3, small);
        pass.paragraph(a.standfirst, serif(12, false, true), {}, false);
    }
    if (!a.authorNames.isEmpty()) {
        pass.space(0.3, small);
        pass.paragraph(Proof::tr("By %1").arg(a.authorNames.join(QStringLiteral(", "))),
                       serif(10, true), {}, false);
    }
    pass.space(0.5, small);
    pass.rule();

    // The body, every line numbered, with room between lines for marks.
    const QFont body = serif(11);
    QTextDocument document;
    MarkdownReader::read(a.body, &document);
    QList<QList<std::pair<int, int>>> numbers; // per paragraph: (first character, line number)
    // The photos as their words: the lead first, a body's photo where it stands.
    if (const auto lead = photos::lead(&document)) {
        pass.paragraph(photos::describe(*lead), serif(10, false, true), {}, false, 0, 1.2);
        pass.space(0.5, body);
    }
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.text().trimmed() == QString(QChar::ObjectReplacementCharacter)) {
            if (const auto photo = photos::at(
                    &document,
                    block.position() + block.text().indexOf(QChar::ObjectReplacementCharacter))) {
                pass.paragraph(photos::describe(*photo), serif(10, false, true), {}, false, 0, 1.2);
                numbers.append(QList<std::pair<int, int>>());
                pass.space(0.5, body);
                continue;
            }
        }
        QString prefix;
        qreal indent = 0;
        QFont font = body;
        if (const int level = block.blockFormat().headingLevel(); level > 0) {
            font = serif(level <= 2 ? 13 : 12, true);
        } else if (QTextList *list = block.textList()) {
            const bool numberedList = list->format().style() == QTextListFormat::ListDecimal;
            prefix = numberedList ? QStringLiteral("%1. ").arg(list->itemNumber(block) + 1)
                                  : QStringLiteral("• ");
            indent = 5 * pass.mm();
        } else if (block.blockFormat().hasProperty(QTextFormat::BlockQuoteLevel)
                   || block.blockFormat().leftMargin() > 0) {
            indent = 8 * pass.mm();
            font = serif(11, false, true);
        }
        auto lines = pass.paragraph(prefix + block.text(), font,
                                    formatsOf(block, int(prefix.size())), true, indent, 1.6);
        for (auto &[start, number] : lines)
            start = qMax(0, start - int(prefix.size()));
        numbers.append(lines);
        pass.space(0.5, body);
    }

    // The open issues, by line.
    pass.space(0.5, body);
    pass.rule();
    pass.paragraph(content.issues.isEmpty()
                       ? Proof::tr("No open spelling, style, house style or length issues.")
                       : content.issues.size() == 1
                       ? Proof::tr("1 open issue")
                       : Proof::tr("%1 open issues").arg(content.issues.size()),
                   serif(11, true), {}, false);
    for (const Issue &issue : content.issues) {
        QString where;
        if (issue.line == 1) {
            where = Proof::tr("Headline");
        } else if (issue.line == 2) {
            where = Proof::tr("Standfirst");
        } else if (issue.line >= 3 && issue.line - 3 < numbers.size()) {
            int number = 0;
            for (const auto &[start, n] : numbers[issue.line - 3])
                if (start <= issue.column - 1 || number == 0)
                    number = n;
            where = Proof::tr("Line %1").arg(number);
        } else {
            where = Proof::tr("Article");
        }
        QString text = where + QStringLiteral(" — ") + Checker::kindLabel(issue.kind);
        if (!issue.word.trimmed().isEmpty())
            text += QStringLiteral(": ‘%1’").arg(issue.word);
        if (!issue.message.isEmpty())
            text += QStringLiteral(" (%1)").arg(issue.message);
        // A house style issue's message names the form already; spelling gets its suggestions.
        if (!issue.suggestions.isEmpty() && issue.kind == QLatin1String("spelling"))
            text += Proof::tr(" → %1").arg(issue.suggestions.mid(0, 3).join(QStringLiteral(", ")));
        pass.paragraph(text, serif(10), {}, false, 0, 1.2);
    }
    pass.finish();
    return pass.pages();
}

} // namespace

int Proof::paint(QPagedPaintDevice *device, const ProofContent &content)
{
    QString footer = content.article.headline;
    if (footer.size() > 60)
        footer = footer.left(59) + QStringLiteral("…");
    ProofPass measure(device, nullptr, footer, 0);
    const int pages = lay(measure, content);
    QPainter painter;
    if (!painter.begin(device))
        return 0;
    ProofPass draw(device, &painter, footer, pages);
    lay(draw, content);
    painter.end();
    return pages;
}

QPageSize Proof::paperNamed(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("a4"))
        return QPageSize(QPageSize::A4);
    if (n == QLatin1String("a5"))
        return QPageSize(QPageSize::A5);
    if (n == QLatin1String("letter"))
        return QPageSize(QPageSize::Letter);
    if (n == QLatin1String("legal"))
        return QPageSize(QPageSize::Legal);
    return {};
}

Result<int> Proof::writePdf(const QString &path, const ProofContent &content,
                            const QPageSize &paper)
{
    // Written whole or not at all: a failed proof leaves no half a file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(Error::Kind::Failed,
                       tr("%1: the proof cannot be written there (%2)")
                           .arg(QDir::toNativeSeparators(path), file.errorString()));
    QPdfWriter writer(&file);
    writer.setResolution(300);
    writer.setPageSize(paper);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(content.article.headline);
    writer.setCreator(QStringLiteral("Copydesk"));
    const int pages = paint(&writer, content);
    if (pages == 0 || !file.commit())
        return failure(Error::Kind::Failed,
                       tr("%1: the proof cannot be written there (%2)")
                           .arg(QDir::toNativeSeparators(path), file.errorString()));
    return pages;
}

} // namespace copydesk::app
