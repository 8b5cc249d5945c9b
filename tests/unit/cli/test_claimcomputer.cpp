#include "../store/storetesthelpers.h"

#include "cli/claimsummary.h"
#include "store/claimassembler.h"
#include "store/claimcomputer.h"
#include "store/claimrepository.h"
#include "store/employeerepository.h"
#include "store/establishmentrepository.h"
#include "store/importrepository.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace apdesk;
using store::ImportedLine;

// The claim `import hours` reports, computed on a second thread while the import writes: it
// must be the claim computed afresh from the store once the import is committed, also when
// another connection wrote between the import's first read and its transaction.
class TestClaimComputer final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::Store> m_store;
    qint64 m_claim = 0;
    QList<store::Employee> m_staff;

    static ImportedLine line(qint64 employee, const QDate &week, int chomees) {
        ImportedLine l;
        l.employeeId = employee;
        l.hours.weekStart = week;
        l.hours.worked = domain::Hours::fromWholeHours(35 - chomees);
        l.hours.chomees = domain::Hours::fromWholeHours(chomees);
        return l;
    }

    // Imports `lines`, computing the claim from `read` while it writes; nullopt when the
    // computation was not started (`read` not current).
    std::optional<store::Result<store::ClaimComputer::Computed>>
    importComputing(store::ClaimComputer::BeforeImport read, const QList<ImportedLine> &lines) {
        const store::ClaimComputer computer(*m_store);
        std::future<store::Result<store::ClaimComputer::Computed>> computing;
        const store::ImportRepository importer(m_store->database());
        const auto written = importer.importClaimLines(m_claim, lines, {}, [&] {
            computing = computer.computeAfterImport(std::move(read), lines);
        });
        if (!written)
            return store::Result<store::ClaimComputer::Computed>::failWith(written);
        if (!computing.valid())
            return std::nullopt;
        return computing.get();
    }
    QJsonObject computedAfresh() {
        const auto computed = store::ClaimComputer(*m_store).compute(m_claim);
        return computed ? cli::claimSummary(*computed) : QJsonObject();
    }

private slots:
    void init() {
        QVERIFY(m_dir.isValid());
        m_store = testing::openStore(m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128)));
        QVERIFY(m_store);
        const auto establishment = m_store->establishments().add(testing::sampleEstablishment());
        QVERIFY(establishment);
        for (int i = 0; i < 4; ++i) {
            const auto id = m_store->employees().add(testing::sampleEmployee(
                *establishment, QStringLiteral("18505780060%1").arg(i, 4, 10, QChar(u'0')),
                QStringLiteral("Salarié %1").arg(i)));
            QVERIFY(id);
        }
        m_staff = *m_store->employees().listFor(*establishment);
        const auto claim =
            m_store->claims().create(*establishment, "057-2021-0001", QDate(2021, 4, 1));
        QVERIFY(claim);
        m_claim = claim->id;
        // Lines already there for two of them.
        const store::ImportRepository importer(m_store->database());
        QVERIFY(importer.importClaimLines(m_claim, {line(m_staff[0].id, QDate(2021, 4, 5), 10),
                                                    line(m_staff[1].id, QDate(2021, 4, 12), 20)}));
    }
    void cleanup() { m_store.reset(); }

    void computesTheClaimTheImportLeaves() {
        const QJsonObject before = computedAfresh();
        const auto read = store::ClaimComputer(*m_store).readBeforeImport(m_claim);
        QVERIFY(read);
        const QList<ImportedLine> lines{line(m_staff[0].id, QDate(2021, 4, 5), 14),
                                        line(m_staff[0].id, QDate(2021, 4, 19), 7),
                                        line(m_staff[2].id, QDate(2021, 4, 26), 35)};
        const auto computed = importComputing(*read, lines);
        QVERIFY(computed);
        QVERIFY2(*computed, qPrintable(computed->error().message));
        const store::ClaimComputer::Computed &c = computed->value();
        QCOMPARE(c.assembled.claim.lines.size(), 4);
        QCOMPARE(c.assembled.claim.employees.size(), 3);
        QCOMPARE(cli::claimSummary(c), computedAfresh());
        QVERIFY(c.result.totalIndemnity().cents() > before["totals"]["indemnityCents"].toInteger());
    }

    // Another program raises a pay after the import read the claim: nothing is computed from
    // the stale read (the import then computes the claim after writing), and nothing is read
    // again under the write lock either. Read again before the transaction, the claim computes.
    void computesNothingFromAStaleRead() {
        const store::ClaimComputer computer(*m_store);
        const auto read = computer.readBeforeImport(m_claim);
        QVERIFY(read);
        QVERIFY(computer.isCurrent(*read));
        bool raised = false;
        std::unique_ptr<QThread> other(QThread::create([&] {
            store::Employee e = m_staff[1];
            e.grossHourlyPay = domain::HourlyPay::fromCents(3000);
            raised = bool(m_store->employees().update(e)); // follows on the claim in preparation
        }));
        other->start();
        QVERIFY(other->wait(10000));
        QVERIFY(raised);
        QVERIFY(!computer.isCurrent(*read));

        const QList<ImportedLine> lines{line(m_staff[3].id, QDate(2021, 4, 12), 5)};
        QCOMPARE(importComputing(*read, lines), std::nullopt);

        const auto again = computer.readBeforeImport(m_claim);
        QVERIFY(again);
        const auto computed = importComputing(*again, {line(m_staff[3].id, QDate(2021, 4, 19), 6)});
        QVERIFY(computed);
        QVERIFY2(*computed, qPrintable(computed->error().message));
        QCOMPARE(cli::claimSummary(computed->value()), computedAfresh());
        const auto &employees = computed->value().assembled.claim.employees;
        const auto raisedPay =
            std::find_if(employees.cbegin(), employees.cend(),
                         [&](const domain::ClaimEmployee &e) { return e.nir == m_staff[1].nir; });
        QVERIFY(raisedPay != employees.cend());
        QCOMPARE(raisedPay->grossHourlyPay, domain::HourlyPay::fromCents(3000));
    }

    // The history comes with the sources the file was checked against, and counts.
    void addsTheHistoryToSourcesAlreadyRead() {
        const auto march = m_store->claims().create(m_staff[0].establishmentId, "057-2021-0001",
                                                    QDate(2021, 3, 1));
        QVERIFY(march);
        const store::ImportRepository importer(m_store->database());
        QVERIFY(importer.importClaimLines(march->id, {line(m_staff[0].id, QDate(2021, 3, 8), 35)}));
        const store::ClaimComputer computer(*m_store);
        auto sources = store::ClaimAssembler(*m_store).read(m_claim);
        QVERIFY(sources);
        const auto read = computer.withHistory(std::move(sources).value());
        QVERIFY(read);
        QVERIFY(computer.isCurrent(*read));
        QCOMPARE(read->earlier.decisionHours, domain::Hours::fromWholeHours(35));
        const auto computed = importComputing(*read, {line(m_staff[2].id, QDate(2021, 4, 5), 4)});
        QVERIFY(computed && *computed);
        QCOMPARE(computed->value().assembled.claim.decisionHoursUsedEarlier,
                 domain::Hours::fromWholeHours(35));
        QCOMPARE(cli::claimSummary(computed->value()), computedAfresh());
    }
};

QTEST_GUILESS_MAIN(TestClaimComputer)
#include "test_claimcomputer.moc"
