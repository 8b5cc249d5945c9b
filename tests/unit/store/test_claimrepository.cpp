#include "store/claimlinerepository.h"
#include "store/claimrepository.h"
#include "store/employeerepository.h"
#include "store/establishmentrepository.h"

#include "storetesthelpers.h"

using namespace apdesk::store;
using namespace apdesk::testing;

class TestClaimRepository final : public QObject {
    Q_OBJECT

private slots:
    void init() {
        QVERIFY(m_dir.isValid());
        m_store = openStore(m_dir.filePath(QStringLiteral("c%1.sqlite").arg(++m_counter)));
        QVERIFY(m_store);
        m_establishment = m_store->establishments().add(sampleEstablishment()).value();
    }
    void cleanup() { m_store.reset(); }

    void createsAClaimInPreparation() {
        const auto created = claims().create(m_establishment, " 0571234567 ", QDate(2026, 4, 17));
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        const Claim &claim = created.value();
        QVERIFY(claim.id > 0);
        QCOMPARE(claim.establishmentId, m_establishment);
        QCOMPARE(claim.decisionNumber, QString("0571234567"));
        QCOMPARE(claim.month, QDate(2026, 4, 1)); // any day names its month
        QCOMPARE(claim.status, ClaimStatus::Preparation);
        QCOMPARE(claim.createdAt, fixedNow());
        QCOMPARE(claim.statusChangedAt, fixedNow());
        QCOMPARE(claims().find(claim.id).value(), claim);
    }

    void refusesASecondClaimForTheSameDecisionAndMonth() {
        QVERIFY(claims().create(m_establishment, "DEC-1", QDate(2026, 4, 1)));
        const auto again = claims().create(m_establishment, "DEC-1", QDate(2026, 4, 30));
        QVERIFY(!again);
        QCOMPARE(again.error().kind, ErrorKind::Duplicate);
        QCOMPARE(again.error().message,
                 QString("Une demande existe déjà pour la décision DEC-1 en avril 2026."));
        // Another month, or another decision, is another claim.
        QVERIFY(claims().create(m_establishment, "DEC-1", QDate(2026, 5, 1)));
        QVERIFY(claims().create(m_establishment, "DEC-2", QDate(2026, 4, 1)));
    }

    void listsTheNewestMonthFirst() {
        const qint64 other =
            m_store->establishments().add(sampleEstablishment("55210055400013", "Autre")).value();
        QVERIFY(claims().create(m_establishment, "DEC-1", QDate(2026, 3, 1)));
        QVERIFY(claims().create(m_establishment, "DEC-1", QDate(2026, 5, 1)));
        QVERIFY(claims().create(m_establishment, "DEC-1", QDate(2026, 4, 1)));
        QVERIFY(claims().create(other, "DEC-9", QDate(2026, 4, 1)));
        const auto listed = claims().listFor(m_establishment);
        QVERIFY(listed);
        QList<QDate> months;
        for (const auto &claim : listed.value())
            months << claim.month;
        QCOMPARE(months, QList<QDate>({QDate(2026, 5, 1), QDate(2026, 4, 1), QDate(2026, 3, 1)}));
    }

