#include "app/body/commonmark.h"

#include <QMutex>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>
#include <cstdlib>

namespace copydesk::app {

struct CommonMark::Private
{
    cmark_parser *parser = nullptr;
    cmark_node *root = nullptr;
};

int CommonMark::parseOptions()
{
    return CMARK_OPT_DEFAULT | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE;
}

CommonMark::CommonMark(const QString &markdown)
    : d(std::make_unique<Private>())
{
    const QByteArray utf8 = markdown.toUtf8();
    // cmark-gfm switches an extension's characters (strikethrough's ~) on in a table shared by
    // every parser while one parses, and off when it finishes: two threads parsing at once
    // would turn each other's off. Parsing is one thread at a time; rendering is not.
    static QMutex parsing;
    const QMutexLocker locker(&parsing);
    cmark_gfm_core_extensions_ensure_registered();
    d->parser = cmark_parser_new(parseOptions());
    if (cmark_syntax_extension *strike = cmark_find_syntax_extension("strikethrough"))
        cmark_parser_attach_syntax_extension(d->parser, strike);
    cmark_parser_feed(d->parser, utf8.constData(), size_t(utf8.size()));
    d->root = cmark_parser_finish(d->parser);
}

CommonMark::~CommonMark()
{
    if (d->root)
        cmark_node_free(d->root);
    if (d->parser)
        cmark_parser_free(d->parser);
}

cmark_node *CommonMark::root() const
{
    return d->root;
}

QString CommonMark::html() const
{
    char *html
        = cmark_render_html(d->root, parseOptions(), cmark_parser_get_syntax_extensions(d->parser));
    const QString result = QString::fromUtf8(html);
    std::free(html);
    return result;
}

QString CommonMark::toHtml(const QString &markdown)
{
    return CommonMark(markdown).html();
}

} // namespace copydesk::app
