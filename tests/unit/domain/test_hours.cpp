#include "domain/hours.h"

#include <QTest>

using apdesk::domain::Hours;

class TestHours final : public QObject {
    Q_OBJECT

private slots:
    void parsesTheWaysClerksWriteHours_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("hundredths");
        QTest::newRow("whole") << "7" << qint64(700);
        QTest::newRow("decimal comma") << "7,5" << qint64(750);
        QTest::newRow("decimal point") << "7.5" << qint64(750);
        QTest::newRow("two decimals") << "7,25" << qint64(725);
        QTest::newRow("trailing zero decimals") << "7,500" << qint64(750);
        QTest::newRow("leading comma") << ",5" << qint64(50);
        QTest::newRow("h and minutes") << "7h30" << qint64(750);
        QTest::newRow("capital H") << "7H30" << qint64(750);
        QTest::newRow("h alone") << "7h" << qint64(700);
        QTest::newRow("spaced") << " 7 h 30 " << qint64(750);
        QTest::newRow("colon") << "7:30" << qint64(750);
        QTest::newRow("20 minutes is 0,33") << "7h20" << qint64(733);
        QTest::newRow("10 minutes rounds to 0,17") << "7h10" << qint64(717);
        QTest::newRow("50 minutes rounds to 0,83") << "7h50" << qint64(783);
        QTest::newRow("one minute") << "0h01" << qint64(2);
        QTest::newRow("no-break space") << QString::fromUtf8("1\u00a0607") << qint64(160700);
        QTest::newRow("narrow no-break space")
            << QString::fromUtf8("1\u202f607,5") << qint64(160750);
        QTest::newRow("zero") << "0" << qint64(0);
    }
    void parsesTheWaysClerksWriteHours() {
        QFETCH(QString, text);
        QFETCH(qint64, hundredths);
        const auto parsed = Hours::parse(text);
        QVERIFY2(parsed.isOk(), qPrintable(parsed.error()));
        QCOMPARE(parsed->hundredths(), hundredths);
    }

    void rejectsWhatIsNotAnHourCount_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("empty") << ""
                               << "Aucune durée";
        QTest::newRow("blank") << "   "
                               << "Aucune durée";
        QTest::newRow("negative") << "-3"
                                  << "négatif";
        QTest::newRow("three decimals") << "7,255"
                                        << "deux décimales";
        QTest::newRow("letters") << "sept"
                                 << "n'est pas une durée";
        QTest::newRow("two separators") << "7,5,5"
                                        << "n'est pas une durée";
        QTest::newRow("minutes over 59") << "7h75"
                                         << "entre 0 et 59";
        QTest::newRow("minutes with three digits") << "7h300"
                                                   << "n'est pas une durée";
        QTest::newRow("hours missing") << "h30"
                                       << "n'est pas une durée";
        QTest::newRow("exponent") << "1e3"
                                  << "n'est pas une durée";
        QTest::newRow("huge") << "99999999999999999999"
                              << "trop grand";
    }
    void rejectsWhatIsNotAnHourCount() {
        QFETCH(QString, text);
        QFETCH(QString, messagePart);
        const auto parsed = Hours::parse(text);
        QVERIFY(!parsed.isOk());
        QVERIFY2(parsed.error().contains(messagePart), qPrintable(parsed.error()));
    }

    void saysWhenMinutesWereConverted() {
        QVERIFY(Hours::isApproximatedFromMinutes(u"7h20"));
        QVERIFY(Hours::isApproximatedFromMinutes(u"7:10"));
        QVERIFY(!Hours::isApproximatedFromMinutes(u"7h30"));
        QVERIFY(!Hours::isApproximatedFromMinutes(u"7h45"));
        QVERIFY(!Hours::isApproximatedFromMinutes(u"7,33"));
    }

    void formatsWithTheLocaleDecimalPoint() {
        const QLocale french(QLocale::French, QLocale::France);
        const QLocale english(QLocale::English, QLocale::UnitedKingdom);
        QCOMPARE(Hours::fromHundredths(733).toString(french), QStringLiteral("7,33"));
        QCOMPARE(Hours::fromHundredths(700).toString(english), QStringLiteral("7.00"));
        QCOMPARE(Hours::fromHundredths(5).toString(french), QStringLiteral("0,05"));
        QCOMPARE(Hours::fromHundredths(160700).toString(french), QStringLiteral("1607,00"));
        QCOMPARE(Hours::fromHundredths(-250).toString(french), QStringLiteral("-2,50"));
    }

    void addsAndComparesExactly() {
        // 3 × 0,33 h is 0,99 h, not 1 h: hundredths add exactly, no floating point drift.
        Hours total;
        for (int i = 0; i < 3; ++i)
            total += Hours::fromHundredths(33);
        QCOMPARE(total.hundredths(), qint64(99));
        QVERIFY(Hours::fromWholeHours(35) > Hours::fromHundredths(3499));
        QCOMPARE((Hours::fromWholeHours(35) - Hours::fromHundredths(750)).hundredths(),
                 qint64(2750));
    }
};

QTEST_GUILESS_MAIN(TestHours)
#include "test_hours.moc"
