#include "pdfcommand.h"

#include "exchange/controlpack.h"
#include "exchangesupport.h"
#include "store/claimcomputer.h"
#include "store/claimrepository.h"
#include "store/store.h"

#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace apdesk::cli {

QString PdfCommand::name() const {
    return QStringLiteral("pdf");
}

QString PdfCommand::summary() const {
    return tr("écrit le dossier de contrôle d'une demande en PDF");
}

QString PdfCommand::help() const {
    return tr("Usage : apdesk-cli pdf --db DONNÉES --claim N FICHIER.pdf [--today AAAA-MM-JJ]\n"
              "  apdesk-cli --db DONNÉES pdf … (--db avant la commande)\n"
              "\n"
              "Écrit le dossier de contrôle de la demande N : l'établissement, la décision et le "
              "mois ; les totaux ; les contrôles avec leurs avertissements ; les lignes du "
              "barème appliquées (taux, planchers, plafonds), numérotées, avec leur source "
              "juridique ; puis pour chaque salarié les semaines avec leurs plafonds et leurs "
              "heures, la base horaire, chaque ligne du barème utilisée (par son numéro), "
              "l'indemnité et l'allocation. La demande est calculée comme par « claims ». "
              "Affiche en JSON le fichier écrit et son nombre de pages.\n"
              "\n"
              "Exemple :\n"
              "  apdesk-cli --db apdesk.sqlite pdf --claim 3 dossier-avril-2026.pdf\n"
              "\n"
              "Codes de sortie : 0 dossier écrit, 1 demande introuvable, 2 ligne de commande "
              "incorrecte, 3 données illisibles ou fichier impossible à écrire.\n");
}

int PdfCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err) {
    StoreArguments command = ExchangeSupport::takeStoreArguments(arguments);
    const TodayOption today = ExchangeSupport::takeToday(command, QDate::currentDate());
    ExchangeSupport::requireDb(name(), command);
    QString &usage = command.usage;
    if (usage.isEmpty() && !command.claim)
        usage = tr("pdf attend --claim N, le numéro de la demande.");
    if (usage.isEmpty() && command.rest.size() != 1)
        usage = command.rest.isEmpty() ? tr("pdf attend le nom du fichier PDF à écrire.")
                                       : tr("Argument inattendu : « %1 ».").arg(command.rest.at(1));
    ExchangeSupport::requireValidToday(today, command);
    if (ExchangeSupport::reportUsage(command, err))
        return ExitCode::Usage;
    const auto store = ExchangeSupport::openStore(*command.db, err);
    if (!store)
        return ExitCode::StoreOrFile;
    const store::ClaimComputer computer(*store);
    if (!ExchangeSupport::canCompute(computer, err))
        return ExitCode::StoreOrFile;
    const auto claim = ExchangeSupport::claim(*store, *command.claim);
    if (!claim)
        return ExchangeSupport::report(claim.error(), err);
    const auto computed = computer.compute(claim->id, today.date);
    if (!computed)
        return ExchangeSupport::report(computed.error(), err);

    const store::AssembledClaim &assembled = computed->assembled;
    exchange::ControlPackInfo info;
    info.establishmentName = assembled.establishment.name;
    info.decisionKnown = assembled.decisionKnown;
    info.version = assembled.record.version;
    info.status = store::ClaimRepository::statusText(assembled.record.status);
    info.programVersion = QStringLiteral(APDESK_VERSION);
    info.printedAt = QDateTime::currentDateTime();
    const QString path = command.rest.first();
    const auto written =
        exchange::ControlPack::write(path, info, assembled.claim, computed->result);
    if (!written) {
        err << written.error() << '\n';
        return ExitCode::StoreOrFile;
    }
    const QJsonObject json{{QStringLiteral("format"), QStringLiteral("apdesk-pdf")},
                           {QStringLiteral("claim"), claim->id},
                           {QStringLiteral("file"), QDir::toNativeSeparators(path)},
                           {QStringLiteral("pages"), written.value()},
                           {QStringLiteral("employees"), qint64(assembled.claim.employees.size())}};
    out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    return ExitCode::Success;
}

} // namespace apdesk::cli
