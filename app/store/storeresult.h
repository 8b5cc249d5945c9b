#pragma once

#include "sqlite/error.h"
#include "sqlite/result.h"

#include <variant>

namespace apdesk::store {

// Every operation of the store returns a Result: the value, or an Error whose French message
// can be shown as it is (e.g. "Un établissement de SIRET … existe déjà.") and whose kind says
// what happened (Duplicate, NotFound, Refused…).
template <typename T = std::monostate> using Result = sqlite::Result<T>;
using sqlite::Error;
using sqlite::ErrorKind;

} // namespace apdesk::store
