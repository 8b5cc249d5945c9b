#include "domain/money.h"

#include <QTest>

using apdesk::domain::Money;

class TestMoney final : public QObject {
    Q_OBJECT

private slots:
    void parsesAmounts_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("whole euros") << "12" << qint64(1200);
        QTest::newRow("one decimal") << "12,5" << qint64(1250);
        QTest::newRow("comma") << "10,15" << qint64(1015);
        QTest::newRow("point") << "10.15" << qint64(1015);
        QTest::newRow("euro sign after") << QString::fromUtf8("10,15 €") << qint64(1015);
        QTest::newRow("euro sign before") << QString::fromUtf8("€10.15") << qint64(1015);
        QTest::newRow("EUR") << "10,15 EUR" << qint64(1015);
        QTest::newRow("grouped with space") << "1 234,56" << qint64(123456);
        QTest::newRow("grouped as QLocale writes")
            << QString::fromUtf8("1\u202f234,56\u00a0€") << qint64(123456);
    }
    void parsesAmounts() {
        QFETCH(QString, text);
        QFETCH(qint64, cents);
        const auto parsed = Money::parse(text);
        QVERIFY2(parsed.isOk(), qPrintable(parsed.error()));
        QCOMPARE(parsed->cents(), cents);
    }

    void rejectsWhatIsNotAnAmount_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("empty") << ""
                               << "Aucun montant";
        QTest::newRow("negative") << "-1"
                                  << "négatif";
        QTest::newRow("sub-cent") << "10,155"
                                  << "deux décimales";
        QTest::newRow("words") << "dix euros"
                               << "n'est pas un montant";
        QTest::newRow("two commas") << "1,2,3"
                                    << "n'est pas un montant";
    }
    void rejectsWhatIsNotAnAmount() {
        QFETCH(QString, text);
        QFETCH(QString, messagePart);
        const auto parsed = Money::parse(text);
        QVERIFY(!parsed.isOk());
        QVERIFY2(parsed.error().contains(messagePart), qPrintable(parsed.error()));
    }

    void formatsTheFrenchWay() {
        // TOOLCHAIN.md: U+202F groups thousands, U+00A0 precedes the euro sign.
        const QLocale french(QLocale::French, QLocale::France);
        QCOMPARE(Money::fromCents(123456).toString(french),
                 QString::fromUtf8("1\u202f234,56\u00a0€"));
        QCOMPARE(Money::fromCents(5).toString(french), QString::fromUtf8("0,05\u00a0€"));
        QCOMPARE(Money::fromCents(-2741).toString(french), QString::fromUtf8("-27,41\u00a0€"));
        QCOMPARE(Money::fromCents(123456).toPlainString(french), QStringLiteral("1234,56"));
    }

    void formatsTheEnglishWay() {
        const QLocale english(QLocale::English, QLocale::UnitedKingdom);
        QCOMPARE(Money::fromCents(123456).toString(english), QStringLiteral("€1,234.56"));
    }

    void keepsLargeTotalsExact() {
        // 100 000 employees × 1 234,56 € stays exact in 64-bit cents.
        Money total;
        for (int i = 0; i < 100000; ++i)
            total += Money::fromCents(123456);
        QCOMPARE(total.cents(), qint64(12345600000));
        QCOMPARE(total.toString(QLocale(QLocale::French, QLocale::France)),
                 QString::fromUtf8("123\u202f456\u202f000,00\u00a0€"));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "test_money.moc"
