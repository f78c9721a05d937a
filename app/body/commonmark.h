#pragma once

#include <QString>

#include <memory>

struct cmark_node;

namespace copydesk::app {

// A CommonMark text parsed by cmark-gfm with the one extension Copydesk allows (GFM
// strikethrough, written ~~x~~). Raw HTML is never trusted: the HTML renderer runs in cmark-gfm's
// safe mode, which drops raw HTML and empties javascript: links.
class CommonMark final
{
public:
    explicit CommonMark(const QString &markdown);
    ~CommonMark();
    CommonMark(const CommonMark &) = delete;
    CommonMark &operator=(const CommonMark &) = delete;

    cmark_node *root() const;

    // The body as an HTML fragment, rendered by cmark-gfm (safe mode).
    QString html() const;

    // Convenience: render one Markdown text.
    static QString toHtml(const QString &markdown);

    static int parseOptions();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace copydesk::app
