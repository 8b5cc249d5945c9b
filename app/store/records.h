#pragma once

#include "domain/claim/contractchange.h"
#include "domain/hourlypay.h"
#include "domain/hours.h"
#include "domain/money.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

// The plain records the store reads and writes. They carry no behaviour: the rules live in
// app/domain, the SQL in the repositories. An id of 0 means "not stored yet".
namespace apdesk::store {

// Sectors whose rates differ (DOMAIN.md §3): S1 and S1bis are the "protected" sectors.
enum class SectorCategory { Common, S1, S1bis };

// Apprentices and professionalisation contracts paid below the SMIC get their own pay instead
// of the indemnity floor (DOMAIN.md §3).
enum class ContractKind { Ordinary, Apprentice, Professionalisation };

// Where a claim stands on this computer. Sent is final: a sent claim is never edited again.
enum class ClaimStatus { Preparation, Queued, Sent, Refused };

// Where a queued sending stands: Pending until the service accepted it (Sent) or refused it
// for good (Rejected); failed attempts stay Pending with a later next attempt.
enum class OutboxState { Pending, Sent, Rejected };

struct Establishment final {
    qint64 id = 0;
    QString siret;       // 14 digits, without spaces
    QString name;        // dénomination
    QString departement; // "75", "2A", "971": Alsace-Moselle (57, 67, 68) has its own holidays
    SectorCategory sector = SectorCategory::Common;

    friend bool operator==(const Establishment &, const Establishment &) = default;
};

struct Employee final {
    qint64 id = 0;
    qint64 establishmentId = 0;
    QString nir;       // 15 characters: the 13 of the number and the 2 of the key
    QString matricule; // the employer's own number, may be empty
    QString lastName;  // nom
    QString firstName; // prénom
    QDate entryDate;
    QDate exitDate; // null while employed
    // Either weekly contractual hours, or a forfait-jours (then weeklyHours is ignored).
    bool forfaitJours = false;
    domain::Hours weeklyHours;
    domain::HourlyPay grossHourlyPay;
    std::optional<domain::HourlyPay> usualNetHourlyPay; // caps the indemnity from 2021-07-01
    ContractKind contract = ContractKind::Ordinary;
    // The contract and pay above hold from the entry; each change from its own day on.
    QList<domain::ContractChange> changes; // by date

    friend bool operator==(const Employee &, const Employee &) = default;
};

struct Claim final {
    qint64 id = 0;
    qint64 establishmentId = 0;
    QString decisionNumber;
    QDate month; // the first day of the claim's month
    int version = 1; // 2 and more: a correction sent after the ASP paid or rejected the one before
    ClaimStatus status = ClaimStatus::Preparation;
    QDateTime createdAt;       // UTC
    QDateTime statusChangedAt; // UTC
    QDateTime changedAt;       // UTC: the last change of its employees or hours, else createdAt

    friend bool operator==(const Claim &, const Claim &) = default;
};

// What the clerk enters for one employee and one week of a claim.
struct WeekHours final {
    QDate weekStart; // the week's first day inside the claim's month
    domain::Hours worked;
    domain::Hours treatedAsWorked; // paid leave, sickness: not chômées
    domain::Hours chomees;
    int halfDaysNotWorked = 0; // forfait-jours employees: days not worked, in halves

    friend bool operator==(const WeekHours &, const WeekHours &) = default;
};

// One employee × one week of a claim, with a copy of the employee's contract and pay as they
// were when the line was created.
struct ClaimLine final {
    qint64 claimId = 0;
    qint64 employeeId = 0;
    WeekHours hours;
    bool forfaitJours = false;
    domain::Hours contractualWeeklyHours; // zero for forfait-jours
    domain::HourlyPay grossHourlyPay;
    std::optional<domain::HourlyPay> usualNetHourlyPay;
    ContractKind contract = ContractKind::Ordinary;
    QList<domain::ContractChange> changes; // copied with the contract, by date

    friend bool operator==(const ClaimLine &, const ClaimLine &) = default;
};

// A decision (autorisation) as last fetched from the service, kept for working offline.
struct CachedDecision final {
    QString number;
    QString siret;
    QDate periodStart;
    QDate periodEnd;
    int form = 1;   // 1–4: réduction or fermeture, whole establishment or part (DOMAIN.md)
    QString scheme; // "common", "apld"… as the service names it
    domain::Hours authorisedHours;
    int authorisedHeadcount = 0;
    // The 10 characters printed on the notification of the decision, which the clerk types to
    // create a claim; empty for a decision cached without it.
    QString secretCode;
    QDateTime fetchedAt; // UTC; when invalid, put() stamps it with the store's clock

    friend bool operator==(const CachedDecision &, const CachedDecision &) = default;
};

// A claim waiting to be sent, or sent: sent exactly once thanks to its idempotency key.
struct OutboxEntry final {
    qint64 id = 0;
    qint64 claimId = 0;
    QString idempotencyKey;
    QByteArray payload; // JSON, as it will be sent
    OutboxState state = OutboxState::Pending;
    int attempts = 0;
    QString lastError;
    QDateTime createdAt;     // UTC
    QDateTime updatedAt;     // UTC
    QDateTime nextAttemptAt; // UTC; invalid: as soon as possible

    friend bool operator==(const OutboxEntry &, const OutboxEntry &) = default;
};

} // namespace apdesk::store
