#include "domain/claim/hourspattern.h"

#include <QTest>

using namespace apdesk::domain;

namespace {

// November 2026 (departement 75): a Sunday 1st (Toussaint), then the week of the 2nd (5 working
// days), of the 9th (4: the 11th is Armistice), of the 16th and 23rd (5 each), and Monday 30th.
// December 2026: the 1st to the 6th (4 days), the weeks of the 7th and 14th (5), of the 21st
// (4: Christmas on Friday the 25th), and the 28th to the 31st (4).
const MonthWeeks november(2026, 11, QStringLiteral("75"));
const MonthWeeks december(2026, 12, QStringLiteral("75"));

ClaimLine week(const QDate &day, qint64 worked, qint64 treatedAsWorked = 0, qint64 chomees = 0,
               int halfDays = 0) {
    ClaimLine line;
    line.matricule = QStringLiteral("M1");
    line.week = day;
    line.worked = Hours::fromHundredths(worked);
    line.treatedAsWorked = Hours::fromHundredths(treatedAsWorked);
    line.chomees = Hours::fromHundredths(chomees);
    line.halfDaysNotWorked = halfDays;
    return line;
}

// "2026-12-01 1680/0/0/0, …": each carried week as its first day and its four figures.
QString describe(const QList<ClaimLine> &lines) {
    QStringList parts;
    for (const ClaimLine &line : lines)
        parts << QStringLiteral("%1 %2/%3/%4/%5")
                     .arg(line.week.toString(Qt::ISODate))
                     .arg(line.worked.hundredths())
                     .arg(line.treatedAsWorked.hundredths())
                     .arg(line.chomees.hundredths())
                     .arg(line.halfDaysNotWorked);
    return parts.join(QStringLiteral(", "));
}

} // namespace

class TestHoursPattern final : public QObject {
    Q_OBJECT

private slots:
    void theLatestWholeWeekIsCopiedAndTheOthersGetTheirShare() {
        // Whole weeks: the 2nd, 16th and 23rd (5 days); the 23rd, the latest, is the pattern.
        const QList<ClaimLine> lines{week(QDate(2026, 11, 2), 1400), week(QDate(2026, 11, 9), 700),
                                     week(QDate(2026, 11, 16), 1400),
                                     week(QDate(2026, 11, 23), 2100)};
        const auto carried = HoursPattern::carry(lines, november, {}, december, {});
        QCOMPARE(describe(carried), QStringLiteral("2026-12-01 1680/0/0/0, "
                                                   "2026-12-07 2100/0/0/0, "
                                                   "2026-12-14 2100/0/0/0, "
                                                   "2026-12-21 1680/0/0/0, "
                                                   "2026-12-28 1680/0/0/0"));
        QVERIFY(carried.constFirst().matricule == QStringLiteral("M1"));
    }

    void aWholeWeekWithoutAbsenceIsPreferred() {
        // Paid leave in the week of the 23rd does not repeat: the 16th is the rhythm.
        const QList<ClaimLine> lines{week(QDate(2026, 11, 16), 2100),
                                     week(QDate(2026, 11, 23), 1400, 700)};
        const auto carried = HoursPattern::carry(lines, november, {}, december, {});
        QCOMPARE(carried.size(), 5);
        QCOMPARE(carried.at(1).worked.hundredths(), 2100);
        QCOMPARE(carried.at(1).treatedAsWorked.hundredths(), 0);
    }

    void whenEveryWholeWeekHasAnAbsenceItIsKept() {
        // Dropping it would raise a reduction's chômées: the latest is kept as it is.
        const QList<ClaimLine> lines{week(QDate(2026, 11, 2), 2100, 350),
                                     week(QDate(2026, 11, 16), 2100, 350),
                                     week(QDate(2026, 11, 23), 1750, 350)};
        const auto carried = HoursPattern::carry(lines, november, {}, december, {});
        QCOMPARE(carried.at(1).worked.hundredths(), 1750);
        QCOMPARE(carried.at(1).treatedAsWorked.hundredths(), 350);
        QCOMPARE(carried.at(0).treatedAsWorked.hundredths(), 280);
    }

