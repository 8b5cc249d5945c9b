#pragma once

#include "domain/hours.h"
#include "domain/money.h"

#include <QDate>
#include <QString>

#include <array>
#include <optional>

namespace apdesk::domain {

// Which column of the rates table applies to a claim: the establishment's sector under common
// law, or the APLD scheme (whatever the sector).
enum class RateCategory { Common = 0, Protected = 1, Closed = 2, Apld = 3 };
inline constexpr int rateCategoryCount = 4;

// A percentage in hundredths of a percent (70 % = 7000): exact, and room for "52,5 %" should a
// text ever say so.
using Basis = qint64;

// Every row of the table carries when it starts, its legal source, and a note where the value
// or its date is not read in a text (unverified, inferred).
struct RowOrigin {
    QString section; // "rates", "floors", "smic", "payCaps", "annualHourCaps", "apld", …
    int number = 0;  // 1-based position in its section, for messages
    QDate from;
    QString source;
    QString note;

    friend bool operator==(const RowOrigin &, const RowOrigin &) = default;
};

struct RateRow {
    RowOrigin origin;
    // nullopt where the column did not exist yet (APLD before 2020-07-31).
    std::array<std::optional<Basis>, rateCategoryCount> indemnity;
    std::array<std::optional<Basis>, rateCategoryCount> allocation;
};

struct FloorRow {
    RowOrigin origin;
    Money indemnity;                     // indemnity floor (SMIC net hourly)
    Money allocationCommon;              // allocation floor, common rate
    std::optional<Money> allocation70;   // allocation floor of the categories at 70 %
    std::optional<Money> allocationApld; // allocation floor under APLD
};

struct SmicRow {
    RowOrigin origin;
    Money hourlyGross;
};

// Caps on the hourly pay taken as the base, as a multiple of the gross hourly SMIC in
// hundredths (4.5 × SMIC = 450); nullopt = no cap. netPayCap: the indemnity may not exceed the
// employee's usual net hourly pay.
struct PayCapRow {
    RowOrigin origin;
    // By category: the APLD indemnity was capped from the scheme's start, the common-law one
    // from 2021 only. In hundredths (4.5 = 450); nullopt: not capped.
    std::array<std::optional<qint64>, rateCategoryCount> indemnitySmicMultiple;
    std::optional<qint64> allocationSmicMultiple;
    bool netPayCap = false;
};

// Rules of the APLD scheme that are not a rate.
struct ApldRuleRow {
    RowOrigin origin;
    // The employer gets the common-law allocation its sector would get when that hourly amount
    // (with its own rate, cap and floor) is higher than the APLD one.
    bool commonLawAllocationWhenHigher = false;
};

// Rules for apprentices and professionalisation contracts.
struct ApprenticeRuleRow {
    RowOrigin origin;
    // Paid below the SMIC: the allocation equals the indemnity (their own pay): the employer
    // keeps nothing to pay ("reste à charge nul").
    bool allocationEqualsIndemnityBelowSmic = false;
    // Whatever the pay: the allocation is never above the indemnity.
    bool allocationAtMostIndemnity = false;
};

struct AnnualHourCapRow {
    RowOrigin origin;
    Hours hours;
};

} // namespace apdesk::domain
