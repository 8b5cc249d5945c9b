#include "claimengine.h"

#include "domain/claim/claimchecks.h"
#include "domain/claim/employeeamounts.h"
#include "domain/claim/employeeweeks.h"
#include "domain/claim/monthweeks.h"
#include "domain/nir.h"

#include <QHash>
#include <QLocale>
#include <QThread>

#include <algorithm>
#include <future>
#include <system_error>
#include <vector>

namespace apdesk::domain {

namespace {

// Above this the pay is surely a typing error (issue 5: "implausible pay").
constexpr qint64 implausibleHourlyPayCents = 20000;

// Each employee's lines as one run of `grouped`, in the claim's order: the claim's own lines
// (shared, not copied) when each employee's come together, as a stored claim's do; else a copy
// that brings them together. A claim may have 100,000 lines: they are neither copied nor
// hashed one by one.
struct LineRuns {
    QList<ClaimLine> grouped;
    QHash<QString, std::pair<qsizetype, qsizetype>> runs; // by matricule: [first, end)

    std::span<const ClaimLine> of(const QString &matricule) const {
        const auto run = runs.constFind(matricule);
        if (run == runs.cend())
            return {};
        return {grouped.constData() + run->first, size_t(run->second - run->first)};
    }
};

// The runs of `lines` by matricule; false when a matricule has lines in two places.
bool findRuns(const QList<ClaimLine> &lines,
              QHash<QString, std::pair<qsizetype, qsizetype>> &runs) {
    for (qsizetype first = 0; first < lines.size();) {
        qsizetype end = first + 1;
        while (end < lines.size() && lines.at(end).matricule == lines.at(first).matricule)
            ++end;
        if (runs.contains(lines.at(first).matricule))
            return false;
        runs.insert(lines.at(first).matricule, {first, end});
        first = end;
    }
    return true;
}

LineRuns lineRuns(const Claim &claim) {
    LineRuns out;
    out.runs.reserve(claim.employees.size());
    out.grouped = claim.lines;
    if (findRuns(out.grouped, out.runs))
        return out;
    // Scattered (a claim file written by hand): each matricule's lines where its first one is,
    // keeping their order.
    QHash<QString, qsizetype> rank;
    for (const ClaimLine &line : claim.lines)
        rank.insert(line.matricule, rank.value(line.matricule, rank.size()));
    std::stable_sort(out.grouped.begin(), out.grouped.end(),
                     [&rank](const ClaimLine &l, const ClaimLine &r) {
                         return rank.value(l.matricule) < rank.value(r.matricule);
                     });
    out.runs.clear();
    findRuns(out.grouped, out.runs);
    return out;
}

} // namespace

ClaimEngine::ClaimEngine(const RatesTable &rates)
    : m_rates(rates) {}

QDate ClaimEngine::ratesDate(const Claim &claim) {
    const QDate first = claim.firstDay();
    if (claim.decision.start > first && claim.decision.start <= claim.lastDay())
        return claim.decision.start;
    return first;
}

ClaimResult ClaimEngine::compute(const Claim &claim, Reasons reasons) const {
    ClaimResult result;
    result.claimProblems = ClaimChecks::header(claim);
    if (!claim.firstDay().isValid())
        return result;
    // Each employee's lines, found once in the claim's order (the order computeEmployee would
    // find them in), and the month's weeks, made once.
    const LineRuns lines = lineRuns(claim);
    const MonthWeeks weeks(claim.year, claim.month, claim.establishment.departement);

    const qsizetype count = claim.employees.size();
    result.employees.resize(count);
    EmployeeResult *out = result.employees.data(); // each slice writes its own part
    // A slice has its own amounts' calculator: its caches of texts are not shared.
    const auto computeSlice = [&](qsizetype from, qsizetype to) {
        const EmployeeAmounts amounts = amountsFor(claim, reasons);
        for (qsizetype i = from; i < to; ++i) {
            const ClaimEmployee &employee = claim.employees.at(i);
            out[i] = computeEmployee(claim, employee, lines.of(employee.matricule), weeks, amounts);
        }
    };
    // Below a few hundred employees a thread costs more than it saves.
    constexpr qsizetype employeesPerSlice = 500;
    const qsizetype slices = std::clamp<qsizetype>(count / employeesPerSlice, 1,
                                                   std::max(1, QThread::idealThreadCount()));
    std::vector<std::future<void>> others;
    for (qsizetype s = 1; s < slices; ++s) {
        const qsizetype from = count * s / slices;
        const qsizetype to = count * (s + 1) / slices;
        try {
            others.push_back(std::async(std::launch::async, computeSlice, from, to));
        } catch (const std::system_error &) {
            computeSlice(from, to); // no thread to be had: this one does it
        }
    }
    computeSlice(0, count / slices);
    for (std::future<void> &slice : others)
        slice.get();

    result.claimProblems += ClaimChecks::totals(claim, result);
    return result;
}

EmployeeResult ClaimEngine::computeEmployee(const Claim &claim,
                                            const ClaimEmployee &employee) const {
    if (!claim.firstDay().isValid()) {
        EmployeeResult result;
        result.matricule = employee.matricule;
        return result;
    }
    QList<ClaimLine> lines;
    for (const ClaimLine &line : claim.lines) {
        if (line.matricule == employee.matricule)
            lines.append(line);
    }
    return computeEmployee(claim, employee, lines, monthOf(claim));
}

ClaimEngine::Month ClaimEngine::monthOf(const Claim &claim, Reasons reasons) const {
    return {MonthWeeks(claim.year, claim.month, claim.establishment.departement),
            amountsFor(claim, reasons)};
}

EmployeeAmounts ClaimEngine::amountsFor(const Claim &claim, Reasons reasons) const {
    return EmployeeAmounts(m_rates, rateCategory(claim), sectorCategory(claim), ratesDate(claim),
                           reasons);
}

EmployeeResult ClaimEngine::computeEmployee(const Claim &claim, const ClaimEmployee &employee,
                                            const QList<ClaimLine> &lines,
                                            const Month &month) const {
    return computeEmployee(claim, employee,
                           std::span<const ClaimLine>(lines.constData(), size_t(lines.size())),
                           month.weeks, month.amounts);
}

EmployeeResult ClaimEngine::computeEmployee(const Claim &claim, const ClaimEmployee &employee,
                                            std::span<const ClaimLine> lines,
                                            const MonthWeeks &weeks,
                                            const EmployeeAmounts &amounts) const {
    EmployeeResult result;
    result.matricule = employee.matricule;
    if (!claim.firstDay().isValid())
        return result;
    EmployeeWeeks(weeks, claim.decision).compute(employee, lines, result);
    checkEmployee(claim, employee, result);
    amounts.compute(employee, result);
    return result;
}

void ClaimEngine::checkEmployee(const Claim &claim, const ClaimEmployee &employee,
                                EmployeeResult &result) const {
    const auto add = [&](Problem::Level level, const QString &field, const QString &message) {
        result.problems.append({level, employee.matricule, {}, field, message});
    };

    if (employee.nir.trimmed().isEmpty()) {
        add(Problem::Level::Blocking, QStringLiteral("nir"),
            tr("%1, NIR : manquant ; le numéro de sécurité sociale est obligatoire.")
                .arg(employee.displayName()));
    } else if (const auto nir = Nir::parse(employee.nir); !nir) {
        add(Problem::Level::Blocking, QStringLiteral("nir"),
            tr("%1, NIR : %2").arg(employee.displayName(), nir.error()));
    }

    if (!employee.grossHourlyPay) {
        add(Problem::Level::Blocking, QStringLiteral("grossHourlyPay"),
            tr("%1, rémunération horaire brute : manquante ; elle est nécessaire au calcul.")
                .arg(employee.displayName()));
    } else {
        const HourlyPay gross = *employee.grossHourlyPay;
        const auto floors = m_rates.floorsAt(ratesDate(claim));
        if (floors && !employee.apprentice && gross < floors->indemnity) {
            add(Problem::Level::Warning, QStringLiteral("grossHourlyPay"),
                tr("%1, rémunération horaire brute : %2 est sous le plancher de l'indemnité "
                   "(%3) sans que le salarié soit apprenti ou en contrat de professionnalisation.")
                    .arg(employee.displayName(),
                         gross.toString(QLocale(QLocale::French, QLocale::France)),
                         floors->indemnity.toString(QLocale(QLocale::French, QLocale::France))));
        }
        if (gross > HourlyPay::fromCents(implausibleHourlyPayCents)) {
            add(Problem::Level::Warning, QStringLiteral("grossHourlyPay"),
                tr("%1, rémunération horaire brute : %2 dépasse 200 € de l'heure ; vérifiez la "
                   "saisie.")
                    .arg(employee.displayName(),
                         gross.toString(QLocale(QLocale::French, QLocale::France))));
        }
    }

    const auto cap = m_rates.annualHourCapAt(ratesDate(claim));
    if (cap && employee.hoursEarlierThisYear + result.indemnifiableHours > cap->hours) {
        add(Problem::Level::Warning, QStringLiteral("annualCap"),
            tr("%1 : %2 chômées ce mois-ci et %3 plus tôt dans l'année dépassent le contingent "
               "annuel de %4 par salarié.")
                .arg(employee.displayName(), result.indemnifiableHours.frenchText(),
                     employee.hoursEarlierThisYear.frenchText(), cap->hours.frenchText()));
    }
}

} // namespace apdesk::domain
