#pragma once

#include <QStringList>

namespace apdesk::domain {

// The secret questions offered in the account request and at a first login: answers that only
// the user knows and that do not change over a working life. The simulated service also asks
// them of accounts it does not have, so that its answers never tell which exist.
QStringList secretQuestions();

} // namespace apdesk::domain
