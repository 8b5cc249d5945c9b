#include "domain/claim/contractchange.h"

#include <QSet>

namespace apdesk::domain {

QString ContractChanges::problemOf(const ContractChange &change, bool forfaitJours,
                                   const QDate &entry) {
    if (!change.from.isValid())
        return tr("La date d'effet du changement manque.");
    if (!change.weeklyHours && !change.grossHourlyPay && !change.usualNetHourlyPay)
        return tr("Le changement du %1 ne change rien : une nouvelle durée hebdomadaire ou un "
                  "nouveau taux horaire est attendu.")
            .arg(dayText(change.from));
    if (entry.isValid() && change.from <= entry)
        return tr("Le changement du %1 ne suit pas l'entrée du salarié le %2 : une date d'effet "
                  "après l'entrée est attendue (le contrat de départ se donne sans date d'effet).")
            .arg(dayText(change.from), dayText(entry));
    if (change.weeklyHours && forfaitJours)
        return tr("Le changement du %1 donne une durée hebdomadaire à un salarié au forfait "
                  "jours : seuls ses taux horaires peuvent changer.")
            .arg(dayText(change.from));
    if (change.weeklyHours && change.weeklyHours->hundredths() <= 0)
        return tr("Le changement du %1 donne une durée hebdomadaire nulle : une durée supérieure "
                  "à 0 est attendue.")
            .arg(dayText(change.from));
    if ((change.grossHourlyPay && change.grossHourlyPay->isNegative()) ||
        (change.usualNetHourlyPay && change.usualNetHourlyPay->isNegative()))
        return tr("Le changement du %1 donne un taux horaire négatif.").arg(dayText(change.from));
    return {};
}

QString ContractChanges::sameDayProblem(const QList<ContractChange> &changes) {
    QSet<qint64> days;
    for (const ContractChange &change : changes) {
        const qint64 day = change.from.toJulianDay();
        if (days.contains(day))
            return tr("Deux changements prennent effet le %1 : un seul changement par jour est "
                      "attendu.")
                .arg(dayText(change.from));
        days.insert(day);
    }
    return {};
}

QString ContractChanges::dayText(const QDate &day) {
    return day.toString(QStringLiteral("dd/MM/yyyy"));
}

} // namespace apdesk::domain
