#pragma once

#include <QJsonObject>
#include <QString>

namespace apdesk::aspsim {

// The "fiche établissement" as the service keeps it.
struct Establishment {
    QString siret;
    QString name;
    QString street;
    QString streetComplement;
    QString postalCode;
    QString city;
    QString email;
    QString phone;
    QString contactLastName;
    QString contactFirstName;
    QString contactEmail;
    QString contactPhone;
    qint64 principalUserId = 0;

    // {siret, name, street, ..., contact:{lastName, firstName, email, phone}} as the API shows it.
    QJsonObject toJson() const;
    // The same shape as toJson() (and as the account request's "establishment" and "contact").
    static Establishment fromJson(const QString &siret, const QJsonObject &establishment,
                                  const QJsonObject &contact);
};

} // namespace apdesk::aspsim
