#include "carryovercommand.h"

#include "domain/nir.h"
#include "exchangesupport.h"
#include "store/carryover.h"
#include "store/claimlinerepository.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTextStream>

namespace apdesk::cli {

namespace {

QString movementName(store::CarryOverMovement movement) {
    switch (movement) {
    case store::CarryOverMovement::Leaves:
        return QStringLiteral("leaves");
    case store::CarryOverMovement::Left:
        return QStringLiteral("left");
    case store::CarryOverMovement::Arrives:
        return QStringLiteral("arrives");
    case store::CarryOverMovement::Stays:
        break;
    }
    return QStringLiteral("stays");
}

QJsonObject claimJson(const store::Claim &claim) {
    return {{QStringLiteral("claim"), claim.id},
            {QStringLiteral("month"), claim.month.toString(QStringLiteral("yyyy-MM"))},
            {QStringLiteral("decision"), claim.decisionNumber},
            {QStringLiteral("version"), claim.version}};
}

QJsonObject toJson(const store::CarryOverItem &item, bool taken) {
    const store::Employee &e = item.employee;
    QJsonArray weeks;
    for (const store::WeekHours &week : item.hours)
        weeks.append(QJsonObject{
            {QStringLiteral("week"), week.weekStart.toString(Qt::ISODate)},
            {QStringLiteral("worked"), week.worked.toString(QLocale::c())},
            {QStringLiteral("treatedAsWorked"), week.treatedAsWorked.toString(QLocale::c())},
            {QStringLiteral("chomees"), week.chomees.toString(QLocale::c())},
            {QStringLiteral("halfDaysNotWorked"), week.halfDaysNotWorked}});
    QJsonObject json{{QStringLiteral("nir"), e.nir},
                     {QStringLiteral("matricule"), e.matricule},
                     {QStringLiteral("lastName"), e.lastName},
                     {QStringLiteral("firstName"), e.firstName},
                     {QStringLiteral("movement"), movementName(item.movement)},
                     {QStringLiteral("changes"), QJsonArray::fromStringList(item.changes)},
                     {QStringLiteral("alreadyOnClaim"), item.alreadyOnClaim},
                     {QStringLiteral("canBeTaken"), item.canBeTaken()},
                     {QStringLiteral("taken"), taken},
                     {QStringLiteral("hours"), weeks}};
    if (item.movement == store::CarryOverMovement::Arrives)
        json.insert(QStringLiteral("entry"), e.entryDate.toString(Qt::ISODate));
    if (e.exitDate.isValid())
        json.insert(QStringLiteral("exit"), e.exitDate.toString(Qt::ISODate));
    if (!item.hoursWithheld.isEmpty())
        json.insert(QStringLiteral("hoursWithheld"), item.hoursWithheld);
    return json;
}

} // namespace

QString CarryOverCommand::name() const {
    return QStringLiteral("carry-over");
}

QString CarryOverCommand::summary() const {
    return tr("reprend les salariés (et leurs heures) de la demande du mois précédent");
}

QString CarryOverCommand::help() const {
    return tr("Usage : apdesk-cli carry-over --db DONNÉES --claim N [--hours] "
              "[--leave-out NIR,NIR…] [--apply]\n"
              "  apdesk-cli --db DONNÉES carry-over … (--db avant la commande)\n"
              "\n"
              "« Reprendre le mois précédent » pour la demande N, en préparation : affiche en "
              "JSON les salariés de la demande du mois précédent du même établissement (sous "
              "la même décision s'il y en a une), chacun avec sa situation (stays : toujours "
              "là ; leaves : sortie dans le mois ; left : parti avant le mois, ne peut pas "
              "être repris ; arrives : arrivé depuis le début du mois précédent), ce qui a "
              "changé dans son contrat ou son salaire, et ses heures : celles de la dernière "
              "semaine entière du mois précédent au prorata des jours de chaque semaine (aucune "
              "quand la durée du travail a changé). Sans --apply, rien n'est écrit.\n"
              "  --apply      met dans la demande ceux qui peuvent l'être, en une transaction ;\n"
              "  --hours      avec leurs heures ;\n"
              "  --leave-out  sauf ces NIR (séparés par des virgules), chacun parmi ceux "
              "proposés.\n"
              "Un salarié déjà dans la demande est laissé tel quel.\n"
              "\n"
              "Exemple :\n"
              "  apdesk-cli --db apdesk.sqlite carry-over --claim 12 --hours --apply\n"
              "\n"
              "Codes de sortie : 0 fait, 1 demande introuvable, hors préparation ou sans mois "
              "précédent, 2 ligne de commande incorrecte, 3 données illisibles ou non "
              "écrites.\n");
}

int CarryOverCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err) {
    StoreArguments command = ExchangeSupport::takeStoreArguments(arguments);
    const bool apply = ExchangeSupport::takeFlag(command.rest, QStringLiteral("--apply"));
    const bool withHours = ExchangeSupport::takeFlag(command.rest, QStringLiteral("--hours"));
    const std::optional<QString> leaveOut =
        ExchangeSupport::takeOption(command.rest, QStringLiteral("--leave-out"), command.usage);
    ExchangeSupport::requireDb(name(), command);
    QString &usage = command.usage;
    if (usage.isEmpty() && !command.claim)
        usage = tr("carry-over attend --claim N, le numéro de la demande à remplir.");
    if (usage.isEmpty() && !command.rest.isEmpty())
        usage = tr("Argument inattendu : « %1 ».").arg(command.rest.first());
    if (ExchangeSupport::reportUsage(command, err))
        return ExitCode::Usage;
    const auto store = ExchangeSupport::openStore(*command.db, err);
    if (!store)
        return ExitCode::StoreOrFile;
    // What was asked for and is not there or cannot be done is a refusal (1), not a store
    // that cannot be read (3).
    const auto refused = [&err](const store::Error &error) {
        if (error.kind == store::ErrorKind::Refused) {
            err << error.message << '\n';
            return int(ExitCode::Failure);
        }
        return ExchangeSupport::report(error, err);
    };
    const auto claim = ExchangeSupport::claim(*store, *command.claim);
    if (!claim)
        return refused(claim.error());
    const auto plan = store::CarryOver(*store).plan(claim->id);
    if (!plan)
        return refused(plan.error());

    // --leave-out: NIRs as a clerk types them (spaces, lower-case 2a/2b), each one of the plan.
    QSet<QString> leftOut;
    QSet<QString> inPlan;
    for (const store::CarryOverItem &item : plan->items)
        inPlan.insert(item.employee.nir);
    for (const QString &given : leaveOut.value_or(QString()).split(u',', Qt::SkipEmptyParts)) {
        const auto nir = domain::Nir::parse(given);
        if (!nir) {
            err << tr("--leave-out : « %1 » n'est pas un NIR : %2")
                       .arg(given.trimmed(), nir.error())
                << '\n';
            return ExitCode::Usage;
        }
        if (!inPlan.contains(nir->digits())) {
            err << tr("--leave-out : le NIR « %1 » n'est pas parmi les salariés proposés.")
                       .arg(nir->formatted())
                << '\n';
            return ExitCode::Usage;
        }
        leftOut.insert(nir->digits());
    }
    QSet<qint64> chosen;
    for (const store::CarryOverItem &item : plan->items) {
        if (item.canBeTaken() && !leftOut.contains(item.employee.nir))
            chosen.insert(item.employee.id);
    }
    QJsonObject json{{QStringLiteral("format"), QStringLiteral("apdesk-carry-over")},
                     {QStringLiteral("previous"), claimJson(plan->previous)},
                     {QStringLiteral("target"), claimJson(plan->target)},
                     {QStringLiteral("applied"), apply},
                     {QStringLiteral("withHours"), withHours}};

    if (apply) {
        // Only those the store really added count (and get their weeks): one put on the claim
        // meanwhile by the program is left as it is.
        const store::ClaimChange change =
            plan->change(QList<qint64>(chosen.cbegin(), chosen.cend()), withHours);
        const auto written = store->claimLines().apply(claim->id, change);
        if (!written)
            return refused(written.error());
        chosen = QSet<qint64>(written->cbegin(), written->cend());
        int weeks = 0;
        for (const store::WeekWrite &week : change.weeks)
            weeks += chosen.contains(week.employeeId);
        json.insert(QStringLiteral("added"), int(chosen.size()));
        json.insert(QStringLiteral("weeksWritten"), weeks);
    }
    // "taken": by --apply, or, without it, what --apply would take.
    QJsonArray employees;
    for (const store::CarryOverItem &item : plan->items)
        employees.append(toJson(item, chosen.contains(item.employee.id)));
    json.insert(QStringLiteral("employees"), employees);
    out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    return ExitCode::Success;
}

} // namespace apdesk::cli
