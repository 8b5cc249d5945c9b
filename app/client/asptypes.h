#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace apdesk::client {

// The typed bodies of the service's contract v1 (docs/aspsim.md, openapi.json).

struct Captcha {
    QString id;
    QByteArray png; // the picture as sent; QImage::fromData(png) draws it
};

// The non-visual alternative to the picture: a question in words, answered in figures; its id
// and answer go to createSpace as the picture's do.
struct CaptchaQuestion {
    QString id;
    QString question; // « Combien font sept plus trois ? Répondez en chiffres. »
};

struct EstablishmentAddress {
    QString name; // dénomination
    QString street;
    QString streetComplement;
    QString postalCode;
    QString city;
    QString email;
    QString emailConfirmation;
    QString phone;
};

struct ContactPerson {
    QString lastName;
    QString firstName;
    QString email;
    QString emailConfirmation;
    QString phone;
};

// An establishment's fiche (GET /api/v1/establishments[/{siret}]): its address and its contact.
// The e-mail confirmations stay empty: the service keeps the address once.
struct EstablishmentFile {
    QString siret;
    EstablishmentAddress establishment;
    ContactPerson contact;
};

// Who may work on an establishment (GET /api/v1/establishments/{siret}/users).
struct EstablishmentUser {
    QString identifier;
    QString firstName;
    QString lastName;
    QString displayName; // "prenom.nom"
    QString email;
    bool principal = false; // the first user, the establishment's contact
};

// A user added by the first user (POST /api/v1/establishments/{siret}/users).
struct NewUser {
    QString lastName;
    QString firstName;
    QString email;
};

// A mail of the simulated mailbox (GET /sim/mailbox?to=…).
struct Mail {
    QString id;
    QString from;
    QString to;
    QString subject;
    QString body;
    QDateTime sentAt; // UTC
};

struct AccountRequest {
    QString registrationToken;
    EstablishmentAddress establishment;
    ContactPerson contact;
    QString secretQuestion;
    QString secretAnswer;
    bool cguAccepted = false;
};

struct SessionUser {
    QString firstName;
    QString lastName;
    QString displayName; // "prenom.nom"
};

struct Session {
    QByteArray token;
    bool mustChangePassword = false;
    bool mustSetSecret = false;
    SessionUser user;
};

struct Challenge {
    QString id;
    QString operation; // "7 + 5"
};

struct SecretQuestionStep {
    QString id; // resetId or recoveryId
    QString secretQuestion;
};

// A decision (autorisation) of an establishment, as GET /api/v1/establishments/{siret}/decisions
// lists it.
struct Decision {
    QString number; // "DEC-73282932000074-001"
    QString siret;
    QDate periodStart;
    QDate periodEnd;
    int form = 1;               // 1/2 réduction (tout/partie), 3/4 fermeture (tout/partie)
    QString scheme;             // "common" or "apld"
    int motive = 5;             // 1–5 (DOMAIN.md section 2)
    qint64 authorisedHours = 0; // hundredths of an hour (the API's "10000.00" is 1000000)
    int authorisedHeadcount = 0;
    QString secretCode;  // 10 characters, to check the code a clerk types for a claim
    QDateTime decidedAt; // UTC

    friend bool operator==(const Decision &, const Decision &) = default;
};

// A claim (DI) as the ASP holds it: the latest version of one month of one decision, where its
// instruction stands and what it has been through (GET /api/v1/establishments/{siret}/claims).
struct SentClaim {
    // The ASP's status codes (DOMAIN.md section 2).
    enum Status {
        Waiting = 19,
        InInstruction = 20,
        Validated = 9,
        PaymentRequested = 10,
        Paid = 11,
        Rejected = 17,
        Withdrawn = 26,
    };
    struct StatusChange {
        QDateTime at; // UTC
        int status = Waiting;
        QString label;
        QString reason;

        friend bool operator==(const StatusChange &, const StatusChange &) = default;
    };

    QString number; // "DI-73282932000074-0001"
    int version = 1;
    QString siret;
    QString decisionNumber;
    QString month; // "YYYY-MM"
    int status = Waiting;
    QString statusLabel; // "En attente de validation"…
    QString reason;      // why it was rejected
    int employees = 0;
    qint64 hours = 0;           // hundredths of an hour
    qint64 indemnityCents = 0;
    qint64 allocationCents = 0;
    qint64 paidCents = -1; // once paid; -1 before
    QDateTime receivedAt;
    QDateTime statusChangedAt;
    QList<StatusChange> history;

    friend bool operator==(const SentClaim &, const SentClaim &) = default;
};

// A request for prior authorisation (DAP): the terms asked for, and what the administration
// decided (GET /api/v1/establishments/{siret}/authorisation-requests).
struct AuthorisationRequest {
    qint64 id = 0; // 0 for a request not sent yet
    QDate periodStart;
    QDate periodEnd;
    int form = 1;   // 1/2 réduction (tout/partie), 3/4 fermeture (tout/partie)
    QString scheme; // "common" or "apld"
    int motive = 1; // 1–5 (DOMAIN.md section 2)
    qint64 hours = 0; // hundredths of an hour asked for
    int employees = 0;
    QString state; // "submitted", "accepted", "refused"
    QDateTime submittedAt;
    QDateTime decidedAt;
    QString decisionNumber; // accepted
    QString reason;         // refused

    friend bool operator==(const AuthorisationRequest &, const AuthorisationRequest &) = default;
};

} // namespace apdesk::client
