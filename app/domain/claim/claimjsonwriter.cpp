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

namespace {

void insertHours(QJsonObject &object, const QString &key, Hours hours) {
    if (!hours.isZero())
        object.insert(key, plain(hours));
}

void insertPay(QJsonObject &object, const QString &key, const std::optional<HourlyPay> &pay) {
    if (pay)
        object.insert(key, plain(*pay));
}

void insertDate(QJsonObject &object, const QString &key, const QDate &date) {
    if (date.isValid())
        object.insert(key, iso(date));
}

QJsonObject employeeJson(const ClaimEmployee &e) {
    QJsonObject o{{QStringLiteral("matricule"), e.matricule},
                  {QStringLiteral("nir"), e.nir},
                  {QStringLiteral("lastName"), e.lastName},
                  {QStringLiteral("firstName"), e.firstName}};
    insertDate(o, QStringLiteral("entry"), e.entry);
    insertDate(o, QStringLiteral("exit"), e.exit);
    if (e.forfaitJours)
        o.insert(QStringLiteral("forfaitJours"), true);
    insertHours(o, QStringLiteral("weeklyHours"), e.weeklyHours);
    insertPay(o, QStringLiteral("grossHourlyPay"), e.grossHourlyPay);
    insertPay(o, QStringLiteral("usualNetHourlyPay"), e.usualNetHourlyPay);
    if (e.apprentice)
        o.insert(QStringLiteral("apprentice"), true);
    insertHours(o, QStringLiteral("hoursEarlierThisYear"), e.hoursEarlierThisYear);
    if (!e.changes.isEmpty()) {
        QJsonArray changes;
        for (const ContractChange &change : e.changes) {
            QJsonObject c{{QStringLiteral("from"), iso(change.from)}};
            if (change.weeklyHours)
                c.insert(QStringLiteral("weeklyHours"), plain(*change.weeklyHours));
            insertPay(c, QStringLiteral("grossHourlyPay"), change.grossHourlyPay);
            insertPay(c, QStringLiteral("usualNetHourlyPay"), change.usualNetHourlyPay);
            changes.append(c);
        }
        o.insert(QStringLiteral("changes"), changes);
    }
    return o;
}

QJsonObject lineJson(const ClaimLine &l) {
    QJsonObject o{{QStringLiteral("matricule"), l.matricule},
                  {QStringLiteral("week"), iso(l.week)}};
    insertHours(o, QStringLiteral("worked"), l.worked);
    insertHours(o, QStringLiteral("treatedAsWorked"), l.treatedAsWorked);
    insertHours(o, QStringLiteral("chomees"), l.chomees);
    if (l.halfDaysNotWorked != 0)
        o.insert(QStringLiteral("halfDaysNotWorked"), l.halfDaysNotWorked);
    return o;
}

} // namespace

QJsonObject ClaimJson::writeClaim(const Claim &claim) {
    const Decision &d = claim.decision;
    QJsonObject decision{{QStringLiteral("number"), d.number},
                         {QStringLiteral("start"), iso(d.start)},
                         {QStringLiteral("end"), iso(d.end)},
                         {QStringLiteral("form"), d.form == ReductionForm::TemporaryClosure
                                                      ? QStringLiteral("closure")
                                                      : QStringLiteral("reduction")},
                         {QStringLiteral("scheme"), d.scheme == Scheme::Apld
                                                        ? QStringLiteral("apld")
                                                        : QStringLiteral("common")},
                         {QStringLiteral("authorisedHours"), plain(d.authorisedHours)},
                         {QStringLiteral("authorisedHeadcount"), d.authorisedHeadcount}};
    const Sector sector = claim.establishment.sector;
    QJsonObject establishment{
        {QStringLiteral("siret"), claim.establishment.siret},
        {QStringLiteral("departement"), claim.establishment.departement},
        {QStringLiteral("sector"), sector == Sector::Protected ? QStringLiteral("protected")
                                   : sector == Sector::Closed  ? QStringLiteral("closed")
                                                               : QStringLiteral("common")}};
    QJsonArray employees;
    for (const ClaimEmployee &e : claim.employees)
        employees.append(employeeJson(e));
    QJsonArray lines;
    for (const ClaimLine &l : claim.lines)
        lines.append(lineJson(l));
    QJsonObject json{
        {QStringLiteral("format"), QStringLiteral("apdesk-claim")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("month"), claim.firstDay().toString(QStringLiteral("yyyy-MM"))},
        {QStringLiteral("establishment"), establishment},
        {QStringLiteral("decision"), decision},
        {QStringLiteral("employees"), employees},
        {QStringLiteral("lines"), lines}};
    insertDate(json, QStringLiteral("today"), claim.today);
    insertHours(json, QStringLiteral("decisionHoursUsedEarlier"), claim.decisionHoursUsedEarlier);
    return json;
}

} // namespace apdesk::domain
