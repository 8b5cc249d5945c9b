#pragma once

#include "sqlite/openproblem.h"

#include <memory>
#include <utility>
#include <variant>

namespace apdesk::sqlite {

// What open() gives back: the opened object (a Database, a Store…) or the problem that
// stopped it. The object is not copyable nor movable (other objects point into it), so it is
// handed over in a unique_ptr:
//
//     auto result = Database::open(path, migrations);
//     if (!result) { show(result.problem().message); return; }
//     std::unique_ptr<Database> db = result.take();
template <typename T> class [[nodiscard]] OpenResult final {
public:
    explicit OpenResult(std::unique_ptr<T> opened)
        : m_state(std::move(opened)) {}
    explicit OpenResult(OpenProblem problem)
        : m_state(std::move(problem)) {}

    bool isOpen() const { return std::holds_alternative<std::unique_ptr<T>>(m_state); }
    explicit operator bool() const { return isOpen(); }
    // Meaningful only when !isOpen().
    const OpenProblem &problem() const { return std::get<OpenProblem>(m_state); }
    // Meaningful only when isOpen(): the object, left to the caller (the result then holds null).
    std::unique_ptr<T> take() { return std::move(std::get<std::unique_ptr<T>>(m_state)); }
    T *get() const { return std::get<std::unique_ptr<T>>(m_state).get(); }

private:
    std::variant<std::unique_ptr<T>, OpenProblem> m_state;
};

} // namespace apdesk::sqlite
