#include "store/claimrepository.h"
#include "store/establishmentrepository.h"
#include "store/outboxrepository.h"

#include "storetesthelpers.h"

using namespace apdesk::store;
using namespace apdesk::testing;

class TestOutboxRepository final : public QObject {
    Q_OBJECT

private slots:
    void init() {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("o%1.sqlite").arg(++m_counter));
        m_store = openStore(m_path);
        QVERIFY(m_store);
        const qint64 establishment = m_store->establishments().add(sampleEstablishment()).value();
        m_claim = m_store->claims().create(establishment, "DEC-1", QDate(2026, 4, 1))->id;
    }
    void cleanup() { m_store.reset(); }

    void queuesAClaimThatSurvivesARestart() {
        const auto entry = outbox().enqueue(m_claim, "key-1", R"({"month":"2026-04"})");
        QVERIFY2(entry, qPrintable(entry ? QString() : entry.error().message));
        QCOMPARE(entry->claimId, m_claim);
        QCOMPARE(entry->state, OutboxState::Pending);
        QCOMPARE(entry->attempts, 0);
        QCOMPARE(entry->payload, QByteArray(R"({"month":"2026-04"})"));
        QCOMPARE(entry->createdAt, fixedNow());
        QCOMPARE(m_store->claims().find(m_claim)->status, ClaimStatus::Queued);

        m_store.reset();
        m_store = openStore(m_path);
        const auto due = outbox().due(fixedNow());
        QVERIFY(due);
        QCOMPARE(due.value(), QList<OutboxEntry>{entry.value()});
    }

    void aKeyServesOnce() {
        QVERIFY(outbox().enqueue(m_claim, "key-1", "{}"));
        QVERIFY(outbox().markRejected(outbox().entriesOf(m_claim)->first().id, "SIRET inconnu"));
        const auto again = outbox().enqueue(m_claim, "key-1", "{}");
        QVERIFY(!again);
        QCOMPARE(again.error().kind, ErrorKind::Duplicate);
        QCOMPARE(again.error().message, QString("La clé d'envoi key-1 a déjà servi."));
        QVERIFY(outbox().enqueue(m_claim, "key-2", "{}")); // corrected, sent again
    }

    void refusesWhatCannotBeQueued() {
        QCOMPARE(outbox().enqueue(m_claim, "k", "{not json").error().kind, ErrorKind::Invalid);
        QCOMPARE(outbox().enqueue(m_claim, "", "{}").error().kind, ErrorKind::Invalid);
        QCOMPARE(outbox().enqueue(m_claim + 9, "k", "{}").error().kind, ErrorKind::NotFound);
        QVERIFY(outbox().enqueue(m_claim, "k", "{}"));
        QCOMPARE(outbox().enqueue(m_claim, "k2", "{}").error().kind, ErrorKind::Refused);
        QCOMPARE(outbox().entriesOf(m_claim)->size(), 1);
    }

    void aFailedAttemptIsRetriedLater() {
        const qint64 id = outbox().enqueue(m_claim, "key-1", "{}")->id;
        const QDateTime later = fixedNow().addSecs(600);
        QVERIFY(outbox().recordFailure(id, "service injoignable", later));
        const auto entry = outbox().find(id);
        QCOMPARE(entry->attempts, 1);
        QCOMPARE(entry->lastError, QString("service injoignable"));
        QCOMPARE(entry->nextAttemptAt, later);
        QCOMPARE(entry->state, OutboxState::Pending);
        QCOMPARE(outbox().due(fixedNow())->size(), 0);
        QCOMPARE(outbox().due(later)->size(), 1);
        QCOMPARE(m_store->claims().find(m_claim)->status, ClaimStatus::Queued);
    }

    void aSentEntryMakesASentClaim() {
        const qint64 id = outbox().enqueue(m_claim, "key-1", "{}")->id;
        QVERIFY(outbox().markSent(id));
        QVERIFY(outbox().markSent(id)); // the answer came twice: harmless
        QCOMPARE(outbox().find(id)->state, OutboxState::Sent);
        QCOMPARE(outbox().find(id)->attempts, 1);
        QCOMPARE(m_store->claims().find(m_claim)->status, ClaimStatus::Sent);
        QCOMPARE(outbox().due(fixedNow().addDays(1))->size(), 0);
        QCOMPARE(outbox().recordFailure(id, "late", fixedNow()).error().kind, ErrorKind::NotFound);
        QCOMPARE(outbox().markRejected(id, "late").error().kind, ErrorKind::Refused);
    }

    void aRejectedEntryMakesARefusedClaim() {
        const qint64 id = outbox().enqueue(m_claim, "key-1", "{}")->id;
        QVERIFY(outbox().markRejected(id, "décision inconnue"));
        QCOMPARE(outbox().find(id)->state, OutboxState::Rejected);
        QCOMPARE(outbox().find(id)->lastError, QString("décision inconnue"));
        QCOMPARE(m_store->claims().find(m_claim)->status, ClaimStatus::Refused);
    }

    void withdrawsAClaimNeverAttempted() {
        QVERIFY(outbox().enqueue(m_claim, "key-1", "{}"));
        QVERIFY(outbox().withdraw(m_claim));
        QCOMPARE(outbox().entriesOf(m_claim)->size(), 0);
        QCOMPARE(m_store->claims().find(m_claim)->status, ClaimStatus::Preparation);
        QCOMPARE(outbox().withdraw(m_claim).error().kind, ErrorKind::NotFound);

        const qint64 id = outbox().enqueue(m_claim, "key-2", "{}")->id;
        QVERIFY(outbox().recordFailure(id, "timeout", fixedNow()));
        const auto refused = outbox().withdraw(m_claim);
        QCOMPARE(refused.error().kind, ErrorKind::Refused);
        QCOMPARE(m_store->claims().find(m_claim)->status, ClaimStatus::Queued);
    }

private:
    const OutboxRepository &outbox() const { return m_store->outbox(); }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Store> m_store;
    qint64 m_claim = 0;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestOutboxRepository)
#include "test_outboxrepository.moc"
