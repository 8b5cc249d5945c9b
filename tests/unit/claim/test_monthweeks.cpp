#include "domain/claim/monthweeks.h"

#include <QTest>

using apdesk::domain::CapBasis;
using apdesk::domain::Hours;
using apdesk::domain::MonthWeeks;

namespace {

QString capsOf(const MonthWeeks &weeks, const CapBasis &basis) {
    QStringList caps;
    for (const auto &week : weeks.weeks())
        caps.append(QString::number(MonthWeeks::cap(week, basis).hundredths()));
    return caps.join(QLatin1Char(' '));
}

} // namespace

class TestMonthWeeks final : public QObject {
    Q_OBJECT

private slots:
    void weekCaps_data() {
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("month");
        QTest::addColumn<QString>("departement");
        QTest::addColumn<qint64>("weekly"); // hundredths of an hour
        QTest::addColumn<bool>("forfait");
        QTest::addColumn<QDate>("entry");
        QTest::addColumn<QDate>("exit");
        QTest::addColumn<QString>("caps"); // hundredths, one per Monday–Sunday week part

        // March 2021 starts on a Monday; weeks of 1, 8, 15, 22 March and 29–31 March (3 days).
        // A 39 h employee is capped at the legal 35 h: 7 h × 5; the last part 7 h × 3 = 21 h
        // (the contract prorated, 39 × 3 / 5 = 23,4 h, is higher).
        QTest::newRow("39 h employee, March 2021")
            << 2021 << 3 << "75" << qint64(3900) << false << QDate() << QDate()
            << "3500 3500 3500 3500 2100";
        // April 2020 starts on a Wednesday and ends on a Thursday: partial weeks at both ends.
        // 30/03–05/04: Wed–Fri = 3 days = 21 h; 13/04–19/04 holds Easter Monday: 4 days = 28 h;
        // 27/04–30/04: Mon–Thu = 28 h. Total 21 + 35 + 28 + 35 + 28 = 147 h = 21 days × 7 h.
        QTest::newRow("Easter Monday, partial weeks at both ends")
            << 2020 << 4 << "75" << qint64(3500) << false << QDate() << QDate()
            << "2100 3500 2800 3500 2800";
        // Bas-Rhin: Good Friday 10/04/2020 too, so the week of 6 April has 4 days: 28 h.
        QTest::newRow("Alsace-Moselle Good Friday")
            << 2020 << 4 << "67" << qint64(3500) << false << QDate() << QDate()
            << "2100 2800 2800 3500 2800";
        // December 2022: 26/12 is a Monday, a holiday in Haut-Rhin only (28 h instead of 35 h).
        QTest::newRow("Alsace-Moselle 26 December")
            << 2022 << 12 << "68" << qint64(3500) << false << QDate() << QDate()
            << "1400 3500 3500 3500 2800";
        QTest::newRow("26 December elsewhere") << 2022 << 12 << "75" << qint64(3500) << false
                                               << QDate() << QDate() << "1400 3500 3500 3500 3500";
        // Forfait-jours count as 35 h a week whatever the weekly field says.
        QTest::newRow("forfait-jours") << 2020 << 4 << "75" << qint64(0) << true << QDate()
                                       << QDate() << "2100 3500 2800 3500 2800";
        // Part-timer at 25,33 h: the contract prorated per working day, rounded DOWN:
        // 3 days: 25,33 × 3 / 5 = 15,198 → 15,19; 4 days: 25,33 × 4 / 5 = 20,264 → 20,26.
        QTest::newRow("part-timer, rounded down")
            << 2020 << 4 << "75" << qint64(2533) << false << QDate() << QDate()
            << "1519 2533 2026 2533 2026";
        // Entry on Wednesday 15/04/2020: nothing before; the week of 13/04 keeps Wed–Fri (Monday
        // is Easter Monday, Tuesday before the entry): 3 × 7 = 21 h.
        QTest::newRow("entry mid-month") << 2020 << 4 << "75" << qint64(3500) << false
                                         << QDate(2020, 4, 15) << QDate() << "0 0 2100 3500 2800";
        // Exit on Wednesday 08/04/2020: Mon–Wed of that week = 21 h, nothing after.
        QTest::newRow("exit mid-month") << 2020 << 4 << "75" << qint64(3500) << false << QDate()
                                        << QDate(2020, 4, 8) << "2100 2100 0 0 0";
        // June 2020 starts with Whit Monday (a holiday, see FrenchHolidays) and ends on a Tuesday.
        QTest::newRow("Whit Monday on the first day")
            << 2020 << 6 << "75" << qint64(3500) << false << QDate() << QDate()
            << "2800 3500 3500 3500 1400";
        // May 2020: the first part (Fri 1 – Sun 3) has only 1 May: cap 0. 8 May and Ascension
        // (21 May) take a day each from their weeks.
        QTest::newRow("May 2020") << 2020 << 5 << "75" << qint64(3500) << false << QDate()
                                  << QDate() << "0 2800 3500 2800 3500";
        // August 2020 starts on a Saturday: its first part is a weekend, cap 0; 15 August is a
        // Saturday too; the last part is Monday 31 alone: 7 h.
        QTest::newRow("month starting on a weekend")
            << 2020 << 8 << "75" << qint64(3500) << false << QDate() << QDate()
            << "0 3500 3500 3500 3500 700";
    }
    void weekCaps() {
        QFETCH(int, year);
        QFETCH(int, month);
        QFETCH(QString, departement);
        QFETCH(qint64, weekly);
        QFETCH(bool, forfait);
        QFETCH(QDate, entry);
        QFETCH(QDate, exit);
        QFETCH(QString, caps);
        const MonthWeeks weeks(year, month, departement);
        QCOMPARE(capsOf(weeks, CapBasis{Hours::fromHundredths(weekly), forfait, entry, exit}),
                 caps);
    }

