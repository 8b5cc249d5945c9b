#pragma once

#include "client/asptypes.h"

namespace apdesk::store {
class Store;
}

namespace apdesk::ui {

// Keeps on this computer the establishments the login gives access to (SIRET, name, département
// from the postal code), so that claims can be prepared for them offline. Establishments already
// known keep what the clerk set locally (sector, a corrected département). Returns how many were
// added.
int rememberEstablishmentsLocally(const store::Store &store,
                                  const QList<client::EstablishmentFile> &fromService);

} // namespace apdesk::ui
