#include "employeeweeks.h"

#include <QHash>
#include <QLocale>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <utility>

namespace apdesk::domain {

namespace {

constexpr qint64 hundredthsPerHalfDay = 350; // forfait-jours: ½ day = 3.5 h (art. D5122-15)

QString dateText(const QDate &date) {
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

QDate later(const QDate &a, const QDate &b) {
    if (a.isNull())
        return b;
    if (b.isNull())
        return a;
    return std::max(a, b);
}

QDate earlier(const QDate &a, const QDate &b) {
    if (a.isNull())
        return b;
    if (b.isNull())
        return a;
    return std::min(a, b);
}

// The cap of a week part, and its contractual hours, summed over the contract's periods (each
// period's days with its own weekly hours), with each period's share of the cap.
struct WeekCaps {
    Hours cap;
    Hours contractual;
    QVarLengthArray<Hours, 2> byPeriod;
};

WeekCaps capsOf(const WeekPart &week, const QList<ContractPeriod> &periods, bool forfaitJours,
                const QDate &from, const QDate &to) {
    WeekCaps caps;
    for (const ContractPeriod &period : periods) {
        const CapBasis basis{period.weeklyHours, forfaitJours, later(from, period.from),
                             earlier(to, period.to)};
        const Hours cap = MonthWeeks::cap(week, basis);
        caps.cap += cap;
        caps.contractual += MonthWeeks::contractualHours(week, basis);
        caps.byPeriod.append(cap);
    }
    return caps;
}

// Adds a week's chômées to each period's hours in proportion to the period's share of the
// week's cap (the days the hours were not worked are not known, only the week's total); the
// last period with a share takes the rounding's remainder, so that the shares add up exactly.
void sharePerPeriod(Hours chomees, const WeekCaps &caps, QList<Hours> &hoursByPeriod) {
    if (chomees.isZero() || caps.cap.isZero())
        return;
    qsizetype last = 0;
    for (qsizetype p = 0; p < caps.byPeriod.size(); ++p) {
        if (!caps.byPeriod[p].isZero())
            last = p;
    }
    Hours given;
    for (qsizetype p = 0; p < last; ++p) {
        const Hours share = Hours::fromHundredths(chomees.hundredths() *
                                                  caps.byPeriod[p].hundredths() /
                                                  caps.cap.hundredths());
        hoursByPeriod[p] += share;
        given += share;
    }
    hoursByPeriod[last] += chomees - given;
}

} // namespace

EmployeeWeeks::EmployeeWeeks(const MonthWeeks &weeks, const Decision &decision)
    : m_weeks(weeks)
    , m_decision(decision) {}

void EmployeeWeeks::addProblem(const ClaimEmployee &employee, const QDate &monday,
                               const QString &field, const QString &what,
                               EmployeeResult &result) const {
    // Not static: tr() must follow a language change.
    const QHash<QString, QString> labels = {
        {QStringLiteral("worked"), tr("heures travaillées")},
        {QStringLiteral("treatedAsWorked"), tr("heures assimilées à du travail")},
        {QStringLiteral("chomees"), tr("heures chômées")},
        {QStringLiteral("halfDaysNotWorked"), tr("demi-journées non travaillées")},
        {QStringLiteral("week"), tr("semaine")},
    };
    const QString message =
        tr("%1, semaine du %2, %3 : %4")
            .arg(employee.displayName(), dateText(monday), labels.value(field, field), what);
    result.problems.append({Problem::Level::Blocking, employee.matricule, monday, field, message});
}

void EmployeeWeeks::compute(const ClaimEmployee &employee, std::span<const ClaimLine> lines,
                            EmployeeResult &result) const {
    // The days that may be indemnified: employed, and inside the decision's period; each with
    // the contract in force that day.
    const QDate from = later(employee.entry, m_decision.start);
    const QDate to = earlier(employee.exit, m_decision.end);
    const QList<ContractPeriod> periods =
        contractPeriods(employee, m_weeks.firstDay(), m_weeks.lastDay());
    QVarLengthArray<WeekCaps, 6> caps;
    result.weeks.clear();
    result.weeks.reserve(m_weeks.weeks().size());
    for (const WeekPart &week : m_weeks.weeks()) {
        caps.append(capsOf(week, periods, employee.forfaitJours, from, to));
        result.weeks.append({week.monday, week.first, week.last, caps.last().cap, {}, {}, {}});
    }

    // Group by week first, so that the result never depends on the order of the lines, by
    // week index, so that problems come out in week order. A month has at most six week parts
    // and an employee usually one line in each: kept on the stack, since this runs for each of
    // a batch's employees.
    QVarLengthArray<QVarLengthArray<const ClaimLine *, 1>, 6> byWeek(m_weeks.weeks().size());
    for (const ClaimLine &line : lines) {
        const auto index = m_weeks.weekIndexFor(line.week);
        if (!index) {
            addProblem(employee,
                       line.week.isValid() ? line.week.addDays(1 - line.week.dayOfWeek())
                                           : line.week,
                       QStringLiteral("week"),
                       tr("cette semaine ne touche pas le mois de la demande (%1/%2).")
                           .arg(m_weeks.month(), 2, 10, QLatin1Char('0'))
                           .arg(m_weeks.year()),
                       result);
            continue;
        }
        byWeek[*index].append(&line);
    }
    for (qsizetype index = 0; index < byWeek.size(); ++index) {
        const auto &weekLines = byWeek[index];
        const WeekPart &week = m_weeks.weeks().at(index);
        if (weekLines.size() > 1) {
            addProblem(employee, week.monday, QStringLiteral("week"),
                       tr("%1 lignes pour la même semaine ; une seule est attendue.")
                           .arg(weekLines.size()),
                       result);
            continue;
        }
        if (weekLines.size() == 1)
            checkLine(employee, *weekLines.first(), week, caps[index].contractual, result);
    }

    // Sort the problems by week so that their order, too, is independent of the lines'.
    std::stable_sort(result.problems.begin(), result.problems.end(),
                     [](const Problem &l, const Problem &r) {
                         return std::tie(l.week, l.field) < std::tie(r.week, r.field);
                     });
    Hours total;
    for (const WeekResult &week : result.weeks)
        total += week.chomees;
    result.indemnifiableHours = total;
    result.contractPeriods.clear();
    if (periods.size() > 1) {
        QList<Hours> hours(periods.size());
        for (qsizetype index = 0; index < result.weeks.size(); ++index)
            sharePerPeriod(result.weeks[index].chomees, caps[index], hours);
        for (qsizetype p = 0; p < periods.size(); ++p)
            result.contractPeriods.append({periods[p].from, periods[p].to, hours[p], {}, {}});
    }
}

void EmployeeWeeks::checkLine(const ClaimEmployee &employee, const ClaimLine &line,
                              const WeekPart &week, Hours contractual,
                              EmployeeResult &result) const {
    const auto index = m_weeks.weekIndexFor(week.monday);
    WeekResult &out = result.weeks[*index];
    const Hours cap = out.cap;

    bool valid = true;
    const std::array<std::pair<QString, Hours>, 3> entered = {{
        {QStringLiteral("worked"), line.worked},
        {QStringLiteral("treatedAsWorked"), line.treatedAsWorked},
        {QStringLiteral("chomees"), line.chomees},
    }};
    for (const auto &[field, hours] : entered) {
        if (hours.isNegative()) {
            addProblem(employee, week.monday, field,
                       tr("%1 est négatif ; un nombre d'heures positif ou nul est attendu.")
                           .arg(hours.frenchText()),
                       result);
            valid = false;
        }
    }
    if (line.halfDaysNotWorked < 0) {
        addProblem(employee, week.monday, QStringLiteral("halfDaysNotWorked"),
                   tr("%1 est négatif ; un nombre positif ou nul est attendu.")
                       .arg(line.halfDaysNotWorked),
                   result);
        valid = false;
    }
    if (!valid)
        return;

    const Hours fromHalfDays = Hours::fromHundredths(hundredthsPerHalfDay * line.halfDaysNotWorked);
    const bool anything = !line.worked.isZero() || !line.treatedAsWorked.isZero() ||
                          !line.chomees.isZero() || line.halfDaysNotWorked != 0;
    const CapBasis employment{employee.weeklyHours, employee.forfaitJours, employee.entry,
                              employee.exit};
    if (anything && MonthWeeks::indemnifiableDays(week, employment) == 0 &&
        !week.workingDays.isEmpty()) {
        addProblem(employee, week.monday, QStringLiteral("week"),
                   tr("des heures sont saisies hors de la période d'emploi (entrée le %1, sortie "
                      "le %2).")
                       .arg(employee.entry.isNull() ? tr("—") : dateText(employee.entry),
                            employee.exit.isNull() ? tr("—") : dateText(employee.exit)),
                   result);
        return;
    }

    out.worked = line.worked;
    out.treatedAsWorked = line.treatedAsWorked;
    const Hours present = line.worked + line.treatedAsWorked;
    const Hours room = std::max(Hours(), cap - present);
    const bool derived = !employee.forfaitJours && m_decision.form == ReductionForm::HoursReduction;
    if (derived) {
        // A reduction: chômées = cap − worked − treated-as-worked. Working up to the contract
        // (39 h for a 39 h employee) is normal and simply leaves nothing chômé; beyond it the
        // entry is wrong.
        if (present > std::max(cap, contractual)) {
            addProblem(employee, week.monday, QStringLiteral("worked"),
                       tr("travaillées et assimilées (%1) dépassent le plafond de la semaine "
                          "(%2) et le contrat (%3).")
                           .arg(present.frenchText(), cap.frenchText(), contractual.frenchText()),
                       result);
        }
        out.chomees = room;
        return;
    }
    const Hours claimed = employee.forfaitJours ? fromHalfDays : line.chomees;
    const QString field =
        employee.forfaitJours ? QStringLiteral("halfDaysNotWorked") : QStringLiteral("chomees");
    if (present + claimed > cap) {
        addProblem(employee, week.monday, field,
                   tr("travaillées %1 + assimilées %2 + chômées %3 dépassent le plafond de la "
                      "semaine (%4).")
                       .arg(line.worked.frenchText(), line.treatedAsWorked.frenchText(),
                            claimed.frenchText(), cap.frenchText()),
                   result);
    }
    out.chomees = std::min(claimed, room);
}

} // namespace apdesk::domain
