#pragma once

#include "domain/hourlypay.h"
#include "domain/hours.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace apdesk::domain {

// A change of an employee's contract or pay from a day on (issue 13): a part-timer becoming
// full-time on the 15th, a raise. A field left empty keeps its value from before.
struct ContractChange {
    QDate from; // the first day of the new terms
    std::optional<Hours> weeklyHours;
    std::optional<HourlyPay> grossHourlyPay;
    std::optional<HourlyPay> usualNetHourlyPay;

    friend bool operator==(const ContractChange &, const ContractChange &) = default;
};

// The checks every way in of a change shares (the employees file, the employee form, the
// store), with the same French messages.
class ContractChanges final {
    Q_DECLARE_TR_FUNCTIONS(ContractChanges)

public:
    // Empty when `change` can be one of the changes of an employee who entered on `entry` (null
    // when unknown) and is or is not at the forfait jours; otherwise why not.
    static QString problemOf(const ContractChange &change, bool forfaitJours, const QDate &entry);
    // Empty when no two of `changes` take effect on the same day; otherwise which day.
    static QString sameDayProblem(const QList<ContractChange> &changes);
    // The date as the messages write it: 15/03/2021.
    static QString dayText(const QDate &day);
};

} // namespace apdesk::domain
