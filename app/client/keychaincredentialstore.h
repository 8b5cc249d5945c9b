#pragma once

#include "credentialstore.h"

namespace QKeychain {
class Job;
}

namespace apdesk::client {

// The platform keyring through QtKeychain (libsecret on Linux, Keychain on macOS, Credential
// Manager on Windows). With a display but no D-Bus session a job can hang forever (TOOLCHAIN.md),
// so each job has a timeout; anything but NoError / EntryNotFound counts as Unavailable.
class KeychainCredentialStore final : public CredentialStore {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainCredentialStore)

public:
    static constexpr int DefaultTimeoutMs = 5000;
    // The keyring entry's service under which the program's "Se souvenir de moi" keeps
    // passwords, and where `apdesk-cli --keychain` reads them.
    static QString programService() { return QStringLiteral("AP Desk"); }

    explicit KeychainCredentialStore(QString service, int timeoutMs = DefaultTimeoutMs,
                                     QObject *parent = nullptr);

    void read(const QString &identifier, Callback done) override;
    void write(const QString &identifier, const QString &secret, Callback done) override;
    void remove(const QString &identifier, Callback done) override;
    void probe(Callback done) override;

private:
    // Starts the job and calls done exactly once: with the job's outcome, or Unavailable when
    // the timeout comes first (a late answer is then ignored).
    void run(QKeychain::Job *job, Callback done);

    QString m_service;
    int m_timeoutMs;
};

} // namespace apdesk::client
