#pragma once

#include "client/asptypes.h"

#include <QList>
#include <QObject>
#include <QStringList>

class QSettings;
class QTimer;

namespace apdesk::client {
class AspClient;
}

namespace apdesk::ui {

class MailboxModel;

// Keeps the "Messagerie" up to date: the simulated service's inboxes of the addresses used in
// this program (those typed in account requests, recoveries and new users, kept in the settings),
// read through the admin route /sim/mailbox every few seconds. A service without admin routes
// (started elsewhere without --admin) has no inboxes to read: the watcher says so plainly.
class MailboxWatcher final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailboxWatcher)

public:
    static constexpr int PollIntervalMs = 3000;

    MailboxWatcher(client::AspClient *client, QSettings *settings, MailboxModel *model,
                   QObject *parent = nullptr);

    void addAddress(const QString &email);
    QStringList addresses() const { return m_addresses; }
    // Reads every inbox now (also done by the timer).
    void refresh();
    // Remembers the mails read, so the unread count survives a restart.
    void saveReadState();

    bool isAvailable() const { return m_unavailableReason.isEmpty(); }
    QString unavailableReason() const { return m_unavailableReason; }

signals:
    void availabilityChanged();
    void refreshed();

private:
    void readNext(int index, QList<client::Mail> collected);

    client::AspClient *m_client;
    QSettings *m_settings;
    MailboxModel *m_model;
    QTimer *m_timer;
    QStringList m_addresses;
    QString m_unavailableReason;
    bool m_reading = false;
};

} // namespace apdesk::ui
