#pragma once

#include "core/expected.h"

#include <QString>

namespace apdesk::domain {

// A value that passed its checks, or the French message saying why it did not.
// Every parser of user input in the domain returns one, so that the message the user sees is
// written once, next to the rule it explains. error() is empty when it passed.
template <typename T> using Checked = Expected<T, QString>;

} // namespace apdesk::domain
