#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace apdesk::client {

// The typed bodies of the service's contract v1 (docs/aspsim.md, openapi.json).

struct Captcha {
    QString id;
    QByteArray png; // the picture as sent; QImage::fromData(png) draws it
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

} // namespace apdesk::client
