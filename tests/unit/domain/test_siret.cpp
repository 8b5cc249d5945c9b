#include "domain/siret.h"

#include <QTest>

using apdesk::domain::Siret;

class TestSiret final : public QObject {
    Q_OBJECT

private slots:
    void acceptsValidNumbersAsPeopleTypeThem_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("digits");
        QTest::newRow("plain") << "73282932000074"
                               << "73282932000074";
        QTest::newRow("INSEE grouping") << "732 829 320 00074"
                                        << "73282932000074";
        QTest::newRow("dots") << "329.338.88300153"
                              << "32933888300153";
        QTest::newRow("surrounding spaces") << "\t55208131766522  "
                                            << "55208131766522";
        QTest::newRow("no-break spaces")
            << QString::fromUtf8("542\u00a0051\u00a0180\u202f00066") << "54205118000066";
        QTest::newRow("La Poste, digit sum 35") << "356 000 000 09075"
                                                << "35600000009075";
        QTest::newRow("La Poste, digit sum 50") << "35600000049837"
                                                << "35600000049837";
        QTest::newRow("La Poste head office, Luhn") << "35600000000048"
                                                    << "35600000000048";
    }
    void acceptsValidNumbersAsPeopleTypeThem() {
        QFETCH(QString, text);
        QFETCH(QString, digits);
        const auto siret = Siret::parse(text);
        QVERIFY2(siret.isOk(), qPrintable(siret.error()));
        QCOMPARE(siret->digits(), digits);
    }

    void splitsIntoSirenAndNic() {
        const auto siret = Siret::parse(u"356 000 000 09075");
        QVERIFY(siret.isOk());
        QCOMPARE(siret->siren().digits(), QStringLiteral("356000000"));
        QVERIFY(siret->siren().isLaPoste());
        QCOMPARE(siret->nic(), QStringLiteral("09075"));
        QCOMPARE(siret->formatted(), QStringLiteral("356 000 000 09075"));
        QCOMPARE(Siret::parse(u"73282932000074")->formatted(), QStringLiteral("732 829 320 00074"));
        QCOMPARE(siret.value(), Siret::parse(u"35600000009075").value());
    }

    void saysPreciselyWhatIsWrong_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << ""
                               << "Aucun SIRET saisi : 14 chiffres sont attendus (par "
                                  "exemple 732 829 320 00074).";
        QTest::newRow("letter O for zero")
            << "732 829 320 0OO74"
            << "Le caractère « O » (position 11) n'est pas un chiffre : un SIRET ne compte que "
               "des chiffres, 14 en tout.";
        QTest::newRow("dash") << "732829320-00074"
                              << "Le caractère « - » (position 10) n'est pas un chiffre : un "
                                 "SIRET ne compte que des chiffres, 14 en tout.";
        QTest::newRow("control character")
            << QStringLiteral("7328293200007\u0007")
            << "Le caractère U+0007 (position 14) n'est pas un chiffre : un SIRET ne compte que "
               "des chiffres, 14 en tout.";
        QTest::newRow("13 digits") << "7328293200007"
                                   << "Un SIRET compte 14 chiffres : 13 trouvé(s) dans "
                                      "« 7328293200007 ».";
        QTest::newRow("15 digits") << "732829320000745"
                                   << "Un SIRET compte 14 chiffres : 15 trouvé(s) dans "
                                      "« 732829320000745 ».";
        QTest::newRow("a SIREN") << "732 829 320"
                                 << "9 chiffres trouvés : c'est sans doute un SIREN. Un SIRET "
                                    "compte 14 chiffres, le SIREN suivi des 5 chiffres du NIC de "
                                    "l'établissement.";
        QTest::newRow("wrong key") << "73282932000075"
                                   << "La clé de contrôle ne correspond pas : vérifiez le SIRET "
                                      "73282932000075, un chiffre a sans doute été mal saisi ou "
                                      "deux chiffres ont été inversés.";
        // Luhn-valid over 14 digits, but its SIREN 732829302 is not.
        QTest::newRow("wrong SIREN key") << "73282930200072"
                                         << "La clé de contrôle du SIREN (les 9 premiers "
                                            "chiffres, 732829302) ne correspond pas : "
                                            "vérifiez-les, un chiffre a sans doute été mal saisi "
                                            "ou deux chiffres ont été inversés.";
        QTest::newRow("La Poste, digit sum 46")
            << "35600000049838"
            << "La clé de contrôle ne correspond pas : vérifiez le NIC 49838. Pour un "
               "établissement de La Poste, la somme des 14 chiffres doit être un multiple de 5.";
    }
    void saysPreciselyWhatIsWrong() {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const auto siret = Siret::parse(text);
        QVERIFY(!siret.isOk());
        QCOMPARE(siret.error(), message);
    }
};

QTEST_GUILESS_MAIN(TestSiret)
#include "test_siret.moc"
