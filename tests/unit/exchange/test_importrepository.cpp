#include "../store/storetesthelpers.h"

#include "sqlite/database.h"
#include "store/claimassembler.h"
#include "store/claimlinerepository.h"
#include "store/claimrepository.h"
#include "store/decisioncacherepository.h"
#include "store/employeerepository.h"
#include "store/establishmentrepository.h"
#include "store/importrepository.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace apdesk;
using store::ImportedLine;
using store::ImportRepository;

// The store's side of an import: one transaction per file, the contract and pay copied on new
// lines, nothing written when any row is refused; and the bridge to the claim engine.
class TestImportRepository final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::Store> m_store;
    qint64 m_establishment = 0;

    qint64 addClaim(const QDate &month = QDate(2021, 4, 1)) {
        const auto claim = m_store->claims().create(m_establishment, "057-2021-0001", month);
        return claim ? claim->id : 0;
    }
    // Employee number `i` of a larger staff: its own NIR, "Salarié 007", matricule "M7".
    store::Employee staffMember(int i) const {
        auto e = testing::sampleEmployee(m_establishment,
                                         QStringLiteral("1850578006%1").arg(i, 5, 10, QChar(u'0')),
                                         QStringLiteral("Salarié %1").arg(i, 3, 10, QChar(u'0')));
        e.matricule = QStringLiteral("M%1").arg(i);
        return e;
    }
    static ImportedLine line(qint64 employee, const QDate &week, int workedHours) {
        ImportedLine l;
        l.employeeId = employee;
        l.hours.weekStart = week;
        l.hours.worked = domain::Hours::fromWholeHours(workedHours);
        return l;
    }

