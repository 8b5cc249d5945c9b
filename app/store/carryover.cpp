#include "store/carryover.h"

#include "domain/claim/hourspattern.h"
#include "store/claimassembler.h"
#include "store/claimrepository.h"
#include "store/decisioncacherepository.h"
#include "store/editableclaim.h"
#include "store/employeerepository.h"
#include "store/establishmentrepository.h"
#include "store/store.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace apdesk::store {

namespace {

QString monthText(const QDate &month) {
    return QLocale(QLocale::French, QLocale::France).toString(month, QStringLiteral("MMMM yyyy"));
}

QString dayText(const QDate &day) {
    return domain::ContractChanges::dayText(day);
}

QString payText(const std::optional<domain::HourlyPay> &pay) {
    return pay ? pay->toString(QLocale(QLocale::French, QLocale::France))
               : CarryOver::tr("non renseigné");
}

QString contractText(ContractKind kind) {
    switch (kind) {
    case ContractKind::Apprentice:
        return CarryOver::tr("apprentissage");
    case ContractKind::Professionalisation:
        return CarryOver::tr("professionnalisation");
    case ContractKind::Ordinary:
        break;
    }
    return CarryOver::tr("ordinaire");
}

QString hoursOrForfait(bool forfaitJours, domain::Hours weekly) {
    return forfaitJours ? CarryOver::tr("forfait jours") : weekly.frenchText();
}

// What differs between the contract a claim copied (`before`) and the employee's now.
QStringList changesSince(const ClaimLine &before, const Employee &now) {
    QStringList changes;
    if (before.forfaitJours != now.forfaitJours ||
        (!now.forfaitJours && before.contractualWeeklyHours != now.weeklyHours)) {
        changes << CarryOver::tr("Durée du travail : %1 → %2")
                       .arg(hoursOrForfait(before.forfaitJours, before.contractualWeeklyHours),
                            hoursOrForfait(now.forfaitJours, now.weeklyHours));
    }
    if (before.grossHourlyPay != now.grossHourlyPay) {
        changes << CarryOver::tr("Salaire horaire brut : %1 → %2")
                       .arg(payText(before.grossHourlyPay), payText(now.grossHourlyPay));
    }
    if (before.usualNetHourlyPay != now.usualNetHourlyPay) {
        changes << CarryOver::tr("Salaire horaire net habituel : %1 → %2")
                       .arg(payText(before.usualNetHourlyPay), payText(now.usualNetHourlyPay));
    }
    if (before.contract != now.contract) {
        changes << CarryOver::tr("Contrat : %1 → %2")
                       .arg(contractText(before.contract), contractText(now.contract));
    }
    for (const domain::ContractChange &change : now.changes) {
        if (!before.changes.contains(change))
            changes << CarryOver::tr("Changement du contrat ou du salaire au %1")
                           .arg(dayText(change.from));
    }
    return changes;
}

// The days the employee may be indemnified in a month of the claim's decision (CapBasis::from
// and to): employment, within the decision's period when it is known.
domain::CapBasis spanOf(const Employee &employee, const std::optional<CachedDecision> &decision) {
    domain::CapBasis span;
    span.from = employee.entryDate;
    span.to = employee.exitDate;
    if (decision) {
        span.from = std::max(span.from, decision->periodStart);
        if (decision->periodEnd.isValid())
            span.to =
                span.to.isValid() ? std::min(span.to, decision->periodEnd) : decision->periodEnd;
    }
    return span;
}

QList<domain::ClaimLine> engineLines(const QList<ClaimLine> &lines) {
    QList<domain::ClaimLine> converted;
    for (const ClaimLine &line : lines) {
        domain::ClaimLine week;
        week.week = line.hours.weekStart;
        week.worked = line.hours.worked;
        week.treatedAsWorked = line.hours.treatedAsWorked;
        week.chomees = line.hours.chomees;
        week.halfDaysNotWorked = line.hours.halfDaysNotWorked;
        converted << week;
    }
    return converted;
}

QList<WeekHours> storeWeeks(const QList<domain::ClaimLine> &lines) {
    QList<WeekHours> weeks;
    for (const domain::ClaimLine &line : lines)
        weeks << WeekHours{line.week, line.worked, line.treatedAsWorked, line.chomees,
                           line.halfDaysNotWorked};
    return weeks;
}

bool allZero(const QList<WeekHours> &weeks) {
    return std::all_of(weeks.cbegin(), weeks.cend(), [](const WeekHours &w) {
        return w.worked == domain::Hours() && w.treatedAsWorked == domain::Hours() &&
               w.chomees == domain::Hours() && w.halfDaysNotWorked == 0;
    });
}

bool zerosAreChomees(domain::ReductionForm form, const Employee &employee) {
    return form == domain::ReductionForm::HoursReduction && !employee.forfaitJours;
}

} // namespace

ClaimChange CarryOverPlan::change(const QList<qint64> &chosen, bool withHours) const {
    const QSet<qint64> wanted(chosen.cbegin(), chosen.cend());
    ClaimChange change;
    change.weeksOfAddedOnly = true;
    for (const CarryOverItem &item : items) {
        if (!item.canBeTaken() || !wanted.contains(item.employee.id))
            continue;
        change.addEmployees << item.employee.id;
        if (!withHours)
            continue;
        for (const WeekHours &week : item.hours)
            change.weeks << WeekWrite{item.employee.id, week.weekStart, week};
    }
    return change;
}

CarryOver::CarryOver(const Store &store)
    : m_store(store) {}

