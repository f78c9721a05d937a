// WordPress's side of HTML import: a post's content as WordPress stores it (no <p>, shortcodes,
// embeds on lines of their own) made into the HTML that HtmlConverter::fromFragment reads.

#include "app/import/htmlconverter.h"

#include <QHash>
#include <QRegularExpression>

namespace copydesk::app {

namespace {

const QString AllBlocks = QStringLiteral(
    "(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|"
    "area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|"
    "header|footer|nav|figure|figcaption|details|menu|summary)");

// An address written inside HTML, its ampersands as entities.
QString decodedUrl(QString url)
{
    return url.replace(QLatin1String("&amp;"), QLatin1String("&"))
        .replace(QLatin1String("&#038;"), QLatin1String("&"))
        .replace(QLatin1String("&#38;"), QLatin1String("&"));
}

// Every newline left inside a paragraph (all but the last) becomes a line break, the white space
// before it dropped. A loop, not a pattern: a pattern would try every space of a long run.
QString lineBreaks(const QString &text)
{
    static const QString br = QStringLiteral("<br />");
    QString out;
    out.reserve(text.size() + text.size() / 8);
    const qsizetype last = text.endsWith(QLatin1Char('\n')) ? text.size() - 1 : text.size();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != u'\n' || i == last) {
            out += c;
            continue;
        }
        qsizetype end = out.size();
        while (end > 0 && out.at(end - 1).isSpace())
            --end;
        out.truncate(end);
        if (!out.endsWith(br))
            out += br;
        out += QLatin1Char('\n');
    }
    return out;
}

QString replaced(QString text, const QString &pattern, const QString &with)
{
    // Compiled once: a large export runs these for every post.
    thread_local QHash<QString, QRegularExpression> compiled;
    auto it = compiled.find(pattern);
    if (it == compiled.end())
        it = compiled.insert(
            pattern, QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption));
    return text.replace(*it, with);
}

} // namespace

QString HtmlConverter::autoParagraphs(const QString &content)
{
    QString pee = content;
    pee.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    if (pee.trimmed().isEmpty())
        return {};
    // <pre> is kept as written: set aside and put back at the end.
    QStringList pres;
    static const QRegularExpression pre(QStringLiteral("<pre[\\s>][\\s\\S]*?</pre>"),
                                        QRegularExpression::CaseInsensitiveOption);
    for (auto m = pre.match(pee); m.hasMatch();) {
        const QString key = QStringLiteral("<pre wp-pre-tag-%1></pre>").arg(pres.size());
        pres.append(m.captured(0));
        pee.replace(m.capturedStart(), m.capturedLength(), key);
        m = pre.match(pee, m.capturedStart() + key.size());
    }
    pee += QLatin1Char('\n');
    pee = replaced(pee, QStringLiteral("<br\\s*/?>\\s*<br\\s*/?>"), QStringLiteral("\n\n"));
    pee = replaced(pee, QStringLiteral("(<%1[\\s/>])").arg(AllBlocks), QStringLiteral("\n\n\\1"));
    pee = replaced(pee, QStringLiteral("(</%1>)").arg(AllBlocks), QStringLiteral("\\1\n\n"));
    pee = replaced(pee, QStringLiteral("\n\n+"), QStringLiteral("\n\n"));

    static const QRegularExpression blankLine(QStringLiteral("\n\\s*\n"));
    QString out;
    const QStringList pieces = pee.split(blankLine, Qt::SkipEmptyParts);
    for (const QString &piece : pieces)
        if (!piece.trimmed().isEmpty())
            out += QStringLiteral("<p>") + piece.trimmed() + QStringLiteral("</p>\n");
    out = replaced(out, QStringLiteral("<p>\\s*</p>"), QString());
    out = replaced(out, QStringLiteral("<p>([^<]+)</(div|address|form)>"),
                   QStringLiteral("<p>\\1</p></\\2>"));
    out = replaced(out, QStringLiteral("<p>\\s*(</?%1[^>]*>)\\s*</p>").arg(AllBlocks),
                   QStringLiteral("\\1"));
    out = replaced(out, QStringLiteral("<p>(<li.+?)</p>"), QStringLiteral("\\1"));
    out = replaced(out, QStringLiteral("<p><blockquote([^>]*)>"),
                   QStringLiteral("<blockquote\\1><p>"));
    out = replaced(out, QStringLiteral("</blockquote></p>"), QStringLiteral("</p></blockquote>"));
    out = replaced(out, QStringLiteral("<p>\\s*(</?%1[^>]*>)").arg(AllBlocks),
                   QStringLiteral("\\1"));
    out = replaced(out, QStringLiteral("(</?%1[^>]*>)\\s*</p>").arg(AllBlocks),
                   QStringLiteral("\\1"));
    // Single newlines left inside a paragraph are line breaks; not after a block tag.
    out = lineBreaks(out);
    out = replaced(out, QStringLiteral("(</?%1[^>]*>)\\s*<br />").arg(AllBlocks),
                   QStringLiteral("\\1"));
    out = replaced(out,
                   QStringLiteral("<br />(\\s*</?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)"),
                   QStringLiteral("\\1"));
    for (qsizetype i = 0; i < pres.size(); ++i)
        out.replace(QStringLiteral("<pre wp-pre-tag-%1></pre>").arg(i), pres.at(i));
    return out;
}

