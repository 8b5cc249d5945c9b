#include "domain/frenchphone.h"

#include <QTest>

using apdesk::domain::FrenchPhone;
using Kind = FrenchPhone::Kind;

class TestFrenchPhone final : public QObject {
    Q_OBJECT

private slots:
    void readsTheWaysFrenchNumbersAreWritten_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("national");
        QTest::addColumn<QString>("e164");
        QTest::addColumn<Kind>("kind");
        const QString paris = QStringLiteral("01 45 67 89 01");
        const QString parisE164 = QStringLiteral("+33145678901");
        QTest::newRow("pairs") << paris << paris << parisE164 << Kind::Landline;
        QTest::newRow("packed") << "0145678901" << paris << parisE164 << Kind::Landline;
        QTest::newRow("dots") << "01.45.67.89.01" << paris << parisE164 << Kind::Landline;
        QTest::newRow("dashes") << "01-45-67-89-01" << paris << parisE164 << Kind::Landline;
        QTest::newRow("no-break spaces") << QString::fromUtf8("01\u00a045\u202f67 89 01") << paris
                                         << parisE164 << Kind::Landline;
        QTest::newRow("surrounding spaces")
            << "  01 45 67 89 01 " << paris << parisE164 << Kind::Landline;
        QTest::newRow("+33") << "+33 1 45 67 89 01" << paris << parisE164 << Kind::Landline;
        QTest::newRow("+33 packed") << "+33145678901" << paris << parisE164 << Kind::Landline;
        QTest::newRow("+33 (0)") << "+33 (0)1 45 67 89 01" << paris << parisE164 << Kind::Landline;
        QTest::newRow("+33 with the 0 kept")
            << "+33 01 45 67 89 01" << paris << parisE164 << Kind::Landline;
        QTest::newRow("0033") << "0033 1 45 67 89 01" << paris << parisE164 << Kind::Landline;
        QTest::newRow("0033 packed") << "0033145678901" << paris << parisE164 << Kind::Landline;
        QTest::newRow("Lyon 04") << "04 78 12 34 56"
                                 << "04 78 12 34 56"
                                 << "+33478123456" << Kind::Landline;
        QTest::newRow("Bordeaux 05") << "05 56 12 34 56"
                                     << "05 56 12 34 56"
                                     << "+33556123456" << Kind::Landline;
        QTest::newRow("box 09") << "09 72 12 34 56"
                                << "09 72 12 34 56"
                                << "+33972123456" << Kind::Landline;
        QTest::newRow("mobile 06") << "06 12 34 56 78"
                                   << "06 12 34 56 78"
                                   << "+33612345678" << Kind::Mobile;
        QTest::newRow("mobile 07") << "+33 7 81 23 45 67"
                                   << "07 81 23 45 67"
                                   << "+33781234567" << Kind::Mobile;
        QTest::newRow("free number 08") << "08 00 12 34 56"
                                        << "08 00 12 34 56"
                                        << "+33800123456" << Kind::Other;
        QTest::newRow("Réunion landline") << "02 62 41 23 45"
                                          << "02 62 41 23 45"
                                          << "+262262412345" << Kind::Landline;
        QTest::newRow("Réunion mobile, +262") << "+262 692 12 34 56"
                                              << "06 92 12 34 56"
                                              << "+262692123456" << Kind::Mobile;
        QTest::newRow("Guadeloupe mobile") << "06 90 12 34 56"
                                           << "06 90 12 34 56"
                                           << "+590690123456" << Kind::Mobile;
        QTest::newRow("Saint-Barthélemy landline, +590 shared with Guadeloupe")
            << "05 90 27 12 34"
            << "05 90 27 12 34"
            << "+590590271234" << Kind::Landline;
        QTest::newRow("Mayotte landline, 0269") << "0269 61 23 45"
                                                << "02 69 61 23 45"
                                                << "+262269612345" << Kind::Landline;
        QTest::newRow("premium 089 stays metropolitan") << "08 90 00 00 00"
                                                        << "08 90 00 00 00"
                                                        << "+33890000000" << Kind::Other;
        QTest::newRow("Martinique landline") << "05 96 71 23 45"
                                             << "05 96 71 23 45"
                                             << "+596596712345" << Kind::Landline;
    }
    void readsTheWaysFrenchNumbersAreWritten() {
        QFETCH(QString, text);
        QFETCH(QString, national);
        QFETCH(QString, e164);
        QFETCH(Kind, kind);
        const auto phone = FrenchPhone::parse(text);
        QVERIFY2(phone.isOk(), qPrintable(phone.error()));
        QCOMPARE(phone->national(), national);
        QCOMPARE(phone->e164(), e164);
        QCOMPARE(phone->kind(), kind);
    }

    void landlineAcceptsOnly01To05And09_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message"); // empty when accepted
        QTest::newRow("01") << "01 45 67 89 01" << QString();
        QTest::newRow("02") << "02 98 12 34 56" << QString();
        QTest::newRow("03") << "03 88 12 34 56" << QString();
        QTest::newRow("04") << "04 78 12 34 56" << QString();
        QTest::newRow("05") << "05 56 12 34 56" << QString();
        QTest::newRow("09") << "09 72 12 34 56" << QString();
        QTest::newRow("06") << "06 12 34 56 78"
                            << "Le 06 12 34 56 78 est un numéro de mobile : un numéro de "
                               "téléphone fixe (01 à 05 ou 09) est attendu.";
        QTest::newRow("07 in +33 form") << "+33 7 81 23 45 67"
                                        << "Le 07 81 23 45 67 est un numéro de mobile : un "
                                           "numéro de téléphone fixe (01 à 05 ou 09) est "
                                           "attendu.";
        QTest::newRow("08") << "08 00 12 34 56"
                            << "Le 08 00 12 34 56 n'est pas un numéro de téléphone fixe : un "
                               "numéro commençant par 01 à 05 ou 09 est attendu.";
        QTest::newRow("invalid stays invalid")
            << "01 45 67 89"
            << "Un numéro de téléphone compte 10 chiffres (par exemple 01 45 67 "
               "89 01) : 8 trouvé(s).";
    }
    void landlineAcceptsOnly01To05And09() {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const auto phone = FrenchPhone::parseLandline(text);
        if (message.isEmpty()) {
            QVERIFY2(phone.isOk(), qPrintable(phone.error()));
            QCOMPARE(phone->kind(), Kind::Landline);
        } else {
            QVERIFY(!phone.isOk());
            QCOMPARE(phone.error(), message);
        }
    }

    void saysPreciselyWhatIsWrong_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << ""
                               << "Aucun numéro de téléphone saisi : 10 chiffres sont "
                                  "attendus (par exemple 01 45 67 89 01).";
        QTest::newRow("letter") << "01 45 AB 89 01"
                                << "Le caractère « A » (position 7) n'est pas permis dans un "
                                   "numéro de téléphone : seuls des chiffres sont attendus, "
                                   "éventuellement précédés de « + ».";
        QTest::newRow("plus inside") << "01 45+67 89 01"
                                     << "Le caractère « + » (position 6) n'est pas permis dans "
                                        "un numéro de téléphone : seuls des chiffres sont "
                                        "attendus, éventuellement précédés de « + ».";
        QTest::newRow("only separators") << "+ - ."
                                         << "Aucun chiffre dans « + - . » : 10 chiffres sont "
                                            "attendus (par exemple 01 45 67 89 01).";
        QTest::newRow("too short") << "01 45 67 89"
                                   << "Un numéro de téléphone compte 10 chiffres (par exemple 01 "
                                      "45 67 89 01) : 8 trouvé(s).";
        QTest::newRow("too long") << "01 45 67 89 01 2"
                                  << "Un numéro de téléphone compte 10 chiffres (par exemple 01 "
                                     "45 67 89 01) : 11 trouvé(s).";
        QTest::newRow("without the 0") << "145678901"
                                       << "Un numéro de téléphone français commence par 0 (ou par "
                                          "+33) : « 145678901 » commence par 1.";
        QTest::newRow("United Kingdom") << "+44 20 7946 0958"
                                        << "L'indicatif +44 n'est pas celui de la France (+33) ni "
                                           "d'un département d'outre-mer : un numéro français "
                                           "est attendu.";
        QTest::newRow("+33 too short") << "+33 1 45 67"
                                       << "« +33 1 45 67 » n'est pas un numéro de téléphone "
                                          "attribué : vérifiez le nombre de chiffres et les "
                                          "premiers chiffres.";
        QTest::newRow("only zeros") << "00 00 00 00 00"
                                    << "« 00 00 00 00 00 » n'est pas un numéro de téléphone "
                                       "international lisible : après l'indicatif +33, 9 "
                                       "chiffres sont attendus (+33 1 45 67 89 01).";
        QTest::newRow("not attributed") << "06 39 12 34 56"
                                        << "Le numéro 06 39 12 34 56 n'est pas un numéro de "
                                           "téléphone attribué en France : vérifiez les premiers "
                                           "chiffres.";
    }
    void saysPreciselyWhatIsWrong() {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const auto phone = FrenchPhone::parse(text);
        QVERIFY(!phone.isOk());
        QCOMPARE(phone.error(), message);
    }

    void namesKindsInFrench() {
        QCOMPARE(FrenchPhone::kindName(Kind::Landline), QStringLiteral("fixe"));
        QCOMPARE(FrenchPhone::kindName(Kind::Mobile), QStringLiteral("mobile"));
        QCOMPARE(FrenchPhone::kindName(Kind::Other), QStringLiteral("autre"));
    }
};

QTEST_GUILESS_MAIN(TestFrenchPhone)
#include "test_frenchphone.moc"
