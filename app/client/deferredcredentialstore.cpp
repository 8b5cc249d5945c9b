#include "client/deferredcredentialstore.h"

#include <utility>

namespace apdesk::client {

DeferredCredentialStore::DeferredCredentialStore(CredentialStore &store, QObject *parent)
    : CredentialStore(parent)
    , m_store(store) {}

void DeferredCredentialStore::release() {
    if (m_released)
        return;
    m_released = true;
    for (const auto &forward : std::exchange(m_held, {}))
        forward();
}

void DeferredCredentialStore::call(std::function<void()> forward) {
    if (m_released)
        forward();
    else
        m_held << std::move(forward);
}

void DeferredCredentialStore::read(const QString &identifier, Callback done) {
    call([this, identifier, done = std::move(done)] { m_store.read(identifier, done); });
}

void DeferredCredentialStore::write(const QString &identifier, const QString &secret,
                                    Callback done) {
    call([this, identifier, secret, done = std::move(done)] {
        m_store.write(identifier, secret, done);
    });
}

void DeferredCredentialStore::remove(const QString &identifier, Callback done) {
    call([this, identifier, done = std::move(done)] { m_store.remove(identifier, done); });
}

void DeferredCredentialStore::probe(Callback done) {
    call([this, done = std::move(done)] { m_store.probe(done); });
}

} // namespace apdesk::client
