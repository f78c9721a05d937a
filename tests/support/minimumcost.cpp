// Linked into every suite and test child (copydesk_add_test in tests/CMakeLists.txt): passwords
// are hashed at libsodium's minimum cost, so that suites making hundreds of accounts run in
// seconds. The shipped program never does this (app/workflow/passwords.h).

#include "app/workflow/passwords.h"

#include <QtGlobal>

namespace {

void useMinimumCost()
{
    copydesk::app::passwords::setMinimumCostForTests(true);
}

} // namespace

Q_CONSTRUCTOR_FUNCTION(useMinimumCost)
