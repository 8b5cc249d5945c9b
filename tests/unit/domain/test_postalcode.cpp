#include "domain/postalcode.h"

#include <QTest>

using apdesk::domain::PostalCode;

class TestPostalCode final : public QObject {
    Q_OBJECT

private slots:
    void acceptsFrenchPostalCodes_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("normalised");
        QTest::addColumn<bool>("overseas");
        QTest::newRow("Paris") << "75001"
                               << "75001" << false;
        QTest::newRow("Ajaccio") << "20000"
                                 << "20000" << false;
        QTest::newRow("Bastia") << "20200"
                                << "20200" << false;
        QTest::newRow("Ain, lowest") << "01000"
                                     << "01000" << false;
        QTest::newRow("Val-d'Oise, highest") << "95999"
                                             << "95999" << false;
        QTest::newRow("Saint-Pierre, Réunion") << "97411"
                                               << "97411" << true;
        QTest::newRow("Guadeloupe, lowest") << "97100"
                                            << "97100" << true;
        QTest::newRow("Mayotte") << "97600"
                                 << "97600" << true;
        QTest::newRow("spaces") << " 75 001 "
                                << "75001" << false;
        QTest::newRow("no-break space") << QString::fromUtf8("75\u00a0001") << "75001" << false;
    }
    void acceptsFrenchPostalCodes() {
        QFETCH(QString, text);
        QFETCH(QString, normalised);
        QFETCH(bool, overseas);
        const auto code = PostalCode::parse(text);
        QVERIFY2(code.isOk(), qPrintable(code.error()));
        QCOMPARE(code->text(), normalised);
        QCOMPARE(code->isOverseas(), overseas);
    }

    void saysPreciselyWhatIsWrong_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << ""
                               << "Aucun code postal saisi : 5 chiffres sont attendus (par "
                                  "exemple 75001).";
        QTest::newRow("00100") << "00100"
                               << "Le code postal 00100 ne correspond à aucun département : "
                                  "01000 à 95999 en métropole, 97100 à 97699 outre-mer.";
        QTest::newRow("96000") << "96000"
                               << "Le code postal 96000 ne correspond à aucun département : "
                                  "01000 à 95999 en métropole, 97100 à 97699 outre-mer.";
        QTest::newRow("Monaco 98000")
            << "98000"
            << "Le code postal 98000 ne correspond à aucun département : 01000 à 95999 en "
               "métropole, 97100 à 97699 outre-mer.";
        QTest::newRow("97700") << "97700"
                               << "Le code postal 97700 ne correspond à aucun département : "
                                  "01000 à 95999 en métropole, 97100 à 97699 outre-mer.";
        QTest::newRow("four digits") << "7500"
                                     << "Un code postal compte 5 chiffres : 4 trouvé(s) dans "
                                        "« 7500 ».";
        QTest::newRow("six digits") << "750010"
                                    << "Un code postal compte 5 chiffres : 6 trouvé(s) dans "
                                       "« 750010 ».";
        QTest::newRow("letter") << "7500A"
                                << "Le caractère « A » (position 5) n'est pas un chiffre : un "
                                   "code postal compte 5 chiffres.";
        QTest::newRow("Corsica written 2A") << "2A000"
                                            << "Le caractère « A » (position 2) n'est pas un "
                                               "chiffre : un code postal compte 5 chiffres.";
        QTest::newRow("dot") << "75.001"
                             << "Le caractère « . » (position 3) n'est pas un chiffre : un code "
                                "postal compte 5 chiffres.";
    }
    void saysPreciselyWhatIsWrong() {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const auto code = PostalCode::parse(text);
        QVERIFY(!code.isOk());
        QCOMPARE(code.error(), message);
    }

    void departementFromThePostalCode_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("departement");
        QTest::newRow("Paris") << "75002"
                               << "75";
        QTest::newRow("Metz") << "57000"
                              << "57";
        QTest::newRow("Ajaccio") << "20000"
                                 << "2A";
        QTest::newRow("Bastia") << "20200"
                                << "2B";
        QTest::newRow("Saint-Denis de La Réunion") << "97400"
                                                   << "974";
    }
    void departementFromThePostalCode() {
        QFETCH(QString, code);
        QFETCH(QString, departement);
        const auto parsed = apdesk::domain::PostalCode::parse(code);
        QVERIFY(parsed.isOk());
        QCOMPARE(parsed->departement(), departement);
    }
};

QTEST_GUILESS_MAIN(TestPostalCode)
#include "test_postalcode.moc"
