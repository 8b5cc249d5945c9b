#include "store/employeerepository.h"
#include "store/establishmentrepository.h"

#include "storetesthelpers.h"

Q_DECLARE_METATYPE(apdesk::domain::ContractChange)

using namespace apdesk;
using namespace apdesk::store;
using namespace apdesk::testing;

class TestEmployeeRepository final : public QObject {
    Q_OBJECT

private slots:
    void init() {
        QVERIFY(m_dir.isValid());
        m_store = openStore(m_dir.filePath(QStringLiteral("p%1.sqlite").arg(++m_counter)));
        QVERIFY(m_store);
        m_establishment = m_store->establishments().add(sampleEstablishment()).value();
    }
    void cleanup() { m_store.reset(); }

    void addsAndFindsAnEmployee() {
        const auto added = employees().add(sampleEmployee(m_establishment));
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
        Employee expected = sampleEmployee(m_establishment);
        expected.id = added.value();
        QCOMPARE(employees().find(added.value()).value(), expected);
    }

    void keepsEveryKindOfContract() {
        Employee forfait = sampleEmployee(m_establishment, "285127511203456", "Cadre");
        forfait.forfaitJours = true;
        forfait.weeklyHours = {};
        forfait.usualNetHourlyPay.reset();
        forfait.exitDate = QDate(2026, 12, 31);
        Employee apprentice = sampleEmployee(m_establishment, "105037511203499", "Apprenti");
        apprentice.contract = ContractKind::Apprentice;
        apprentice.weeklyHours = domain::Hours::fromHundredths(3500);
        apprentice.grossHourlyPay = domain::HourlyPay::fromCents(540);
        for (Employee employee : {forfait, apprentice}) {
            const auto added = employees().add(employee);
            QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
            employee.id = added.value();
            QCOMPARE(employees().find(employee.id).value(), employee);
        }
    }

    void listsTheEmployeesOfOneEstablishmentByName() {
        const qint64 other =
            m_store->establishments().add(sampleEstablishment("55210055400013", "Autre")).value();
        QVERIFY(employees().add(sampleEmployee(m_establishment, "185057800608491", "Martin")));
        QVERIFY(employees().add(sampleEmployee(m_establishment, "185057800608492", "Bernard")));
        QVERIFY(employees().add(sampleEmployee(other, "185057800608493", "Autre")));
        const auto listed = employees().listFor(m_establishment);
        QVERIFY(listed);
        QStringList names;
        for (const auto &employee : listed.value())
            names << employee.lastName;
        QCOMPARE(names, QStringList({"Bernard", "Martin"}));
        QCOMPARE(employees().listFor(other)->size(), 1);
    }

    void updatesAnEmployee() {
        const qint64 id = employees().add(sampleEmployee(m_establishment)).value();
        Employee changed = employees().find(id).value();
        changed.grossHourlyPay = domain::HourlyPay::fromCents(1650);
        changed.weeklyHours = domain::Hours::fromHundredths(3500);
        changed.exitDate = QDate(2026, 6, 30);
        changed.usualNetHourlyPay.reset();
        QVERIFY(employees().update(changed));
        QCOMPARE(employees().find(id).value(), changed);
    }

    // Issue 13: a part-timer becoming full-time on 15 March 2021, then a raise on 1 April.
    // The changes are kept by date whatever the order given, and replaced on update.
    void keepsContractChangesByDate() {
        Employee employee = sampleEmployee(m_establishment);
        employee.weeklyHours = domain::Hours::fromWholeHours(24);
        domain::ContractChange raise{QDate(2021, 4, 1), std::nullopt,
                                     domain::HourlyPay::fromCents(1600), std::nullopt};
        domain::ContractChange fullTime{QDate(2021, 3, 15), domain::Hours::fromWholeHours(35),
                                        std::nullopt, std::nullopt};
        employee.changes = {raise, fullTime};
        const auto added = employees().add(employee);
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
        Employee stored = employees().find(added.value()).value();
        QCOMPARE(stored.changes, (QList<domain::ContractChange>{fullTime, raise}));
        QCOMPARE(employees().listFor(m_establishment)->at(0).changes, stored.changes);

        stored.changes = {raise};
        QVERIFY(employees().update(stored));
        QCOMPARE(employees().find(stored.id)->changes, QList<domain::ContractChange>{raise});
        stored.changes.clear();
        QVERIFY(employees().update(stored));
        QVERIFY(employees().find(stored.id)->changes.isEmpty());
    }

