#include "decisionsync.h"

#include "client/aspclient.h"
#include "store/decisioncacherepository.h"
#include "store/store.h"

namespace apdesk::ui {

store::CachedDecision cachedDecisionOf(const client::Decision &decision) {
    store::CachedDecision cached;
    cached.number = decision.number;
    cached.siret = decision.siret;
    cached.periodStart = decision.periodStart;
    cached.periodEnd = decision.periodEnd;
    cached.form = decision.form;
    cached.scheme = decision.scheme;
    cached.authorisedHours = domain::Hours::fromHundredths(decision.authorisedHours);
    cached.authorisedHeadcount = decision.authorisedHeadcount;
    cached.secretCode = decision.secretCode;
    return cached;
}

void refreshCachedDecisions(client::AspClient &client, const store::Store &store,
                            const QString &siret, QObject *context,
                            std::function<void(const QString &error)> done) {
    client.fetchDecisions(
        siret,
        client::within(context, [&store, done = std::move(done)](
                                    const client::Outcome<QList<client::Decision>> &outcome) {
            if (!outcome.isOk()) {
                done(outcome.error().message);
                return;
            }
            for (const client::Decision &decision : outcome.value()) {
                if (const auto put = store.decisionCache().put(cachedDecisionOf(decision)); !put) {
                    done(put.error().message);
                    return;
                }
            }
            done({});
        }));
}

} // namespace apdesk::ui
