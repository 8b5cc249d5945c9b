#include "claimfixtures.h"
#include "domain/claim/claimengine.h"
#include "domain/claim/monthweeks.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace claimfixtures;

namespace {

constexpr int claimCount = 300;

// A random but plausible claim: any month from March 2020 to 2024, any form, sector and scheme
// the table covers, employees with odd contracts, pay and employment dates, lines with hours
// that are sometimes above the cap (the engine must still never count more than the cap).
Claim randomClaim(QRandomGenerator &random) {
    const int year = int(random.bounded(2020, 2025));
    const int month = year == 2020 ? int(random.bounded(9, 13)) : int(random.bounded(1, 13));
    Claim c =
        claim(year, month,
              random.bounded(2) ? ReductionForm::HoursReduction : ReductionForm::TemporaryClosure);
    const QStringList departements = {QStringLiteral("75"), QStringLiteral("67"),
                                      QStringLiteral("2A"), QStringLiteral("974")};
    c.establishment.departement = departements.at(int(random.bounded(4)));
    c.establishment.sector = Sector(random.bounded(3));
    c.decision.scheme = random.bounded(4) == 0 ? Scheme::Apld : Scheme::CommonLaw;
    if (random.bounded(5) == 0)
        c.decision.start = c.firstDay().addDays(random.bounded(20));

    const int employees = int(random.bounded(1, 13));
    const MonthWeeks weeks(year, month, c.establishment.departement);
    for (int i = 0; i < employees; ++i) {
        ClaimEmployee e = employee(QStringLiteral("%1").arg(i + 10), random.bounded(1000, 3901),
                                   random.bounded(500, 8000));
        e.forfaitJours = random.bounded(10) == 0;
        e.apprentice = random.bounded(10) == 0;
        if (random.bounded(2))
            e.usualNetHourlyPay =
                HourlyPay::fromCents(e.grossHourlyPay->tenThousandths() / 100 * 78 / 100);
        if (random.bounded(6) == 0)
            e.entry = c.firstDay().addDays(random.bounded(28));
        if (random.bounded(6) == 0)
            e.exit = c.firstDay().addDays(random.bounded(28));
        e.hoursEarlierThisYear = h(random.bounded(0, 120000));
        // Contracts that change during the month (or just before or after it), in any order.
        for (int changes = int(random.bounded(4)) - 1; changes > 0; --changes) {
            ContractChange change;
            change.from = c.firstDay().addDays(random.bounded(-5, 35));
            if (random.bounded(2))
                change.weeklyHours = h(random.bounded(1000, 3901));
            if (random.bounded(2) || !change.weeklyHours)
                change.grossHourlyPay = HourlyPay::fromTenThousandths(random.bounded(50000, 800000));
            e.changes.append(change);
        }
        c.employees.append(e);
        for (const WeekPart &week : weeks.weeks()) {
            if (random.bounded(10) < 3)
                continue;
            // Any day of the week, possibly in the neighbouring month.
            ClaimLine l =
                line(e.matricule, week.monday.addDays(random.bounded(7)), random.bounded(0, 3000),
                     random.bounded(4) ? 0 : random.bounded(0, 2000), random.bounded(0, 4000));
            l.halfDaysNotWorked = int(random.bounded(0, 11));
            c.lines.append(l);
        }
    }
    return c;
}

QList<Problem> sorted(QList<Problem> problems) {
    std::sort(problems.begin(), problems.end(),
              [](const Problem &l, const Problem &r) { return l.message < r.message; });
    return problems;
}

} // namespace

