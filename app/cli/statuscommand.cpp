#include "statuscommand.h"

#include "exchangesupport.h"
#include "servicesession.h"
#include "store/claimrepository.h"
#include "store/establishmentrepository.h"
#include "store/outboxrepository.h"
#include "store/store.h"
#include "store/storedvalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace apdesk::cli {

namespace {

QString money(qint64 cents) {
    return QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

QJsonObject aspJson(const client::SentClaim &c) {
    QJsonArray history;
    for (const client::SentClaim::StatusChange &change : c.history) {
        QJsonObject item{{QStringLiteral("at"), change.at.toString(Qt::ISODate)},
                         {QStringLiteral("status"), change.status},
                         {QStringLiteral("statusLabel"), change.label}};
        if (!change.reason.isEmpty())
            item.insert(QStringLiteral("reason"), change.reason);
        history << item;
    }
    QJsonObject json{{QStringLiteral("number"), c.number},
                     {QStringLiteral("version"), c.version},
                     {QStringLiteral("status"), c.status},
                     {QStringLiteral("statusLabel"), c.statusLabel},
                     {QStringLiteral("hours"), money(c.hours)},
                     {QStringLiteral("indemnity"), money(c.indemnityCents)},
                     {QStringLiteral("allocation"), money(c.allocationCents)},
                     {QStringLiteral("history"), history}};
    if (c.paidCents >= 0)
        json.insert(QStringLiteral("paid"), money(c.paidCents));
    if (!c.reason.isEmpty())
        json.insert(QStringLiteral("reason"), c.reason);
    return json;
}

QJsonObject outboxJson(const QList<store::OutboxEntry> &entries) {
    if (entries.isEmpty())
        return {};
    const store::OutboxEntry &last = entries.last();
    QJsonObject json{{QStringLiteral("state"), store::stored::outboxStateCode(last.state)},
                     {QStringLiteral("attempts"), last.attempts}};
    if (!last.lastError.isEmpty())
        json.insert(QStringLiteral("lastError"), last.lastError);
    if (last.nextAttemptAt.isValid())
        json.insert(QStringLiteral("nextAttemptAt"), last.nextAttemptAt.toString(Qt::ISODate));
    return json;
}

} // namespace

QString StatusCommand::name() const {
    return QStringLiteral("status");
}

QString StatusCommand::summary() const {
    return tr("affiche en JSON l'état de chaque demande, dans le programme et à l'ASP");
}

QString StatusCommand::help() const {
    return tr(
        "Usage : apdesk-cli status --db DONNÉES [--establishment SIRET] [--service URL] "
        "[--keychain]\n"
        "  apdesk-cli --db DONNÉES status … (--db avant la commande)\n"
        "\n"
        "Affiche en JSON (format apdesk-status) chaque demande du fichier de données : son "
        "état dans le programme (preparation, queued, sent, refused), son envoi dans la file "
        "(état, tentatives, dernière erreur, prochaine tentative) et, pour les demandes "
        "envoyées, leur statut à l'ASP (« asp » : numéro, version, statut et son historique "
        "daté, heures, montants, montant payé, motif d'un rejet ; null pour une version que "
        "l'ASP a remplacée par une correction). Le service, l'identifiant "
        "et le mot de passe (entrée standard ou --keychain) se donnent comme pour « send ». "
        "Service injoignable : les états "
        "du programme sont affichés, « asp » vaut null.\n"
        "\n"
        "Exemple :\n"
        "  printf '%s\\n' \"$MOT_DE_PASSE\" | APDESK_USER=AP0000001 apdesk-cli --db apdesk.sqlite "
        "status --service http://127.0.0.1:18080\n"
        "\n"
        "Codes de sortie : 0 statuts lus, 1 connexion refusée, 2 ligne de commande incorrecte, "
        "3 données illisibles, 4 service injoignable (états du programme seulement).\n");
}

int StatusCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err) {
    StoreArguments command = ExchangeSupport::takeStoreArguments(arguments);
    const auto serviceUrl = ServiceSession::takeServiceUrl(command.rest, command.usage);
    const bool keychain = ServiceSession::takeKeychainFlag(command.rest);
    ExchangeSupport::requireDb(name(), command);
    QString &usage = command.usage;
    if (usage.isEmpty() && command.claim)
        usage = tr("status ne prend pas --claim : toutes les demandes sont affichées.");
    if (usage.isEmpty() && !command.rest.isEmpty())
        usage = tr("Argument inattendu : « %1 ».").arg(command.rest.first());
    if (ExchangeSupport::reportUsage(command, err))
        return ExitCode::Usage;
    const auto store = ExchangeSupport::openStore(*command.db, err);
    if (!store)
        return ExitCode::StoreOrFile;
    QList<store::Establishment> establishments;
    if (command.establishment) {
        const auto one = ExchangeSupport::establishment(*store, *command.establishment, err);
        if (!one)
            return ExitCode::Failure;
        establishments << *one;
    } else {
        const auto all = store->establishments().list();
        if (!all)
            return ExchangeSupport::report(all.error(), err);
        establishments = *all;
    }

    ServiceSession session(*serviceUrl, keychain);
    QTextStream in(stdin);
    bool unreachable = false;
    const bool online = session.login(in, err, &unreachable);
    if (!online && !unreachable)
        return ExitCode::Failure;

    QJsonArray list;
    for (const store::Establishment &e : std::as_const(establishments)) {
        const auto claims = store->claims().listFor(e.id);
        if (!claims)
            return ExchangeSupport::report(claims.error(), err);
        QList<client::SentClaim> atTheAsp;
        bool fetched = false;
        if (online) {
            const auto answer = session.await<QList<client::SentClaim>>(
                [&](client::Callback<QList<client::SentClaim>> done) {
                    session.client().fetchClaims(e.siret, std::move(done));
                });
            fetched = answer.isOk();
            if (fetched)
                atTheAsp = answer.value();
            else
                err << answer.error().message << '\n';
        }
        for (const store::Claim &claim : *claims) {
            const auto entries = store->outbox().entriesOf(claim.id);
            if (!entries)
                return ExchangeSupport::report(entries.error(), err);
            QJsonObject item{
                {QStringLiteral("id"), claim.id},
                {QStringLiteral("establishment"), e.siret},
                {QStringLiteral("decision"), claim.decisionNumber},
                {QStringLiteral("month"), claim.month.toString(QStringLiteral("yyyy-MM"))},
                {QStringLiteral("version"), claim.version},
                {QStringLiteral("status"), store::stored::statusCode(claim.status)},
                {QStringLiteral("outbox"), outboxJson(*entries)},
                {QStringLiteral("asp"), QJsonValue::Null}};
            for (const client::SentClaim &sent : std::as_const(atTheAsp)) {
                // The ASP lists the latest version of a month: an earlier one has no "asp".
                if (sent.decisionNumber == claim.decisionNumber &&
                    sent.month == item.value(QStringLiteral("month")).toString() &&
                    sent.version == claim.version)
                    item.insert(QStringLiteral("asp"), aspJson(sent));
            }
            list << item;
        }
        unreachable = unreachable || (online && !fetched);
    }
    const QJsonObject json{{QStringLiteral("format"), QStringLiteral("apdesk-status")},
                           {QStringLiteral("online"), online && !unreachable},
                           {QStringLiteral("claims"), list}};
    out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    return unreachable ? ExitCode::Partial : ExitCode::Success;
}

} // namespace apdesk::cli
