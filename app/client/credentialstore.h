#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace apdesk::client {

// Where "Se souvenir de moi" keeps a password: the platform's keyring, never the settings file.
// Every operation is asynchronous and always answers, on the caller's thread, even when the
// keyring never does (a timeout turns silence into Unavailable).
class CredentialStore : public QObject {
    Q_OBJECT

public:
    enum class Status {
        Ok,          // done; for a read, the secret is there
        NotFound,    // a read found nothing for this identifiant
        Unavailable, // no keyring answered, or it refused: don't remember, and say why
    };

    struct Result {
        Status status = Status::Unavailable;
        QString secret;  // the password, for a successful read
        QString message; // French explanation when Unavailable
    };
    using Callback = std::function<void(const Result &)>;

    using QObject::QObject;

    virtual void read(const QString &identifier, Callback done) = 0;
    virtual void write(const QString &identifier, const QString &secret, Callback done) = 0;
    virtual void remove(const QString &identifier, Callback done) = 0;
    // Whether a keyring answers at all, so the screen can disable the option beforehand.
    virtual void probe(Callback done) = 0;
};

} // namespace apdesk::client
