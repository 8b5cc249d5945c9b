#pragma once

#include "establishment.h"
#include "httpmessage.h"
#include "user.h"

#include <QCoreApplication>

#include <optional>

namespace apdesk::aspsim {

class ServiceContext;

// The establishment named in a route's path, if the logged-in user belongs to it: what every
// /api/v1/establishments/{siret}/… route checks first. An establishment the user does not belong
// to answers exactly as one that does not exist (404 unknown_establishment), so that the routes
// never tell which SIRETs have an account.
struct EstablishmentAccess {
    Q_DECLARE_TR_FUNCTIONS(EstablishmentRoutes)

public:
    std::optional<User> user;
    std::optional<Establishment> establishment;
    HttpReply failure; // 401/403 of the session, or 404 unknown_establishment

    static EstablishmentAccess check(ServiceContext &ctx, const HttpRequest &request,
                                     const QString &siret);
    static HttpReply notFound();
};

} // namespace apdesk::aspsim
