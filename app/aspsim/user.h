#pragma once

#include <QByteArray>
#include <QString>

namespace apdesk::aspsim {

// A login of the extranet (an "utilisateur"), as the service's database holds it.
struct User {
    qint64 id = 0;
    QString identifier;
    QByteArray passwordHash;
    bool mustChangePassword = true;
    // Set once the user has changed the temporary password and has a secret question: only then
    // can the password be reset (DOMAIN.md section 1, "secrets not set").
    bool firstLoginDone = false;
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QString secretQuestion;
    QByteArray secretAnswerHash;

    bool mustSetSecret() const { return secretQuestion.isEmpty() || secretAnswerHash.isEmpty(); }
    // "prenom.nom" as the extranet shows it at the top right: lower case, without accents,
    // spaces turned into hyphens.
    QString displayName() const;
};

} // namespace apdesk::aspsim
