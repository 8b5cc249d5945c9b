#include "claimfixtures.h"
#include "domain/claim/claimchecks.h"
#include "domain/claim/claimengine.h"

#include <QTest>

using namespace claimfixtures;

namespace {

QString capsAndChomees(const EmployeeResult &result) {
    QStringList parts;
    for (const auto &week : result.weeks)
        parts.append(
            QStringLiteral("%1/%2").arg(week.cap.hundredths()).arg(week.chomees.hundredths()));
    return parts.join(QLatin1Char(' '));
}

// By value: the list is often a temporary (ClaimResult::problems()).
std::optional<Problem> find(const QList<Problem> &problems, const QString &field) {
    for (const auto &problem : problems) {
        if (problem.field == field)
            return problem;
    }
    return std::nullopt;
}

ClaimResult run(const Claim &claim) {
    return ClaimEngine(rates()).compute(claim);
}

} // namespace

class TestClaimEngine final : public QObject {
    Q_OBJECT

private slots:
    void employeeOf39HoursOffThreeWeeksGets105Hours() {
        // March 2021, reduction. A 39 h employee off for three whole weeks: each week's cap is the
        // legal 35 h (7 h × 5 days), so chômées = 35 − 0 − 0 three times = 105 h; the 4 hours a
        // week above the legal duration are not indemnified. The fourth week, worked 39 h as per
        // the contract, leaves nothing chômé and is not an error.
        Claim c = claim(2021, 3);
        c.employees = {employee(QStringLiteral("01"), 3900, 1500)};
        c.lines = {line(QStringLiteral("01"), QDate(2021, 3, 1)),
                   line(QStringLiteral("01"), QDate(2021, 3, 10)), // a Wednesday: same week
                   line(QStringLiteral("01"), QDate(2021, 3, 15)),
                   line(QStringLiteral("01"), QDate(2021, 3, 22), 3900)};
        const auto result = run(c);
        QVERIFY2(!result.hasBlocking(), qPrintable(result.problems().value(0).message));
        QCOMPARE(result.employees.first().indemnifiableHours, Hours::fromWholeHours(105));
        QCOMPARE(capsAndChomees(result.employees.first()),
                 QStringLiteral("3500/3500 3500/3500 3500/3500 3500/0 2100/0"));
        // March 2021, common law: indemnity 70 % × 15,00 = 10,50 €/h × 105 h = 1 102,50 €;
        // allocation 60 % × 15,00 = 9,00 €/h × 105 h = 945,00 €.
        QCOMPARE(result.employees.first().indemnity.cents(), 110250);
        QCOMPARE(result.employees.first().allocation.cents(), 94500);
        QCOMPARE(result.totalIndemnity().cents(), 110250);
    }

    void closureOverEasterMonday() {
        // April 2020, closure: the clerk enters the chômées. Week caps 21, 35, 28 (Easter Monday
        // 13/04 is not chômé: −7 h), 35, 28: the whole month = 147 h.
        Claim c = claim(2020, 4, ReductionForm::TemporaryClosure);
        c.employees = {employee(QStringLiteral("01"))};
        const QList<qint64> chomees = {2100, 3500, 2800, 3500, 2800};
        const QList<QDate> weeks = {QDate(2020, 3, 30), QDate(2020, 4, 6), QDate(2020, 4, 13),
                                    QDate(2020, 4, 20), QDate(2020, 4, 27)};
        for (int i = 0; i < 5; ++i)
            c.lines.append(line(QStringLiteral("01"), weeks[i], 0, 0, chomees[i]));
        auto result = run(c);
        QVERIFY(!result.hasBlocking());
        QCOMPARE(result.totalHours(), Hours::fromWholeHours(147));
        // Partial weeks at both ends: the first part starts on Wednesday 1 April, the last one
        // ends on Thursday 30 April.
        QCOMPARE(result.employees.first().weeks.first().first, QDate(2020, 4, 1));
        QCOMPARE(result.employees.first().weeks.last().last, QDate(2020, 4, 30));

        // 35 h entered for the Easter week: blocking, and only the 28 h of the cap count.
        c.lines[2].chomees = Hours::fromWholeHours(35);
        result = run(c);
        const auto problem = find(result.problems(), QStringLiteral("chomees"));
        QVERIFY(problem);
        QCOMPARE(problem->level, Problem::Level::Blocking);
        QCOMPARE(problem->week, QDate(2020, 4, 13));
        QVERIFY2(problem->message.contains(QStringLiteral("Salarié 01")),
                 qPrintable(problem->message));
        QVERIFY(problem->message.contains(QStringLiteral("semaine du 13/04/2020")));
        QVERIFY(problem->message.contains(QStringLiteral("heures chômées")));
        QCOMPARE(result.totalHours(), Hours::fromWholeHours(147));
    }

