#include "claimfixtures.h"
#include "domain/claim/employeeamounts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace claimfixtures;

namespace {

// `sector`: the employer's common-law column, which APLD compares with from November 2020.
EmployeeResult amountsOf(const QDate &date, RateCategory category, qint64 grossCents,
                         qint64 netCents, bool apprentice, qint64 hoursHundredths,
                         RateCategory sector = RateCategory::Common,
                         const RatesTable &table = rates()) {
    ClaimEmployee e = employee(QStringLiteral("01"), 3500, grossCents);
    if (netCents >= 0)
        e.usualNetHourlyPay = pay(netCents);
    e.apprentice = apprentice;
    EmployeeResult result;
    result.matricule = e.matricule;
    result.indemnifiableHours = h(hoursHundredths);
    EmployeeAmounts(table, category, sector, date, Reasons::Recorded).compute(e, result);
    return result;
}

// The built-in table with `field` of every row of `section` set to null (a user's own table
// that lacks a value).
RatesTable builtInWithout(const QString &section, const QStringList &field) {
    QJsonObject root = QJsonDocument::fromJson(apdesk::resources::builtInRatesJson()).object();
    QJsonArray rows = root.value(section).toArray();
    for (auto row = rows.begin(); row != rows.end(); ++row) {
        QJsonObject object = row->toObject();
        if (field.size() == 1) {
            object.insert(field.first(), QJsonValue::Null);
        } else {
            QJsonObject group = object.value(field.first()).toObject();
            group.insert(field.last(), QJsonValue::Null);
            object.insert(field.first(), group);
        }
        *row = object;
    }
    root.insert(section, rows);
    const auto parsed = RatesTable::parse(QJsonDocument(root).toJson());
    if (!parsed)
        qFatal("modified table rejected: %s", qPrintable(parsed.error()));
    return parsed.value();
}

QString plain(HourlyAmount amount) {
    return amount.toString(QLocale::c()).remove(QStringLiteral("\u00a0€"));
}

bool usesRow(const QList<RateUse> &why, const QString &what, const QString &sourcePart) {
    return std::any_of(why.cbegin(), why.cend(), [&](const RateUse &use) {
        return use.what.contains(what) && use.row.source.contains(sourcePart);
    });
}

} // namespace

