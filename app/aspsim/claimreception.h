#pragma once

#include "establishment.h"
#include "httpmessage.h"

namespace apdesk::aspsim {

class ServiceContext;

// The simulated ASP's side of "Envoyer à l'UD": a claim arrives as {idempotencyKey, claim}, the
// claim in the apdesk-claim format the program computes with (docs/claim-json.md).
//
// - The idempotency key makes a sending count once: the same key with the same claim answers
//   the claim recorded the first time (200), however often the sending is retried and even when
//   the first answer was lost; the same key with another claim is refused (409).
// - The service is the authority on the decision: the claim's decision must be one of the
//   establishment's, and its period, form, scheme and contingent are the service's own, as are
//   the hours already used by the decision's other months and today's date.
// - The same engine as the program's (app/domain) checks and computes it; a blocking problem
//   refuses it (422 claim_blocked) with the engine's French messages.
// - One claim per month of a decision: while one is under instruction another is refused (409
//   claim_in_progress); once it is finished (paid, rejected, withdrawn) a new sending becomes its
//   next version, under the same number.
// Accepted: 201 with the claim as recorded (En attente de validation) and an acknowledgement
// mailed to the establishment.
namespace claimreception {

HttpReply receive(ServiceContext &ctx, const Establishment &establishment,
                  const HttpRequest &request);

} // namespace claimreception

} // namespace apdesk::aspsim
