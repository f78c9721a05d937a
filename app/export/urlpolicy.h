#pragma once

#include <QString>

namespace copydesk::app {

// Which link targets may reach a published page: http, https, mailto and relative URLs. The
// check ignores case, entities already decoded by the parser, and the control characters and
// white space browsers skip ("java\tscript:", " JAVASCRIPT:").
bool isSafeUrl(const QString &url);

} // namespace copydesk::app
