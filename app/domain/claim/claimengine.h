#pragma once

#include "domain/claim/claim.h"
#include "domain/claim/claimresult.h"
#include "domain/claim/employeeamounts.h"
#include "domain/claim/monthweeks.h"
#include "domain/claim/ratestable.h"

#include <QCoreApplication>

#include <span>

namespace apdesk::domain {

// Computes a claim: each employee's weeks, hours and amounts under the rates in force, and the
// checks. Each employee is computed from the claim's header and that employee's own lines only,
// so recomputing after one edit touches one employee (computeEmployee gives exactly what
// compute() gives for that employee); totals are derived from the employees' rounded amounts.
class ClaimEngine final {
    Q_DECLARE_TR_FUNCTIONS(ClaimEngine)

public:
    explicit ClaimEngine(const RatesTable &rates);

    // A claim of many employees is computed in slices, one per core: each employee's result
    // depends on the header and its own lines only.
    ClaimResult compute(const Claim &claim, Reasons reasons = Reasons::Recorded) const;
    EmployeeResult computeEmployee(const Claim &claim, const ClaimEmployee &employee) const;

    // What every employee of a claim is computed with: the month's weeks and the amounts'
    // calculator. A screen that recomputes one employee per edit makes it once per claim and
    // gives that employee's lines itself, so that an edit costs one employee's lines, not the
    // claim's (computeEmployee above looks through all of them).
    struct Month {
        MonthWeeks weeks;
        EmployeeAmounts amounts;
    };
    Month monthOf(const Claim &claim, Reasons reasons = Reasons::Recorded) const;
    // `lines`: the employee's own lines, in any order. The same result as computeEmployee.
    EmployeeResult computeEmployee(const Claim &claim, const ClaimEmployee &employee,
                                   const QList<ClaimLine> &lines, const Month &month) const;

    // The date whose rows apply to the claim: the month's first day, or the decision's start
    // when it falls later in the month (so an APLD decision starting on 2020-07-31 finds the
    // APLD rows of that day).
    static QDate ratesDate(const Claim &claim);

private:
    // The amounts' calculator of the claim's scheme, sector and date.
    EmployeeAmounts amountsFor(const Claim &claim, Reasons reasons) const;
    // computeEmployee with the employee's lines already picked out of claim.lines (in their
    // order), and the month's weeks and the amounts' calculator made once for the claim:
    // compute() uses it for claims of thousands of employees, so that it costs the lines once
    // rather than employees × lines, and formats the claim's shared amounts once.
    EmployeeResult computeEmployee(const Claim &claim, const ClaimEmployee &employee,
                                   std::span<const ClaimLine> lines, const MonthWeeks &weeks,
                                   const EmployeeAmounts &amounts) const;
    void checkEmployee(const Claim &claim, const ClaimEmployee &employee,
                       EmployeeResult &result) const;

    const RatesTable &m_rates;
};

} // namespace apdesk::domain
