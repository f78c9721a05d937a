#include "app/body/worddiff.h"

#include "app/body/markdownreader.h"
#include "app/body/photos.h"

#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>

#include <dtl/dtl.hpp>
#include <vector>

namespace copydesk::app {

QStringList WordDiff::units(const QString &text)
{
    // A word (letters, digits, inner apostrophes and hyphens), a run of white space, or any
    // other single character.
    static const QRegularExpression unit(
        QStringLiteral("[\\p{L}\\p{M}\\p{N}]+(?:['’\\-][\\p{L}\\p{M}\\p{N}]+)*|\\s+|."),
        QRegularExpression::DotMatchesEverythingOption);
    QStringList list;
    auto it = unit.globalMatch(text);
    while (it.hasNext())
        list.append(it.next().captured());
    return list;
}

QList<WordDiff::Segment> WordDiff::compare(const QString &before, const QString &after)
{
    const QStringList a = units(before);
    const QStringList b = units(after);
    const std::vector<QString> va(a.cbegin(), a.cend());
    const std::vector<QString> vb(b.cbegin(), b.cend());
    dtl::Diff<QString, std::vector<QString>> diff(va, vb);
    diff.onHuge();
    diff.compose();

    QList<Segment> segments;
    for (const auto &[unit, info] : diff.getSes().getSequence()) {
        Segment::Kind kind = Segment::Kind::Same;
        if (info.type == dtl::SES_ADD)
            kind = Segment::Kind::Inserted;
        else if (info.type == dtl::SES_DELETE)
            kind = Segment::Kind::Deleted;
        if (!segments.isEmpty() && segments.last().kind == kind)
            segments.last().text += unit;
        else
            segments.append({ kind, unit });
    }
    // Deletions before insertions where they touch, so a changed word reads "old new".
    for (int i = 0; i + 1 < segments.size(); ++i) {
        if (segments[i].kind == Segment::Kind::Inserted
            && segments[i + 1].kind == Segment::Kind::Deleted)
            std::swap(segments[i], segments[i + 1]);
    }
    return segments;
}

QString WordDiff::toHtml(const QList<Segment> &segments)
{
    QString html;
    for (const Segment &s : segments) {
        QString text = s.text.toHtmlEscaped();
        text.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        switch (s.kind) {
        case Segment::Kind::Same:
            html += text;
            break;
        case Segment::Kind::Inserted:
            html += QStringLiteral("<ins "
                                   "style=\"background:#d7f5dd;color:#0b5d1e;text-decoration:"
                                   "underline\">%1</ins>")
                        .arg(text);
            break;
        case Segment::Kind::Deleted:
            html += QStringLiteral("<del "
                                   "style=\"background:#fbe0e0;color:#9b1c1c;text-decoration:line-"
                                   "through\">%1</del>")
                        .arg(text);
            break;
        }
    }
    return html;
}

QString WordDiff::toText(const QList<Segment> &segments)
{
    QString text;
    for (const Segment &s : segments) {
        switch (s.kind) {
        case Segment::Kind::Same:
            text += s.text;
            break;
        case Segment::Kind::Inserted:
            text += QStringLiteral("{+") + s.text + QStringLiteral("+}");
            break;
        case Segment::Kind::Deleted:
            text += QStringLiteral("[-") + s.text + QStringLiteral("-]");
            break;
        }
    }
    return text;
}

int WordDiff::changes(const QList<Segment> &segments)
{
    int n = 0;
    for (const Segment &s : segments)
        n += s.kind != Segment::Kind::Same;
    return n;
}

QString WordDiff::readableText(const QString &headline, const QString &standfirst,
                               const QString &body)
{
    QTextDocument document;
    MarkdownReader::read(body, &document);
    QString text = headline + QStringLiteral("\n\n");
    if (!standfirst.trimmed().isEmpty())
        text += standfirst + QStringLiteral("\n\n");
    // The photos as words (a new caption or credit is a change to compare too).
    if (const auto lead = photos::lead(&document))
        text += photos::describe(*lead) + QStringLiteral("\n\n");
    // A paragraph per line, as in the editor (toPlainText() keeps no blank lines between).
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QString line = block.text();
        if (line.contains(QChar::ObjectReplacementCharacter))
            for (qsizetype i = line.size() - 1; i >= 0; --i)
                if (line.at(i) == QChar::ObjectReplacementCharacter)
                    if (const auto photo = photos::at(&document, block.position() + int(i)))
                        line.replace(i, 1, photos::describe(*photo));
        text += line + (block.next().isValid() ? QStringLiteral("\n\n") : QString());
    }
    return text;
}

} // namespace copydesk::app
