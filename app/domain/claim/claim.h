#pragma once

#include "domain/claim/contractchange.h"
#include "domain/claim/ratesrows.h"
#include "domain/hourlypay.h"
#include "domain/hours.h"
#include "domain/money.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace apdesk::domain {

enum class Sector { Common, Protected, Closed };
enum class ReductionForm { HoursReduction, TemporaryClosure };
enum class Scheme { CommonLaw, Apld };

struct Establishment {
    QString siret;
    QString departement; // "67", "2A", "974": decides Alsace-Moselle's extra holidays
    Sector sector = Sector::Common;
};

struct Decision {
    QString number;
    QDate start;
    QDate end;
    ReductionForm form = ReductionForm::HoursReduction;
    Scheme scheme = Scheme::CommonLaw;
    Hours authorisedHours; // the contingent
    int authorisedHeadcount = 0;
};

// An employee as the claim knows them: a claim keeps the contract and pay it was computed with.
struct ClaimEmployee {
    QString nir;
    QString matricule; // the key lines refer to
    QString lastName;
    QString firstName;
    QDate entry; // null: employed before the month
    QDate exit;  // null: still employed after the month
    Hours weeklyHours;
    bool forfaitJours = false;
    std::optional<HourlyPay> grossHourlyPay;
    std::optional<HourlyPay> usualNetHourlyPay; // needed for the net-pay cap (from 2021-07)
    bool apprentice = false;                    // apprenticeship or professionalisation contract
    // The contract and pay above are those before the first change; the changes follow in date
    // order (see ContractPeriods). A change to or from forfait-jours is not one of them.
    QList<ContractChange> changes;
    // Indemnifiable hours of this employee in earlier claims of the same calendar year (annual
    // cap).
    Hours hoursEarlierThisYear;

    QString displayName() const {
        return QCoreApplication::translate("ClaimEmployee", "%1 %2 (matricule %3)")
            .arg(firstName, lastName, matricule);
    }
};

// One employee × one week. `week` may be any day of the Monday–Sunday week, even in the
// neighbouring month. With a reduction the clerk enters worked and treated-as-worked hours and
// the chômées are derived; with a closure the chômées are entered. Forfait-jours employees give
// half-days not worked instead.
struct ClaimLine {
    QString matricule;
    QDate week;
    Hours worked;
    Hours treatedAsWorked;     // paid leave, sickness, other absences counted as worked
    Hours chomees;             // entered for closures only
    int halfDaysNotWorked = 0; // forfait-jours only: ½ day = 3.5 h
};

struct Claim {
    Establishment establishment;
    Decision decision;
    int year = 0;
    int month = 0;
    QList<ClaimEmployee> employees;
    QList<ClaimLine> lines;
    Hours decisionHoursUsedEarlier; // hours of earlier claims on the same decision
    QDate today;                    // injected: the filing-deadline check reads it

    QDate firstDay() const { return QDate(year, month, 1); }
    QDate lastDay() const { return firstDay().addDays(firstDay().daysInMonth() - 1); }
};

// The column of the establishment's sector under common law, whatever the claim's scheme.
inline RateCategory sectorCategory(const Claim &claim) {
    switch (claim.establishment.sector) {
    case Sector::Protected:
        return RateCategory::Protected;
    case Sector::Closed:
        return RateCategory::Closed;
    case Sector::Common:
        break;
    }
    return RateCategory::Common;
}

// The column of the rates table the claim is computed with.
inline RateCategory rateCategory(const Claim &claim) {
    return claim.decision.scheme == Scheme::Apld ? RateCategory::Apld : sectorCategory(claim);
}

} // namespace apdesk::domain
