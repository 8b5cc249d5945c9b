#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace apdesk::aspsim {

// A claim (demande d'indemnisation, DI) as the service keeps it: one version of one month of one
// decision, what the engine found it amounts to when it was received, and where its instruction
// stands, with the ASP's status codes and labels (DOMAIN.md section 2).
struct ReceivedClaim {
    Q_DECLARE_TR_FUNCTIONS(ReceivedClaim)

public:
    enum Status {
        Waiting = 19,          // En attente de validation
        InInstruction = 20,    // En cours d'instruction
        Validated = 9,         // Validée
        PaymentRequested = 10, // Paiement demandé
        Paid = 11,             // Paiement effectué
        Rejected = 17,         // DI rejetée
        Withdrawn = 26,        // Retirée
    };

    struct StatusChange {
        qint64 at = 0;
        int status = Waiting;
        QString reason;
    };

    qint64 id = 0;
    QString number; // "DI-<siret>-NNNN": one per month of a decision, kept by its versions
    int version = 1;
    QString siret;
    QString decisionNumber;
    QString month; // "YYYY-MM"
    QString idempotencyKey;
    QByteArray payloadHash; // SHA-256 of the claim as sent, hex
    QByteArray payload;     // the claim as sent (apdesk-claim JSON): only when it is received
    int employees = 0;
    qint64 hoursHundredths = 0;
    qint64 indemnityCents = 0;
    qint64 allocationCents = 0;
    int status = Waiting;
    QString reason;        // why it was rejected
    qint64 paidCents = -1; // once paid: what the ASP paid for this version; -1 before
    qint64 receivedAt = 0; // service time, seconds
    qint64 statusChangedAt = 0;
    QList<StatusChange> history; // oldest first, the reception included

    // Whether the claim's instruction has ended (paid, rejected, withdrawn): a new version of its
    // month may then be sent.
    bool isFinished() const { return status == Paid || status == Rejected || status == Withdrawn; }

    // The next step of the instruction (19 → 20 → 9 → 10 → 11); the status itself when there is
    // none.
    static int nextStatus(int status);
    static QString statusLabel(int status);

    // {number, version, siret, decisionNumber, month, status, statusLabel, reason, employees,
    //  hours, indemnity, allocation, paid, receivedAt, statusChangedAt, history} (openapi.json,
    // Claim); hours and money as exact decimal texts.
    QJsonObject toJson() const;
};

} // namespace apdesk::aspsim
