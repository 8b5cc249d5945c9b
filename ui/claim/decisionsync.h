#pragma once

#include "store/records.h"

#include <QString>

#include <functional>

class QObject;

namespace apdesk::client {
class AspClient;
struct Decision;
} // namespace apdesk::client
namespace apdesk::store {
class Store;
}

namespace apdesk::ui {

// The decision as this computer keeps it for offline work (with its secret code).
store::CachedDecision cachedDecisionOf(const client::Decision &decision);

// Fetches the establishment's decisions from the service and keeps them in the store, then
// calls `done` (on `context`'s thread, never after `context` is gone) with an empty string, or
// the French reason they could not be fetched — the decisions cached earlier stay usable.
void refreshCachedDecisions(client::AspClient &client, const store::Store &store,
                            const QString &siret, QObject *context,
                            std::function<void(const QString &error)> done);

} // namespace apdesk::ui