class TestEmployeeAmounts final : public QObject {
    Q_OBJECT

private slots:
    void amounts_data() {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("category"); // 0 common, 1 protected, 2 closed, 3 APLD
        QTest::addColumn<qint64>("gross"); // cents per hour
        QTest::addColumn<qint64>("net");   // cents per hour, -1 = not given
        QTest::addColumn<bool>("apprentice");
        QTest::addColumn<qint64>("hours"); // hundredths
        QTest::addColumn<QString>("indemnityHourly");
        QTest::addColumn<QString>("allocationHourly");
        QTest::addColumn<qint64>("indemnity");  // cents
        QTest::addColumn<qint64>("allocation"); // cents

        const QDate may20(2020, 5, 1), june20(2020, 6, 1), aug20(2020, 8, 1);
        const QDate jan21(2021, 1, 1), mar21(2021, 3, 1), june21(2021, 6, 1), july21(2021, 7, 1),
            aug21(2021, 8, 1), sept21(2021, 9, 1);

        // 70 % × 15,00 = 10,50 €/h for both; × 100 h = 1 050,00 €.
        QTest::newRow("May 2020 common")
            << may20 << 0 << 1500LL << -1LL << false << 10000LL << "10.50"
            << "10.50" << 105000LL << 105000LL;
        // June 2020: the allocation drops to 60 %: 0,60 × 15 = 9,00 €/h → 900,00 €.
        QTest::newRow("June 2020 common")
            << june20 << 0 << 1500LL << -1LL << false << 10000LL << "10.50"
            << "9.00" << 105000LL << 90000LL;
        // … but the protected sectors keep 70 %.
        QTest::newRow("June 2020 protected")
            << june20 << 1 << 1500LL << -1LL << false << 10000LL << "10.50"
            << "10.50" << 105000LL << 105000LL;
        // June 2021: allocation 52 %: 0,52 × 20 = 10,40 €/h.
        QTest::newRow("June 2021 common")
            << june21 << 0 << 2000LL << -1LL << false << 10000LL << "14.00"
            << "10.40" << 140000LL << 104000LL;
        // The allocation floor alone: 0,52 × 15 = 7,80 < 8,11 → 8,11; the indemnity
        // 0,70 × 15 = 10,50 is above its own floor (8,11).
        QTest::newRow("allocation floor alone")
            << june21 << 0 << 1500LL << -1LL << false << 10000LL << "10.50"
            << "8.11" << 105000LL << 81100LL;
        // July 2021: indemnity 60 % (12,00 ≤ net 16,00), allocation 36 % = 7,20 < 7,30 → 7,30.
        QTest::newRow("July 2021 common")
            << july21 << 0 << 2000LL << 1600LL << false << 10000LL << "12.00"
            << "7.30" << 120000LL << 73000LL;
        // Protected sectors: July 2021 70 % / 60 %, August 70 % / 52 %, September 60 % / 36 %.
        QTest::newRow("July 2021 protected")
            << july21 << 1 << 2000LL << 1600LL << false << 10000LL << "14.00"
            << "12.00" << 140000LL << 120000LL;
        QTest::newRow("August 2021 protected")
            << aug21 << 1 << 2000LL << 1600LL << false << 10000LL << "14.00"
            << "10.40" << 140000LL << 104000LL;
        QTest::newRow("September 2021 protected")
            << sept21 << 1 << 2000LL << 1600LL << false << 10000LL << "12.00"
            << "7.30" << 120000LL << 73000LL;
        // 2020: the indemnity is not capped: 0,70 × 60 = 42,00 €/h; the allocation's pay is
        // capped at 4,5 × 10,15 = 45,675: 0,70 × 45,675 = 31,9725 €/h, × 10 h = 319,725 →
        // 319,73 € (rounded once, half away from zero).
        QTest::newRow("2020 indemnity uncapped")
            << may20 << 0 << 6000LL << -1LL << false << 1000LL << "42.00"
            << "31.9725" << 42000LL << 31973LL;
        // 2021: both capped at 4,5 × 10,25 = 46,125: indemnity 0,70 × 46,125 = 32,2875 €/h,
        // × 10 h = 322,875 → 322,88 €; allocation 0,60 × 46,125 = 27,675 → 276,75 €.
        QTest::newRow("2021 indemnity capped")
            << jan21 << 0 << 6000LL << -1LL << false << 1000LL << "32.2875"
            << "27.675" << 32288LL << 27675LL;
        // Both floors, each its own value: 0,60 × 13 = 7,80 → 8,11; 0,36 × 13 = 4,68 → 7,30.
        QTest::newRow("both floors, July 2021")
            << july21 << 0 << 1300LL << 1000LL << false << 10000LL << "8.11"
            << "7.30" << 81100LL << 73000LL;
        // Net-pay cap: 0,60 × 16 = 9,60 > usual net 9,50 → 9,50.
        QTest::newRow("net-pay cap") << sept21 << 0 << 1600LL << 950LL << false << 10000LL << "9.50"
                                     << "7.30" << 95000LL << 73000LL;
        // Before July 2021 the same employee is not capped by the net pay: 0,70 × 16 = 11,20.
        QTest::newRow("no net-pay cap in June 2021")
            << june21 << 0 << 1600LL << 950LL << false << 10000LL << "11.20"
            << "8.32" << 112000LL << 83200LL;
        // Apprentice paid 5,00 €/h, below the SMIC (10,25): own pay as indemnity, no floor;
        // in 2021 the allocation equals it (ordonnance 2020-1639), not 0,60 × 5 = 3,00.
        QTest::newRow("apprentice below SMIC")
            << mar21 << 0 << 500LL << -1LL << true << 10000LL << "5.00"
            << "5.00" << 50000LL << 50000LL;
        // Apprentice paid 12,00 (above the SMIC): the common rates and the indemnity floor,
        // but no allocation floor for apprentices whatever their pay (D. 5122-13):
        // 0,60 × 12 = 7,20, not the floor 8,11.
        QTest::newRow("apprentice above SMIC")
            << mar21 << 0 << 1200LL << -1LL << true << 10000LL << "8.40"
            << "7.20" << 84000LL << 72000LL;
        // Exactly at the SMIC (10,25) is not below it: indemnity 0,70 × 10,25 = 7,175 → floor
        // 8,11; allocation 0,60 × 10,25 = 6,15, no floor, below the indemnity: 6,15.
        QTest::newRow("apprentice exactly at the SMIC")
            << mar21 << 0 << 1025LL << -1LL << true << 10000LL << "8.11"
            << "6.15" << 81100LL << 61500LL;
        // APLD: 70 % / 60 % whatever the common rates; APLD floor 7,23 in 2020.
        QTest::newRow("APLD 2020") << aug20 << 3 << 1500LL << -1LL << false << 10000LL << "10.50"
                                   << "9.00" << 105000LL << 90000LL;
        QTest::newRow("APLD 2020 floor")
            << aug20 << 3 << 1100LL << -1LL << false << 10000LL << "8.03"
            << "7.23" << 80300LL << 72300LL;
        // 2021-01: APLD 0,60 × 11 = 6,60 → APLD floor 7,30; but the common law would give
        // 0,60 × 11 = 6,60 → its floor 8,11, higher: 8,11 (décret 2020-926 art. 7, 3rd
        // paragraph, from 2020-11-01). From 2021-06 (date unverified) the APLD floor is 8,11.
        QTest::newRow("APLD January 2021 floor")
            << jan21 << 3 << 1100LL << -1LL << false << 10000LL << "8.11"
            << "8.11" << 81100LL << 81100LL;
        QTest::newRow("APLD June 2021 floor")
            << june21 << 3 << 1100LL << -1LL << false << 10000LL << "8.11"
            << "8.11" << 81100LL << 81100LL;
        // "Closed" keeps 70 % to 31/03/2022, then (inferred) common law: 36 % → floor 7,53.
        QTest::newRow("closed March 2022")
            << QDate(2022, 3, 1) << 2 << 1500LL << 1200LL << false << 10000LL << "10.50"
            << "10.50" << 105000LL << 105000LL;
        QTest::newRow("closed April 2022")
            << QDate(2022, 4, 1) << 2 << 1500LL << 1200LL << false << 10000LL << "9.00"
            << "7.53" << 90000LL << 75300LL;
        // One rounding per amount: 0,70 × 12,34 = 8,638 €/h; × 17,33 h = 149,69654 → 149,70 €.
        QTest::newRow("rounded once") << may20 << 0 << 1234LL << -1LL << false << 1733LL << "8.638"
                                      << "8.638" << 14970LL << 14970LL;
    }
    void amounts() {
        QFETCH(QDate, date);
        QFETCH(int, category);
        QFETCH(qint64, gross);
        QFETCH(qint64, net);
        QFETCH(bool, apprentice);
        QFETCH(qint64, hours);
        QFETCH(QString, indemnityHourly);
        QFETCH(QString, allocationHourly);
        QFETCH(qint64, indemnity);
        QFETCH(qint64, allocation);
        const auto result = amountsOf(date, RateCategory(category), gross, net, apprentice, hours);
        QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.value(0).message));
        QVERIFY(result.amountsComputed);
        QCOMPARE(plain(result.indemnityHourly), indemnityHourly);
        QCOMPARE(plain(result.allocationHourly), allocationHourly);
        QCOMPARE(result.indemnity.cents(), indemnity);
        QCOMPARE(result.allocation.cents(), allocation);
    }

    // Issue 13: APLD's own cap and the common law's better allocation; apprentices' allocation
    // equal to their indemnity, and never above it. The arithmetic is in each row's comment.
    void apldAndApprentices_data() {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("category"); // 0 common, 1 protected, 2 closed, 3 APLD
        QTest::addColumn<int>("sector");   // the employer's common-law column
        QTest::addColumn<qint64>("gross");
        QTest::addColumn<qint64>("net");
        QTest::addColumn<bool>("apprentice");
        QTest::addColumn<qint64>("hours");
        QTest::addColumn<QString>("indemnityHourly");
        QTest::addColumn<QString>("allocationHourly");
        QTest::addColumn<qint64>("indemnity");
        QTest::addColumn<qint64>("allocation");

        // APLD, October 2020, 60 €/h: the indemnity's pay is capped at 4,5 × 10,15 = 45,675
        // from the scheme's start (décret 2020-926 art. 8): 0,70 × 45,675 = 31,9725 €/h,
        // × 10 h = 319,725 → 319,73 €; allocation 0,60 × 45,675 = 27,405 → 274,05 €. Before
        // November 2020, no comparison with the common law.
        QTest::newRow("APLD October 2020 above the cap")
            << QDate(2020, 10, 1) << 3 << 0 << 6000LL << -1LL << false << 1000LL << "31.9725"
            << "27.405" << 31973LL << 27405LL;
        // The same employee under common law that month: the indemnity is not capped in 2020:
        // 0,70 × 60 = 42,00 €/h.
        QTest::newRow("common law October 2020, no indemnity cap")
            << QDate(2020, 10, 1) << 0 << 0 << 6000LL << -1LL << false << 1000LL << "42.00"
            << "27.405" << 42000LL << 27405LL;
        // APLD employer closed by administrative order, July 2021, 15 €/h (net 12): indemnity
        // 0,70 × 15 = 10,50 (≤ 12,00); allocation APLD 0,60 × 15 = 9,00, but "closed" under
        // common law gets 0,70 × 15 = 10,50, higher: 10,50 → 1 050,00 € for 100 h.
        QTest::newRow("APLD closed July 2021")
            << QDate(2021, 7, 1) << 3 << 2 << 1500LL << 1200LL << false << 10000LL << "10.50"
            << "10.50" << 105000LL << 105000LL;
        // APLD at the SMIC (10,25), March 2021: indemnity 0,70 × 10,25 = 7,175 → floor 8,11;
        // allocation APLD 0,60 × 10,25 = 6,15 → APLD floor 7,30; common law 6,15 → its floor
        // 8,11, higher (hourly amounts compared, the table's reading): 8,11 → 811,00 €.
        QTest::newRow("APLD at the SMIC March 2021")
            << QDate(2021, 3, 1) << 3 << 0 << 1025LL << -1LL << false << 10000LL << "8.11"
            << "8.11" << 81100LL << 81100LL;
        // APLD, common sector, 15 €/h in March 2021: APLD 0,60 × 15 = 9,00 = common law 9,00:
        // the APLD amount stays.
        QTest::newRow("APLD not below the common law")
            << QDate(2021, 3, 1) << 3 << 0 << 1500LL << -1LL << false << 10000LL << "10.50"
            << "9.00" << 105000LL << 90000LL;
        // Apprentice at 53 % of the SMIC, March 2021: 0,53 × 10,25 = 5,4325, 5,43 €/h to the
        // cent: the indemnity is that pay, the allocation equals it (ordonnance 2020-1639):
        // 100 h → 543,00 € each.
        QTest::newRow("apprentice 53 % March 2021")
            << QDate(2021, 3, 1) << 0 << 0 << 543LL << -1LL << true << 10000LL << "5.43"
            << "5.43" << 54300LL << 54300LL;
        // The same in July 2021, net 5,43 (no contributions below 79 % of the SMIC): the
        // net-pay cap changes nothing; allocation = indemnity, not 0,36 × 5,43 = 1,95.
        QTest::newRow("apprentice 53 % July 2021")
            << QDate(2021, 7, 1) << 0 << 0 << 543LL << 543LL << true << 10000LL << "5.43"
            << "5.43" << 54300LL << 54300LL;
        // Before November 2020 no text made the allocation equal: 0,60 × 5 = 3,00, no floor.
        QTest::newRow("apprentice below SMIC October 2020")
            << QDate(2020, 10, 1) << 0 << 0 << 500LL << -1LL << true << 10000LL << "5.00"
            << "3.00" << 50000LL << 30000LL;
        // From November 2020 (ordonnance 2020-1255): 5,00 both.
        QTest::newRow("apprentice below SMIC November 2020")
            << QDate(2020, 11, 1) << 0 << 0 << 500LL << -1LL << true << 10000LL << "5.00"
            << "5.00" << 50000LL << 50000LL;
        // APLD, employer in a protected sector, January 2021, 15 €/h: APLD 0,60 × 15 = 9,00;
        // the protected sector's common law 0,70 × 15 = 10,50, higher: 10,50 → 1 050,00 €.
        QTest::newRow("APLD protected January 2021")
            << QDate(2021, 1, 1) << 3 << 1 << 1500LL << -1LL << false << 10000LL << "10.50"
            << "10.50" << 105000LL << 105000LL;
        // … and still in June 2021 (protected sectors 70 % until 30/06/2021).
        QTest::newRow("APLD protected June 2021")
            << QDate(2021, 6, 1) << 3 << 1 << 1500LL << -1LL << false << 10000LL << "10.50"
            << "10.50" << 105000LL << 105000LL;
        // APLD apprentice at 12 €/h, March 2021: indemnity 0,70 × 12 = 8,40; allocation APLD
        // 0,60 × 12 = 7,20 and common law 7,20, neither with a floor: 7,20.
        QTest::newRow("APLD apprentice above SMIC")
            << QDate(2021, 3, 1) << 3 << 0 << 1200LL << -1LL << true << 10000LL << "8.40"
            << "7.20" << 84000LL << 72000LL;
        // APLD apprentice below the SMIC: own pay, allocation equal to it.
        QTest::newRow("APLD apprentice below SMIC")
            << QDate(2021, 3, 1) << 3 << 0 << 543LL << -1LL << true << 10000LL << "5.43"
            << "5.43" << 54300LL << 54300LL;
        // From 2022 (L. 5122-5): SMIC 10,57; apprentice at 5,43, net 5,43: both 5,43.
        QTest::newRow("apprentice below SMIC 2022")
            << QDate(2022, 3, 1) << 0 << 0 << 543LL << 543LL << true << 10000LL << "5.43"
            << "5.43" << 54300LL << 54300LL;
        // 2022, apprentice at 12 €/h (net 9,50): indemnity 0,60 × 12 = 7,20 → floor 8,37
        // (≤ net 9,50); allocation 0,36 × 12 = 4,32, no floor (not the common 7,53).
        QTest::newRow("apprentice above SMIC 2022")
            << QDate(2022, 3, 1) << 0 << 0 << 1200LL << 950LL << true << 10000LL << "8.37"
            << "4.32" << 83700LL << 43200LL;
        // Apprentice above the SMIC, employer closed, July 2021, 12 €/h, net 7: indemnity
        // 0,70 × 12 = 8,40 → net cap 7,00; allocation 0,70 × 12 = 8,40, never above the
        // indemnity (R. 5122-18): 7,00 → 700,00 €.
        QTest::newRow("apprentice allocation at most the indemnity")
            << QDate(2021, 7, 1) << 2 << 2 << 1200LL << 700LL << true << 10000LL << "7.00"
            << "7.00" << 70000LL << 70000LL;
    }
    void apldAndApprentices() {
        QFETCH(QDate, date);
        QFETCH(int, category);
        QFETCH(int, sector);
        QFETCH(qint64, gross);
        QFETCH(qint64, net);
        QFETCH(bool, apprentice);
        QFETCH(qint64, hours);
        QFETCH(QString, indemnityHourly);
        QFETCH(QString, allocationHourly);
        QFETCH(qint64, indemnity);
        QFETCH(qint64, allocation);
        const auto result = amountsOf(date, RateCategory(category), gross, net, apprentice, hours,
                                      RateCategory(sector));
        QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.value(0).message));
        QCOMPARE(plain(result.indemnityHourly), indemnityHourly);
        QCOMPARE(plain(result.allocationHourly), allocationHourly);
        QCOMPARE(result.indemnity.cents(), indemnity);
        QCOMPARE(result.allocation.cents(), allocation);
    }

    // Issue 13: an apprentice at 53 % of a SMIC of 10,25 € is paid 5,4325 € an hour, and is
    // indemnified on that pay, not on 5,43 €: 100 h × 5,4325 = 543,25 € (not 543,00 €), and the
    // allocation equals it from November 2020.
    void anApprenticeAt53PercentOfTheSmic_data() {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<qint64>("netTenThousandths"); // -1: not given
        QTest::newRow("March 2021") << QDate(2021, 3, 1) << -1LL;
        // From July 2021 the net pay caps the indemnity: 5,4325 net changes nothing.
        QTest::newRow("July 2021, net 5,4325") << QDate(2021, 7, 1) << 54325LL;
    }
    void anApprenticeAt53PercentOfTheSmic() {
        QFETCH(QDate, date);
        QFETCH(qint64, netTenThousandths);
        ClaimEmployee e = employee(QStringLiteral("01"), 3500, 0);
        e.grossHourlyPay = HourlyPay::fromTenThousandths(54325);
        if (netTenThousandths >= 0)
            e.usualNetHourlyPay = HourlyPay::fromTenThousandths(netTenThousandths);
        e.apprentice = true;
        EmployeeResult result;
        result.matricule = e.matricule;
        result.indemnifiableHours = h(10000);
        EmployeeAmounts(rates(), RateCategory::Common, RateCategory::Common, date,
                        Reasons::Recorded)
            .compute(e, result);
        QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.value(0).message));
        QCOMPARE(plain(result.indemnityHourly), QStringLiteral("5.4325"));
        QCOMPARE(plain(result.allocationHourly), QStringLiteral("5.4325"));
        QCOMPARE(result.indemnity.cents(), 54325LL);
        QCOMPARE(result.allocation.cents(), 54325LL);
        QVERIFY(usesRow(result.indemnityWhy, QStringLiteral("sa rémunération horaire"), {}));
        QVERIFY(std::any_of(result.indemnityWhy.cbegin(), result.indemnityWhy.cend(),
                            [](const RateUse &use) { return use.value.startsWith("5,4325"); }));
    }

    // The "why" of these amounts names the rule and its text.
    void theRulesSayWhereTheyComeFrom() {
        auto result = amountsOf(QDate(2021, 7, 1), RateCategory::Apld, 1500, 1200, false, 100,
                                RateCategory::Closed);
        QVERIFY(usesRow(result.allocationWhy,
                        QStringLiteral("droit commun du secteur, plus élevée"),
                        QStringLiteral("2020-1316")));
        QVERIFY(usesRow(result.indemnityWhy, QStringLiteral("Plafond de la rémunération"),
                        QStringLiteral("2020-926, art. 8")));
        result = amountsOf(QDate(2021, 3, 1), RateCategory::Common, 543, -1, true, 100);
        QVERIFY(usesRow(result.allocationWhy, QStringLiteral("reste à charge nul"),
                        QStringLiteral("2020-1639")));
        result = amountsOf(QDate(2020, 10, 1), RateCategory::Apld, 6000, -1, false, 100);
        QVERIFY(usesRow(result.indemnityWhy, QStringLiteral("Plafond de la rémunération"),
                        QStringLiteral("2020-926")));
    }

    // The common law's rows, when they win over APLD's, are named as the common law's.
    void theCommonLawsRowsAreNamedAsSuch() {
        const auto result = amountsOf(QDate(2021, 7, 1), RateCategory::Apld, 1500, 1200, false,
                                      100, RateCategory::Closed);
        const auto rate = std::find_if(
            result.allocationWhy.cbegin(), result.allocationWhy.cend(), [](const RateUse &use) {
                return use.what == QStringLiteral("Droit commun : Taux de l'allocation");
            });
        QVERIFY(rate != result.allocationWhy.cend());
        QCOMPARE(rate->value, QStringLiteral("70\u00a0%"));
        // The APLD's own rate comes first, unprefixed.
        QCOMPARE(result.allocationWhy.first().what, QStringLiteral("Taux de l'allocation"));
        QCOMPARE(result.allocationWhy.first().value, QStringLiteral("60\u00a0%"));
    }

    // A table without the sector's floor cannot say whether the common law is higher: the APLD
    // amount stays, and the clerk is warned, rather than the allocation being refused.
    void aMissingSectorFloorKeepsTheApldAmountWithAWarning() {
        const RatesTable table = builtInWithout(QStringLiteral("floors"),
                                                {QStringLiteral("allocation70")});
        // APLD January 2021, 11 €/h: 0,60 × 11 = 6,60 → APLD floor 7,30.
        const auto result = amountsOf(QDate(2021, 1, 1), RateCategory::Apld, 1100, -1, false,
                                      10000, RateCategory::Protected, table);
        QVERIFY(result.amountsComputed);
        QCOMPARE(plain(result.allocationHourly), QStringLiteral("7.30"));
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().level, Problem::Level::Warning);
        QVERIFY2(result.problems.first().message.contains(QStringLiteral("comparée")),
                 qPrintable(result.problems.first().message));
        QVERIFY(result.problems.first().message.contains(QStringLiteral("catégories à 70")));
    }

    // A table without a common-law rate for the sector: the APLD amount, and the "why" says
    // that no comparison was made.
    void aSectorWithoutRateIsSaidInTheWhy() {
        const RatesTable table = builtInWithout(
            QStringLiteral("rates"), {QStringLiteral("allocation"), QStringLiteral("protected")});
        const auto result = amountsOf(QDate(2021, 1, 1), RateCategory::Apld, 1100, -1, false,
                                      10000, RateCategory::Protected, table);
        QVERIFY(result.problems.isEmpty());
        QCOMPARE(plain(result.allocationHourly), QStringLiteral("7.30"));
        QVERIFY(usesRow(result.allocationWhy, QStringLiteral("pas de taux de droit commun"), {}));
    }

    void everyAmountSaysWhichRowsItUsed() {
        const auto result =
            amountsOf(QDate(2020, 6, 1), RateCategory::Common, 1500, -1, false, 10000);
        QVERIFY(usesRow(result.indemnityWhy, QStringLiteral("Taux de l'indemnité"),
                        QStringLiteral("2020-810")));
        QVERIFY(usesRow(result.indemnityWhy, QStringLiteral("Plancher de l'indemnité"),
                        QStringLiteral("2020-325")));
        QVERIFY(usesRow(result.allocationWhy, QStringLiteral("Taux de l'allocation"),
                        QStringLiteral("2020-810")));
        QVERIFY(usesRow(result.allocationWhy, QStringLiteral("Plafond de la rémunération"),
                        QStringLiteral("4,5 SMIC")));
        QVERIFY(usesRow(result.allocationWhy, QStringLiteral("SMIC horaire brut"),
                        QStringLiteral("2019-1387")));
        // 2020: no indemnity cap row is used, since there was none.
        QVERIFY(!usesRow(result.indemnityWhy, QStringLiteral("Plafond de la rémunération"), {}));
    }

    void anInferredRowCarriesItsNote() {
        const auto result =
            amountsOf(QDate(2022, 4, 1), RateCategory::Closed, 1500, 1200, false, 100);
        QVERIFY(result.indemnityWhy.first().row.note.contains(QStringLiteral("INFÉRÉ")));
    }

    void missingNetPayFromJuly2021IsAWarning() {
        const auto result =
            amountsOf(QDate(2021, 7, 1), RateCategory::Common, 1600, -1, false, 10000);
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().level, Problem::Level::Warning);
        QCOMPARE(result.problems.first().field, QStringLiteral("usualNetHourlyPay"));
        QVERIFY(result.amountsComputed);
        QCOMPARE(result.indemnity.cents(), 96000LL); // 0,60 × 16 × 100 h, not capped
    }

    void noRowIsAnErrorNeverAGuess_data() {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("category");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("before March 2020") << QDate(2020, 2, 1) << 0 << "Aucune ligne";
        QTest::newRow("APLD in July 2020") << QDate(2020, 7, 1) << 3 << "pas de taux";
    }
    void noRowIsAnErrorNeverAGuess() {
        QFETCH(QDate, date);
        QFETCH(int, category);
        QFETCH(QString, messagePart);
        const auto result = amountsOf(date, RateCategory(category), 1500, -1, false, 10000);
        QVERIFY(!result.amountsComputed);
        QCOMPARE(result.indemnity.cents(), 0);
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().level, Problem::Level::Blocking);
        QVERIFY2(result.problems.first().message.contains(messagePart),
                 qPrintable(result.problems.first().message));
        QVERIFY(result.problems.first().message.contains(QStringLiteral("Salarié 01")));
    }
};

QTEST_GUILESS_MAIN(TestEmployeeAmounts)
#include "test_employeeamounts.moc"
