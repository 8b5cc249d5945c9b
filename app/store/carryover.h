#pragma once

#include "store/claimlinerepository.h"
#include "store/records.h"
#include "store/storeresult.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace apdesk::store {

class Store;

// Where an employee stands between the previous month's claim and this one.
enum class CarryOverMovement {
    Stays,   // on the previous claim, still employed all this month
    Leaves,  // on the previous claim, leaves during this month (exit date in it)
    Left,    // on the previous claim, left before this month: cannot be taken
    Arrives, // not on the previous claim, entered since the previous month began
};

// One employee of « Reprendre le mois précédent », as proposed to the clerk.
struct CarryOverItem final {
    Employee employee; // as stored now
    CarryOverMovement movement = CarryOverMovement::Stays;
    // What changed in the contract or pay since the previous claim's copy, one sentence each
    // (« Salaire horaire brut : 12,50 € → 13,00 € »); the new terms are those taken.
    QStringList changes;
    bool alreadyOnClaim = false; // this month's claim has them already: left as it is
    // The previous month's hours pattern on this month's weeks (domain::HoursPattern); empty
    // for an arrival, without hours last month, or when hoursWithheld says why not.
    QList<WeekHours> hours;
    // Why last month's hours are not carried although there were some: the working time
    // changed (weekly hours, or to or from the forfait jours), or the form of activité partielle
    // (a reduction's hours worked, a closure's hours chômées), so they would not mean the same.
    QString hoursWithheld;

    // Whether the clerk may tick them, and whether they are ticked at first.
    bool canBeTaken() const { return !alreadyOnClaim && movement != CarryOverMovement::Left; }
    bool proposed() const { return canBeTaken(); }
};

// « Reprendre le mois précédent »: what a claim in preparation would take from the same
// establishment's claim of the month before — its employees, with what changed since (arrivals,
// departures, contract or pay) — and, when the clerk chooses, the same hours pattern.
struct CarryOverPlan final {
    Claim previous;             // the previous month's claim the employees come from
    Claim target;               // the claim they go to
    QList<CarryOverItem> items; // the previous claim's employees by name, then the arrivals

    // The one write that takes the employees `chosen` (ids; those that cannot be taken are
    // skipped) with, when `withHours`, their hours pattern.
    ClaimChange change(const QList<qint64> &chosen, bool withHours) const;
};

class CarryOver final {
    Q_DECLARE_TR_FUNCTIONS(CarryOver)

public:
    explicit CarryOver(const Store &store);

    // The plan for claim `claimId`: Refused when it is no longer in preparation, NotFound when
    // the establishment has no claim for the month before (the message names that month). The
    // previous claim is that month's claim under the same decision if there is one, else under
    // another (a decision renewed); its latest version the ASP did not refuse, else its latest.
    Result<CarryOverPlan> plan(qint64 claimId) const;

    // The previous month's claim of `claim`'s establishment as plan() chooses it; none when
    // there is none.
    Result<std::optional<Claim>> previousOf(const Claim &claim) const;

private:
    const Store &m_store;
};

} // namespace apdesk::store
