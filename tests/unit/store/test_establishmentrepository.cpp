#include "store/establishmentrepository.h"

#include "storetesthelpers.h"

using namespace apdesk::store;
using namespace apdesk::testing;

class TestEstablishmentRepository final : public QObject {
    Q_OBJECT

private slots:
    void init() {
        QVERIFY(m_dir.isValid());
        m_store = openStore(m_dir.filePath(QStringLiteral("e%1.sqlite").arg(++m_counter)));
        QVERIFY(m_store);
    }
    void cleanup() { m_store.reset(); }

    void addsAndFindsAnEstablishment() {
        const auto added = repository().add(sampleEstablishment());
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
        QVERIFY(added.value() > 0);
        const auto found = repository().find(added.value());
        QVERIFY(found);
        Establishment expected = sampleEstablishment();
        expected.id = added.value();
        QCOMPARE(found.value(), expected);
    }

    void listsByName() {
        QVERIFY(repository().add(sampleEstablishment("73282932000074", "Zinc du port")));
        QVERIFY(repository().add(sampleEstablishment("55210055400013", "Atelier Bertin")));
        QVERIFY(repository().add(sampleEstablishment("40483304800022", "Menuiserie Roux")));
        const auto listed = repository().list();
        QVERIFY(listed);
        QStringList names;
        for (const auto &establishment : listed.value())
            names << establishment.name;
        QCOMPARE(names, QStringList({"Atelier Bertin", "Menuiserie Roux", "Zinc du port"}));
    }

    void updatesAnEstablishment() {
        const qint64 id = repository().add(sampleEstablishment()).value();
        Establishment changed = repository().find(id).value();
        changed.name = "Boulangerie Martin & fils";
        changed.departement = "2A";
        changed.sector = SectorCategory::Common;
        QVERIFY(repository().update(changed));
        QCOMPARE(repository().find(id).value(), changed);
    }

    void refusesASiretTwice() {
        QVERIFY(repository().add(sampleEstablishment("73282932000074", "Premier")));
        const auto again = repository().add(sampleEstablishment("73282932000074", "Second"));
        QVERIFY(!again);
        QCOMPARE(again.error().kind, ErrorKind::Duplicate);
        QCOMPARE(again.error().message,
                 QString("Un établissement de SIRET 73282932000074 existe déjà."));
        QCOMPARE(repository().list()->size(), 1);

        // Nor can an update take another establishment's SIRET.
        const qint64 other =
            repository().add(sampleEstablishment("55210055400013", "Autre")).value();
        Establishment taking = repository().find(other).value();
        taking.siret = "73282932000074";
        const auto updated = repository().update(taking);
        QVERIFY(!updated);
        QCOMPARE(updated.error().kind, ErrorKind::Duplicate);
        QCOMPARE(repository().find(other)->siret, QString("55210055400013"));
    }

    void refusesIncompleteEstablishments_data() {
        QTest::addColumn<QString>("siret");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("departement");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("short SIRET") << "7328293200007"
                                     << "A"
                                     << "75"
                                     << "14 chiffres";
        QTest::newRow("SIRET with spaces") << "732 829 320 00074"
                                           << "A"
                                           << "75"
                                           << "14 chiffres";
        QTest::newRow("SIRET with letters") << "7328293200007A"
                                            << "A"
                                            << "75"
                                            << "14 chiffres";
        QTest::newRow("no name") << "73282932000074"
                                 << "  "
                                 << "75"
                                 << "dénomination";
        QTest::newRow("no departement") << "73282932000074"
                                        << "A"
                                        << ""
                                        << "département";
        QTest::newRow("long departement") << "73282932000074"
                                          << "A"
                                          << "9711"
                                          << "département";
    }
    void refusesIncompleteEstablishments() {
        QFETCH(QString, siret);
        QFETCH(QString, name);
        QFETCH(QString, departement);
        QFETCH(QString, messagePart);
        Establishment establishment = sampleEstablishment(siret, name);
        establishment.departement = departement;
        const auto added = repository().add(establishment);
        QVERIFY(!added);
        QCOMPARE(added.error().kind, ErrorKind::Invalid);
        QVERIFY2(added.error().message.contains(messagePart), qPrintable(added.error().message));
        QCOMPARE(repository().list()->size(), 0);
    }

    void reportsWhatDoesNotExist() {
        const auto found = repository().find(42);
        QVERIFY(!found);
        QCOMPARE(found.error().kind, ErrorKind::NotFound);
        QVERIFY(found.error().message.contains("42"));
        Establishment missing = sampleEstablishment();
        missing.id = 42;
        const auto updated = repository().update(missing);
        QVERIFY(!updated);
        QCOMPARE(updated.error().kind, ErrorKind::NotFound);
    }

private:
    const EstablishmentRepository &repository() const { return m_store->establishments(); }

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestEstablishmentRepository)
#include "test_establishmentrepository.moc"