    void alsaceMoselleLosesGoodFriday() {
        // Same closure in Strasbourg (67): Good Friday 10/04/2020 too: 147 − 7 = 140 h.
        Claim c = claim(2020, 4, ReductionForm::TemporaryClosure);
        c.establishment.departement = QStringLiteral("67");
        c.employees = {employee(QStringLiteral("01"))};
        for (const QDate &week : {QDate(2020, 4, 1), QDate(2020, 4, 6), QDate(2020, 4, 13),
                                  QDate(2020, 4, 20), QDate(2020, 4, 27)})
            c.lines.append(line(QStringLiteral("01"), week, 0, 0, 2800));
        c.lines[0].chomees = Hours::fromWholeHours(21);
        c.lines[3].chomees = Hours::fromWholeHours(35);
        const auto result = run(c);
        QVERIFY(!result.hasBlocking());
        QCOMPARE(result.totalHours(), Hours::fromWholeHours(140));
    }

    void forfaitJoursInHalfDays() {
        // Forfait-jours, April 2020: 10 half-days in the week of 6/04 = 10 × 3,5 = 35 h; 8 in the
        // Easter week = 28 h (its cap); total 63 h. A 9th half-day would exceed the 28 h cap.
        Claim c = claim(2020, 4, ReductionForm::HoursReduction);
        ClaimEmployee e = employee(QStringLiteral("07"));
        e.forfaitJours = true;
        c.employees = {e};
        ClaimLine first = line(QStringLiteral("07"), QDate(2020, 4, 6));
        first.halfDaysNotWorked = 10;
        ClaimLine second = line(QStringLiteral("07"), QDate(2020, 4, 13));
        second.halfDaysNotWorked = 8;
        c.lines = {first, second};
        auto result = run(c);
        QVERIFY(!result.hasBlocking());
        QCOMPARE(result.totalHours(), Hours::fromWholeHours(63));

        c.lines[1].halfDaysNotWorked = 9; // 31,5 h > 28 h
        result = run(c);
        QVERIFY(find(result.problems(), QStringLiteral("halfDaysNotWorked")).has_value());
        QCOMPARE(result.totalHours(), Hours::fromWholeHours(63));
    }

    void partTimerIsCappedByTheContract() {
        // 25,33 h a week, reduction, April 2020. Week of 6/04: worked 10 h → 25,33 − 10 = 15,33;
        // first part (3 days): the contract prorated, 25,33 × 3 / 5 = 15,198 → 15,19, nothing
        // worked → 15,19. Total 30,52 h.
        Claim c = claim(2020, 4);
        c.employees = {employee(QStringLiteral("02"), 2533, 1200)};
        c.lines = {line(QStringLiteral("02"), QDate(2020, 4, 6), 1000),
                   line(QStringLiteral("02"), QDate(2020, 4, 2))};
        const auto result = run(c);
        QVERIFY(!result.hasBlocking());
        QCOMPARE(result.totalHours(), Hours::fromHundredths(3052));
        // 70 % × 12,00 = 8,40 €/h × 30,52 h = 256,368 → 256,37 €.
        QCOMPARE(result.totalIndemnity().cents(), 25637);
    }

