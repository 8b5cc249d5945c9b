#include "domain/siren.h"

#include <QTest>

using apdesk::domain::Siren;

class TestSiren final : public QObject {
    Q_OBJECT

private slots:
    void acceptsValidNumbersAsPeopleTypeThem_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("digits");
        QTest::newRow("plain") << "732829320"
                               << "732829320";
        QTest::newRow("grouped") << "732 829 320"
                                 << "732829320";
        QTest::newRow("dots") << "329.338.883"
                              << "329338883";
        QTest::newRow("surrounding spaces") << "  552081317 "
                                            << "552081317";
        QTest::newRow("no-break spaces")
            << QString::fromUtf8("542\u00a0051\u202f180") << "542051180";
        QTest::newRow("La Poste") << "356 000 000"
                                  << "356000000";
    }
    void acceptsValidNumbersAsPeopleTypeThem() {
        QFETCH(QString, text);
        QFETCH(QString, digits);
        const auto siren = Siren::parse(text);
        QVERIFY2(siren.isOk(), qPrintable(siren.error()));
        QCOMPARE(siren->digits(), digits);
    }

    void formatsInThreeGroups() {
        QCOMPARE(Siren::parse(u"356000000")->formatted(), QStringLiteral("356 000 000"));
        QVERIFY(Siren::parse(u"356000000")->isLaPoste());
        QVERIFY(!Siren::parse(u"732829320")->isLaPoste());
    }

    void saysPreciselyWhatIsWrong_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << ""
                               << "Aucun SIREN saisi : 9 chiffres sont attendus (par "
                                  "exemple 732 829 320).";
        QTest::newRow("blank") << "   "
                               << "Aucun SIREN saisi : 9 chiffres sont attendus (par "
                                  "exemple 732 829 320).";
        QTest::newRow("letter") << "732 82A 320"
                                << "Le caractère « A » (position 6) n'est pas un chiffre : un "
                                   "SIREN ne compte que des chiffres, 9 en tout.";
        QTest::newRow("too short") << "73282932"
                                   << "Un SIREN compte 9 chiffres : 8 trouvé(s) dans « 73282932 ».";
        QTest::newRow("too long") << "7328293200"
                                  << "Un SIREN compte 9 chiffres : 10 trouvé(s) dans "
                                     "« 7328293200 ».";
        QTest::newRow("a SIRET") << "73282932000074"
                                 << "14 chiffres trouvés : c'est un SIRET. Un SIREN compte 9 "
                                    "chiffres, les 9 premiers du SIRET (732829320).";
        QTest::newRow("wrong key") << "732829321"
                                   << "La clé de contrôle ne correspond pas : vérifiez le SIREN "
                                      "732829321, un chiffre a sans doute été mal saisi ou deux "
                                      "chiffres ont été inversés.";
        QTest::newRow("swapped digits") << "723829320"
                                        << "La clé de contrôle ne correspond pas : vérifiez le "
                                           "SIREN 723829320, un chiffre a sans doute été mal "
                                           "saisi ou deux chiffres ont été inversés.";
    }
    void saysPreciselyWhatIsWrong() {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const auto siren = Siren::parse(text);
        QVERIFY(!siren.isOk());
        QCOMPARE(siren.error(), message);
    }
};

QTEST_GUILESS_MAIN(TestSiren)
#include "test_siren.moc"
