#pragma once

class QSettings;

namespace apdesk::client {
class AspClient;
class CredentialStore;
}
namespace apdesk::store {
class Store;
}

namespace apdesk::ui {

class MailboxModel;
class MailboxWatcher;
class SendingMonitor;

// What the screens are given: the local store, the service's client, the keyring, the settings
// and the simulated mailbox. Owned by whoever starts the program (or the test), never global.
struct AppServices {
    store::Store *store = nullptr;
    client::AspClient *client = nullptr;
    client::CredentialStore *credentials = nullptr;
    QSettings *settings = nullptr;
    MailboxModel *mailModel = nullptr;
    MailboxWatcher *mailWatcher = nullptr;
    // The claims' outbox; MainWindow makes it when none is given.
    SendingMonitor *sending = nullptr;
};

} // namespace apdesk::ui
