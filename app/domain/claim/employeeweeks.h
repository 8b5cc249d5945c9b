#pragma once

#include "domain/claim/claim.h"
#include "domain/claim/claimresult.h"
#include "domain/claim/contractperiods.h"
#include "domain/claim/monthweeks.h"

#include <QCoreApplication>

#include <span>

namespace apdesk::domain {

// Turns one employee's lines into week results: the cap of each week part, the chômées
// (derived for a reduction, entered for a closure, converted from half-days for forfait-jours),
// and the blocking problems of the lines (negative hours, above the cap, a week outside the
// month or outside the employment, a week given twice). Lines are matched to weeks by date, so
// their order does not matter.
class EmployeeWeeks final {
    Q_DECLARE_TR_FUNCTIONS(EmployeeWeeks)

public:
    EmployeeWeeks(const MonthWeeks &weeks, const Decision &decision);

    // Fills result.weeks, result.indemnifiableHours and the line problems.
    void compute(const ClaimEmployee &employee, std::span<const ClaimLine> lines,
                 EmployeeResult &result) const;

private:
    // `contractual`: the week part's contractual hours, under each day's contract.
    void checkLine(const ClaimEmployee &employee, const ClaimLine &line, const WeekPart &week,
                   Hours contractual, EmployeeResult &result) const;
    void addProblem(const ClaimEmployee &employee, const QDate &monday, const QString &field,
                    const QString &what, EmployeeResult &result) const;

    const MonthWeeks &m_weeks;
    const Decision &m_decision;
};

} // namespace apdesk::domain