    // Issue 13, contracts that change during the month. March 2021 (no public holiday in
    // Paris): weeks from Monday 1, 8, 15, 22 and the part 29–31 (3 days); every week off.
    void partTimerBecomingFullTimeMidMonth() {
        // 20 h a week, full-time (35 h) from Wednesday 17. Caps: weeks 1 and 2 the contract,
        // 20 h; week 3: Mon–Tue under 20 h, 20 × 2 / 5 = 8 h, Wed–Fri under 35 h, 35 × 3 / 5 =
        // 21 h (= 7 h × 3), so 29 h; week 4 35 h; the part 29–31 35 × 3 / 5 = 21 h. Chômées
        // 20 + 20 + 29 + 35 + 21 = 125 h: 48 h under the first contract, 77 h under the second.
        Claim c = claim(2021, 3);
        ClaimEmployee e = employee(QStringLiteral("01"), 2000, 1500);
        e.changes = {{QDate(2021, 3, 17), Hours::fromWholeHours(35), {}, {}}};
        c.employees = {e};
        for (int day : {1, 8, 15, 22, 29})
            c.lines.append(line(QStringLiteral("01"), QDate(2021, 3, day)));
        const auto result = run(c);
        QVERIFY2(!result.hasBlocking(), qPrintable(result.problems().value(0).message));
        const EmployeeResult &r = result.employees.first();
        QCOMPARE(capsAndChomees(r), QStringLiteral("2000/2000 2000/2000 2900/2900 3500/3500 2100/2100"));
        QCOMPARE(r.indemnifiableHours, Hours::fromWholeHours(125));
        QCOMPARE(r.contractPeriods.size(), 2);
        QCOMPARE(r.contractPeriods[0].to, QDate(2021, 3, 16));
        QCOMPARE(r.contractPeriods[0].hours, Hours::fromWholeHours(48));
        QCOMPARE(r.contractPeriods[1].from, QDate(2021, 3, 17));
        QCOMPARE(r.contractPeriods[1].hours, Hours::fromWholeHours(77));
        // The same pay throughout: 70 % × 15 = 10,50 €/h × 125 h = 1 312,50 €; allocation 60 %
        // × 15 = 9,00 €/h × 125 h = 1 125,00 €.
        QCOMPARE(r.indemnity.cents(), 131250);
        QCOMPARE(r.allocation.cents(), 112500);
        // Working 25 h in week 3 under the new contract is not above it (29 h).
        c.lines[2].worked = Hours::fromWholeHours(25);
        QVERIFY(!run(c).hasBlocking());
    }

    void payRaisedMidMonth() {
        // 35 h, 15,00 €/h, raised to 16,5437 €/h from Wednesday 17; 10 h worked in week 3.
        // Caps 35 h each and 21 h for 29–31. Week 3: 35 − 10 = 25 h chômées, shared by the
        // two contracts' parts of the week's cap: Mon–Tue 14 h of 35, so 25 × 14 / 35 = 10 h
        // at the old pay and 15 h at the new. Old pay: 35 + 35 + 10 = 80 h; new pay: 15 + 35 +
        // 21 = 71 h.
        Claim c = claim(2021, 3);
        ClaimEmployee e = employee(QStringLiteral("01"), 3500, 1500);
        e.changes = {{QDate(2021, 3, 17), {}, HourlyPay::fromTenThousandths(165437), {}}};
        c.employees = {e};
        for (int day : {1, 8, 15, 22, 29})
            c.lines.append(line(QStringLiteral("01"), QDate(2021, 3, day), day == 15 ? 1000 : 0));
        const auto result = run(c);
        QVERIFY2(!result.hasBlocking(), qPrintable(result.problems().value(0).message));
        const EmployeeResult &r = result.employees.first();
        QCOMPARE(r.indemnifiableHours, Hours::fromWholeHours(151));
        QCOMPARE(r.contractPeriods[0].hours, Hours::fromWholeHours(80));
        QCOMPARE(r.contractPeriods[1].hours, Hours::fromWholeHours(71));
        // Indemnity: 0,70 × 15 = 10,50 × 80 h = 840,00; 0,70 × 16,5437 = 11,58059 × 71 h =
        // 822,22189; together 1 662,22189 → 1 662,22 € (rounded once).
        QCOMPARE(r.contractPeriods[1].indemnityHourly, HourlyAmount::fromMicroCents(1158059000));
        QCOMPARE(r.indemnity.cents(), 166222);
        // Allocation: 0,60 × 15 = 9,00 × 80 = 720,00; 0,60 × 16,5437 = 9,92622 × 71 =
        // 704,76162; together 1 424,76162 → 1 424,76 €.
        QCOMPARE(r.allocation.cents(), 142476);
        // The "why" names each period before its rows.
        QVERIFY(r.indemnityWhy.first().what.contains(QStringLiteral("01/03 au 16/03")));
        QVERIFY(std::any_of(r.indemnityWhy.cbegin(), r.indemnityWhy.cend(), [](const RateUse &u) {
            return u.what.contains(QStringLiteral("17/03 au 31/03"));
        }));
        // Recomputing this employee alone gives the same.
        QCOMPARE(ClaimEngine(rates()).computeEmployee(c, c.employees.first()), r);
    }

