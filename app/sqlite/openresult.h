#pragma once

#include "core/expected.h"
#include "sqlite/openproblem.h"

#include <memory>

namespace apdesk::sqlite {

// What open() gives back: the opened object (a Database, a Store…) or the problem that
// stopped it. The object is not copyable nor movable (other objects point into it), so it is
// handed over in a unique_ptr:
//
//     auto result = Database::open(path, migrations);
//     if (!result) { show(result.error().message); return; }
//     std::unique_ptr<Database> db = std::move(result).value();
template <typename T> using OpenResult = Expected<std::unique_ptr<T>, OpenProblem>;

} // namespace apdesk::sqlite
