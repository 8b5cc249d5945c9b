#include "cliprocess.h"

#include <QTest>

// check-id through the real executable: what it prints and how it exits for every type of value.
class TestCheckIdCommand final : public QObject {
    Q_OBJECT

private slots:
    void printsTheNormalisedValue_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("out");
        QTest::newRow("siret, one argument")
            << QStringList{"siret", "356 000 000 09075"} << "35600000009075\n";
        QTest::newRow("siret, unquoted words")
            << QStringList{"siret", "732", "829", "320", "00074"} << "73282932000074\n";
        QTest::newRow("siret with dots")
            << QStringList{"siret", "329.338.88300153"} << "32933888300153\n";
        QTest::newRow("siren") << QStringList{"siren", "732 829 320"} << "732829320\n";
        QTest::newRow("nir, Corsica")
            << QStringList{"nir", "2 69 05 2a 004 123 14"} << "269052A00412314\n";
        QTest::newRow("phone, landline")
            << QStringList{"phone", "01.45.67.89.01"} << "01 45 67 89 01\n+33145678901\nfixe\n";
        QTest::newRow("phone, 0033 mobile") << QStringList{"phone", "0033 6 12 34 56 78"}
                                            << "06 12 34 56 78\n+33612345678\nmobile\n";
        QTest::newRow("phone, 08")
            << QStringList{"phone", "08 00 12 34 56"} << "08 00 12 34 56\n+33800123456\nautre\n";
        QTest::newRow("landline, 09") << QStringList{"landline", "+33 9 72 12 34 56"}
                                      << "09 72 12 34 56\n+33972123456\nfixe\n";
        QTest::newRow("postcode") << QStringList{"postcode", " 97411 "} << "97411\n";
        QTest::newRow("email") << QStringList{"email", "Jean.Dupont@Exemple.FR"}
                               << "Jean.Dupont@exemple.fr\n";
    }
    void printsTheNormalisedValue() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, out);
        const CliRun run = runCli(QStringList{"check-id"} + arguments);
        QCOMPARE(run.err, QString());
        QCOMPARE(run.out, out);
        QCOMPARE(run.exitCode, 0);
    }

    void printsTheReasonAndExits1_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("err");
        QTest::newRow("siret, La Poste key")
            << QStringList{"siret", "35600000049838"}
            << "La clé de contrôle ne correspond pas : vérifiez le NIC 49838. Pour un "
               "établissement de La Poste, la somme des 14 chiffres doit être un multiple de 5.\n";
        QTest::newRow("siret, length") << QStringList{"siret", "7328293200007"}
                                       << "Un SIRET compte 14 chiffres : 13 trouvés dans "
                                          "« 7328293200007 ».\n";
        QTest::newRow("siren, letter") << QStringList{"siren", "73282932O"}
                                       << "Le caractère « O » (position 9) n'est pas un chiffre : "
                                          "un SIREN ne compte que des chiffres, 9 en tout.\n";
        QTest::newRow("nir, key") << QStringList{"nir", "1 85 05 78 006 084 19"}
                                  << "La clé 19 ne correspond pas au numéro : la clé attendue est "
                                     "91. Vérifiez les 13 premiers caractères et la clé.\n";
        QTest::newRow("phone, foreign") << QStringList{"phone", "+44 20 7946 0958"}
                                        << "L'indicatif +44 n'est pas celui de la France (+33) ni "
                                           "d'un département d'outre-mer : un numéro français "
                                           "est attendu.\n";
        QTest::newRow("landline, mobile") << QStringList{"landline", "07 81 23 45 67"}
                                          << "Le 07 81 23 45 67 est un numéro de mobile : un "
                                             "numéro de téléphone fixe (01 à 05 ou 09) est "
                                             "attendu.\n";
        QTest::newRow("postcode") << QStringList{"postcode", "98000"}
                                  << "Le code postal 98000 ne correspond à aucun département : "
                                     "01000 à 95999 en métropole, 97100 à 97699 outre-mer.\n";
        QTest::newRow("email") << QStringList{"email", "jean.dupont.exemple.fr"}
                               << "Il manque le caractère « @ » : une adresse de la forme "
                                  "nom@exemple.fr est attendue.\n";
    }
    void printsTheReasonAndExits1() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, err);
        const CliRun run = runCli(QStringList{"check-id"} + arguments);
        QCOMPARE(run.out, QString());
        QCOMPARE(run.err, err);
        QCOMPARE(run.exitCode, 1);
    }

    void usageErrorsExit2_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("errPart");
        QTest::newRow("nothing") << QStringList{} << "check-id attend un type et une valeur";
        QTest::newRow("no value") << QStringList{"siret"}
                                  << "check-id attend un type et une valeur";
        QTest::newRow("unknown type") << QStringList{"iban", "FR76"}
                                      << "Type inconnu : « iban ». Types possibles : siret, siren, "
                                         "nir, phone, landline, postcode, email.";
    }
    void usageErrorsExit2() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, errPart);
        const CliRun run = runCli(QStringList{"check-id"} + arguments);
        QCOMPARE(run.out, QString());
        QVERIFY2(run.err.contains(errPart), qPrintable(run.err));
        QCOMPARE(run.exitCode, 2);
    }

    void hasItsOwnHelp_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("check-id --help") << QStringList{"check-id", "--help"};
        QTest::newRow("check-id -h") << QStringList{"check-id", "-h"};
        QTest::newRow("--help after the type") << QStringList{"check-id", "siret", "--help"};
        QTest::newRow("help check-id") << QStringList{"help", "check-id"};
    }
    void hasItsOwnHelp() {
        QFETCH(QStringList, arguments);
        const CliRun run = runCli(arguments);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.err, QString());
        QVERIFY2(run.out.startsWith(QStringLiteral("Usage : apdesk-cli check-id TYPE VALEUR\n")),
                 qPrintable(run.out));
        for (const char *type : {"siret", "siren", "nir", "phone", "landline", "postcode", "email"})
            QVERIFY2(run.out.contains(QStringLiteral("\n  %1 ").arg(QLatin1String(type))), type);
    }
};

QTEST_GUILESS_MAIN(TestCheckIdCommand)
#include "test_checkidcommand.moc"
