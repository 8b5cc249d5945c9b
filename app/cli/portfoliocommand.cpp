#include "portfoliocommand.h"

#include "exchangesupport.h"
#include "store/claimcomputer.h"
#include "store/portfolio.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace apdesk::cli {

namespace {

QString isoMonth(const QDate &month) {
    return month.toString(QStringLiteral("yyyy-MM"));
}

QString stateName(store::PortfolioMonth::State state) {
    switch (state) {
    case store::PortfolioMonth::State::Filed:
        return QStringLiteral("filed");
    case store::PortfolioMonth::State::InPreparation:
        return QStringLiteral("in-preparation");
    case store::PortfolioMonth::State::NotClaimed:
        break;
    }
    return QStringLiteral("not-claimed");
}

QJsonObject toJson(const store::PortfolioEntry &entry) {
    QJsonObject json{{QStringLiteral("siret"), entry.establishment.siret},
                     {QStringLiteral("name"), entry.establishment.name}};
    if (entry.decision) {
        const store::CachedDecision &d = *entry.decision;
        json.insert(QStringLiteral("decision"),
                    QJsonObject{{QStringLiteral("number"), d.number},
                                {QStringLiteral("start"), d.periodStart.toString(Qt::ISODate)},
                                {QStringLiteral("end"), d.periodEnd.toString(Qt::ISODate)},
                                {QStringLiteral("authorisedHours"),
                                 d.authorisedHours.toString(QLocale::c())}});
        json.insert(QStringLiteral("hoursUsed"), entry.hoursUsed.toString(QLocale::c()));
        json.insert(QStringLiteral("hoursLeft"), entry.hoursLeft().toString(QLocale::c()));
    } else {
        json.insert(QStringLiteral("decision"), QJsonValue::Null);
    }
    QJsonArray months;
    for (const store::PortfolioMonth &m : entry.months) {
        QJsonObject month{{QStringLiteral("month"), isoMonth(m.month)},
                          {QStringLiteral("decision"), m.decisionNumber},
                          {QStringLiteral("state"), stateName(m.state)},
                          {QStringLiteral("deadline"), m.deadline.toString(Qt::ISODate)},
                          {QStringLiteral("daysLeft"), m.daysLeft}};
        if (m.claimId != 0)
            month.insert(QStringLiteral("claim"), m.claimId);
        months.append(month);
    }
    json.insert(QStringLiteral("months"), months);
    if (const auto next = entry.nextDeadline())
        json.insert(QStringLiteral("nextDeadline"),
                    QJsonObject{{QStringLiteral("month"), isoMonth(next->month)},
                                {QStringLiteral("deadline"), next->deadline.toString(Qt::ISODate)},
                                {QStringLiteral("daysLeft"), next->daysLeft}});
    json.insert(QStringLiteral("problem"),
                QJsonObject{{QStringLiteral("code"), store::Portfolio::problemCode(entry.problem)},
                            {QStringLiteral("message"), entry.problemText()}});
    if (entry.latestClaimId != 0)
        json.insert(QStringLiteral("latestClaim"), entry.latestClaimId);
    return json;
}

} // namespace

QString PortfolioCommand::name() const {
    return QStringLiteral("portfolio");
}

QString PortfolioCommand::summary() const {
    return tr("tableau de bord des établissements : décisions, heures, mois déposés, délais");
}

QString PortfolioCommand::help() const {
    return tr("Usage : apdesk-cli portfolio --db DONNÉES [--today AAAA-MM-JJ]\n"
              "  apdesk-cli --db DONNÉES portfolio … (--db avant la commande)\n"
              "\n"
              "Affiche en JSON chaque établissement du fichier de données, le plus urgent "
              "d'abord : sa décision en cours (ou la dernière) et sa fin, les heures "
              "autorisées, utilisées par les demandes enregistrées (non refusées) et restantes, "
              "chaque mois commencé de chacune de ses décisions (déposé, en préparation ou non "
              "demandé) avec son délai de dépôt (6 mois après la fin de la période autorisée, "
              "12 mois pour les périodes finissant en 2020) et les jours restants, et le "
              "problème le plus grave : délai dépassé, contingent épuisé, délai dans moins de "
              "30 jours, contingent utilisé à 90 % ou plus, aucune décision. --today donne la "
              "date du jour (par défaut, celle de l'ordinateur).\n"
              "\n"
              "Exemple :\n"
              "  apdesk-cli --db apdesk.sqlite portfolio\n"
              "\n"
              "Codes de sortie : 0 tableau affiché, 2 ligne de commande incorrecte, 3 données "
              "illisibles.\n");
}

int PortfolioCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err) {
    StoreArguments command = ExchangeSupport::takeStoreArguments(arguments);
    const TodayOption today = ExchangeSupport::takeToday(command, QDate::currentDate());
    ExchangeSupport::requireDb(name(), command);
    QString &usage = command.usage;
    if (usage.isEmpty() && !command.rest.isEmpty())
        usage = tr("Argument inattendu : « %1 ».").arg(command.rest.first());
    ExchangeSupport::requireValidToday(today, command);
    if (ExchangeSupport::reportUsage(command, err))
        return ExitCode::Usage;
    const auto store = ExchangeSupport::openStore(*command.db, err);
    if (!store)
        return ExitCode::StoreOrFile;
    const store::ClaimComputer computer(*store);
    if (!ExchangeSupport::canCompute(computer, err))
        return ExitCode::StoreOrFile;
    const auto entries = store::Portfolio(*store, *computer.history()).read(today.date);
    if (!entries) {
        err << entries.error().message << '\n';
        return ExitCode::StoreOrFile;
    }
    QJsonArray list;
    for (const store::PortfolioEntry &entry : *entries)
        list.append(toJson(entry));
    const QJsonObject json{{QStringLiteral("format"), QStringLiteral("apdesk-portfolio")},
                           {QStringLiteral("today"), today.date.toString(Qt::ISODate)},
                           {QStringLiteral("establishments"), list}};
    out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    return ExitCode::Success;
}

} // namespace apdesk::cli
