#pragma once

#include "app/body/photos.h"

#include <QString>

#include <functional>

namespace copydesk::app {

// A CommonMark body as an HTML fragment for a published page, rendered by cmark-gfm in its safe
// mode (raw HTML dropped) after our own pass over the tree: links that fail isSafeUrl() lose
// their target and keep their text, images from elsewhere become links to the image, and a
// first-level heading becomes a second-level one (the headline is the page's only <h1>).
//
// The newsroom's photos are given their HTML by the page (photoHtml): a photo alone in its
// paragraph as a <figure> in the paragraph's place, one inside text (inText) as an <img>. The
// lead photo is left out: the page shows it at the top. Without photoHtml, photos are left out.
class HtmlRenderer final
{
public:
    using PhotoHtml = std::function<QString(const Photo &photo, bool inText)>;
    static QString bodyHtml(const QString &markdown, const PhotoHtml &photoHtml = {});
};

} // namespace copydesk::app