    void noActivitePartielleInTheLatestWholeWeekCarriesNothing() {
        // In activité partielle only at the start of November: no rhythm to carry.
        const QList<ClaimLine> lines{week(QDate(2026, 11, 2), 2100),
                                     week(QDate(2026, 11, 9), 1400)};
        QVERIFY(HoursPattern::carry(lines, november, {}, december, {}).isEmpty());
    }

    void aShareIsRoundedDownToTheHundredth() {
        // 7,77 h × 4 / 5 = 6,216 h: 6,21 h, never a hundredth more than the pattern allows.
        const QList<ClaimLine> lines{week(QDate(2026, 11, 23), 777, 0, 1234)};
        const auto carried = HoursPattern::carry(lines, november, {}, december, {});
        QCOMPARE(carried.size(), 5);
        QCOMPARE(carried.at(0).worked.hundredths(), 621);
        QCOMPARE(carried.at(0).chomees.hundredths(), 987); // 12,34 × 4 / 5 = 9,872
        QCOMPARE(carried.at(1).worked.hundredths(), 777);
    }

    void anExitStopsTheHoursAndCutsItsWeek() {
        // Leaves on Tuesday 15 December: 2 days of the week of the 14th, nothing after.
        CapBasis span;
        span.to = QDate(2026, 12, 15);
        const QList<ClaimLine> lines{week(QDate(2026, 11, 23), 2100)};
        const auto carried = HoursPattern::carry(lines, november, {}, december, span);
        QCOMPARE(describe(carried), QStringLiteral("2026-12-01 1680/0/0/0, "
                                                   "2026-12-07 2100/0/0/0, "
                                                   "2026-12-14 840/0/0/0"));
    }

    void anEntryLastMonthCountsTheWeeksFromIt() {
        // Entered on Wednesday 18 November: the week of the 16th has 3 days for them; the
        // week of the 23rd (5 days) is the pattern.
        CapBasis span;
        span.from = QDate(2026, 11, 18);
        const QList<ClaimLine> lines{week(QDate(2026, 11, 16), 900),
                                     week(QDate(2026, 11, 23), 1000)};
        const auto carried = HoursPattern::carry(lines, november, span, december, {});
        QCOMPARE(carried.at(1).worked.hundredths(), 1000);
    }

    void halfDaysAreRoundedDownToTheHalfDay() {
        const QList<ClaimLine> lines{week(QDate(2026, 11, 23), 0, 0, 0, 4)};
        const auto carried = HoursPattern::carry(lines, november, {}, december, {});
        QCOMPARE(carried.size(), 5);
        QCOMPARE(carried.at(0).halfDaysNotWorked, 3); // 4 × 4 / 5 = 3,2
        QCOMPARE(carried.at(1).halfDaysNotWorked, 4);
    }

    void withoutALineThereIsNoPattern() {
        QVERIFY(HoursPattern::carry({}, november, {}, december, {}).isEmpty());
        // A week of 0 h worked is a rhythm (a reduction's week wholly chômée): weeks of 0 h.
        QCOMPARE(describe(HoursPattern::carry({week(QDate(2026, 11, 23), 0)}, november, {},
                                              december, {})),
                 QStringLiteral("2026-12-01 0/0/0/0, 2026-12-07 0/0/0/0, 2026-12-14 0/0/0/0, "
                                "2026-12-21 0/0/0/0, 2026-12-28 0/0/0/0"));
        // A line outside the previous month is not a pattern.
        QVERIFY(HoursPattern::carry({week(QDate(2026, 10, 12), 2100)}, november, {}, december, {})
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHoursPattern)
#include "test_hourspattern.moc"