    void entryMidMonth() {
        // Entry on Wednesday 15/04/2020: the week of 13/04 keeps Wed–Fri = 21 h.
        Claim c = claim(2020, 4);
        ClaimEmployee e = employee(QStringLiteral("03"));
        e.entry = QDate(2020, 4, 15);
        c.employees = {e};
        c.lines = {line(QStringLiteral("03"), QDate(2020, 4, 13)),
                   line(QStringLiteral("03"), QDate(2020, 4, 20)),
                   line(QStringLiteral("03"), QDate(2020, 4, 6))}; // all zeros: harmless
        auto result = run(c);
        QVERIFY(!result.hasBlocking());
        QCOMPARE(result.totalHours(), Hours::fromWholeHours(21 + 35));

        c.lines[2].worked = Hours::fromWholeHours(7); // hours before the entry
        result = run(c);
        const auto problem = find(result.problems(), QStringLiteral("week"));
        QVERIFY(problem);
        QVERIFY(problem->message.contains(QStringLiteral("hors de la période d'emploi")));
        QVERIFY(problem->message.contains(QStringLiteral("15/04/2020")));
    }

    void sickLeaveDuringAReductionIsNotChomee() {
        // Week of 8/03/2021: worked 10 h, sick 14 h → chômées 35 − 10 − 14 = 11 h. Week of
        // 15/03: sick all week (35 h treated as worked) → 0 h, not 35.
        Claim c = claim(2021, 3);
        c.employees = {employee(QStringLiteral("04"))};
        c.lines = {line(QStringLiteral("04"), QDate(2021, 3, 8), 1000, 1400),
                   line(QStringLiteral("04"), QDate(2021, 3, 15), 0, 3500)};
        const auto result = run(c);
        QVERIFY(!result.hasBlocking());
        QCOMPARE(result.totalHours(), Hours::fromWholeHours(11));
    }

    void contingentAndAnnualCapCarriedOver_data() {
        QTest::addColumn<int>("year");
        QTest::addColumn<qint64>("decisionUsed");    // hundredths
        QTest::addColumn<qint64>("employeeEarlier"); // hundredths
        QTest::addColumn<bool>("contingentWarning");
        QTest::addColumn<bool>("annualWarning");
        // The claim holds 105 h (3 × 35); the decision authorises 200 h.
        // 150 + 105 = 255 > 200 → warning; 90 + 105 = 195 → none.
        QTest::newRow("contingent exceeded") << 2021 << 15000LL << 0LL << true << false;
        QTest::newRow("contingent left") << 2021 << 9000LL << 0LL << false << false;
        // 2021: 1 607 h a year. 1 550 + 105 = 1 655 > 1 607; 1 500 + 105 = 1 605 ≤ 1 607.
        QTest::newRow("2021 annual cap exceeded") << 2021 << 0LL << 155000LL << false << true;
        QTest::newRow("2021 annual cap kept") << 2021 << 0LL << 150000LL << false << false;
        // 2022: 1 000 h. 950 + 105 = 1 055 > 1 000; 800 + 105 = 905.
        QTest::newRow("2022 annual cap exceeded") << 2022 << 0LL << 95000LL << false << true;
        QTest::newRow("2022 annual cap kept") << 2022 << 0LL << 80000LL << false << false;
    }
    void contingentAndAnnualCapCarriedOver() {
        QFETCH(int, year);
        QFETCH(qint64, decisionUsed);
        QFETCH(qint64, employeeEarlier);
        QFETCH(bool, contingentWarning);
        QFETCH(bool, annualWarning);
        // March 2021 and March 2022: no public holiday, and the weeks of 7, 14 and 21 March
        // (any day designates its Monday–Sunday week) are whole weeks of 35 h.
        Claim c = claim(year, 3);
        c.decision.authorisedHours = Hours::fromWholeHours(200);
        c.decisionHoursUsedEarlier = h(decisionUsed);
        ClaimEmployee e = employee(QStringLiteral("05"), 3500, 1500);
        e.usualNetHourlyPay = pay(1200);
        e.hoursEarlierThisYear = h(employeeEarlier);
        c.employees = {e};
        for (const QDate &week : {QDate(year, 3, 7), QDate(year, 3, 14), QDate(year, 3, 21)})
            c.lines.append(line(QStringLiteral("05"), week));
        const auto result = run(c);
        QCOMPARE(result.totalHours(), Hours::fromWholeHours(105));
        QVERIFY(!result.hasBlocking());
        const auto contingent = find(result.problems(), QStringLiteral("authorisedHours"));
        const auto annual = find(result.problems(), QStringLiteral("annualCap"));
        QCOMPARE(contingent.has_value(), contingentWarning);
        QCOMPARE(annual.has_value(), annualWarning);
        if (contingent)
            QCOMPARE(contingent->level, Problem::Level::Warning);
        if (annual) {
            QCOMPARE(annual->level, Problem::Level::Warning);
            QVERIFY(annual->message.contains(year == 2021 ? QStringLiteral("1607,00")
                                                          : QStringLiteral("1000,00")));
        }
    }

