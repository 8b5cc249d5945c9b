#pragma once

#include "core/expected.h"
#include "sqlite/error.h"

#include <variant>

namespace apdesk::sqlite {

// The value of an operation on a database, or the Error that stopped it.
// Result<> (of std::monostate) is the result of an operation that returns nothing.
template <typename T = std::monostate> using Result = Expected<T, Error>;

} // namespace apdesk::sqlite
