#include "establishment.h"

namespace apdesk::aspsim {

QJsonObject Establishment::toJson() const {
    return {
        {QStringLiteral("siret"), siret},
        {QStringLiteral("name"), name},
        {QStringLiteral("street"), street},
        {QStringLiteral("streetComplement"), streetComplement},
        {QStringLiteral("postalCode"), postalCode},
        {QStringLiteral("city"), city},
        {QStringLiteral("email"), email},
        {QStringLiteral("phone"), phone},
        {QStringLiteral("contact"), QJsonObject{{QStringLiteral("lastName"), contactLastName},
                                                {QStringLiteral("firstName"), contactFirstName},
                                                {QStringLiteral("email"), contactEmail},
                                                {QStringLiteral("phone"), contactPhone}}},
    };
}

Establishment Establishment::fromJson(const QString &siret, const QJsonObject &establishment,
                                      const QJsonObject &contact) {
    auto text = [](const QJsonObject &object, const char *name) {
        return object.value(QLatin1String(name)).toString().trimmed();
    };
    Establishment e;
    e.siret = siret;
    e.name = text(establishment, "name");
    e.street = text(establishment, "street");
    e.streetComplement = text(establishment, "streetComplement");
    e.postalCode = text(establishment, "postalCode");
    e.city = text(establishment, "city");
    e.email = text(establishment, "email");
    e.phone = text(establishment, "phone");
    e.contactLastName = text(contact, "lastName");
    e.contactFirstName = text(contact, "firstName");
    e.contactEmail = text(contact, "email");
    e.contactPhone = text(contact, "phone");
    return e;
}

} // namespace apdesk::aspsim
