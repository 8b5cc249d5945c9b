#pragma once

#include "credentialstore.h"

#include <QHash>
#include <QTimer>

namespace apdesk::client {

// A credential store in memory, for tests and for a session that must not touch the keyring.
// Answers on the next event-loop turn, as a real keyring would, so callers cannot rely on a
// synchronous answer. `setAvailable(false)` makes it behave like a missing keyring.
class MemoryCredentialStore final : public CredentialStore {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemoryCredentialStore)

public:
    using CredentialStore::CredentialStore;

    void setAvailable(bool available) { m_available = available; }
    bool contains(const QString &identifier) const { return m_secrets.contains(identifier); }

    void read(const QString &identifier, Callback done) override {
        later(std::move(done), [this, identifier] {
            const auto it = m_secrets.constFind(identifier);
            return it == m_secrets.cend() ? Result{Status::NotFound, {}, {}}
                                          : Result{Status::Ok, *it, {}};
        });
    }
    void write(const QString &identifier, const QString &secret, Callback done) override {
        later(std::move(done), [this, identifier, secret] {
            m_secrets.insert(identifier, secret);
            return Result{Status::Ok, {}, {}};
        });
    }
    void remove(const QString &identifier, Callback done) override {
        later(std::move(done), [this, identifier] {
            m_secrets.remove(identifier);
            return Result{Status::Ok, {}, {}};
        });
    }
    void probe(Callback done) override {
        later(std::move(done), [] { return Result{Status::Ok, {}, {}}; });
    }

private:
    template <typename Operation> void later(Callback done, Operation operation) {
        QTimer::singleShot(0, this, [this, done = std::move(done), operation] {
            done(m_available ? operation()
                             : Result{Status::Unavailable,
                                      {},
                                      tr("Aucun trousseau de mots de passe n'est disponible.")});
        });
    }

    QHash<QString, QString> m_secrets;
    bool m_available = true;
};

} // namespace apdesk::client
