#pragma once

namespace apdesk::aspsim {

class Router;
class ServiceContext;

// Each family of routes installs its handlers on the router; the handlers keep a reference to the
// context, which outlives the router (both belong to the service).
void installSpaceRoutes(Router &router, ServiceContext &ctx);
void installSessionRoutes(Router &router, ServiceContext &ctx);
void installRecoveryRoutes(Router &router, ServiceContext &ctx);
void installEstablishmentRoutes(Router &router, ServiceContext &ctx);
void installDecisionRoutes(Router &router, ServiceContext &ctx);
void installAdminRoutes(Router &router, ServiceContext &ctx);
// POST /sim/decisions: with the admin routes only.
void installDecisionAdminRoutes(Router &router, ServiceContext &ctx);
// The claims (DI) received and their instruction; the admin routes that move one along.
void installClaimRoutes(Router &router, ServiceContext &ctx);
void installClaimAdminRoutes(Router &router, ServiceContext &ctx);
// Requests for prior authorisation (DAP); the admin route that decides one now.
void installAuthorisationRoutes(Router &router, ServiceContext &ctx);
void installAuthorisationAdminRoutes(Router &router, ServiceContext &ctx);
void installDocumentRoutes(Router &router, ServiceContext &ctx);

} // namespace apdesk::aspsim
