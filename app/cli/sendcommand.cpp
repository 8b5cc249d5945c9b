#include "sendcommand.h"

#include "client/claimoutbox.h"
#include "exchangesupport.h"
#include "servicesession.h"
#include "store/claimrepository.h"
#include "store/establishmentrepository.h"
#include "store/outboxrepository.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace apdesk::cli {

namespace {

// Every claim of the store still in preparation.
store::Result<QList<store::Claim>> claimsInPreparation(const store::Store &store) {
    const auto establishments = store.establishments().list();
    if (!establishments)
        return store::Result<QList<store::Claim>>::failWith(establishments);
    QList<store::Claim> found;
    for (const store::Establishment &e : *establishments) {
        const auto claims = store.claims().listFor(e.id);
        if (!claims)
            return store::Result<QList<store::Claim>>::failWith(claims);
        for (const store::Claim &claim : *claims) {
            if (claim.status == store::ClaimStatus::Preparation)
                found.append(claim);
        }
    }
    return store::Result<QList<store::Claim>>::ok(found);
}

QJsonObject problem(qint64 claimId, const QString &message) {
    return {{QStringLiteral("claim"), claimId}, {QStringLiteral("message"), message}};
}

} // namespace

QString SendCommand::name() const {
    return QStringLiteral("send");
}

QString SendCommand::summary() const {
    return tr("envoie des demandes à l'ASP par la file d'envoi, une seule fois chacune");
}

QString SendCommand::help() const {
    return tr(
        "Usage : apdesk-cli send --db DONNÉES [--claim N | --all-ready] [--service URL] "
        "[--keychain]\n"
        "  apdesk-cli --db DONNÉES send … (--db avant la commande)\n"
        "\n"
        "« Envoyer à l'UD » en ligne de commande. --claim N met la demande N en file d'envoi ; "
        "--all-ready y met toutes les demandes en préparation sans problème bloquant (les "
        "autres sont listées dans « notReady »). Les contrôles passent d'abord : une demande "
        "avec un problème bloquant reste en préparation. Une demande en file d'envoi ne se "
        "modifie plus. Puis tout ce qui attend dans la file est envoyé, chaque demande avec sa "
        "clé d'envoi : le service n'enregistre jamais deux fois la même demande, même si la "
        "commande est relancée ou interrompue. Sans --claim ni --all-ready, la commande envoie "
        "seulement ce qui attend déjà.\n"
        "\n"
        "Le service est --service URL, ou la variable APDESK_SERVICE_URL. L'identifiant est "
        "la variable APDESK_USER ; le mot de passe est lu sur la première ligne de l'entrée "
        "standard ou, avec --keychain, dans le trousseau du système, où « Se souvenir de moi » "
        "du programme l'a gardé ; jamais sur la ligne de commande.\n"
        "\n"
        "Affiche en JSON (format apdesk-send) les demandes mises en file (« queued »), celles "
        "qui ne l'ont pas été et pourquoi, puis le nombre d'envois reçus par le service "
        "(« sent »), refusés (« rejected ») et à réessayer (« retrying »), avec leurs "
        "messages.\n"
        "\n"
        "Exemple :\n"
        "  printf '%s\\n' \"$MOT_DE_PASSE\" | APDESK_USER=AP0000001 apdesk-cli --db apdesk.sqlite "
        "send --all-ready --service http://127.0.0.1:18080\n"
        "  APDESK_USER=AP0000001 apdesk-cli --db apdesk.sqlite send --keychain\n"
        "\n"
        "Codes de sortie : 0 tout ce qui était en file est reçu par le service, 1 une demande "
        "refusée (problème bloquant, refus du service) ou connexion refusée, 2 ligne de "
        "commande incorrecte, 3 données illisibles, 4 des demandes attendent dans la file "
        "(service injoignable ou sans réponse) : relancez la commande plus tard.\n");
}

int SendCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err) {
    StoreArguments command = ExchangeSupport::takeStoreArguments(arguments);
    const bool allReady = ExchangeSupport::takeFlag(command.rest, QStringLiteral("--all-ready"));
    const auto serviceUrl = ServiceSession::takeServiceUrl(command.rest, command.usage);
    const bool keychain = ServiceSession::takeKeychainFlag(command.rest);
    ExchangeSupport::requireDb(name(), command);
    QString &usage = command.usage;
    if (usage.isEmpty() && !command.rest.isEmpty())
        usage = tr("Argument inattendu : « %1 ».").arg(command.rest.first());
    if (usage.isEmpty() && allReady && command.claim)
        usage = tr("--claim N et --all-ready ne vont pas ensemble.");
    if (ExchangeSupport::reportUsage(command, err))
        return ExitCode::Usage;
    const auto store = ExchangeSupport::openStore(*command.db, err);
    if (!store)
        return ExitCode::StoreOrFile;

    ServiceSession session(*serviceUrl, keychain);
    client::ClaimOutbox outbox(*store, &session.client());

    // What to queue.
    QList<store::Claim> toQueue;
    if (command.claim) {
        const auto claim = ExchangeSupport::claim(*store, *command.claim);
        if (!claim)
            return ExchangeSupport::report(claim.error(), err);
        if (claim->status == store::ClaimStatus::Preparation ||
            claim->status == store::ClaimStatus::Refused)
            toQueue << *claim;
    } else if (allReady) {
        const auto claims = claimsInPreparation(*store);
        if (!claims)
            return ExchangeSupport::report(claims.error(), err);
        toQueue = *claims;
    }
    QJsonArray queued;
    QJsonArray notQueued;
    bool refused = false;
    for (const store::Claim &claim : std::as_const(toQueue)) {
        const auto entry = outbox.enqueue(claim.id);
        if (entry) {
            queued << claim.id;
            continue;
        }
        if (entry.error().kind != store::ErrorKind::Refused)
            return ExchangeSupport::report(entry.error(), err);
        notQueued << problem(claim.id, entry.error().message);
        refused = refused || !allReady; // --all-ready leaves out what is not ready
    }

    QJsonObject json{
        {QStringLiteral("format"), QStringLiteral("apdesk-send")},
        {QStringLiteral("queued"), queued},
        {allReady ? QStringLiteral("notReady") : QStringLiteral("notQueued"), notQueued}};
    // Everything pending, whatever its next attempt: the command is a request to send now.
    const auto due = store->outbox().pending();
    if (!due)
        return ExchangeSupport::report(due.error(), err);
    client::ClaimOutbox::Report report;
    if (!due->isEmpty()) {
        QTextStream in(stdin);
        bool unreachable = false;
        if (!session.login(in, err, &unreachable)) {
            report.retrying = int(due->size());
            report.loginNeeded = !unreachable;
        } else {
            std::optional<client::ClaimOutbox::Report> flushed;
            QEventLoop loop;
            outbox.flush(client::ClaimOutbox::Pending::All,
                         [&](const client::ClaimOutbox::Report &r) {
                             flushed = r;
                             loop.quit();
                         });
            if (!flushed)
                loop.exec();
            report = *flushed;
        }
    }
    json.insert(QStringLiteral("sent"), report.sent);
    json.insert(QStringLiteral("rejected"), report.rejected);
    json.insert(QStringLiteral("retrying"), report.retrying);
    json.insert(QStringLiteral("messages"), QJsonArray::fromStringList(report.messages));
    out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    if (refused || report.rejected > 0 || report.loginNeeded)
        return ExitCode::Failure;
    return report.retrying > 0 ? ExitCode::Partial : ExitCode::Success;
}

} // namespace apdesk::cli
