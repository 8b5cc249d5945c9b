#include "receivedclaim.h"

#include "decision.h"

#include <QDateTime>
#include <QJsonArray>

namespace apdesk::aspsim {

namespace {

// Service time as the API shows it, as the decisions' decidedAt: "2026-12-06T08:15:00Z".
QString isoTime(qint64 secs) {
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

int ReceivedClaim::nextStatus(int status) {
    switch (status) {
    case Waiting:
        return InInstruction;
    case InInstruction:
        return Validated;
    case Validated:
        return PaymentRequested;
    case PaymentRequested:
        return Paid;
    default:
        return status;
    }
}

QString ReceivedClaim::statusLabel(int status) {
    switch (status) {
    case Waiting:
        return tr("En attente de validation");
    case InInstruction:
        return tr("En cours d'instruction");
    case Validated:
        return tr("Validée");
    case PaymentRequested:
        return tr("Paiement demandé");
    case Paid:
        return tr("Paiement effectué");
    case Rejected:
        return tr("DI rejetée");
    case Withdrawn:
        return tr("Retirée");
    default:
        return tr("Statut %1").arg(status);
    }
}

QJsonObject ReceivedClaim::toJson() const {
    QJsonArray changes;
    for (const StatusChange &change : history) {
        QJsonObject item{{QStringLiteral("at"), isoTime(change.at)},
                         {QStringLiteral("status"), change.status},
                         {QStringLiteral("statusLabel"), statusLabel(change.status)}};
        if (!change.reason.isEmpty())
            item.insert(QStringLiteral("reason"), change.reason);
        changes.append(item);
    }
    QJsonObject json{
        {QStringLiteral("number"), number},
        {QStringLiteral("version"), version},
        {QStringLiteral("siret"), siret},
        {QStringLiteral("decisionNumber"), decisionNumber},
        {QStringLiteral("month"), month},
        {QStringLiteral("status"), status},
        {QStringLiteral("statusLabel"), statusLabel(status)},
        {QStringLiteral("employees"), employees},
        // Hours and euros as exact texts with a point and two decimals, as the decisions' hours.
        {QStringLiteral("hours"), Decision::hoursText(hoursHundredths)},
        {QStringLiteral("indemnity"), Decision::hoursText(indemnityCents)},
        {QStringLiteral("allocation"), Decision::hoursText(allocationCents)},
        {QStringLiteral("receivedAt"), isoTime(receivedAt)},
        {QStringLiteral("statusChangedAt"), isoTime(statusChangedAt)},
        {QStringLiteral("history"), changes},
    };
    if (!reason.isEmpty())
        json.insert(QStringLiteral("reason"), reason);
    if (paidCents >= 0)
        json.insert(QStringLiteral("paid"), Decision::hoursText(paidCents));
    return json;
}

} // namespace apdesk::aspsim
