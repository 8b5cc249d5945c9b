#include "servicesession.h"

#include "exchangesupport.h"

#include "client/keychaincredentialstore.h"

#include <QTextStream>

namespace apdesk::cli {

std::optional<QUrl> ServiceSession::takeServiceUrl(QStringList &arguments, QString &usage) {
    const auto given = ExchangeSupport::takeOption(arguments, QStringLiteral("--service"), usage);
    const QString text = given ? *given : qEnvironmentVariable("APDESK_SERVICE_URL");
    if (!usage.isEmpty())
        return std::nullopt;
    const QUrl url(text, QUrl::StrictMode);
    if (text.isEmpty() || !url.isValid() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
        url.host().isEmpty()) {
        usage = text.isEmpty()
                    ? tr("L'adresse du service de l'ASP est attendue : --service URL ou la "
                         "variable APDESK_SERVICE_URL (par exemple http://127.0.0.1:18080).")
                    : tr("--service attend une adresse http:// ou https://, « %1 » a été donné.")
                          .arg(text);
        return std::nullopt;
    }
    return url;
}

bool ServiceSession::takeKeychainFlag(QStringList &arguments) {
    return ExchangeSupport::takeFlag(arguments, QStringLiteral("--keychain"));
}

ServiceSession::ServiceSession(const QUrl &serviceUrl, bool passwordFromKeychain)
    : m_passwordFromKeychain(passwordFromKeychain)
    , m_client(std::make_unique<client::AspClient>(&m_network, serviceUrl)) {
    // A claim of 20,000 employees is some 12 MiB, which the service checks and computes before
    // it answers.
    m_client->setTimeoutMs(120000);
}

bool ServiceSession::login(QTextStream &in, QTextStream &err, bool *unreachable) {
    *unreachable = false;
    const QString identifier = qEnvironmentVariable("APDESK_USER").trimmed();
    if (identifier.isEmpty()) {
        err << tr("L'identifiant est attendu dans la variable APDESK_USER, et le mot de passe "
                  "sur l'entrée standard.")
            << '\n';
        return false;
    }
    const std::optional<QString> secret = password(identifier, in, err);
    if (!secret)
        return false;
    const auto session = await<client::Session>([&](client::Callback<client::Session> done) {
        m_client->login(identifier, *secret, std::move(done));
    });
    if (!session.isOk()) {
        *unreachable = session.error().isUnreachable();
        err << session.error().message << '\n';
        return false;
    }
    if (session.value().mustChangePassword || session.value().mustSetSecret) {
        err << tr("Le compte %1 doit d'abord terminer sa première connexion dans le programme "
                  "(mot de passe et question secrète).")
                   .arg(identifier)
            << '\n';
        return false;
    }
    m_client->setSessionToken(session.value().token);
    return true;
}

std::optional<QString> ServiceSession::password(const QString &identifier, QTextStream &in,
                                                QTextStream &err) {
    if (!m_passwordFromKeychain) {
        QString typed = in.readLine();
        if (typed.endsWith(QLatin1Char('\r')))
            typed.chop(1);
        if (typed.isEmpty()) {
            err << tr("Le mot de passe de %1 est attendu sur la première ligne de l'entrée "
                      "standard.")
                       .arg(identifier)
                << '\n';
            return std::nullopt;
        }
        return typed;
    }
    client::KeychainCredentialStore keyring(client::KeychainCredentialStore::programService());
    std::optional<client::CredentialStore::Result> read;
    QEventLoop loop;
    keyring.read(identifier, [&](const client::CredentialStore::Result &result) {
        read = result;
        loop.quit();
    });
    if (!read)
        loop.exec();
    switch (read->status) {
    case client::CredentialStore::Status::Ok:
        return read->secret;
    case client::CredentialStore::Status::NotFound:
        err << tr("Le trousseau ne garde aucun mot de passe pour %1 : connectez-vous une fois "
                  "dans le programme avec « Se souvenir de moi », ou donnez le mot de passe sur "
                  "l'entrée standard (sans --keychain).")
                   .arg(identifier)
            << '\n';
        return std::nullopt;
    case client::CredentialStore::Status::Unavailable:
        break;
    }
    // The store's own message speaks of remembering a password, which is not what happens here.
    err << tr("Le trousseau de mots de passe du système n'a pas répondu ou a refusé la lecture. "
              "Donnez le mot de passe sur l'entrée standard (sans --keychain).")
        << '\n';
    return std::nullopt;
}

} // namespace apdesk::cli
