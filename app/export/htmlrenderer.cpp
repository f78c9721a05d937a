#include "app/export/htmlrenderer.h"

#include "app/body/commonmark.h"
#include "app/export/urlpolicy.h"

#include <QList>

#include <cmark-gfm.h>

namespace copydesk::app {

namespace {

// Moves a node's children before it and removes it: an unsafe link keeps only its text.
void unwrap(cmark_node *node)
{
    while (cmark_node *child = cmark_node_first_child(node))
        cmark_node_insert_before(node, child);
    cmark_node_unlink(node);
    cmark_node_free(node);
}

void sanitize(cmark_node *root)
{
    QList<cmark_node *> unsafe;
    int previousHeading = 1; // the headline
    cmark_iter *iter = cmark_iter_new(root);
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        if (event != CMARK_EVENT_ENTER)
            continue;
        cmark_node *node = cmark_iter_get_node(iter);
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_HEADING: {
            // Below the page's h1, and never a level skipped: a body whose first subheading is
            // "###" has it as an h2 (an outline with a gap is not valid HTML).
            const int level = qBound(2, cmark_node_get_heading_level(node), previousHeading + 1);
            cmark_node_set_heading_level(node, level);
            previousHeading = level;
            break;
        }
        case CMARK_NODE_IMAGE: {
            // Bodies hold no images: a link to it, with its description as the text.
            const char *url = cmark_node_get_url(node);
            cmark_node *link = cmark_node_new(CMARK_NODE_LINK);
            cmark_node_set_url(link, url ? url : "");
            while (cmark_node *child = cmark_node_first_child(node))
                cmark_node_append_child(link, child);
            cmark_node_replace(node, link);
            cmark_iter_reset(iter, link, CMARK_EVENT_ENTER);
            if (!isSafeUrl(QString::fromUtf8(url ? url : "")))
                unsafe.append(link);
            cmark_node_free(node);
            break;
        }
        case CMARK_NODE_LINK: {
            const char *url = cmark_node_get_url(node);
            if (!isSafeUrl(QString::fromUtf8(url ? url : "")))
                unsafe.append(node);
            break;
        }
        default:
            break;
        }
    }
    cmark_iter_free(iter);
    for (cmark_node *node : std::as_const(unsafe))
        unwrap(node);
}

} // namespace

QString HtmlRenderer::bodyHtml(const QString &markdown)
{
    CommonMark parsed(markdown);
    sanitize(parsed.root());
    return parsed.html();
}

} // namespace copydesk::app