    void blockingChecks_data() {
        QTest::addColumn<int>("caseNumber");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("same matricule twice") << 1 << "employee"
                                              << "deux fois";
        QTest::newRow("same NIR twice") << 2 << "employee"
                                        << "deux fois";
        QTest::newRow("NIR missing") << 3 << "nir"
                                     << "manquant";
        QTest::newRow("NIR with a wrong key") << 4 << "nir"
                                              << "NIR";
        QTest::newRow("gross pay missing") << 5 << "grossHourlyPay"
                                           << "manquante";
        QTest::newRow("month outside the decision") << 6 << "month"
                                                    << "hors de la période";
        QTest::newRow("negative hours") << 7 << "worked"
                                        << "négatif";
        QTest::newRow("line of nobody") << 8 << "matricule"
                                        << "« 99 »";
        QTest::newRow("week outside the month") << 9 << "week"
                                                << "ne touche pas le mois";
        QTest::newRow("two lines for one week") << 10 << "week"
                                                << "même semaine";
        QTest::newRow("reduction worked above contract") << 11 << "worked"
                                                         << "dépassent";
    }
    void blockingChecks() {
        QFETCH(int, caseNumber);
        QFETCH(QString, field);
        QFETCH(QString, messagePart);
        Claim c = claim(2021, 3);
        c.employees = {employee(QStringLiteral("01")), employee(QStringLiteral("02"))};
        c.lines = {line(QStringLiteral("01"), QDate(2021, 3, 8)),
                   line(QStringLiteral("02"), QDate(2021, 3, 8))};
        QVERIFY(!run(c).hasBlocking());
        switch (caseNumber) {
        case 1:
            c.employees[1].matricule = QStringLiteral("01");
            break;
        case 2:
            c.employees[1].nir = c.employees[0].nir;
            break;
        case 3:
            c.employees[1].nir.clear();
            break;
        case 4:
            c.employees[1].nir.replace(13, 2, QStringLiteral("00"));
            break;
        case 5:
            c.employees[1].grossHourlyPay.reset();
            break;
        case 6:
            c.decision.start = QDate(2021, 4, 1);
            break;
        case 7:
            c.lines[1].worked = Hours::fromWholeHours(-3);
            break;
        case 8:
            c.lines[1].matricule = QStringLiteral("99");
            break;
        case 9:
            c.lines[1].week = QDate(2021, 4, 5);
            break;
        case 10:
            c.lines.append(line(QStringLiteral("02"), QDate(2021, 3, 12), 700));
            break;
        case 11:
            c.lines[1].worked = Hours::fromWholeHours(40);
            break;
        }
        const auto result = run(c);
        const auto problem = find(result.problems(), field);
        QVERIFY2(problem, qPrintable(field));
        QCOMPARE(problem->level, Problem::Level::Blocking);
        QVERIFY2(problem->message.contains(messagePart), qPrintable(problem->message));
        QVERIFY(result.hasBlocking());
    }

