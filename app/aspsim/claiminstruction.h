#pragma once

#include "httpmessage.h"
#include "receivedclaim.h"

namespace apdesk::aspsim {

class ServiceContext;

// The simulated ASP's instruction of the claims it received: each step of
// En attente de validation → En cours d'instruction → Validée → Paiement demandé →
// Paiement effectué comes ServiceConfig::claimStepSecs of service time after the previous one
// (handled lazily, when a request comes, as account validations are), or at once through the
// admin routes; the payment is the version's allocation less what its earlier versions were
// paid. A rejection (with its reason) is possible until the claim is validated, a withdrawal by
// the establishment while it waits for validation. Each change is mailed to the establishment.
namespace claiminstruction {

// Every step that became due, in the order they fell due.
void processDue(ServiceContext &ctx);

// The claim's next step now (admin): 200 with the claim, 409 when its instruction has ended.
HttpReply advance(ServiceContext &ctx, const ReceivedClaim &claim);
// DI rejetée with its reason (admin): 409 once validated.
HttpReply reject(ServiceContext &ctx, const ReceivedClaim &claim, const QString &reason);
// Retirée, at the establishment's request: 409 once its instruction has begun.
HttpReply withdraw(ServiceContext &ctx, const ReceivedClaim &claim);

} // namespace claiminstruction

} // namespace apdesk::aspsim
