#include "claimresult.h"

#include <algorithm>

namespace apdesk::domain {

Hours ClaimResult::totalHours() const {
    Hours total;
    for (const auto &employee : employees)
        total += employee.indemnifiableHours;
    return total;
}

Money ClaimResult::totalIndemnity() const {
    Money total;
    for (const auto &employee : employees)
        total += employee.indemnity;
    return total;
}

Money ClaimResult::totalAllocation() const {
    Money total;
    for (const auto &employee : employees)
        total += employee.allocation;
    return total;
}

QList<Problem> ClaimResult::problems() const {
    QList<Problem> all = claimProblems;
    for (const auto &employee : employees)
        all += employee.problems;
    return all;
}

bool ClaimResult::hasBlocking() const {
    const auto all = problems();
    return std::any_of(all.cbegin(), all.cend(),
                       [](const Problem &p) { return p.level == Problem::Level::Blocking; });
}

} // namespace apdesk::domain