    void warnings_data() {
        QTest::addColumn<int>("caseNumber");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("headcount") << 1 << "authorisedHeadcount"
                                   << "en autorise 1";
        QTest::newRow("pay below the floor") << 2 << "grossHourlyPay"
                                             << "sous le plancher";
        QTest::newRow("pay above 200 €/h") << 3 << "grossHourlyPay"
                                           << "200";
        QTest::newRow("deadline passed") << 4 << "deadline"
                                         << "30/09/2021";
    }
    void warnings() {
        QFETCH(int, caseNumber);
        QFETCH(QString, field);
        QFETCH(QString, messagePart);
        Claim c = claim(2021, 3);
        c.decision.end = QDate(2021, 3, 31);
        c.employees = {employee(QStringLiteral("01")), employee(QStringLiteral("02"))};
        c.lines = {line(QStringLiteral("01"), QDate(2021, 3, 8)),
                   line(QStringLiteral("02"), QDate(2021, 3, 8))};
        QVERIFY(run(c).problems().isEmpty());
        switch (caseNumber) {
        case 1:
            c.decision.authorisedHeadcount = 1;
            break;
        case 2:
            c.employees[1].grossHourlyPay = pay(700);
            break;
        case 3:
            c.employees[1].grossHourlyPay = pay(25000);
            break;
        case 4:
            c.today = QDate(2021, 10, 1);
            break; // 31/03/2021 + 6 months = 30/09/2021
        }
        const auto result = run(c);
        const auto problem = find(result.problems(), field);
        QVERIFY2(problem, qPrintable(field));
        QCOMPARE(problem->level, Problem::Level::Warning);
        QVERIFY2(problem->message.contains(messagePart), qPrintable(problem->message));
        QVERIFY(!result.hasBlocking());
    }

    void apprenticeBelowTheFloorIsNotImplausible() {
        Claim c = claim(2021, 3);
        c.employees = {employee(QStringLiteral("01"), 3500, 500)};
        c.employees[0].apprentice = true;
        c.lines = {line(QStringLiteral("01"), QDate(2021, 3, 8))};
        QVERIFY(run(c).problems().isEmpty());
    }

    void authorisationsOf2020HaveTwelveMonths() {
        Decision d;
        d.end = QDate(2020, 12, 31);
        QCOMPARE(ClaimChecks::filingDeadline(d), QDate(2021, 12, 31));
        d.end = QDate(2021, 1, 31);
        QCOMPARE(ClaimChecks::filingDeadline(d), QDate(2021, 7, 31));
    }

    void apldDecisionStartingOn31July2020() {
        // The rows in force on the decision's first day apply: APLD exists from 31/07/2020.
        Claim c = claim(2020, 7);
        c.decision.scheme = Scheme::Apld;
        c.decision.start = QDate(2020, 7, 31);
        c.employees = {employee(QStringLiteral("01"))};
        c.lines = {line(QStringLiteral("01"), QDate(2020, 7, 31))};
        const auto result = run(c);
        QVERIFY2(!result.hasBlocking(), qPrintable(result.problems().value(0).message));
        // Only Friday 31/07 is inside the decision: 7 h × 10,50 = 73,50 €; allocation 60 % ×
        // 15 = 9,00 × 7 = 63,00 €.
        QCOMPARE(result.totalHours(), Hours::fromWholeHours(7));
        QCOMPARE(result.totalIndemnity().cents(), 7350);
        QCOMPARE(result.totalAllocation().cents(), 6300);
    }

    // Issue 13: an APLD employer closed by administrative order gets the common law's 70 %
    // allocation, higher than APLD's 60 %: the claim's sector reaches the amounts.
    void apldEmployerClosedGetsTheCommonLawAllocation() {
        Claim c = claim(2021, 7);
        c.decision.scheme = Scheme::Apld;
        c.establishment.sector = Sector::Closed;
        c.employees = {employee(QStringLiteral("01"))}; // 35 h, 15,00 €/h
        c.employees[0].usualNetHourlyPay = pay(1200);
        // Week of 5 July 2021: 35 h, none worked: 35 chômées.
        c.lines = {line(QStringLiteral("01"), QDate(2021, 7, 5))};
        const auto result = run(c);
        QVERIFY2(!result.hasBlocking(), qPrintable(result.problems().value(0).message));
        QCOMPARE(result.totalHours(), Hours::fromWholeHours(35));
        // Indemnity 0,70 × 15 = 10,50 × 35 = 367,50 €; allocation: "closed" 0,70 × 15 = 10,50
        // (not APLD's 0,60 × 15 = 9,00) × 35 = 367,50 €.
        QCOMPARE(result.totalIndemnity().cents(), 36750);
        QCOMPARE(result.totalAllocation().cents(), 36750);
        // The same claim in a common sector keeps APLD's 9,00 × 35 = 315,00 €.
        c.establishment.sector = Sector::Common;
        QCOMPARE(run(c).totalAllocation().cents(), 31500);
    }

