#include "localestablishments.h"

#include "domain/postalcode.h"
#include "store/establishmentrepository.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace apdesk::ui {

int rememberEstablishmentsLocally(const store::Store &store, const QJsonArray &fromService) {
    const auto known = store.establishments().list();
    if (!known)
        return 0;
    QSet<QString> sirets;
    for (const store::Establishment &e : known.value())
        sirets.insert(e.siret);

    int added = 0;
    for (const QJsonValue &value : fromService) {
        const QJsonObject e = value.toObject();
        const QString siret = e.value(QStringLiteral("siret")).toString();
        if (siret.isEmpty() || sirets.contains(siret))
            continue;
        store::Establishment local;
        local.siret = siret;
        local.name = e.value(QStringLiteral("name")).toString();
        const auto postalCode =
            domain::PostalCode::parse(e.value(QStringLiteral("postalCode")).toString());
        local.departement = postalCode ? postalCode->departement() : QString();
        if (store.establishments().add(local))
            ++added;
    }
    return added;
}

} // namespace apdesk::ui
