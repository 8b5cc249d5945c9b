#include "accountrequestform.h"

#include "domain/emailaddress.h"
#include "domain/frenchphone.h"
#include "domain/postalcode.h"

namespace apdesk::aspsim {

namespace {

int length(const QString &text) {
    return static_cast<int>(text.toUcs4().size());
}

} // namespace

QString AccountRequestForm::missingFieldsMessage() {
    return tr("Tous les champs obligatoires (marqués d'un *) ne sont pas renseignés.");
}

QString AccountRequestForm::cguMessage() {
    return tr("N'oubliez pas de cocher les conditions générales d'utilisation avant de valider "
              "votre demande.");
}

void AccountRequestForm::require(JsonInput &object, const QString &name, QJsonObject *into,
                                 int maxLength) {
    const qsizetype missingBefore = object.missing().size();
    const QString value = object.text(name);
    into->insert(name, value);
    if (object.missing().size() > missingBefore) {
        m_errors.append({object.fieldName(name), tr("Ce champ est obligatoire.")});
        m_missing = true;
        m_onlyCgu = false;
    } else if (maxLength > 0 && length(value) > maxLength) {
        m_errors.append(
            {object.fieldName(name),
             tr("%1 caractères au plus (%2 saisis).").arg(maxLength).arg(length(value))});
        m_onlyCgu = false;
    }
}

void AccountRequestForm::email(JsonInput &object, QJsonObject *into) {
    require(object, QStringLiteral("email"), into);
    require(object, QStringLiteral("emailConfirmation"), into);
    const QString typed = into->value(QStringLiteral("email")).toString();
    const QString again = into->value(QStringLiteral("emailConfirmation")).toString();
    into->remove(QStringLiteral("emailConfirmation"));
    if (typed.isEmpty()) {
        return;
    }
    const auto parsed = domain::EmailAddress::parse(typed);
    if (!parsed) {
        m_errors.append({object.fieldName(QStringLiteral("email")), parsed.error()});
        m_onlyCgu = false;
        return;
    }
    into->insert(QStringLiteral("email"), parsed->text());
    if (!again.isEmpty() && again != typed) {
        m_errors.append({object.fieldName(QStringLiteral("emailConfirmation")),
                         tr("Les deux adresses électroniques saisies ne sont pas identiques.")});
        m_onlyCgu = false;
    }
}

void AccountRequestForm::landline(JsonInput &object, QJsonObject *into) {
    require(object, QStringLiteral("phone"), into);
    const QString typed = into->value(QStringLiteral("phone")).toString();
    if (typed.isEmpty()) {
        return;
    }
    const auto parsed = domain::FrenchPhone::parseLandline(typed);
    if (!parsed) {
        m_errors.append({object.fieldName(QStringLiteral("phone")), parsed.error()});
        m_onlyCgu = false;
        return;
    }
    into->insert(QStringLiteral("phone"), parsed->national());
}

AccountRequestForm AccountRequestForm::read(JsonInput &input, bool withSecret, bool withCgu) {
    AccountRequestForm form;
    JsonInput e = input.object(QStringLiteral("establishment"));
    form.require(e, QStringLiteral("name"), &form.establishment, maxName);
    form.require(e, QStringLiteral("street"), &form.establishment, maxStreet);
    const QString complement = e.text(QStringLiteral("streetComplement"));
    form.establishment.insert(QStringLiteral("streetComplement"), complement);
    if (length(complement) > maxStreetComplement) {
        form.m_errors.append({e.fieldName(QStringLiteral("streetComplement")),
                              tr("%1 caractères au plus (%2 saisis).")
                                  .arg(maxStreetComplement)
                                  .arg(length(complement))});
        form.m_onlyCgu = false;
    }
    form.require(e, QStringLiteral("postalCode"), &form.establishment);
    const QString postal = form.establishment.value(QStringLiteral("postalCode")).toString();
    if (!postal.isEmpty()) {
        const auto parsed = domain::PostalCode::parse(postal);
        if (parsed) {
            form.establishment.insert(QStringLiteral("postalCode"), parsed->text());
        } else {
            form.m_errors.append({e.fieldName(QStringLiteral("postalCode")), parsed.error()});
            form.m_onlyCgu = false;
        }
    }
    form.require(e, QStringLiteral("city"), &form.establishment, maxName);
    form.email(e, &form.establishment);
    form.landline(e, &form.establishment);

    JsonInput c = input.object(QStringLiteral("contact"));
    form.require(c, QStringLiteral("lastName"), &form.contact, maxName);
    form.require(c, QStringLiteral("firstName"), &form.contact, maxName);
    form.email(c, &form.contact);
    form.landline(c, &form.contact);
    input.absorb(e);
    input.absorb(c);

    if (withSecret) {
        QJsonObject secret;
        form.require(input, QStringLiteral("secretQuestion"), &secret, 200);
        form.require(input, QStringLiteral("secretAnswer"), &secret, 200);
        form.secretQuestion = secret.value(QStringLiteral("secretQuestion")).toString();
        form.secretAnswer = secret.value(QStringLiteral("secretAnswer")).toString();
    }
    if (withCgu && !input.flag(QStringLiteral("cguAccepted"))) {
        form.m_errors.append({QStringLiteral("cguAccepted"), cguMessage()});
    }
    return form;
}

HttpReply AccountRequestForm::errorReply() const {
    if (m_missing) {
        return apierror::reply(400, QStringLiteral("missing_fields"), missingFieldsMessage(),
                               m_errors);
    }
    if (!m_onlyCgu) {
        return apierror::reply(400, QStringLiteral("invalid_fields"),
                               tr("Certains champs sont incorrects : voyez le message de chacun."),
                               m_errors);
    }
    return apierror::reply(400, QStringLiteral("cgu_not_accepted"), cguMessage(), m_errors);
}

} // namespace apdesk::aspsim