    void refusesAChangeThatCannotBe_data() {
        QTest::addColumn<domain::ContractChange>("change");
        QTest::addColumn<QString>("messagePart");
        const auto pay = domain::HourlyPay::fromCents(1600);
        QTest::newRow("no date") << domain::ContractChange{QDate(), std::nullopt, pay, std::nullopt}
                                 << "date d'effet du changement manque";
        QTest::newRow("nothing changes")
            << domain::ContractChange{QDate(2021, 3, 15), std::nullopt, std::nullopt, std::nullopt}
            << "ne change rien";
        QTest::newRow("on the entry day")
            << domain::ContractChange{QDate(2018, 9, 3), std::nullopt, pay, std::nullopt}
            << "ne suit pas l'entrée du salarié le 03/09/2018";
        QTest::newRow("no hours") << domain::ContractChange{QDate(2021, 3, 15), domain::Hours(),
                                                            std::nullopt, std::nullopt}
                                  << "durée hebdomadaire nulle";
        QTest::newRow("negative pay")
            << domain::ContractChange{QDate(2021, 3, 15), std::nullopt,
                                      domain::HourlyPay::fromCents(-5), std::nullopt}
            << "taux horaire négatif";
    }
    void refusesAChangeThatCannotBe() {
        QFETCH(domain::ContractChange, change);
        QFETCH(QString, messagePart);
        Employee employee = sampleEmployee(m_establishment);
        employee.changes = {change};
        const auto added = employees().add(employee);
        QVERIFY(!added);
        QCOMPARE(added.error().kind, ErrorKind::Invalid);
        QVERIFY2(added.error().message.contains(messagePart), qPrintable(added.error().message));
        QCOMPARE(employees().listFor(m_establishment)->size(), 0);
    }

    void refusesTwoChangesOnOneDayAndHoursForAForfaitJours() {
        Employee employee = sampleEmployee(m_establishment);
        const domain::ContractChange raise{QDate(2021, 3, 15), std::nullopt,
                                           domain::HourlyPay::fromCents(1600), std::nullopt};
        employee.changes = {raise, raise};
        auto added = employees().add(employee);
        QVERIFY(!added);
        QVERIFY2(added.error().message.contains("Deux changements prennent effet le 15/03/2021"),
                 qPrintable(added.error().message));

        employee.forfaitJours = true;
        employee.changes = {
            {QDate(2021, 3, 15), domain::Hours::fromWholeHours(35), std::nullopt, std::nullopt}};
        added = employees().add(employee);
        QVERIFY(!added);
        QVERIFY2(added.error().message.contains("forfait jours"),
                 qPrintable(added.error().message));
    }

