#include "store/claimassembler.h"

#include "sqlite/database.h"
#include "sqlite/transaction.h"
#include "store/claimlinerepository.h"
#include "store/claimrepository.h"
#include "store/decisioncacherepository.h"
#include "store/employeerepository.h"
#include "store/establishmentrepository.h"
#include "store/store.h"

#include <QHash>

#include <limits>

namespace apdesk::store {

namespace {

domain::Sector toSector(SectorCategory category) {
    return category == SectorCategory::Common ? domain::Sector::Common : domain::Sector::Protected;
}

} // namespace

ClaimAssembler::ClaimAssembler(const Store &store)
    : m_store(store) {}

domain::Decision ClaimAssembler::toDecision(const CachedDecision &cached) {
    domain::Decision decision;
    decision.number = cached.number;
    decision.start = cached.periodStart;
    decision.end = cached.periodEnd;
    decision.form = ClaimAssembler::reductionForm(cached);
    decision.scheme = cached.scheme.compare(u"apld", Qt::CaseInsensitive) == 0
                          ? domain::Scheme::Apld
                          : domain::Scheme::CommonLaw;
    decision.authorisedHours = cached.authorisedHours;
    decision.authorisedHeadcount = cached.authorisedHeadcount;
    return decision;
}

WeekHours ClaimAssembler::toWeekHours(const domain::ClaimLine &line) {
    WeekHours hours;
    hours.weekStart = line.week;
    hours.worked = line.worked;
    hours.treatedAsWorked = line.treatedAsWorked;
    hours.chomees = line.chomees;
    hours.halfDaysNotWorked = line.halfDaysNotWorked;
    return hours;
}

domain::ClaimEmployee ClaimAssembler::toClaimEmployee(const Employee &employee) {
    domain::ClaimEmployee e;
    e.nir = employee.nir;
    e.matricule = employee.matricule;
    e.lastName = employee.lastName;
    e.firstName = employee.firstName;
    e.entry = employee.entryDate == unknownEntryDate() ? QDate() : employee.entryDate;
    e.exit = employee.exitDate;
    e.forfaitJours = employee.forfaitJours;
    e.weeklyHours = employee.forfaitJours ? domain::Hours() : employee.weeklyHours;
    e.grossHourlyPay = employee.grossHourlyPay;
    e.usualNetHourlyPay = employee.usualNetHourlyPay;
    e.apprentice = employee.contract != ContractKind::Ordinary;
    e.changes = employee.changes;
    return e;
}

Employee ClaimAssembler::toEmployee(const domain::ClaimEmployee &employee, qint64 establishmentId) {
    Employee e;
    e.establishmentId = establishmentId;
    e.nir = employee.nir;
    e.matricule = employee.matricule;
    e.lastName = employee.lastName;
    e.firstName = employee.firstName;
    e.entryDate = employee.entry.isValid() ? employee.entry : unknownEntryDate();
    e.exitDate = employee.exit;
    e.forfaitJours = employee.forfaitJours;
    e.weeklyHours = employee.forfaitJours ? domain::Hours() : employee.weeklyHours;
    e.grossHourlyPay = employee.grossHourlyPay.value_or(domain::HourlyPay());
    e.usualNetHourlyPay = employee.usualNetHourlyPay;
    e.contract = employee.apprentice ? ContractKind::Apprentice : ContractKind::Ordinary;
    e.changes = employee.changes;
    return e;
}

domain::ReductionForm ClaimAssembler::reductionForm(const std::optional<CachedDecision> &decision) {
    // Forms 1–2 reduce hours, 3–4 close (DOMAIN.md section 2).
    return decision && decision->form >= 3 ? domain::ReductionForm::TemporaryClosure
                                           : domain::ReductionForm::HoursReduction;
}

Result<AssembledClaim> ClaimAssembler::assemble(qint64 claimId, const QDate &today) const {
    auto sources = read(claimId);
    if (!sources)
        return Result<AssembledClaim>::failWith(sources);
    return Result<AssembledClaim>::ok(build(*sources, today));
}

Result<ClaimSources> ClaimAssembler::read(qint64 claimId, Lines which) const {
    using R = Result<ClaimSources>;
    const auto stamp = sqlite::changeStamp(m_store.database().connection());
    // One snapshot: an import committing meanwhile on another connection is seen whole or not
    // at all (its new employees with their lines).
    return sqlite::inReadSnapshot(m_store.database().connection(), [&](QSqlDatabase &) -> R {
        ClaimSources sources;
        auto record = m_store.claims().find(claimId);
        if (!record)
            return R::failWith(record);
        sources.record = std::move(record).value();
        auto establishment = m_store.establishments().find(sources.record.establishmentId);
        if (!establishment)
            return R::failWith(establishment);
        sources.establishment = std::move(establishment).value();
        auto employees = m_store.employees().listFor(sources.record.establishmentId);
        if (!employees)
            return R::failWith(employees);
        sources.employees = std::move(employees).value();
        if (which == Lines::Read) {
            auto contents = m_store.claimLines().contentsOf(claimId);
            if (!contents)
                return R::failWith(contents);
            sources.copies = std::move(contents.value().copies);
            sources.lines = std::move(contents.value().lines);
            sources.stamp = stamp; // complete sources only can be current
        }
        auto decision = m_store.decisionCache().find(sources.record.decisionNumber);
        if (!decision)
            return R::failWith(decision);
        sources.decision = std::move(decision).value();
        return R::ok(std::move(sources));
    });
}

bool ClaimAssembler::isCurrent(const ClaimSources &sources) const {
    return sources.stamp && sources.stamp == sqlite::changeStamp(m_store.database().connection());
}

AssembledClaim ClaimAssembler::build(const ClaimSources &sources, const QDate &today) {
    AssembledClaim out;
    out.record = sources.record;
    out.establishment = sources.establishment;
    const QList<Employee> &employees = sources.employees;

    domain::Claim &claim = out.claim;
    claim.establishment.siret = out.establishment.siret;
    claim.establishment.departement = out.establishment.departement;
    claim.establishment.sector = toSector(out.establishment.sector);
    claim.year = out.record.month.year();
    claim.month = out.record.month.month();
    claim.today = today;
    out.decisionKnown = sources.decision.has_value();
    if (out.decisionKnown) {
        claim.decision = toDecision(*sources.decision);
    } else {
        claim.decision.number = out.record.decisionNumber;
        claim.decision.start = claim.firstDay();
        claim.decision.end = claim.lastDay();
        claim.decision.authorisedHours =
            domain::Hours::fromHundredths(std::numeric_limits<qint32>::max());
        claim.decision.authorisedHeadcount = std::numeric_limits<int>::max();
    }

    // Pointers into the employee list, and each employee's key found once: a batch claim
    // has tens of thousands of employees and five lines each.
    QHash<qint64, const Employee *> byId;
    byId.reserve(employees.size());
    QHash<QString, int> matriculeUses;
    for (const Employee &e : employees) {
        byId.insert(e.id, &e);
        if (!e.matricule.isEmpty())
            matriculeUses[e.matricule] += 1;
    }
    const Employee missing;
    QHash<qint64, QString> keyOf;
    keyOf.reserve(employees.size());
    // An employee of the claim, with its contract and pay as copied for it (on `copy`).
    const auto addEmployee = [&](const ClaimLine &copy) {
        const Employee &stored = *byId.value(copy.employeeId, &missing);
        domain::ClaimEmployee e = toClaimEmployee(stored);
        // What the claim was computed with: the copy on the line, not today's contract.
        e.forfaitJours = copy.forfaitJours;
        e.weeklyHours = copy.forfaitJours ? domain::Hours() : copy.contractualWeeklyHours;
        e.grossHourlyPay = copy.grossHourlyPay;
        e.usualNetHourlyPay = copy.usualNetHourlyPay;
        e.apprentice = copy.contract != ContractKind::Ordinary;
        e.changes = copy.changes;
        if (e.matricule.isEmpty() || matriculeUses.value(e.matricule) > 1)
            e.matricule = stored.nir;
        claim.employees.append(std::move(e));
        out.employeeIds.append(copy.employeeId);
        return keyOf.insert(copy.employeeId, claim.employees.constLast().matricule);
    };
    claim.lines.reserve(sources.lines.size());
    claim.employees.reserve(sources.copies.size());
    out.employeeIds.reserve(sources.copies.size());
    for (const ClaimLine &line : sources.lines) {
        auto key = keyOf.constFind(line.employeeId);
        if (key == keyOf.cend())
            key = addEmployee(line);
        domain::ClaimLine l;
        l.matricule = *key;
        l.week = line.hours.weekStart;
        l.worked = line.hours.worked;
        l.treatedAsWorked = line.hours.treatedAsWorked;
        l.chomees = line.hours.chomees;
        l.halfDaysNotWorked = line.hours.halfDaysNotWorked;
        claim.lines.append(l);
    }
    // Employees put on the claim whose hours are not entered yet: on the claim all the same
    // (the screens show them, the checks count them), after those with lines.
    for (const ClaimLine &copy : sources.copies) {
        if (keyOf.contains(copy.employeeId))
            continue;
        addEmployee(copy);
    }
    return out;
}

} // namespace apdesk::store
