#pragma once

#include "client/claimoutbox.h"

#include <QObject>
#include <QTimer>

#include <chrono>

namespace apdesk::store {
class Store;
}

namespace apdesk::ui {

// The program's side of the outbox: "Envoyer à l'UD" queues a claim here, and what waits leaves
// whenever the service answers — at once, then every 30 seconds while a session is open (each
// entry at its own growing delay after a failure), and again after each login. It knows whether
// the service was reachable at the last try and how many claims wait, for the status bar.
class SendingMonitor final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendingMonitor)

public:
    SendingMonitor(const store::Store &store, client::AspClient *client, QObject *parent = nullptr);

    // Checks and queues the claim (read-only from then on), then tries to send it; false with the
    // French reason when it is not queued.
    bool send(qint64 claimId, QString *error);
    // Sends what is due now, if a session is open (quietly otherwise).
    void flushDue();
    // Sends everything waiting now, whatever its next attempt ("Réessayer maintenant", a login).
    void retryNow();

    // How often what is due is looked for: 30 s in the program (a test shortens it).
    void setPollInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }

    int waitingCount() const { return m_waiting; }
    // Whether the service answered at the last try (true until a try says otherwise).
    bool isOnline() const { return m_online; }
    const client::ClaimOutbox::Report &lastReport() const { return m_last; }

signals:
    // The count of waiting claims or the online state changed, or a flush ended.
    void changed();
    // A claim left the outbox: the service holds it, or refused it for good; its status
    // changed either way (its window and the list show the new one).
    void claimSettled(qint64 claimId);

private:
    void flush(client::ClaimOutbox::Pending which);
    void countWaiting();

    const store::Store &m_store;
    client::AspClient *m_client;
    client::ClaimOutbox m_outbox;
    QTimer m_timer;
    int m_waiting = 0;
    bool m_online = true;
    client::ClaimOutbox::Report m_last;
};

} // namespace apdesk::ui