    // A correction after the ASP paid (or rejected) a claim: version 2 of the same month starts
    // from exactly what version 1 was sent with — employees, their copies of the contract and
    // its dated changes, hours — even when the employee's file changed since.
    void aCorrectionStartsFromTheSentVersion() {
        Employee employee = sampleEmployee(m_establishment);
        employee.changes = {{QDate(2026, 4, 15), std::nullopt,
                             apdesk::domain::HourlyPay::fromCents(1600), std::nullopt}};
        employee.id = m_store->employees().add(employee).value();
        const qint64 sent = claims().create(m_establishment, "DEC-1", QDate(2026, 4, 1))->id;
        WeekHours week;
        week.weekStart = QDate(2026, 4, 6);
        week.worked = apdesk::domain::Hours::fromWholeHours(28);
        QVERIFY(m_store->claimLines().upsert(sent, employee.id, week));
        week.weekStart = QDate(2026, 4, 20);
        week.worked = apdesk::domain::Hours::fromWholeHours(21);
        QVERIFY(m_store->claimLines().upsert(sent, employee.id, week));

        // Not sent yet: a claim in preparation is edited, not corrected.
        const auto tooEarly = claims().createCorrection(sent);
        QVERIFY(!tooEarly);
        QCOMPARE(tooEarly.error().kind, ErrorKind::Refused);
        QCOMPARE(tooEarly.error().message,
                 QString("La demande pour avril 2026 n'a pas été envoyée : modifiez-la "
                         "directement, sans créer de correction."));
        QVERIFY(claims().setStatus(sent, ClaimStatus::Queued));
        QVERIFY(claims().setStatus(sent, ClaimStatus::Sent));
        // The employee's file changes after the sending.
        employee.grossHourlyPay = apdesk::domain::HourlyPay::fromCents(2000);
        employee.changes.clear();
        QVERIFY(m_store->employees().update(employee));

        const auto correction = claims().createCorrection(sent);
        QVERIFY2(correction, qPrintable(correction ? QString() : correction.error().message));
        QCOMPARE(correction->version, 2);
        QCOMPARE(correction->status, ClaimStatus::Preparation);
        QCOMPARE(correction->decisionNumber, QString("DEC-1"));
        QCOMPARE(correction->month, QDate(2026, 4, 1));
        QCOMPARE(claims().find(sent)->version, 1);
        auto sentLines = m_store->claimLines().linesOf(sent).value();
        const auto copied = m_store->claimLines().linesOf(correction->id).value();
        QCOMPARE(sentLines.size(), 2);
        QCOMPARE(sentLines.at(0).grossHourlyPay, apdesk::domain::HourlyPay::fromCents(1523));
        QCOMPARE(sentLines.at(0).changes.size(), 1);
        for (ClaimLine &line : sentLines)
            line.claimId = correction->id;
        QCOMPARE(copied, sentLines);

        // One correction of a version; the latest version of a month is listed first.
        const auto again = claims().createCorrection(sent);
        QVERIFY(!again);
        QCOMPARE(again.error().kind, ErrorKind::Duplicate);
        QCOMPARE(again.error().message,
                 QString("La version 2 de la demande pour avril 2026 existe déjà."));
        const auto listed = claims().listFor(m_establishment).value();
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.at(0).id, correction->id);
        QCOMPARE(listed.at(1).id, sent);
        // A new claim for that month is still refused: the month has its claim, in versions.
        QCOMPARE(claims().create(m_establishment, "DEC-1", QDate(2026, 4, 1)).error().kind,
                 ErrorKind::Duplicate);
    }

    void movesThroughItsStatuses() {
        const qint64 id = claims().create(m_establishment, "DEC-1", QDate(2026, 4, 1))->id;
        QVERIFY(claims().setStatus(id, ClaimStatus::Queued));
        QCOMPARE(claims().find(id)->status, ClaimStatus::Queued);
        QVERIFY(claims().setStatus(id, ClaimStatus::Preparation)); // withdrawn before sending
        QVERIFY(claims().setStatus(id, ClaimStatus::Queued));
        QVERIFY(claims().setStatus(id, ClaimStatus::Sent));
        QCOMPARE(claims().find(id)->status, ClaimStatus::Sent);
        QVERIFY(claims().setStatus(id, ClaimStatus::Sent)); // saying it again changes nothing
    }

    void aSentClaimIsFinal_data() {
        QTest::addColumn<ClaimStatus>("status");
        QTest::newRow("preparation") << ClaimStatus::Preparation;
        QTest::newRow("queued") << ClaimStatus::Queued;
        QTest::newRow("refused") << ClaimStatus::Refused;
    }
    void aSentClaimIsFinal() {
        QFETCH(ClaimStatus, status);
        const qint64 id = claims().create(m_establishment, "DEC-1", QDate(2026, 4, 1))->id;
        QVERIFY(claims().setStatus(id, ClaimStatus::Sent));
        const auto changed = claims().setStatus(id, status);
        QVERIFY(!changed);
        QCOMPARE(changed.error().kind, ErrorKind::Refused);
        QVERIFY2(changed.error().message.contains("envoyée"), qPrintable(changed.error().message));
        QCOMPARE(claims().find(id)->status, ClaimStatus::Sent);
    }

    void refusesWhatIsIncompleteOrUnknown() {
        QCOMPARE(claims().create(m_establishment, "  ", QDate(2026, 4, 1)).error().kind,
                 ErrorKind::Invalid);
        QCOMPARE(claims().create(m_establishment, "DEC-1", QDate()).error().kind,
                 ErrorKind::Invalid);
        const auto orphan = claims().create(m_establishment + 5, "DEC-1", QDate(2026, 4, 1));
        QCOMPARE(orphan.error().kind, ErrorKind::ForeignKey);
        QVERIFY(orphan.error().message.contains("n'existe pas"));
        QCOMPARE(claims().find(99).error().kind, ErrorKind::NotFound);
        QCOMPARE(claims().setStatus(99, ClaimStatus::Queued).error().kind, ErrorKind::NotFound);
        QCOMPARE(claims().listFor(m_establishment)->size(), 0);
    }

private:
    const ClaimRepository &claims() const { return m_store->claims(); }

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_establishment = 0;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestClaimRepository)
#include "test_claimrepository.moc"
