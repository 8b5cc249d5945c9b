#include "domain/claim/hourlyamount.h"

#include <QTest>

using apdesk::domain::divideRoundingHalfAwayFromZero;
using apdesk::domain::HourlyAmount;
using apdesk::domain::Hours;
using apdesk::domain::Money;

class TestHourlyAmount final : public QObject {
    Q_OBJECT

private slots:
    void roundsHalfAwayFromZero_data() {
        QTest::addColumn<qint64>("n");
        QTest::addColumn<qint64>("d");
        QTest::addColumn<qint64>("q");
        QTest::newRow("exact") << qint64(10) << qint64(5) << qint64(2);
        QTest::newRow("below half") << qint64(14) << qint64(10) << qint64(1);
        QTest::newRow("half up") << qint64(15) << qint64(10) << qint64(2);
        QTest::newRow("above half") << qint64(16) << qint64(10) << qint64(2);
        QTest::newRow("negative half") << qint64(-15) << qint64(10) << qint64(-2);
        QTest::newRow("negative below half") << qint64(-14) << qint64(10) << qint64(-1);
        QTest::newRow("2.5") << qint64(5) << qint64(2) << qint64(3);
    }
    void roundsHalfAwayFromZero() {
        QFETCH(qint64, n);
        QFETCH(qint64, d);
        QFETCH(qint64, q);
        QCOMPARE(divideRoundingHalfAwayFromZero(n, d), q);
    }

    void publishedMaximumIsNotRounded() {
        // 0,60 × 4,5 × 10,15 € = 27,405 €/h exactly, published as 27,41: we keep 27,405.
        // 6000 (hundredths of %) × 450 × 1015 (hundredths of a cent) = 2 740 500 000 µc.
        const auto amount = HourlyAmount::fromMicroCents(6000LL * 450 * 1015);
        QCOMPARE(amount.microCents(), qint64(2740500000));
        QCOMPARE(amount.toString(QLocale::c()), QStringLiteral("27.405\u00a0€"));
        // 10 h × 27,405 = 274,05 €; 1 h = 27,405 → 27,41 (half away from zero, once).
        QCOMPARE(amount.times(Hours::fromWholeHours(10))->cents(), qint64(27405));
        QCOMPARE(amount.times(Hours::fromWholeHours(1))->cents(), qint64(2741));
        // 0,01 h × 27,405 = 0,27405 → 0,27.
        QCOMPARE(amount.times(Hours::fromHundredths(1))->cents(), qint64(27));
    }

    void wholeEurosKeepTwoDecimals() {
        QCOMPARE(HourlyAmount::fromMoney(Money::fromCents(803)).toString(QLocale::c()),
                 QStringLiteral("8.03\u00a0€"));
        QCOMPARE(HourlyAmount::fromMoney(Money::fromCents(1000)).toString(QLocale::c()),
                 QStringLiteral("10.00\u00a0€"));
    }

    void overflowIsReportedNotWrapped() {
        const auto huge = HourlyAmount::fromMicroCents(std::numeric_limits<qint64>::max() / 2);
        QVERIFY(!huge.times(Hours::fromWholeHours(10)).has_value());
    }
};

QTEST_GUILESS_MAIN(TestHourlyAmount)
#include "test_hourlyamount.moc"