private slots:
    void init() {
        QVERIFY(m_dir.isValid());
        m_store = testing::openStore(m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128)));
        QVERIFY(m_store);
        const auto id = m_store->establishments().add(testing::sampleEstablishment());
        QVERIFY(id);
        m_establishment = *id;
    }
    void cleanup() { m_store.reset(); }

    void addsNewEmployeesAndUpdatesKnownOnes() {
        const ImportRepository importer(m_store->database());
        auto paul = testing::sampleEmployee(m_establishment);
        QVERIFY(m_store->employees().add(paul));
        paul.grossHourlyPay = domain::HourlyPay::fromCents(2000);
        auto lea = testing::sampleEmployee(m_establishment, "269052A00412314", "Martin");
        lea.matricule = "M-043";
        QList<qsizetype> progress;
        const auto counts = importer.importEmployees(
            m_establishment, {paul, lea}, [&](qsizetype done, qsizetype) { progress << done; });
        QVERIFY2(counts, qPrintable(counts.error().message));
        QCOMPARE(counts->added, 1);
        QCOMPARE(counts->updated, 1);
        QCOMPARE(progress, (QList<qsizetype>{2}));
        const auto all = m_store->employees().listFor(m_establishment);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).lastName, QStringLiteral("Dupont"));
        QCOMPARE(all->at(0).grossHourlyPay, domain::HourlyPay::fromCents(2000));
    }

    // Issue 13: a file's changes replace the stored ones, as its contract and pay do; the
    // claim's import of hours copies them; the assembled claim carries them to the engine.
    void importsContractChangesAndCarriesThemToTheClaim() {
        const ImportRepository importer(m_store->database());
        auto paul = testing::sampleEmployee(m_establishment);
        paul.weeklyHours = domain::Hours::fromWholeHours(24);
        paul.changes = {
            {QDate(2020, 1, 6), std::nullopt, domain::HourlyPay::fromCents(1500), std::nullopt}};
        QVERIFY(m_store->employees().add(paul));
        auto lea = testing::sampleEmployee(m_establishment, "269052A00412314", "Martin");
        QVERIFY(m_store->employees().add(lea));
        // Paul becomes full-time on 15 April 2021; Léa's file row has no change.
        const domain::ContractChange fullTime{QDate(2021, 4, 15), domain::Hours::fromWholeHours(35),
                                              std::nullopt, std::nullopt};
        paul.changes = {fullTime};
        const auto counts = importer.importEmployees(m_establishment, {paul, lea});
        QVERIFY2(counts, qPrintable(counts.error().message));
        const auto all = m_store->employees().listFor(m_establishment).value();
        QCOMPARE(all.at(0).lastName, QStringLiteral("Dupont"));
        QCOMPARE(all.at(0).changes, QList<domain::ContractChange>{fullTime});
        QVERIFY(all.at(1).changes.isEmpty());

        const qint64 claim = addClaim();
        QVERIFY(importer.importClaimLines(claim, {line(all.at(0).id, QDate(2021, 4, 12), 10)}));
        QCOMPARE(m_store->claimLines().linesOf(claim)->at(0).changes,
                 QList<domain::ContractChange>{fullTime});
        const auto assembled = store::ClaimAssembler(*m_store).assemble(claim, QDate(2021, 5, 3));
        QVERIFY(assembled);
        QCOMPARE(assembled->claim.employees.at(0).changes, QList<domain::ContractChange>{fullTime});
    }

    void refusesAChangeBeforeTheEntryAndWritesNothing() {
        const ImportRepository importer(m_store->database());
        auto paul = testing::sampleEmployee(m_establishment);
        paul.changes = {
            {QDate(2018, 1, 1), std::nullopt, domain::HourlyPay::fromCents(1500), std::nullopt}};
        const auto counts = importer.importEmployees(m_establishment, {paul});
        QVERIFY(!counts);
        QVERIFY2(counts.error().message.contains("ne suit pas l'entrée"),
                 qPrintable(counts.error().message));
        QCOMPARE(m_store->employees().listFor(m_establishment)->size(), 0);
    }

    void refusesAnIncompleteEmployeeAndWritesNothing() {
        const ImportRepository importer(m_store->database());
        auto good = testing::sampleEmployee(m_establishment);
        auto bad = testing::sampleEmployee(m_establishment, "269052A00412314", " ");
        QVERIFY(!importer.importEmployees(m_establishment, {good, bad}));
        QCOMPARE(m_store->employees().listFor(m_establishment)->size(), 0);
    }

    void writesLinesWithACopyOfThePay() {
        const ImportRepository importer(m_store->database());
        const auto paul = m_store->employees().add(testing::sampleEmployee(m_establishment));
        const qint64 claim = addClaim();
        QList<ImportedLine> lines;
        for (const int day : {1, 5, 12, 19, 26})
            lines << line(*paul, QDate(2021, 4, day), 20);
        const auto written = importer.importClaimLines(claim, lines);
        QVERIFY2(written, qPrintable(written.error().message));
        QCOMPARE(*written, 5);
        // A second import rewrites the hours; the pay edited meanwhile is followed, since the
        // claim is still in preparation (a claim that left preparation keeps its copy).
        auto employee = *m_store->employees().find(*paul);
        employee.grossHourlyPay = domain::HourlyPay::fromCents(9999);
        QVERIFY(m_store->employees().update(employee));
        QVERIFY(importer.importClaimLines(claim, {line(*paul, QDate(2021, 4, 5), 10)}));
        const auto stored = m_store->claimLines().linesOf(claim);
        QCOMPARE(stored->size(), 5);
        QCOMPARE(stored->at(1).hours.worked, domain::Hours::fromWholeHours(10));
        QCOMPARE(stored->at(1).grossHourlyPay, domain::HourlyPay::fromCents(9999));
        QCOMPARE(stored->at(1).contractualWeeklyHours, domain::Hours::fromWholeHours(39));
    }

    // 250 employees joining at once, and more weeks than one statement carries (a hundred
    // rows): every row arrives once, whether in a full statement or in the last, shorter one,
    // and a week already on the claim gets the file's hours.
    void writesMoreRowsThanOneStatementHolds() {
        const ImportRepository importer(m_store->database());
        QList<store::Employee> staff;
        for (int i = 0; i < 250; ++i)
            staff << staffMember(i);
        QVERIFY(importer.importEmployees(m_establishment, staff));
        const auto stored = m_store->employees().listFor(m_establishment);
        QCOMPARE(stored->size(), 250);
        const qint64 claim = addClaim();
        QVERIFY(importer.importClaimLines(claim, {line(stored->at(7).id, QDate(2021, 4, 5), 1)}));
        QList<ImportedLine> lines;
        for (const store::Employee &e : *stored) {
            const int hours = int(e.lastName.right(3).toInt());
            lines << line(e.id, QDate(2021, 4, 5), hours % 35)
                  << line(e.id, QDate(2021, 4, 12), (hours + 1) % 35);
        }
        const auto written = importer.importClaimLines(claim, lines);
        QVERIFY2(written, qPrintable(written.error().message));
        QCOMPARE(*written, 500);
        const auto read = m_store->claimLines().linesOf(claim);
        QCOMPARE(read->size(), 500);
        QHash<qint64, QString> names;
        for (const store::Employee &e : *stored)
            names.insert(e.id, e.lastName);
        for (const store::ClaimLine &l : *read) {
            const int hours = int(names.value(l.employeeId).right(3).toInt());
            const int expected = l.hours.weekStart.day() == 5 ? hours % 35 : (hours + 1) % 35;
            QCOMPARE(l.hours.worked, domain::Hours::fromWholeHours(expected));
            QCOMPARE(l.grossHourlyPay, domain::HourlyPay::fromCents(1523));
        }
    }

    // linesAfter() computes apart what importClaimLines() leaves, so that the claim can be
    // computed while the import writes: round after round of random imports over a claim that
    // already has lines — weeks rewritten, employees joining, a week imported twice, pay changed
    // by an employees file between rounds (an employee on the claim keeps its copy, one joining
    // takes today's) — the lines it predicts are the lines the store then holds, in the same
    // order.
    void linesAfterAreWhatTheImportLeaves() {
        const ImportRepository importer(m_store->database());
        QList<store::Employee> staff;
        for (int i = 0; i < 12; ++i) {
            store::Employee e = staffMember(i);
            e.forfaitJours = i % 5 == 0;
            e.contract =
                i % 4 == 0 ? store::ContractKind::Apprentice : store::ContractKind::Ordinary;
            if (i % 3 == 0)
                e.usualNetHourlyPay = domain::HourlyPay::fromCents(1200 + i);
            staff << e;
        }
        QVERIFY(importer.importEmployees(m_establishment, staff));
        const qint64 claim = addClaim();
        const QList<QDate> weeks{QDate(2021, 4, 1), QDate(2021, 4, 5), QDate(2021, 4, 12),
                                 QDate(2021, 4, 19), QDate(2021, 4, 26)};
        QRandomGenerator random(20211);
        for (int round = 0; round < 25; ++round) {
            const auto employees = m_store->employees().listFor(m_establishment);
            QVERIFY(employees);
            QList<ImportedLine> imported;
            const int count = 1 + int(random.bounded(15));
            for (int i = 0; i < count; ++i) {
                const store::Employee &e = employees->at(random.bounded(employees->size()));
                ImportedLine l =
                    line(e.id, weeks[random.bounded(weeks.size())], int(random.bounded(40)));
                l.hours.chomees = domain::Hours::fromHundredths(random.bounded(2000));
                l.hours.halfDaysNotWorked = int(random.bounded(3));
                imported << l;
            }
            if (round % 3 == 0)
                imported << imported.first(); // the same week twice: the last one wins
            if (round == 10) {
                // As in a file edited by hand: an employee's copy stays on the claim without its
                // weeks (the store removes both), then its pay changes; an import for it keeps
                // the copy.
                const store::ClaimLine gone = m_store->claimLines().linesOf(claim)->first();
                QSqlQuery query(m_store->database().connection());
                QVERIFY(query.exec(QStringLiteral("DELETE FROM claim_weeks WHERE employee_id = %1")
                                       .arg(gone.employeeId)));
                store::Employee raised = *m_store->employees().find(gone.employeeId);
                raised.grossHourlyPay = domain::HourlyPay::fromTenThousandths(
                    gone.grossHourlyPay.tenThousandths() + 10000);
                QVERIFY(importer.importEmployees(m_establishment, {raised}));
                imported << line(gone.employeeId, weeks[2], 3);
            }
            const auto before = m_store->claimLines().contentsOf(claim);
            QVERIFY(before);
            const auto employeesNow = m_store->employees().listFor(m_establishment);
            const QList<store::ClaimLine> predicted = ImportRepository::linesAfter(
                claim, before->copies, before->lines, imported, *employeesNow);
            QVERIFY(importer.importClaimLines(claim, imported));
            const auto after = m_store->claimLines().linesOf(claim);
            QVERIFY(after);
            QCOMPARE(predicted, *after);

            // Pay changed by an employees file before the next round: the copies already on the
            // claim stay as they are (docs/csv-formats.md).
            store::Employee changed = employees->at(random.bounded(employees->size()));
            changed.grossHourlyPay = domain::HourlyPay::fromCents(1500 + random.bounded(3000));
            if (!changed.forfaitJours)
                changed.weeklyHours = domain::Hours::fromWholeHours(20 + int(random.bounded(20)));
            QVERIFY(importer.importEmployees(m_establishment, {changed}));
        }
        QVERIFY(m_store->claimLines().linesOf(claim)->size() > 20);
    }

    // Lines of an employee the establishment does not have are left out (the import refuses
    // them before writing anything).
    void linesAfterLeaveOutUnknownEmployees() {
        const auto paul = m_store->employees().add(testing::sampleEmployee(m_establishment));
        const auto employees = m_store->employees().listFor(m_establishment);
        const auto after = ImportRepository::linesAfter(
            7, {}, {}, {line(999, QDate(2021, 4, 5), 7), line(*paul, QDate(2021, 4, 5), 8)},
            *employees);
        QCOMPARE(after.size(), 1);
        QCOMPARE(after[0].employeeId, *paul);
        QCOMPARE(after[0].claimId, qint64(7));
        QCOMPARE(after[0].grossHourlyPay, domain::HourlyPay::fromCents(1523));
    }

    // What a claim is assembled from is read on one snapshot; it stays current until somebody
    // writes: another connection, or this one.
    void sourcesStayCurrentUntilSomebodyWrites() {
        const auto paul = m_store->employees().add(testing::sampleEmployee(m_establishment));
        const qint64 claim = addClaim();
        const ImportRepository importer(m_store->database());
        QVERIFY(importer.importClaimLines(claim, {line(*paul, QDate(2021, 4, 5), 7)}));
        const store::ClaimAssembler assembler(*m_store);
        const auto sources = assembler.read(claim);
        QVERIFY2(sources, qPrintable(sources.error().message));
        QCOMPARE(sources->lines.size(), 1);
        QCOMPARE(sources->copies.size(), 1);
        QCOMPARE(sources->copies[0].employeeId, *paul);
        QCOMPARE(sources->employees.size(), 1);
        QCOMPARE(sources->record.id, claim);
        QVERIFY(assembler.isCurrent(*sources));
        // Without the lines, the sources are incomplete: never current.
        const auto withoutLines = assembler.read(claim, store::ClaimAssembler::Lines::Skip);
        QVERIFY(withoutLines);
        QVERIFY(withoutLines->lines.isEmpty());
        QCOMPARE(withoutLines->employees, sources->employees);
        QVERIFY(!assembler.isCurrent(*withoutLines));

        // Built from them, the same claim as assemble().
        const store::AssembledClaim built = store::ClaimAssembler::build(*sources);
        const auto assembled = assembler.assemble(claim);
        QCOMPARE(built.claim.lines.size(), assembled->claim.lines.size());
        QCOMPARE(built.employeeIds, assembled->employeeIds);
        QCOMPARE(built.claim.employees[0].grossHourlyPay,
                 assembled->claim.employees[0].grossHourlyPay);

        bool updated = false;
        std::unique_ptr<QThread> other(QThread::create([&] {
            auto e = *m_store->employees().find(*paul);
            e.grossHourlyPay = domain::HourlyPay::fromCents(2500);
            updated = bool(m_store->employees().update(e));
        }));
        other->start();
        QVERIFY(other->wait(10000));
        QVERIFY(updated);
        QVERIFY(!assembler.isCurrent(*sources));

        const auto again = assembler.read(claim);
        QVERIFY(assembler.isCurrent(*again));
        QVERIFY(importer.importClaimLines(claim, {line(*paul, QDate(2021, 4, 12), 7)}));
        QVERIFY(!assembler.isCurrent(*again)); // this connection's own write
    }

    void writesNothingWhenOneLineIsRefused_data() {
        QTest::addColumn<QDate>("week");
        QTest::addColumn<qint64>("employee");
        QTest::addColumn<int>("kind");
        QTest::newRow("week outside the month")
            << QDate(2021, 5, 3) << qint64(0) << int(store::ErrorKind::Invalid);
        QTest::newRow("employee of another establishment")
            << QDate(2021, 4, 12) << qint64(999) << int(store::ErrorKind::NotFound);
    }
    void writesNothingWhenOneLineIsRefused() {
        QFETCH(QDate, week);
        QFETCH(qint64, employee);
        QFETCH(int, kind);
        const ImportRepository importer(m_store->database());
        const auto paul = m_store->employees().add(testing::sampleEmployee(m_establishment));
        const qint64 claim = addClaim();
        const auto written = importer.importClaimLines(
            claim, {line(*paul, QDate(2021, 4, 5), 7), line(employee ? employee : *paul, week, 7)});
        QVERIFY(!written);
        QCOMPARE(int(written.error().kind), kind);
        QCOMPARE(m_store->claimLines().linesOf(claim)->size(), 0);
    }

    void refusesAClaimNoLongerInPreparation() {
        const ImportRepository importer(m_store->database());
        const auto paul = m_store->employees().add(testing::sampleEmployee(m_establishment));
        const qint64 claim = addClaim();
        QVERIFY(m_store->claims().setStatus(claim, store::ClaimStatus::Sent));
        const auto written = importer.importClaimLines(claim, {line(*paul, QDate(2021, 4, 5), 7)});
        QVERIFY(!written);
        QCOMPARE(written.error().kind, store::ErrorKind::Refused);
    }

    void assemblesTheClaimTheEngineComputes() {
        const auto paul = m_store->employees().add(testing::sampleEmployee(m_establishment));
        auto other = testing::sampleEmployee(m_establishment, "269052A00412314", "Martin");
        other.matricule.clear();
        other.forfaitJours = true;
        // Through the import: the store's own add() binds a cleared matricule as NULL.
        const ImportRepository employees(m_store->database());
        QVERIFY(employees.importEmployees(m_establishment, {other}));
        const auto lea =
            std::optional<qint64>(m_store->employees().listFor(m_establishment)->at(1).id);
        const qint64 claim = addClaim();
        const ImportRepository importer(m_store->database());
        ImportedLine days = line(*lea, QDate(2021, 4, 12), 0);
        days.hours.halfDaysNotWorked = 3;
        QVERIFY(importer.importClaimLines(claim, {line(*paul, QDate(2021, 4, 5), 7), days}));
        QCOMPARE(m_store->claimLines().linesOf(claim)->size(), 2);

        const store::ClaimAssembler assembler(*m_store);
        auto assembled = assembler.assemble(claim, QDate(2021, 5, 10));
        QVERIFY2(assembled, qPrintable(assembled.error().message));
        QVERIFY(!assembled->decisionKnown);
        const domain::Claim &c = assembled->claim;
        QCOMPARE(c.year, 2021);
        QCOMPARE(c.month, 4);
        QCOMPARE(c.establishment.departement, QStringLiteral("57"));
        QCOMPARE(c.establishment.sector, domain::Sector::Protected);
        QCOMPARE(c.decision.form, domain::ReductionForm::HoursReduction);
        QCOMPARE(c.decision.start, QDate(2021, 4, 1));
        QCOMPARE(c.employees.size(), 2);
        QCOMPARE(assembled->employeeIds, (QList<qint64>{*paul, *lea}));
        QCOMPARE(c.employees[0].matricule, QStringLiteral("M-042"));
        QCOMPARE(c.employees[0].grossHourlyPay, domain::HourlyPay::fromCents(1523));
        // Without a matricule, the NIR is the key the lines use.
        QCOMPARE(c.employees[1].matricule, QStringLiteral("269052A00412314"));
        QVERIFY(c.employees[1].forfaitJours);
        QCOMPARE(c.lines.size(), 2);
        QCOMPARE(c.lines[1].matricule, QStringLiteral("269052A00412314"));
        QCOMPARE(c.lines[1].halfDaysNotWorked, 3);

        // With the decision cached, its form and period are the claim's.
        auto decision =
            testing::sampleDecision("057-2021-0001", QDate(2021, 3, 15), QDate(2021, 9, 14));
        decision.form = 3;
        decision.scheme = "apld";
        decision.authorisedHeadcount = 4;
        QVERIFY(m_store->decisionCache().put(decision));
        assembled = assembler.assemble(claim);
        QVERIFY(assembled->decisionKnown);
        QCOMPARE(assembled->claim.decision.form, domain::ReductionForm::TemporaryClosure);
        QCOMPARE(assembled->claim.decision.scheme, domain::Scheme::Apld);
        QCOMPARE(assembled->claim.decision.end, QDate(2021, 9, 14));
        QCOMPARE(assembled->claim.decision.authorisedHeadcount, 4);
    }

    void convertsEmployeesBothWays() {
        auto employee = testing::sampleEmployee(m_establishment);
        employee.contract = store::ContractKind::Professionalisation;
        employee.changes = {
            {QDate(2021, 3, 15), std::nullopt, domain::HourlyPay::fromCents(1600), std::nullopt}};
        const domain::ClaimEmployee model = store::ClaimAssembler::toClaimEmployee(employee);
        QVERIFY(model.apprentice);
        QCOMPARE(model.entry, employee.entryDate);
        auto back = store::ClaimAssembler::toEmployee(model, m_establishment);
        QCOMPARE(back.contract, store::ContractKind::Apprentice);
        back.contract = employee.contract;
        QCOMPARE(back, employee);
        // No entry date in a file: stored as the "unknown" date, read back as none.
        domain::ClaimEmployee noEntry = model;
        noEntry.entry = QDate();
        const auto stored = store::ClaimAssembler::toEmployee(noEntry, m_establishment);
        QCOMPARE(stored.entryDate, store::ClaimAssembler::unknownEntryDate());
        QCOMPARE(store::ClaimAssembler::toClaimEmployee(stored).entry, QDate());
    }
};

QTEST_GUILESS_MAIN(TestImportRepository)
#include "test_importrepository.moc"
