#pragma once

#include "domain/claim/hourlyamount.h"
#include "domain/claim/ratesrows.h"
#include "domain/hours.h"
#include "domain/money.h"

#include <QDate>
#include <QList>
#include <QString>

namespace apdesk::domain {

// A finding of the checks, with its French message naming the employee, the week and the field.
struct Problem {
    enum class Level { Blocking, Warning };
    Level level = Level::Blocking;
    QString matricule; // empty for a problem of the whole claim
    QDate week;        // the week's Monday; null when not about one week
    QString field;     // "worked", "treatedAsWorked", "chomees", "nir", "grossHourlyPay", …
    QString message;

    friend bool operator==(const Problem &, const Problem &) = default;
};

// One row of the rates table an amount used, and what for: the "why" of the amount.
struct RateUse {
    QString what;  // "Taux de l'indemnité", "Plancher de l'allocation", …
    QString value; // "70 %", "8,03 € par heure"
    RowOrigin row;

    friend bool operator==(const RateUse &, const RateUse &) = default;
};

struct WeekResult {
    QDate monday;
    QDate first;
    QDate last;
    Hours cap;
    Hours worked;
    Hours treatedAsWorked;
    Hours chomees; // indemnifiable hours of the week: never above cap − worked − treated

    friend bool operator==(const WeekResult &, const WeekResult &) = default;
};

// One stretch of the month under one contract, when the employee's contract or pay changes
// during it: its share of the indemnifiable hours (each week's hours shared in proportion to the
// period's part of the week's cap) and the hourly amounts of its pay.
struct ContractPeriodResult {
    QDate from;
    QDate to;
    Hours hours;
    HourlyAmount indemnityHourly;
    HourlyAmount allocationHourly;

    friend bool operator==(const ContractPeriodResult &, const ContractPeriodResult &) = default;
};

struct EmployeeResult {
    QString matricule;
    QList<WeekResult> weeks;
    Hours indemnifiableHours;
    bool amountsComputed = false; // false when pay or a rate row is missing
    HourlyAmount indemnityHourly;
    HourlyAmount allocationHourly;
    Money indemnity;  // rounded once, to the cent
    Money allocation; // rounded once, to the cent
    // Empty when one contract covers the month; otherwise each period, and then the hourly
    // amounts above are those of the month's last period.
    QList<ContractPeriodResult> contractPeriods;
    QList<RateUse> indemnityWhy;
    QList<RateUse> allocationWhy;
    QList<Problem> problems;

    friend bool operator==(const EmployeeResult &, const EmployeeResult &) = default;
};

// Totals are derived from the employees' rounded amounts, never stored.
struct ClaimResult {
    QList<EmployeeResult> employees;
    QList<Problem> claimProblems;

    Hours totalHours() const;
    Money totalIndemnity() const;
    Money totalAllocation() const;
    QList<Problem> problems() const; // the claim's, then each employee's
    bool hasBlocking() const;
};

} // namespace apdesk::domain
