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

// Replaces a node with raw HTML of our own making, which cmark-gfm writes as it is even in its
// safe mode (a custom node is the program's, not the writer's).
void replaceWithHtml(cmark_node *node, const QString &html, bool block)
{
    if (html.isEmpty()) {
        cmark_node_unlink(node);
        cmark_node_free(node);
        return;
    }
    cmark_node *raw = cmark_node_new(block ? CMARK_NODE_CUSTOM_BLOCK : CMARK_NODE_CUSTOM_INLINE);
    cmark_node_set_on_enter(raw, html.toUtf8().constData());
    cmark_node_replace(node, raw);
    cmark_node_free(node);
}

void sanitize(cmark_node *root, const HtmlRenderer::PhotoHtml &photoHtml)
{
    QList<cmark_node *> unsafe;
    QList<std::pair<cmark_node *, Photo>> photoNodes;
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
            if (const auto photo = photos::fromImageNode(node)) {
                // One inside another's description goes with it.
                if (!photos::insideImage(node))
                    photoNodes.append({ node, *photo });
                break;
            }
            // An image from elsewhere is not shown: a link to it, with its description as the
            // text.
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
    bool leadSeen = false;
    for (auto [node, photo] : std::as_const(photoNodes)) {
        cmark_node *parent = cmark_node_parent(node);
        const bool alone = parent && cmark_node_get_type(parent) == CMARK_NODE_PARAGRAPH
            && cmark_node_first_child(parent) == node && cmark_node_last_child(parent) == node;
        // The lead (the first standing alone at the top, as photos::inBody takes it) is shown
        // by the page above the text; any other is a photo of the body.
        if (!leadSeen && photos::standsAsLead(node, photo)) {
            leadSeen = true;
            replaceWithHtml(parent, QString(), true);
            continue;
        }
        photo.lead = false;
        if (alone)
            replaceWithHtml(parent, photoHtml ? photoHtml(photo, false) : QString(), true);
        else
            replaceWithHtml(node, photoHtml ? photoHtml(photo, true) : QString(), false);
    }
}

} // namespace

QString HtmlRenderer::bodyHtml(const QString &markdown, const PhotoHtml &photoHtml)
{
    CommonMark parsed(markdown);
    sanitize(parsed.root(), photoHtml);
    return parsed.html();
}

} // namespace copydesk::app