    // Matricule and first name are optional: a cleared field (a null QString, as a QLineEdit
    // or a CSV reader gives it) is stored as '' and read back empty, on add and on update.
    void keepsAnEmptyMatriculeAndFirstName_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("null") << QString();
        QTest::newRow("empty") << QStringLiteral("");
        QTest::newRow("blanks") << QStringLiteral("  ");
    }
    void keepsAnEmptyMatriculeAndFirstName() {
        QFETCH(QString, text);
        Employee employee = sampleEmployee(m_establishment);
        employee.matricule = text;
        employee.firstName = text;
        const auto added = employees().add(employee);
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
        Employee found = employees().find(added.value()).value();
        QVERIFY(found.matricule.isEmpty());
        QVERIFY(found.firstName.isEmpty());
        QCOMPARE(found.lastName, sampleEmployee(m_establishment).lastName);

        const qint64 id =
            employees().add(sampleEmployee(m_establishment, "185057800608499")).value();
        Employee cleared = employees().find(id).value();
        QVERIFY(!cleared.matricule.isEmpty() || !cleared.firstName.isEmpty());
        cleared.matricule = text;
        cleared.firstName = text;
        const auto updated = employees().update(cleared);
        QVERIFY2(updated, qPrintable(updated ? QString() : updated.error().message));
        found = employees().find(id).value();
        QVERIFY(found.matricule.isEmpty());
        QVERIFY(found.firstName.isEmpty());
    }

    void anEmployeeNeverChangesEstablishment() {
        const qint64 other =
            m_store->establishments().add(sampleEstablishment("55210055400013", "Autre")).value();
        const qint64 id = employees().add(sampleEmployee(m_establishment)).value();
        Employee moved = employees().find(id).value();
        moved.establishmentId = other;
        QVERIFY(employees().update(moved));
        QCOMPARE(employees().find(id)->establishmentId, m_establishment);
    }

    void refusesANirTwiceInAnEstablishment() {
        QVERIFY(employees().add(sampleEmployee(m_establishment, "185057800608491", "Premier")));
        const auto again =
            employees().add(sampleEmployee(m_establishment, "185057800608491", "Second"));
        QVERIFY(!again);
        QCOMPARE(again.error().kind, ErrorKind::Duplicate);
        QCOMPARE(again.error().message,
                 QString("Un salarié de NIR 185057800608491 existe déjà dans cet établissement."));
        // The same person may work in another establishment.
        const qint64 other =
            m_store->establishments().add(sampleEstablishment("55210055400013", "Autre")).value();
        QVERIFY(employees().add(sampleEmployee(other, "185057800608491", "Premier")));
    }

    void refusesAnEmployeeOfNoEstablishment() {
        const auto added = employees().add(sampleEmployee(m_establishment + 99));
        QVERIFY(!added);
        QCOMPARE(added.error().kind, ErrorKind::ForeignKey);
        QCOMPARE(added.error().message,
                 QString("L'établissement n°%1 n'existe pas.").arg(m_establishment + 99));
    }

    void refusesIncompleteEmployees_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("short NIR") << "nir"
                                   << "15 caractères";
        QTest::newRow("no NIR") << "noNir"
                                << "Le NIR du salarié";
        QTest::newRow("null name") << "nullLastName"
                                   << "Le nom du salarié manque";
        QTest::newRow("no name") << "lastName"
                                 << "nom";
        QTest::newRow("no entry date") << "entryDate"
                                       << "date d'entrée";
        QTest::newRow("exit before entry") << "exitDate"
                                           << "précède";
        QTest::newRow("no weekly hours") << "weeklyHours"
                                         << "durée hebdomadaire";
        QTest::newRow("negative pay") << "grossHourlyPay"
                                      << "négatif";
        QTest::newRow("negative net pay") << "usualNetHourlyPay"
                                          << "négatif";
    }
    void refusesIncompleteEmployees() {
        QFETCH(QString, field);
        QFETCH(QString, messagePart);
        Employee employee = sampleEmployee(m_establishment);
        if (field == "nir")
            employee.nir = "18505780060849";
        else if (field == "noNir")
            employee.nir = QString();
        else if (field == "nullLastName")
            employee.lastName = QString();
        else if (field == "lastName")
            employee.lastName = " ";
        else if (field == "entryDate")
            employee.entryDate = {};
        else if (field == "exitDate")
            employee.exitDate = employee.entryDate.addDays(-1);
        else if (field == "weeklyHours")
            employee.weeklyHours = {};
        else if (field == "grossHourlyPay")
            employee.grossHourlyPay = domain::HourlyPay::fromCents(-1);
        else if (field == "usualNetHourlyPay")
            employee.usualNetHourlyPay = domain::HourlyPay::fromCents(-1);
        const auto added = employees().add(employee);
        QVERIFY(!added);
        QCOMPARE(added.error().kind, ErrorKind::Invalid);
        QVERIFY2(added.error().message.contains(messagePart), qPrintable(added.error().message));
        QCOMPARE(employees().listFor(m_establishment)->size(), 0);
    }

    void reportsWhatDoesNotExist() {
        QCOMPARE(employees().find(7).error().kind, ErrorKind::NotFound);
        Employee missing = sampleEmployee(m_establishment);
        missing.id = 7;
        QCOMPARE(employees().update(missing).error().kind, ErrorKind::NotFound);
    }

private:
    const EmployeeRepository &employees() const { return m_store->employees(); }

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_establishment = 0;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestEmployeeRepository)
#include "test_employeerepository.moc"
