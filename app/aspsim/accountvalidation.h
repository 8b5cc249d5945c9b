#pragma once

#include <QFuture>

namespace apdesk::aspsim {

class ServiceContext;

// The simulated ASP's side of an account request: once the validation delay (service time) has
// passed, the login is created (or found: a logged-in user adding a SIRET, an establishment
// already on SYLAé or APEA), the establishment attached to it, and the mails sent — identifiant,
// temporary password and habilitation for a new login; only the habilitation otherwise. With
// ServiceConfig::demoDecisions, the new establishment also gets its demo decision and the mail
// notifying it (decisiongrant).
namespace accountvalidation {

// Validates every request that is due. The temporary passwords are hashed on a worker; the
// future finishes once the users exist and their mails are in the mailbox — those of validations
// started earlier and still running too, so that a route waiting for it sees them all.
QFuture<void> processDue(ServiceContext &ctx);

} // namespace accountvalidation

} // namespace apdesk::aspsim
