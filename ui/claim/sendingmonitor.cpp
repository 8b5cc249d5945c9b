#include "sendingmonitor.h"

#include "store/outboxrepository.h"
#include "store/store.h"

#include <QSet>

namespace apdesk::ui {

SendingMonitor::SendingMonitor(const store::Store &store, client::AspClient *client,
                               QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
    , m_outbox(store, client) {
    m_timer.setInterval(std::chrono::seconds(30));
    connect(&m_timer, &QTimer::timeout, this, &SendingMonitor::flushDue);
    m_timer.start();
    countWaiting();
}

bool SendingMonitor::send(qint64 claimId, QString *error) {
    const auto queued = m_outbox.enqueue(claimId);
    if (!queued) {
        *error = queued.error().message;
        return false;
    }
    countWaiting();
    emit changed();
    flushDue();
    return true;
}

void SendingMonitor::flushDue() {
    flush(client::ClaimOutbox::Pending::Due);
}

void SendingMonitor::retryNow() {
    flush(client::ClaimOutbox::Pending::All);
}

void SendingMonitor::flush(client::ClaimOutbox::Pending which) {
    if (m_client->sessionToken().isEmpty() || m_outbox.isFlushing())
        return;
    const auto before = m_store.outbox().pending();
    QSet<qint64> waiting;
    for (const store::OutboxEntry &entry : before ? *before : QList<store::OutboxEntry>{})
        waiting.insert(entry.claimId);
    m_outbox.flush(which, [this, waiting](const client::ClaimOutbox::Report &report) {
        m_last = report;
        if (report.sent > 0 || report.rejected > 0)
            m_online = true;
        else if (report.retrying > 0)
            m_online = false;
        countWaiting();
        // What left the outbox: sent, or refused for good.
        const auto after = m_store.outbox().pending();
        QSet<qint64> still;
        for (const store::OutboxEntry &entry : after ? *after : QList<store::OutboxEntry>{})
            still.insert(entry.claimId);
        for (qint64 claimId : waiting) {
            if (!still.contains(claimId))
                emit claimSettled(claimId);
        }
        emit changed();
    });
}

void SendingMonitor::countWaiting() {
    const auto pending = m_store.outbox().pending();
    m_waiting = pending ? int(pending->size()) : 0;
}

} // namespace apdesk::ui