class TestClaimProperties final : public QObject {
    Q_OBJECT

private slots:
    void totalsAreTheSumOfTheEmployees() {
        QRandomGenerator random(20200301);
        const ClaimEngine engine(rates());
        int computed = 0;
        int blocked = 0;
        int withChanges = 0;
        for (int n = 0; n < claimCount; ++n) {
            const Claim c = randomClaim(random);
            const auto result = engine.compute(c);
            blocked += result.hasBlocking() ? 1 : 0;
            qint64 indemnity = 0, allocation = 0, hours = 0;
            for (const auto &employee : result.employees) {
                computed += employee.amountsComputed && employee.indemnity.cents() > 0 ? 1 : 0;
                indemnity += employee.indemnity.cents();
                allocation += employee.allocation.cents();
                hours += employee.indemnifiableHours.hundredths();
                // Each amount is its hours × its exact hourly amount, rounded once; with a
                // contract that changes, the sum over its periods, whose hours add up to the
                // month's.
                if (employee.amountsComputed) {
                    QList<std::pair<HourlyAmount, Hours>> terms{
                        {employee.indemnityHourly, employee.indemnifiableHours}};
                    if (!employee.contractPeriods.isEmpty()) {
                        ++withChanges;
                        terms.clear();
                        Hours periodHours;
                        for (const auto &period : employee.contractPeriods) {
                            terms.append({period.indemnityHourly, period.hours});
                            periodHours += period.hours;
                        }
                        QCOMPARE(periodHours, employee.indemnifiableHours);
                    }
                    QCOMPARE(employee.indemnity, *roundedSum(terms));
                }
            }
            QCOMPARE(result.totalIndemnity().cents(), indemnity);
            QCOMPARE(result.totalAllocation().cents(), allocation);
            QCOMPARE(result.totalHours().hundredths(), hours);
        }
        // The generator really exercises both paths.
        QVERIFY(computed > claimCount);
        QVERIFY(withChanges > claimCount / 4);
        QVERIFY(blocked > 0 && blocked < claimCount);
    }

    void chomeesNeverExceedACap() {
        QRandomGenerator random(20210701);
        const ClaimEngine engine(rates());
        for (int n = 0; n < claimCount; ++n) {
            const Claim c = randomClaim(random);
            for (const auto &employee : engine.compute(c).employees) {
                Hours sum;
                for (const auto &week : employee.weeks) {
                    QVERIFY(!week.chomees.isNegative());
                    QVERIFY(week.chomees <= week.cap);
                    QVERIFY(week.chomees <=
                            std::max(Hours(), week.cap - week.worked - week.treatedAsWorked));
                    // The cap itself is never above 7 h per working day of the part.
                    QVERIFY(week.cap.hundredths() <= 700 * (week.first.daysTo(week.last) + 1));
                    sum += week.chomees;
                }
                QCOMPARE(employee.indemnifiableHours, sum);
            }
        }
    }

    void resultDoesNotDependOnTheOrderOfLines() {
        QRandomGenerator random(20210901);
        const ClaimEngine engine(rates());
        for (int n = 0; n < claimCount; ++n) {
            Claim c = randomClaim(random);
            const auto before = engine.compute(c);
            std::shuffle(c.lines.begin(), c.lines.end(), random);
            const auto after = engine.compute(c);
            QCOMPARE(after.employees, before.employees);
            QCOMPARE(sorted(after.claimProblems), sorted(before.claimProblems));
            QCOMPARE(after.totalIndemnity(), before.totalIndemnity());
        }
    }

    void oneEmployeeIsRecomputedIndependently() {
        QRandomGenerator random(20220401);
        const ClaimEngine engine(rates());
        for (int n = 0; n < claimCount; ++n) {
            Claim c = randomClaim(random);
            const auto all = engine.compute(c);
            const auto index = random.bounded(int(c.employees.size()));
            QCOMPARE(engine.computeEmployee(c, c.employees[index]), all.employees[index]);
            // Editing another employee's lines leaves this one untouched.
            const QString other = c.employees[(index + 1) % c.employees.size()].matricule;
            for (auto &l : c.lines) {
                if (l.matricule == other)
                    l.worked += Hours::fromWholeHours(1);
            }
            if (other != c.employees[index].matricule)
                QCOMPARE(engine.computeEmployee(c, c.employees[index]), all.employees[index]);
        }
    }
};

QTEST_GUILESS_MAIN(TestClaimProperties)
#include "test_claimproperties.moc"
