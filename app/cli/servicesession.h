#pragma once

#include "client/aspclient.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QUrl>

#include <memory>
#include <optional>

class QTextStream;

namespace apdesk::cli {

// What send and status share: the ASP service's address and an open session on it.
//
// The address is --service URL, else the APDESK_SERVICE_URL variable (for the simulated service:
// `apdesk-asp-sim --port 18080 --db …/asp-simule.sqlite`, the file the program's embedded service
// uses, in the program's data folder). The login is the APDESK_USER variable and the password the
// first line of standard input, or with --keychain the one the program's "Se souvenir de moi"
// keeps in the platform's keyring for that login; never an argument (a command line shows in the
// process list and the shell's history).
class ServiceSession final {
    Q_DECLARE_TR_FUNCTIONS(ServiceSession)

public:
    // Takes --service out of `arguments`; the URL, or nullopt with `usage` set.
    static std::optional<QUrl> takeServiceUrl(QStringList &arguments, QString &usage);

    // Takes --keychain out of `arguments`: whether the password comes from the keyring.
    static bool takeKeychainFlag(QStringList &arguments);

    ServiceSession(const QUrl &serviceUrl, bool passwordFromKeychain);
    client::AspClient &client() { return *m_client; }

    // Logs in. False with the French reason on `err`; *unreachable tells a service that did not
    // answer from a refused login.
    bool login(QTextStream &in, QTextStream &err, bool *unreachable);

    // Runs the call and waits for its answer (the client's calls are asynchronous; a command
    // runs to its end).
    template <typename T, typename Call> client::Outcome<T> await(Call call) {
        std::optional<client::Outcome<T>> outcome;
        QEventLoop loop;
        call([&](const client::Outcome<T> &answer) {
            outcome = answer;
            loop.quit();
        });
        if (!outcome)
            loop.exec();
        return *outcome;
    }

private:
    // The password for `identifier`: standard input's first line, or the keyring's entry.
    std::optional<QString> password(const QString &identifier, QTextStream &in, QTextStream &err);

    bool m_passwordFromKeychain;
    QNetworkAccessManager m_network;
    std::unique_ptr<client::AspClient> m_client;
};

} // namespace apdesk::cli