    void oneEmployeeRecomputedAloneGivesTheSameResult() {
        Claim c = claim(2021, 3);
        c.employees = {employee(QStringLiteral("01")), employee(QStringLiteral("02"), 2000, 1100)};
        c.lines = {line(QStringLiteral("01"), QDate(2021, 3, 8), 700),
                   line(QStringLiteral("02"), QDate(2021, 3, 8), 300)};
        const ClaimEngine engine(rates());
        const auto all = engine.compute(c);
        QCOMPARE(engine.computeEmployee(c, c.employees[1]), all.employees[1]);
        QCOMPARE(all.totalIndemnity(), all.employees[0].indemnity + all.employees[1].indemnity);
    }

    // A large claim is computed in slices on several threads: each employee gets what it gets
    // computed alone, in the claim's order; the checks of the totals see every employee.
    void aLargeClaimComputedInSlicesGivesWhatEachEmployeeGetsAlone() {
        Claim c = claim(2021, 3);
        for (int i = 0; i < 1500; ++i) {
            const QString matricule = QStringLiteral("M%1").arg(i, 4, 10, QLatin1Char('0'));
            c.employees << employee(matricule, 3500, 1000 + i);
            c.employees.last().nir =
                nir(QStringLiteral("18407751") + QString::number(i).rightJustified(5, u'0'));
            c.lines << line(matricule, QDate(2021, 3, 8), 100 * (i % 36));
        }
        const ClaimEngine engine(rates());
        const ClaimResult all = engine.compute(c);
        QCOMPARE(all.employees.size(), 1500);
        // 35 worked hours leave none chômées: 41 of the 1,500 (i % 36 == 35) are not counted.
        QCOMPARE(all.claimProblems.size(), 1);
        QVERIFY(all.claimProblems.first().message.contains(QStringLiteral("1459 salariés")));
        for (const int i : {0, 499, 500, 749, 750, 1000, 1499}) {
            QCOMPARE(all.employees[i].matricule, c.employees[i].matricule);
            QCOMPARE(engine.computeEmployee(c, c.employees[i]), all.employees[i]);
        }
        Money sum;
        for (const EmployeeResult &e : all.employees)
            sum += e.indemnity;
        QCOMPARE(all.totalIndemnity(), sum);
    }

    // The screens skip the rows each amount used; the amounts and problems are the same.
    void skippingTheReasonsChangesNoAmount() {
        Claim c = claim(2021, 3);
        c.employees = {employee(QStringLiteral("01")), employee(QStringLiteral("02"), 2000, 1100)};
        c.lines = {line(QStringLiteral("01"), QDate(2021, 3, 8), 700),
                   line(QStringLiteral("02"), QDate(2021, 3, 8), 300)};
        const ClaimEngine engine(rates());
        const ClaimResult recorded = engine.compute(c);
        const ClaimResult skipped = engine.compute(c, Reasons::Skipped);
        for (qsizetype i = 0; i < c.employees.size(); ++i) {
            QVERIFY(!recorded.employees[i].indemnityWhy.isEmpty());
            QVERIFY(!recorded.employees[i].allocationWhy.isEmpty());
            QVERIFY(skipped.employees[i].indemnityWhy.isEmpty());
            QVERIFY(skipped.employees[i].allocationWhy.isEmpty());
            EmployeeResult withoutReasons = recorded.employees[i];
            withoutReasons.indemnityWhy.clear();
            withoutReasons.allocationWhy.clear();
            QCOMPARE(skipped.employees[i], withoutReasons);
        }
        QCOMPARE(skipped.claimProblems, recorded.claimProblems);
    }
};

QTEST_GUILESS_MAIN(TestClaimEngine)
#include "test_claimengine.moc"
