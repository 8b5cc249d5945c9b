#include "domain/emailaddress.h"

#include <QTest>

using apdesk::domain::EmailAddress;

class TestEmailAddress final : public QObject {
    Q_OBJECT

private slots:
    void acceptsOrdinaryAddresses_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("plain") << "jean.dupont@exemple.fr"
                               << "jean.dupont@exemple.fr";
        QTest::newRow("surrounding spaces") << "  paie@cabinet-martin.fr "
                                            << "paie@cabinet-martin.fr";
        QTest::newRow("domain lowercased, local part kept") << "Jean.Dupont@Exemple.FR"
                                                            << "Jean.Dupont@exemple.fr";
        QTest::newRow("plus tag") << "rh+asp@exemple.com"
                                  << "rh+asp@exemple.com";
        QTest::newRow("subdomain") << "a@mail.paie.exemple.fr"
                                   << "a@mail.paie.exemple.fr";
        QTest::newRow("apostrophe") << "o'neil@exemple.ie"
                                    << "o'neil@exemple.ie";
        QTest::newRow("accented") << QStringLiteral("hélène@café.fr")
                                  << QStringLiteral("hélène@café.fr");
    }
    void acceptsOrdinaryAddresses() {
        QFETCH(QString, text);
        QFETCH(QString, normalised);
        const auto address = EmailAddress::parse(text);
        QVERIFY2(address.isOk(), qPrintable(address.error()));
        QCOMPARE(address->text(), normalised);
    }

    void masksTheLocalPart() {
        const auto address = EmailAddress::parse(u"jean.dupont@Exemple.fr");
        QCOMPARE(address->masked(), QStringLiteral("j***@exemple.fr"));
        QCOMPARE(address->localPart(), QStringLiteral("jean.dupont"));
        QCOMPARE(address->domain(), QStringLiteral("exemple.fr"));
        // A first letter outside the BMP (a CJK ideograph, two UTF-16 units) stays whole.
        const auto wide = EmailAddress::parse(QStringLiteral("\U00020000x@exemple.fr"));
        QVERIFY2(wide.isOk(), qPrintable(wide.error()));
        QCOMPARE(wide->masked(), QStringLiteral("\U00020000***@exemple.fr"));
    }

    void saysPreciselyWhatIsWrong_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << " "
                               << "Aucune adresse électronique saisie : une adresse de la "
                                  "forme nom@exemple.fr est attendue.";
        QTest::newRow("no @") << "jean.dupont.exemple.fr"
                              << "Il manque le caractère « @ » : une adresse de la forme "
                                 "nom@exemple.fr est attendue.";
        QTest::newRow("two @") << "jean@dupont@exemple.fr"
                               << "L'adresse contient 2 caractères « @ » : une adresse n'en "
                                  "compte qu'un, entre le nom et le domaine.";
        QTest::newRow("space inside") << "jean dupont@exemple.fr"
                                      << "L'adresse électronique contient une espace (position "
                                         "5) : une adresse s'écrit sans espace.";
        QTest::newRow("no-break space inside")
            << QString::fromUtf8("jean@exemple\u00a0.fr")
            << "L'adresse électronique contient une espace (position 13) : une adresse s'écrit "
               "sans espace.";
        QTest::newRow("empty local part") << "@exemple.fr"
                                          << "Rien avant le caractère « @ » : le nom de la boîte "
                                             "aux lettres manque (nom@exemple.fr).";
        QTest::newRow("empty domain") << "jean@"
                                      << "Rien après le caractère « @ » : le domaine manque "
                                         "(nom@exemple.fr).";
        QTest::newRow("domain without dot") << "jean@exemple"
                                            << "Le domaine « exemple » n'a pas de point : un "
                                               "domaine complet est attendu, par exemple "
                                               "exemple.fr.";
        QTest::newRow("comma in local part") << "jean,dupont@exemple.fr"
                                             << "Le caractère « , » n'est pas permis dans une "
                                                "adresse électronique (avant « @ »).";
        QTest::newRow("angle bracket") << "<jean@exemple.fr"
                                       << "Le caractère « < » n'est pas permis dans une adresse "
                                          "électronique (avant « @ »).";
        QTest::newRow("emoji") << QStringLiteral("jean\U0001F600@exemple.fr")
                               << QStringLiteral("Le caractère « \U0001F600 » n'est pas permis "
                                                 "dans une adresse électronique (avant « @ »).");
        QTest::newRow("underscore in domain") << "jean@exem_ple.fr"
                                              << "Le caractère « _ » n'est pas permis dans le "
                                                 "domaine d'une adresse électronique (après "
                                                 "« @ »).";
        QTest::newRow("double dot in local part")
            << "jean..dupont@exemple.fr"
            << "La partie avant « @ » ne peut ni commencer ni finir par un point, ni contenir "
               "deux points qui se suivent.";
        QTest::newRow("trailing dot in local part")
            << "jean.@exemple.fr"
            << "La partie avant « @ » ne peut ni commencer ni finir par un point, ni contenir "
               "deux points qui se suivent.";
        QTest::newRow("double dot in domain")
            << "jean@exemple..fr"
            << "Le domaine « exemple..fr » ne peut ni commencer ni finir par un point, ni "
               "contenir deux points qui se suivent.";
        QTest::newRow("hyphen at label end") << "jean@exemple-.fr"
                                             << "Dans le domaine « exemple-.fr », « exemple- » ne "
                                                "peut ni commencer ni finir par un tiret.";
        QTest::newRow("one-letter extension") << "jean@exemple.f"
                                              << "Le domaine « exemple.f » ne finit pas par une "
                                                 "extension valable (comme .fr ou .com).";
        QTest::newRow("IP address") << "jean@192.168.0.1"
                                    << "Le domaine « 192.168.0.1 » ne finit pas par une "
                                       "extension valable (comme .fr ou .com).";
        QTest::newRow("local part too long")
            << QString(65, u'a') + QStringLiteral("@exemple.fr")
            << "La partie avant « @ » est trop longue : 64 caractères au plus, 65 trouvés.";
    }
    void saysPreciselyWhatIsWrong() {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const auto address = EmailAddress::parse(text);
        QVERIFY(!address.isOk());
        QCOMPARE(address.error(), message);
    }
};

QTEST_GUILESS_MAIN(TestEmailAddress)
#include "test_emailaddress.moc"
