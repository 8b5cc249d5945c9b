#pragma once

#include <QStringList>

namespace apdesk::ui {

// The secret questions offered in the account request and at a first login: answers that only
// the user knows and that do not change over a working life.
QStringList secretQuestions();

} // namespace apdesk::ui
