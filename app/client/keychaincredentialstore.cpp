#include "keychaincredentialstore.h"

#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace apdesk::client {

namespace {

// A key no real identifiant can have, used to ask the keyring whether it answers at all.
const QString probeKey = QStringLiteral("apdesk-probe");

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QString service, int timeoutMs, QObject *parent)
    : CredentialStore(parent)
    , m_service(std::move(service))
    , m_timeoutMs(timeoutMs) {}

void KeychainCredentialStore::run(QKeychain::Job *job, Callback done) {
    // Shared between the job's answer and the timeout: whoever comes first answers.
    auto pending = std::make_shared<Callback>(std::move(done));
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);

    auto answer = [pending, timer](const Result &result) {
        if (!*pending)
            return;
        Callback callback = std::move(*pending);
        *pending = nullptr;
        timer->deleteLater();
        callback(result);
    };

    connect(timer, &QTimer::timeout, this, [answer] {
        answer({Status::Unavailable,
                {},
                tr("Le trousseau de mots de passe du système ne répond pas : le mot de passe ne "
                   "sera pas mémorisé.")});
    });
    connect(job, &QKeychain::Job::finished, this, [answer](QKeychain::Job *finished) {
        switch (finished->error()) {
        case QKeychain::NoError: {
            auto *readJob = qobject_cast<QKeychain::ReadPasswordJob *>(finished);
            answer({Status::Ok, readJob ? readJob->textData() : QString(), {}});
            return;
        }
        case QKeychain::EntryNotFound:
            answer({Status::NotFound, {}, {}});
            return;
        default:
            answer({Status::Unavailable,
                    {},
                    tr("Aucun trousseau de mots de passe n'est disponible (%1) : le mot de passe "
                       "ne sera pas mémorisé.")
                        .arg(finished->errorString())});
            return;
        }
    });
    job->setAutoDelete(true);
    timer->start(m_timeoutMs);
    job->start();
}

void KeychainCredentialStore::read(const QString &identifier, Callback done) {
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(identifier);
    run(job, std::move(done));
}

void KeychainCredentialStore::write(const QString &identifier, const QString &secret,
                                    Callback done) {
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(identifier);
    job->setTextData(secret);
    run(job, std::move(done));
}

void KeychainCredentialStore::remove(const QString &identifier, Callback done) {
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(identifier);
    run(job, [done = std::move(done)](const Result &result) {
        // Forgetting what was never remembered is a success.
        done(result.status == Status::NotFound ? Result{Status::Ok, {}, {}} : result);
    });
}

void KeychainCredentialStore::probe(Callback done) {
    read(probeKey, [done = std::move(done)](const Result &result) {
        done(result.status == Status::NotFound ? Result{Status::Ok, {}, {}} : result);
    });
}

} // namespace apdesk::client
