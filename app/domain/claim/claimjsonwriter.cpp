#include "claimjson.h"

#include "domain/claim/claimengine.h"

#include <QJsonArray>

namespace apdesk::domain {

namespace {

// Machine-readable numbers: a decimal point, no grouping ("1102.50"), whatever the locale.
QString plain(Hours hours) {
    return hours.toString(QLocale::c());
}
QString plain(Money money) {
    return money.toPlainString(QLocale::c());
}
QString plain(HourlyPay pay) {
    return pay.toPlainString(QLocale::c());
}
QString plain(HourlyAmount amount) {
    return amount.toString(QLocale::c()).remove(QStringLiteral("\u00a0€"));
}
QString iso(const QDate &date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QJsonArray whyArray(const QList<RateUse> &why) {
    QJsonArray array;
    for (const RateUse &use : why) {
        if (use.row.section.isEmpty()) { // a heading (a contract period), not a row of the table
            array.append(QJsonObject{{QStringLiteral("what"), use.what},
                                     {QStringLiteral("value"), use.value}});
            continue;
        }
        QJsonObject object{{QStringLiteral("what"), use.what},
                           {QStringLiteral("value"), use.value},
                           {QStringLiteral("section"), use.row.section},
                           {QStringLiteral("row"), use.row.number},
                           {QStringLiteral("from"), iso(use.row.from)},
                           {QStringLiteral("source"), use.row.source}};
        if (!use.row.note.isEmpty())
            object.insert(QStringLiteral("note"), use.row.note);
        array.append(object);
    }
    return array;
}

QJsonObject problemObject(const Problem &problem) {
    QJsonObject object{{QStringLiteral("level"), problem.level == Problem::Level::Blocking
                                                     ? QStringLiteral("blocking")
                                                     : QStringLiteral("warning")},
                       {QStringLiteral("field"), problem.field},
                       {QStringLiteral("message"), problem.message}};
    if (!problem.matricule.isEmpty())
        object.insert(QStringLiteral("matricule"), problem.matricule);
    if (problem.week.isValid())
        object.insert(QStringLiteral("week"), iso(problem.week));
    return object;
}

QJsonObject amountObject(bool computed, HourlyAmount hourly, Money amount,
                         const QList<RateUse> &why) {
    QJsonObject object{{QStringLiteral("why"), whyArray(why)}};
    if (computed) {
        object.insert(QStringLiteral("hourly"), plain(hourly));
        object.insert(QStringLiteral("amount"), plain(amount));
        object.insert(QStringLiteral("cents"), amount.cents());
    }
    return object;
}

QJsonObject employeeObject(const ClaimEmployee *employee, const EmployeeResult &result) {
    QJsonArray weeks;
    for (const WeekResult &week : result.weeks) {
        weeks.append(QJsonObject{{QStringLiteral("week"), iso(week.monday)},
                                 {QStringLiteral("from"), iso(week.first)},
                                 {QStringLiteral("to"), iso(week.last)},
                                 {QStringLiteral("cap"), plain(week.cap)},
                                 {QStringLiteral("worked"), plain(week.worked)},
                                 {QStringLiteral("treatedAsWorked"), plain(week.treatedAsWorked)},
                                 {QStringLiteral("chomees"), plain(week.chomees)}});
    }
    QJsonObject object{
        {QStringLiteral("matricule"), result.matricule},
        {QStringLiteral("weeks"), weeks},
        {QStringLiteral("indemnifiableHours"), plain(result.indemnifiableHours)},
        {QStringLiteral("amountsComputed"), result.amountsComputed},
        {QStringLiteral("indemnity"), amountObject(result.amountsComputed, result.indemnityHourly,
                                                   result.indemnity, result.indemnityWhy)},
        {QStringLiteral("allocation"), amountObject(result.amountsComputed, result.allocationHourly,
                                                    result.allocation, result.allocationWhy)}};
    if (!result.contractPeriods.isEmpty()) {
        QJsonArray periods;
        for (const ContractPeriodResult &period : result.contractPeriods) {
            QJsonObject entry{{QStringLiteral("from"), iso(period.from)},
                              {QStringLiteral("to"), iso(period.to)},
                              {QStringLiteral("hours"), plain(period.hours)}};
            if (result.amountsComputed) {
                entry.insert(QStringLiteral("indemnityHourly"), plain(period.indemnityHourly));
                entry.insert(QStringLiteral("allocationHourly"), plain(period.allocationHourly));
            }
            periods.append(entry);
        }
        object.insert(QStringLiteral("contractPeriods"), periods);
    }
    if (employee != nullptr) {
        object.insert(QStringLiteral("name"),
                      QStringLiteral("%1 %2").arg(employee->firstName, employee->lastName));
        if (employee->grossHourlyPay)
            object.insert(QStringLiteral("grossHourlyPay"), plain(*employee->grossHourlyPay));
    }
    return object;
}

} // namespace

QJsonObject ClaimJson::write(const Claim &claim, const ClaimResult &result,
                             const QList<Problem> &inputProblems) {
    QJsonArray employees;
    for (qsizetype i = 0; i < result.employees.size(); ++i) {
        employees.append(employeeObject(i < claim.employees.size() ? &claim.employees[i] : nullptr,
                                        result.employees[i]));
    }
    QJsonArray problems;
    bool blocking = false;
    for (const Problem &problem : inputProblems + result.problems()) {
        problems.append(problemObject(problem));
        blocking = blocking || problem.level == Problem::Level::Blocking;
    }
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("apdesk-claim-result")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("month"), QStringLiteral("%1-%2")
                                      .arg(claim.year, 4, 10, QLatin1Char('0'))
                                      .arg(claim.month, 2, 10, QLatin1Char('0'))},
        {QStringLiteral("ratesDate"), iso(ClaimEngine::ratesDate(claim))},
        {QStringLiteral("employees"), employees},
        {QStringLiteral("totals"),
         QJsonObject{{QStringLiteral("hours"), plain(result.totalHours())},
                     {QStringLiteral("indemnity"), plain(result.totalIndemnity())},
                     {QStringLiteral("indemnityCents"), result.totalIndemnity().cents()},
                     {QStringLiteral("allocation"), plain(result.totalAllocation())},
                     {QStringLiteral("allocationCents"), result.totalAllocation().cents()}}},
        {QStringLiteral("problems"), problems},
        {QStringLiteral("blocking"), blocking}};
}

} // namespace apdesk::domain
