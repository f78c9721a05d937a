#pragma once

#include <QString>

namespace copydesk::app {

// A CommonMark body as an HTML fragment for a published page, rendered by cmark-gfm in its safe
// mode (raw HTML dropped) after our own pass over the tree: links that fail isSafeUrl() lose
// their target and keep their text, images become links to the image, and a first-level
// heading becomes a second-level one (the headline is the page's only <h1>).
class HtmlRenderer final
{
public:
    static QString bodyHtml(const QString &markdown);
};

} // namespace copydesk::app
