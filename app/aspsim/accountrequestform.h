#pragma once

#include "apierror.h"
#include "jsoninput.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace apdesk::aspsim {

// The rules of the account request form ("Création de compte d'accès à l'extranet Activité
// Partielle", DOMAIN.md section 1), checked again by the service whatever the client checked:
// mandatory fields, 28/38-character address lines, postal code, e-mails typed twice and
// identical, landlines, the terms box. Also used for the fiche établissement (PATCH).
class AccountRequestForm final {
    Q_DECLARE_TR_FUNCTIONS(AccountRequestForm)

public:
    static constexpr int maxStreet = 28;
    static constexpr int maxStreetComplement = 38;
    static constexpr int maxName = 100;

    // The verbatim messages of the extranet.
    static QString missingFieldsMessage();
    static QString cguMessage();

    // Reads and checks {establishment, contact, secretQuestion, secretAnswer, cguAccepted}.
    // withSecret and withCgu say whether those parts belong to the form (not in the fiche).
    static AccountRequestForm read(JsonInput &input, bool withSecret, bool withCgu);

    bool isValid() const { return m_errors.isEmpty(); }
    // 400 with every field error at once: missing_fields (verbatim message) when a mandatory field
    // is empty, else invalid_fields, else cgu_not_accepted (verbatim message).
    HttpReply errorReply() const;

    // The cleaned values: establishment and contact objects (e-mails as parsed, phones in national
    // format), the secret question; the secret answer is returned apart, never stored in clear.
    QJsonObject establishment;
    QJsonObject contact;
    QString secretQuestion;
    QString secretAnswer;

private:
    void require(JsonInput &object, const QString &name, QJsonObject *into, int maxLength = 0);
    void email(JsonInput &object, QJsonObject *into);
    void landline(JsonInput &object, QJsonObject *into);

    QList<FieldError> m_errors;
    bool m_missing = false;
    bool m_onlyCgu = true;
};

} // namespace apdesk::aspsim
