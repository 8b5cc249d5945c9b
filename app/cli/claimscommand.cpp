#include "claimscommand.h"

#include "claimsummary.h"
#include "domain/claim/claimjson.h"
#include "exchangesupport.h"
#include "store/claimrepository.h"
#include "store/establishmentrepository.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

namespace apdesk::cli {

QString ClaimsCommand::name() const {
    return QStringLiteral("claims");
}

QString ClaimsCommand::summary() const {
    return tr("liste les demandes d'un fichier de données avec leurs totaux calculés");
}

QString ClaimsCommand::help() const {
    return tr(
        "Usage : apdesk-cli claims --db DONNÉES [--establishment SIRET] [--claim N "
        "[--detail]] [--today AAAA-MM-JJ]\n"
        "  apdesk-cli --db DONNÉES claims … (--db avant la commande)\n"
        "\n"
        "Calcule chaque demande à partir de ses lignes enregistrées (avec le contrat et "
        "le salaire copiés sur les lignes) et de la décision en cache, et affiche en JSON "
        "ses totaux : heures indemnisables, indemnité et allocation (en euros et en "
        "centimes), nombre de problèmes bloquants et d'avertissements. Une décision "
        "absente du cache est supposée être une réduction d'horaire de droit commun "
        "couvrant le mois (decisionKnown: false). Les heures indemnisables des demandes "
        "antérieures de l'établissement (non refusées) comptent pour le contingent de la "
        "décision et pour le plafond annuel de chaque salarié. Avec --claim N --detail, affiche le "
        "résultat complet de la demande, au format de « compute » (docs/claim-json.md). "
        "--today donne la date du contrôle du délai de dépôt.\n"
        "\n"
        "Exemple :\n"
        "  apdesk-cli claims --db apdesk.sqlite\n"
        "\n"
        "Codes de sortie : 0 demandes calculées sans problème bloquant, 1 au moins une "
        "demande avec un problème bloquant (affichée tout de même) ou demande introuvable, "
        "2 ligne de commande incorrecte, 3 données illisibles.\n");
}

int ClaimsCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err) {
    StoreArguments command = ExchangeSupport::takeStoreArguments(arguments);
    const TodayOption today = ExchangeSupport::takeToday(command, QDate());
    const bool detail = ExchangeSupport::takeFlag(command.rest, QStringLiteral("--detail"));
    ExchangeSupport::requireDb(name(), command);
    QString &usage = command.usage;
    if (usage.isEmpty() && !command.rest.isEmpty())
        usage = tr("Argument inattendu : « %1 ».").arg(command.rest.first());
    ExchangeSupport::requireValidToday(today, command);
    if (usage.isEmpty() && detail && !command.claim)
        usage = tr("--detail s'emploie avec --claim N.");
    if (ExchangeSupport::reportUsage(command, err))
        return ExitCode::Usage;
    const auto store = ExchangeSupport::openStore(*command.db, err);
    if (!store)
        return ExitCode::StoreOrFile;
    const store::ClaimComputer computer(*store);
    if (!ExchangeSupport::canCompute(computer, err))
        return ExitCode::StoreOrFile;

    QList<qint64> ids;
    if (command.claim) {
        const auto claim = ExchangeSupport::claim(*store, *command.claim);
        if (!claim)
            return ExchangeSupport::report(claim.error(), err);
        ids << claim->id;
    } else {
        QList<store::Establishment> establishments;
        if (command.establishment) {
            const auto one = ExchangeSupport::establishment(*store, *command.establishment, err);
            if (!one)
                return ExitCode::Failure;
            establishments << *one;
        } else {
            auto all = store->establishments().list();
            if (!all) {
                err << all.error().message << '\n';
                return ExitCode::StoreOrFile;
            }
            establishments = *all;
        }
        for (const store::Establishment &e : establishments) {
            const auto claims = store->claims().listFor(e.id);
            if (!claims) {
                err << claims.error().message << '\n';
                return ExitCode::StoreOrFile;
            }
            for (const store::Claim &claim : *claims)
                ids << claim.id;
        }
    }

    QJsonArray list;
    bool blocking = false;
    for (const qint64 id : ids) {
        const auto computed = computer.compute(id, today.date);
        if (!computed)
            return ExchangeSupport::report(computed.error(), err);
        const domain::ClaimResult &result = computed->result;
        blocking = blocking || result.hasBlocking();
        if (detail) {
            out << QString::fromUtf8(
                QJsonDocument(domain::ClaimJson::write(computed->assembled.claim, result, {}))
                    .toJson(QJsonDocument::Indented));
            return result.hasBlocking() ? ExitCode::Failure : ExitCode::Success;
        }
        list << claimSummary(*computed);
    }
    const QJsonObject json{{QStringLiteral("format"), QStringLiteral("apdesk-claims")},
                           {QStringLiteral("claims"), list}};
    out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    return blocking ? ExitCode::Failure : ExitCode::Success;
}

} // namespace apdesk::cli
