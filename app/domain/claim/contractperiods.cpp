#include "contractperiods.h"

#include <algorithm>

namespace apdesk::domain {

namespace {

void apply(const ContractChange &change, ContractPeriod &terms) {
    if (change.weeklyHours)
        terms.weeklyHours = *change.weeklyHours;
    if (change.grossHourlyPay)
        terms.grossHourlyPay = change.grossHourlyPay;
    if (change.usualNetHourlyPay)
        terms.usualNetHourlyPay = change.usualNetHourlyPay;
}

} // namespace

QList<ContractPeriod> contractPeriods(const ClaimEmployee &employee, const QDate &firstDay,
                                      const QDate &lastDay) {
    ContractPeriod current{firstDay, lastDay, employee.weeklyHours, employee.grossHourlyPay,
                           employee.usualNetHourlyPay};
    if (employee.changes.isEmpty())
        return {current};

    QList<ContractChange> changes = employee.changes;
    std::stable_sort(changes.begin(), changes.end(),
                     [](const ContractChange &l, const ContractChange &r) { return l.from < r.from; });
    QList<ContractPeriod> periods;
    for (const ContractChange &change : std::as_const(changes)) {
        if (!change.from.isValid() || change.from > lastDay)
            continue;
        if (change.from > current.from) {
            current.to = change.from.addDays(-1);
            periods.append(current);
            current.from = change.from;
        }
        apply(change, current);
    }
    current.to = lastDay;
    periods.append(current);
    return periods;
}

ClaimEmployee withTermsOf(const ClaimEmployee &employee, const ContractPeriod &period) {
    ClaimEmployee terms = employee;
    terms.weeklyHours = period.weeklyHours;
    terms.grossHourlyPay = period.grossHourlyPay;
    terms.usualNetHourlyPay = period.usualNetHourlyPay;
    terms.changes.clear();
    return terms;
}

} // namespace apdesk::domain
