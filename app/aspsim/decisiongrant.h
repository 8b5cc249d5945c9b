#pragma once

#include "decision.h"

#include <optional>

namespace apdesk::aspsim {

class ServiceContext;
struct Establishment;

// The simulated ASP's side of an accepted request for authorisation: the decision is recorded
// and its notification ("Notification de décision", with the secret code) mailed to the
// establishment's e-mail address.
namespace decisiongrant {

// Records the decision (numbered and stamped by the store; its secret code drawn when it has
// none) and sends its mail, inside the
// caller's transaction if there is one. The decision as stored; nullopt on a database failure
// (logged), after which the caller's transaction must not commit.
std::optional<Decision> grant(ServiceContext &ctx, const Decision &decision,
                              const Establishment &establishment);

} // namespace decisiongrant

} // namespace apdesk::aspsim
