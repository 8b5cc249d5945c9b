#include "localestablishments.h"

#include "domain/postalcode.h"
#include "store/establishmentrepository.h"
#include "store/store.h"

#include <QSet>

namespace apdesk::ui {

int rememberEstablishmentsLocally(const store::Store &store,
                                  const QList<client::EstablishmentFile> &fromService) {
    const auto known = store.establishments().list();
    if (!known)
        return 0;
    QSet<QString> sirets;
    for (const store::Establishment &e : known.value())
        sirets.insert(e.siret);

    int added = 0;
    for (const client::EstablishmentFile &e : fromService) {
        if (e.siret.isEmpty() || sirets.contains(e.siret))
            continue;
        store::Establishment local;
        local.siret = e.siret;
        local.name = e.establishment.name;
        const auto postalCode = domain::PostalCode::parse(e.establishment.postalCode);
        local.departement = postalCode ? postalCode->departement() : QString();
        if (store.establishments().add(local))
            ++added;
    }
    return added;
}

} // namespace apdesk::ui