ConvertedHtml HtmlConverter::fromWordPress(const QString &content)
{
    QStringList notes;
    QString html = content;
    // The block editor's comments (<!-- wp:paragraph -->) are comments to the HTML parser, and
    // carry no text (Builder::node).

    // [caption ...]<img ...> The caption[/caption]: the image and its caption, unwrapped.
    static const QRegularExpression caption(
        QStringLiteral("\\[(caption|wp_caption)\\b[^\\]]*\\]([\\s\\S]*?)\\[/\\1\\]"),
        QRegularExpression::CaseInsensitiveOption);
    for (auto m = caption.match(html); m.hasMatch(); m = caption.match(html, m.capturedStart())) {
        notes.append(tr("[caption] shortcode unwrapped: its caption kept as text"));
        html.replace(m.capturedStart(), m.capturedLength(),
                     QStringLiteral("\n\n<figure>%1</figure>\n\n").arg(m.captured(2)));
    }
    // Embeds, audio and video: a link to what they show.
    auto link = [](const QString &href) {
        const QString escaped = href.toHtmlEscaped();
        return QStringLiteral("\n\n<p><a href=\"%1\">%1</a></p>\n\n").arg(escaped);
    };
    static const QRegularExpression embed(
        QStringLiteral("\\[embed\\b[^\\]]*\\]\\s*([^\\s\\[]*)\\s*\\[/embed\\]"),
        QRegularExpression::CaseInsensitiveOption);
    for (auto m = embed.match(html); m.hasMatch(); m = embed.match(html, m.capturedStart())) {
        const QString url = decodedUrl(m.captured(1));
        notes.append(tr("[embed] shortcode kept as a link: %1").arg(url));
        html.replace(m.capturedStart(), m.capturedLength(), link(url));
    }
    static const QRegularExpression media(
        QStringLiteral("\\[(audio|video)\\b([^\\]]*)\\](?:([\\s\\S]*?)\\[/\\1\\])?"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression mediaUrl(QStringLiteral("(https?://[^\\s\"'\\]]+)"));
    for (auto m = media.match(html); m.hasMatch(); m = media.match(html, m.capturedStart())) {
        const QString url = decodedUrl(
            mediaUrl.match(m.captured(2) + QLatin1Char(' ') + m.captured(3)).captured(1));
        const QString kind = m.captured(1).toLower();
        if (url.isEmpty()) {
            notes.append(tr("[%1] shortcode without an address removed").arg(kind));
            html.replace(m.capturedStart(), m.capturedLength(), QString());
        } else {
            notes.append(tr("[%1] shortcode kept as a link: %2").arg(kind, url));
            html.replace(m.capturedStart(), m.capturedLength(), link(url));
        }
    }
    // A web address on a line of its own is an embed in WordPress (a video, a post).
    static const QRegularExpression ownLine(
        QStringLiteral("(^|\\n)[ \\t]*(https?://[^\\s<>\"]+)[ \\t]*(?=\\n|$)"));
    for (auto m = ownLine.match(html); m.hasMatch(); m = ownLine.match(html, m.capturedStart())) {
        const QString url = decodedUrl(m.captured(2));
        notes.append(tr("embed kept as a link: %1").arg(url));
        html.replace(m.capturedStart(), m.capturedLength(), m.captured(1) + link(url));
    }
    // Every other shortcode stays as it was written, visible, and is named in the report.
    static const QRegularExpression shortcode(
        QStringLiteral("\\[([A-Za-z][\\w-]*)(\\s[^\\[\\]]*=[^\\[\\]]*)?\\]"));
    for (auto it = shortcode.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        const QString name = m.captured(1);
        static const QStringList core { QStringLiteral("gallery"), QStringLiteral("playlist"),
                                        QStringLiteral("embed"),   QStringLiteral("audio"),
                                        QStringLiteral("video"),   QStringLiteral("caption") };
        const bool closed = html.contains(QStringLiteral("[/%1]").arg(name));
        if (m.hasCaptured(2) || closed || core.contains(name.toLower()))
            notes.append(tr("[%1] shortcode kept as text").arg(name));
    }

    ConvertedHtml result = fromFragment(autoParagraphs(html));
    for (const QString &n : std::as_const(result.notes))
        notes.append(n);
    notes.removeDuplicates();
    result.notes = notes;
    return result;
}

} // namespace copydesk::app
