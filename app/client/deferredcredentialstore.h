#pragma once

#include "client/credentialstore.h"

#include <QList>

namespace apdesk::client {

// A CredentialStore that holds every call until release(), then hands them, in order, to the
// store it wraps (and each later call at once). At start-up the login page asks the keyring
// whether it answers; on Linux that loads libsecret and GLib's object system, several
// milliseconds the clerk would wait for the first window. The program releases it once the
// window is painted.
class DeferredCredentialStore final : public CredentialStore {
    Q_OBJECT

public:
    explicit DeferredCredentialStore(CredentialStore &store, QObject *parent = nullptr);

    // Passes the calls held so far, and every later one, to the wrapped store. Once only.
    void release();
    bool isReleased() const { return m_released; }

    void read(const QString &identifier, Callback done) override;
    void write(const QString &identifier, const QString &secret, Callback done) override;
    void remove(const QString &identifier, Callback done) override;
    void probe(Callback done) override;

private:
    void call(std::function<void()> forward);

    CredentialStore &m_store;
    bool m_released = false;
    QList<std::function<void()>> m_held;
};

} // namespace apdesk::client
