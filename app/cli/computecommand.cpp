#include "computecommand.h"

#include "builtinrates.h"
#include "domain/claim/claimengine.h"
#include "domain/claim/claimjson.h"
#include "domain/claim/ratestable.h"

#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

namespace apdesk::cli {

namespace {

// The whole file, or a French message saying why it could not be read.
domain::Checked<QByteArray> readFile(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return domain::Checked<QByteArray>::fail(
            QCoreApplication::translate("ComputeCommand", "Impossible de lire « %1 » : %2.")
                .arg(path, file.errorString()));
    }
    return domain::Checked<QByteArray>::ok(file.readAll());
}

} // namespace

QString ComputeCommand::name() const {
    return QStringLiteral("compute");
}

QString ComputeCommand::summary() const {
    return tr("calcule une demande d'indemnisation décrite en JSON (heures, montants, contrôles)");
}

QString ComputeCommand::help() const {
    return tr("Usage : apdesk-cli compute DEMANDE.json [--rates TAUX.json]\n"
              "\n"
              "Calcule une demande d'indemnisation au format JSON « apdesk-claim » (voir "
              "docs/claim-json.md) avec la table des taux intégrée au programme, ou celle "
              "donnée par --rates, et affiche le résultat en JSON : pour chaque salarié et "
              "chaque semaine, le plafond, les heures travaillées, assimilées et chômées ; pour "
              "chaque salarié, l'indemnité et l'allocation en centimes avec les lignes de la "
              "table utilisées et leurs sources ; les totaux ; les problèmes avec leur niveau "
              "(bloquant ou avertissement).\n"
              "\n"
              "Exemple :\n"
              "  apdesk-cli compute tests/data/claims/march-2021-reduction.json\n"
              "\n"
              "Codes de sortie : 0 demande calculée sans problème bloquant, 1 demande calculée "
              "avec au moins un problème bloquant (le résultat est tout de même affiché) ou "
              "fichier refusé (raison sur la sortie d'erreur), 2 ligne de commande incorrecte.\n");
}

int ComputeCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err) {
    QString claimPath;
    QString ratesPath;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--rates") && i + 1 < arguments.size()) {
            ratesPath = arguments[++i];
        } else if (claimPath.isEmpty() && !arguments[i].startsWith(QLatin1String("--"))) {
            claimPath = arguments[i];
        } else {
            err << tr("Argument inattendu : « %1 ». Usage : apdesk-cli compute DEMANDE.json "
                      "[--rates TAUX.json]")
                       .arg(arguments[i])
                << '\n';
            return ExitCode::Usage;
        }
    }
    if (claimPath.isEmpty()) {
        err << tr("compute attend le fichier de la demande : apdesk-cli compute DEMANDE.json")
            << '\n';
        return ExitCode::Usage;
    }

    const auto ratesJson = ratesPath.isEmpty()
                               ? domain::Checked<QByteArray>::ok(resources::builtInRatesJson())
                               : readFile(ratesPath);
    if (!ratesJson) {
        err << ratesJson.error() << '\n';
        return ExitCode::Failure;
    }
    const auto rates = domain::RatesTable::parse(*ratesJson);
    if (!rates) {
        err << rates.error() << '\n';
        return ExitCode::Failure;
    }
    const auto claimJson = readFile(claimPath);
    if (!claimJson) {
        err << claimJson.error() << '\n';
        return ExitCode::Failure;
    }
    QByteArray written;
    bool blocking = false;
    {
        // The claim, its result and their JSON go before the text is written: a 100,000-line
        // claim holds a few hundred megabytes of them.
        const auto input = domain::ClaimJson::read(*claimJson);
        if (!input) {
            err << tr("%1 : %2").arg(claimPath, input.error()) << '\n';
            return ExitCode::Failure;
        }
        const auto result = domain::ClaimEngine(*rates).compute(input->claim);
        const QJsonObject json = domain::ClaimJson::write(input->claim, result, input->problems);
        blocking = json.value(QStringLiteral("blocking")).toBool();
        written = QJsonDocument(json).toJson(QJsonDocument::Indented);
    }
    // UTF-8 as it is, rather than through a QString twice its size.
    if (QIODevice *device = out.device()) {
        out.flush();
        device->write(written);
    } else {
        out << QString::fromUtf8(written);
    }
    return blocking ? ExitCode::Failure : ExitCode::Success;
}

} // namespace apdesk::cli
