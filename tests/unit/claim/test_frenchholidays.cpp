#include "domain/claim/frenchholidays.h"

#include <QTest>

using apdesk::domain::FrenchHolidays;

class TestFrenchHolidays final : public QObject {
    Q_OBJECT

private slots:
    void easterSunday_data() {
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("easter");
        QTest::newRow("2020") << 2020 << QDate(2020, 4, 12);
        QTest::newRow("2021") << 2021 << QDate(2021, 4, 4);
        QTest::newRow("2022") << 2022 << QDate(2022, 4, 17);
        QTest::newRow("2024 in March") << 2024 << QDate(2024, 3, 31);
        QTest::newRow("2008 early") << 2008 << QDate(2008, 3, 23);
        QTest::newRow("2038 latest possible") << 2038 << QDate(2038, 4, 25);
        QTest::newRow("2285 earliest possible") << 2285 << QDate(2285, 3, 22);
    }
    void easterSunday() {
        QFETCH(int, year);
        QFETCH(QDate, easter);
        QCOMPARE(FrenchHolidays::easterSunday(year), easter);
    }

    void holidaysOfParis2020() {
        // 11 days: 8 fixed + Easter Monday (13/04), Ascension (21/05), Whit Monday (01/06).
        const auto days = FrenchHolidays::forYear(2020, QStringLiteral("75"));
        QCOMPARE(days.size(), 11);
        QList<QDate> dates;
        for (const auto &day : days)
            dates.append(day.date);
        QVERIFY(dates.contains(QDate(2020, 4, 13)));
        QVERIFY(dates.contains(QDate(2020, 5, 21)));
        QVERIFY(dates.contains(QDate(2020, 6, 1)));
        QVERIFY(!dates.contains(QDate(2020, 4, 10))); // Good Friday: not in Paris
        QVERIFY(!dates.contains(QDate(2020, 12, 26)));
        QVERIFY(std::is_sorted(dates.cbegin(), dates.cend()));
    }

    void whitMondayIsAHolidayWithItsSolidarityNote() {
        const auto days = FrenchHolidays::forYear(2021, QStringLiteral("13"));
        const auto whit = std::find_if(days.cbegin(), days.cend(),
                                       [](const auto &d) { return d.date == QDate(2021, 5, 24); });
        QVERIFY(whit != days.cend());
        QVERIFY(whit->note.contains(QStringLiteral("solidarité")));
    }

    void alsaceMoselleHasTwoMoreDays_data() {
        QTest::addColumn<QString>("departement");
        QTest::addColumn<bool>("extra");
        QTest::newRow("Moselle") << "57" << true;
        QTest::newRow("Bas-Rhin") << "67" << true;
        QTest::newRow("Haut-Rhin") << "68" << true;
        QTest::newRow("Meurthe-et-Moselle") << "54" << false;
        QTest::newRow("Corse-du-Sud") << "2A" << false;
        QTest::newRow("Réunion") << "974" << false;
    }
    void alsaceMoselleHasTwoMoreDays() {
        QFETCH(QString, departement);
        QFETCH(bool, extra);
        QCOMPARE(FrenchHolidays::forYear(2022, departement).size(), extra ? 13 : 11);
        QCOMPARE(FrenchHolidays::isHoliday(QDate(2022, 4, 15), departement), extra); // Good Friday
        QCOMPARE(FrenchHolidays::isHoliday(QDate(2022, 12, 26), departement), extra);
        QVERIFY(FrenchHolidays::isHoliday(QDate(2022, 4, 18), departement)); // Easter Monday
    }
};

QTEST_GUILESS_MAIN(TestFrenchHolidays)
#include "test_frenchholidays.moc"
