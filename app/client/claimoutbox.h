#pragma once

#include "aspclient.h"

#include "store/records.h"
#include "store/storeresult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QStringList>

#include <functional>

namespace apdesk::store {
class Store;
}

namespace apdesk::client {

// "Envoyer à l'UD": claims leave through the store's outbox, exactly once.
//
// enqueue() checks the claim with the engine first (a blocking problem keeps it in preparation,
// and says where the problem is), then writes it in the apdesk-claim format with a fresh
// idempotency key into the outbox, in the transaction that makes the claim Queued (read-only).
// flush() sends what is due, one entry after another, whenever it is called: an entry stays in
// the outbox until the service has answered that it holds the claim, so a claim survives
// restarts and crashes of the program, and since every retry carries the same key the service
// records it once, even when an answer was lost on the way back. What could not reach the
// service is tried again later, at growing delays; what the service refuses for good (a
// blocking problem on its side, a month already claimed) makes the claim Refused, to be
// corrected and sent again under a new key.
class ClaimOutbox final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimOutbox)

public:
    ClaimOutbox(const store::Store &store, AspClient *client, QObject *parent = nullptr);

    // Checks and queues the claim; Refused with the first blocking problem (and their count),
    // or the store's error.
    store::Result<store::OutboxEntry> enqueue(qint64 claimId) const;

    struct Report {
        int sent = 0;     // the service holds them now
        int rejected = 0; // refused for good: their claims are Refused
        int retrying = 0; // not reached, or not answered: tried again later
        bool loginNeeded = false; // the session is missing or expired: nothing more was tried
        QStringList messages;     // one French line per entry that was not sent
    };
    // Which pending entries a flush sends: those whose next attempt has come (the program's
    // automatic retries), or all of them (a clerk or a script asking to send now).
    enum class Pending { Due, All };
    // Sends the pending entries, then calls done (on this object's thread). One flush at a time.
    void flush(Pending which, std::function<void(const Report &)> done);
    bool isFlushing() const { return m_flushing; }

    // When an entry that failed `attempts` times is tried again: 30 s, 1 min, 2 min… at most
    // an hour after `now`.
    static QDateTime nextAttempt(int attempts, const QDateTime &now);

private:
    void sendNext(QList<store::OutboxEntry> due, Report report,
                  std::function<void(const Report &)> done);
    void settle(const store::OutboxEntry &entry, const Outcome<SentClaim> &outcome,
                Report &report) const;

    const store::Store &m_store;
    AspClient *m_client;
    bool m_flushing = false;
};

} // namespace apdesk::client