Result<std::optional<Claim>> CarryOver::previousOf(const Claim &claim) const {
    using R = Result<std::optional<Claim>>;
    const auto claims = m_store.claims().listFor(claim.establishmentId);
    if (!claims)
        return R::failWith(claims);
    const QDate month = claim.month.addMonths(-1);
    // The best candidate so far: same decision first, then not refused; listFor gives the
    // latest version of a decision's month first.
    const auto rank = [&claim](const Claim &c) {
        return (c.decisionNumber == claim.decisionNumber ? 2 : 0) +
               (c.status != ClaimStatus::Refused ? 1 : 0);
    };
    std::optional<Claim> best;
    for (const Claim &candidate : claims.value()) {
        if (candidate.month == month && (!best || rank(candidate) > rank(*best)))
            best = candidate;
    }
    return R::ok(best);
}

Result<CarryOverPlan> CarryOver::plan(qint64 claimId) const {
    using R = Result<CarryOverPlan>;
    CarryOverPlan plan;
    const auto target = m_store.claims().find(claimId);
    if (!target)
        return R::failWith(target);
    plan.target = target.value();
    if (auto refused = EditableClaim::refusal(plan.target.status, plan.target.month))
        return R::fail(*refused);
    const auto previous = previousOf(plan.target);
    if (!previous)
        return R::failWith(previous);
    if (!previous.value()) {
        return R::fail(Error::make(
            ErrorKind::NotFound,
            tr("Cet établissement n'a pas de demande pour %1 : il n'y a rien à reprendre.")
                .arg(monthText(plan.target.month.addMonths(-1)))));
    }
    plan.previous = *previous.value();

    const auto establishment = m_store.establishments().find(plan.target.establishmentId);
    if (!establishment)
        return R::failWith(establishment);
    const auto employees = m_store.employees().listFor(plan.target.establishmentId);
    if (!employees)
        return R::failWith(employees);
    const auto before = m_store.claimLines().contentsOf(plan.previous.id);
    if (!before)
        return R::failWith(before);
    const auto now = m_store.claimLines().contentsOf(plan.target.id);
    if (!now)
        return R::failWith(now);
    const auto decision = m_store.decisionCache().find(plan.target.decisionNumber);
    if (!decision)
        return R::failWith(decision);
    const auto previousDecision = m_store.decisionCache().find(plan.previous.decisionNumber);
    if (!previousDecision)
        return R::failWith(previousDecision);

    const domain::ReductionForm form = ClaimAssembler::reductionForm(decision.value());
    const bool formChanged = form != ClaimAssembler::reductionForm(previousDecision.value());

    QHash<qint64, ClaimLine> copyOf;
    for (const ClaimLine &copy : before->copies)
        copyOf.insert(copy.employeeId, copy);
    QHash<qint64, QList<ClaimLine>> linesOf;
    for (const ClaimLine &line : before->lines)
        linesOf[line.employeeId] << line;
    QSet<qint64> onTarget;
    for (const ClaimLine &copy : now->copies)
        onTarget.insert(copy.employeeId);

    const QString departement = establishment->departement;
    const QDate lastMonth = plan.previous.month;
    const domain::MonthWeeks previousWeeks(lastMonth.year(), lastMonth.month(), departement);
    const domain::MonthWeeks weeks(plan.target.month.year(), plan.target.month.month(),
                                   departement);
    QList<CarryOverItem> arrivals;
    for (const Employee &employee : employees.value()) {
        CarryOverItem item;
        item.employee = employee;
        item.alreadyOnClaim = onTarget.contains(employee.id);
        const bool leftBefore = employee.exitDate.isValid() && employee.exitDate < weeks.firstDay();
        const bool enteredAfter = employee.entryDate > weeks.lastDay();
        const auto copy = copyOf.constFind(employee.id);
        if (copy == copyOf.cend()) {
            if (employee.entryDate < lastMonth || leftBefore || enteredAfter)
                continue; // not new, or not employed this month: nothing to propose
            item.movement = CarryOverMovement::Arrives;
            arrivals << item;
            continue;
        }
        item.movement = leftBefore ? CarryOverMovement::Left
                        : employee.exitDate.isValid() && employee.exitDate <= weeks.lastDay()
                            ? CarryOverMovement::Leaves
                            : CarryOverMovement::Stays;
        item.changes = changesSince(*copy, employee);
        const bool workingTimeChanged =
            copy->forfaitJours != employee.forfaitJours ||
            (!employee.forfaitJours && copy->contractualWeeklyHours != employee.weeklyHours);
        if (item.canBeTaken() && workingTimeChanged && linesOf.contains(employee.id)) {
            item.hoursWithheld =
                tr("la durée du travail a changé depuis %1 : ses heures sont à saisir")
                    .arg(monthText(lastMonth));
        } else if (item.canBeTaken() && formChanged && linesOf.contains(employee.id)) {
            item.hoursWithheld =
                tr("la forme de l'activité partielle a changé depuis %1 : ses heures sont à "
                   "saisir")
                    .arg(monthText(lastMonth));
        } else if (item.canBeTaken()) {
            item.hours = storeWeeks(
                domain::HoursPattern::carry(engineLines(linesOf.value(employee.id)), previousWeeks,
                                            spanOf(employee, previousDecision.value()), weeks,
                                            spanOf(employee, decision.value())));
            // Weeks of zeros mean something only in a reduction of hours, where 0 h worked is
            // a week wholly chômée; in a closure or for a forfait jours they claim nothing.
            if (!zerosAreChomees(form, employee) && allZero(item.hours))
                item.hours.clear();
        }
        plan.items << item;
    }
    plan.items << arrivals;
    return R::ok(plan);
}

} // namespace apdesk::store