    void partsAreCutAtTheMonthsEdges() {
        const MonthWeeks weeks(2020, 4, QStringLiteral("75"));
        QCOMPARE(weeks.weeks().size(), 5);
        QCOMPARE(weeks.weeks().first().monday, QDate(2020, 3, 30));
        QCOMPARE(weeks.weeks().first().first, QDate(2020, 4, 1));
        QCOMPARE(weeks.weeks().first().last, QDate(2020, 4, 5));
        QCOMPARE(weeks.weeks().last().monday, QDate(2020, 4, 27));
        QCOMPARE(weeks.weeks().last().last, QDate(2020, 4, 30));
        QCOMPARE(weeks.weeks().at(2).holidays.size(), 1);
        QCOMPARE(weeks.weeks().at(2).holidays.first().date, QDate(2020, 4, 13));
        // Every working day is counted exactly once over the month.
        int days = 0;
        for (const auto &week : weeks.weeks())
            days += int(week.workingDays.size());
        QCOMPARE(days, 21);
    }

    void anyDayOfTheWeekDesignatesThisMonthsPart_data() {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<int>("index"); // -1: not a week of April 2020
        QTest::newRow("Monday in March") << QDate(2020, 3, 30) << 0;
        QTest::newRow("Tuesday in March") << QDate(2020, 3, 31) << 0;
        QTest::newRow("Sunday 5 April") << QDate(2020, 4, 5) << 0;
        QTest::newRow("Easter Monday") << QDate(2020, 4, 13) << 2;
        QTest::newRow("Friday 1 May") << QDate(2020, 5, 1) << 4;
        QTest::newRow("Sunday 3 May") << QDate(2020, 5, 3) << 4;
        QTest::newRow("Monday 4 May") << QDate(2020, 5, 4) << -1;
        QTest::newRow("Sunday 29 March") << QDate(2020, 3, 29) << -1;
        QTest::newRow("invalid") << QDate() << -1;
    }
    void anyDayOfTheWeekDesignatesThisMonthsPart() {
        QFETCH(QDate, day);
        QFETCH(int, index);
        const MonthWeeks weeks(2020, 4, QStringLiteral("75"));
        const auto found = weeks.weekIndexFor(day);
        QCOMPARE(found.has_value() ? int(*found) : -1, index);
    }

    void anInvalidMonthHasNoWeeks() {
        QVERIFY(MonthWeeks(2021, 13, QStringLiteral("75")).weeks().isEmpty());
        QVERIFY(MonthWeeks(0, 0, QStringLiteral("75")).weeks().isEmpty());
    }

    void decisionPeriodLimitsTheDaysLikeEmployment() {
        // A decision from Thursday 16/04/2020: the week of 13/04 keeps Thu–Fri = 14 h.
        const MonthWeeks weeks(2020, 4, QStringLiteral("75"));
        const CapBasis basis{Hours::fromWholeHours(35), false, QDate(2020, 4, 16), QDate()};
        QCOMPARE(MonthWeeks::cap(weeks.weeks().at(2), basis), Hours::fromWholeHours(14));
        QCOMPARE(MonthWeeks::indemnifiableDays(weeks.weeks().at(2), basis), 2);
    }
};

QTEST_GUILESS_MAIN(TestMonthWeeks)
#include "test_monthweeks.moc"
