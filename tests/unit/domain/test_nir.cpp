#include "domain/nir.h"

#include <QTest>

using apdesk::domain::Nir;

namespace {

// The key computed the other way INSEE words it: 2A as 19, 2B as 18, then 97 − (n mod 97).
int referenceKey(QString thirteen) {
    thirteen.replace(QStringLiteral("2A"), QStringLiteral("19"));
    thirteen.replace(QStringLiteral("2B"), QStringLiteral("18"));
    return int(97 - thirteen.toLongLong() % 97);
}

} // namespace

class TestNir final : public QObject {
    Q_OBJECT

private slots:
    void acceptsValidNumbers_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("digits");
        QTest::newRow("plain") << "185057800608491"
                               << "185057800608491";
        QTest::newRow("carte Vitale grouping") << "1 85 05 78 006 084 91"
                                               << "185057800608491";
        QTest::newRow("no-break spaces")
            << QString::fromUtf8("2\u00a082\u202f07 75 115 423 87") << "282077511542387";
        QTest::newRow("Corse-du-Sud 2A") << "2 69 05 2A 004 123 14"
                                         << "269052A00412314";
        QTest::newRow("lowercase 2a") << "269052a00412314"
                                      << "269052A00412314";
        QTest::newRow("Haute-Corse 2B") << "1 55 12 2B 000 401 52"
                                        << "155122B00040152";
        QTest::newRow("provisional number") << "385059999900178"
                                            << "385059999900178";
        QTest::newRow("key with a leading zero") << "185057800606909"
                                                 << "185057800606909";
        QTest::newRow("born abroad, department 99") << "163059935000165"
                                                    << "163059935000165";
    }
    void acceptsValidNumbers() {
        QFETCH(QString, text);
        QFETCH(QString, digits);
        const auto nir = Nir::parse(text);
        QVERIFY2(nir.isOk(), qPrintable(nir.error()));
        QCOMPARE(nir->digits(), digits);
        QCOMPARE(nir->key(), digits.right(2).toInt());
    }

    void formatsLikeTheCarteVitale() {
        QCOMPARE(Nir::parse(u"269052A00412314")->formatted(),
                 QStringLiteral("2 69 05 2A 004 123 14"));
    }

    void computesTheKeyWithCorsicaCountingAs19And18_data() {
        QTest::addColumn<QString>("thirteen");
        QTest::addColumn<int>("key");
        QTest::newRow("metropolitan") << "1850578006084" << 91;
        QTest::newRow("2A") << "269052A004123" << 14;
        QTest::newRow("2B") << "155122B000401" << 52;
        QTest::newRow("spaces") << "1 85 05 78 006 084" << 91;
        QTest::newRow("key 97") << "1000000000000" << 97 - int(1000000000000LL % 97);
    }
    void computesTheKeyWithCorsicaCountingAs19And18() {
        QFETCH(QString, thirteen);
        QFETCH(int, key);
        QCOMPARE(Nir::keyFor(thirteen), key);
        QCOMPARE(Nir::keyFor(thirteen), referenceKey(QString(thirteen).remove(u' ')));
    }

    void corsicaIsNotReadAs20() {
        // Read as "20", the two Corsican numbers above would have keys 84 and 95.
        QVERIFY(!Nir::parse(u"269052A00412384").isOk());
        QVERIFY(!Nir::parse(u"155122B00040195").isOk());
    }

    void keyForRefusesMalformedNumbers_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("12 characters") << "185057800608";
        QTest::newRow("15 characters") << "185057800608491";
        QTest::newRow("letter") << "18505780060X4";
        QTest::newRow("A outside the département") << "1850578A06084";
        QTest::newRow("3A") << "269053A004123";
    }
    void keyForRefusesMalformedNumbers() {
        QFETCH(QString, text);
        QCOMPARE(Nir::keyFor(text), -1);
    }

    void saysPreciselyWhatIsWrong_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << ""
                               << "Aucun numéro de sécurité sociale saisi : 15 caractères "
                                  "sont attendus, 13 chiffres et une clé de 2 chiffres.";
        QTest::newRow("letter")
            << "1 85 05 78 0O6 084 91"
            << "Le caractère « O » (position 9) n'est pas permis : un numéro de sécurité sociale "
               "ne compte que des chiffres, avec 2A ou 2B en positions 6 et 7 pour un "
               "département de Corse.";
        QTest::newRow("2C")
            << "2 69 05 2C 004 123 14"
            << "Le caractère « C » (position 7) n'est pas permis : un numéro de sécurité sociale "
               "ne compte que des chiffres, avec 2A ou 2B en positions 6 et 7 pour un "
               "département de Corse.";
        QTest::newRow("key missing") << "1 85 05 78 006 084"
                                     << "13 caractères trouvés : il manque la clé de 2 chiffres. "
                                        "Un numéro de sécurité sociale compte 15 caractères.";
        QTest::newRow("14 characters") << "18505780060849"
                                       << "Un numéro de sécurité sociale compte 15 caractères (13 "
                                          "chiffres et une clé de 2 chiffres) : 14 trouvé(s).";
        QTest::newRow("first digit 5") << "585057800608491"
                                       << "Le premier chiffre (5) n'est pas permis : il vaut 1 "
                                          "ou 2 (sexe), ou 3, 4, 7 ou 8 pour un numéro "
                                          "particulier ou provisoire.";
        QTest::newRow("wrong key") << "1 85 05 78 006 084 19"
                                   << "La clé 19 ne correspond pas au numéro : la clé attendue "
                                      "est 91. Vérifiez les 13 premiers caractères et la clé.";
        QTest::newRow("expected key with a leading zero")
            << "1 85 05 78 006 069 90"
            << "La clé 90 ne correspond pas au numéro : la clé attendue est 09. Vérifiez les 13 "
               "premiers caractères et la clé.";
    }
    void saysPreciselyWhatIsWrong() {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const auto nir = Nir::parse(text);
        QVERIFY(!nir.isOk());
        QCOMPARE(nir.error(), message);
    }
};

QTEST_GUILESS_MAIN(TestNir)
#include "test_nir.moc"
