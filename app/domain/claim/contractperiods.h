#pragma once

#include "domain/claim/claim.h"

#include <QDate>
#include <QList>

#include <optional>

namespace apdesk::domain {

// The terms of an employee's contract over one stretch of days.
struct ContractPeriod {
    QDate from; // inside the month
    QDate to;   // inside the month
    Hours weeklyHours;
    std::optional<HourlyPay> grossHourlyPay;
    std::optional<HourlyPay> usualNetHourlyPay;
};

// The stretches of a month over which an employee's contract and pay stay the same: one for an
// employee without changes, one more for each change that falls inside the month. A change
// before the month sets the terms the month starts with; one after it is ignored.
// Changes are taken in date order whatever their order in the list; two changes on the same
// day make the later one in the list win.
QList<ContractPeriod> contractPeriods(const ClaimEmployee &employee, const QDate &firstDay,
                                      const QDate &lastDay);

// The employee with the terms of one period, for what is computed from one contract (the
// hourly amounts).
ClaimEmployee withTermsOf(const ClaimEmployee &employee, const ContractPeriod &period);

} // namespace apdesk::domain
