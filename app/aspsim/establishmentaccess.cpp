#include "establishmentaccess.h"

#include "apierror.h"
#include "servicecontext.h"

namespace apdesk::aspsim {

HttpReply EstablishmentAccess::notFound() {
    return apierror::reply(404, QStringLiteral("unknown_establishment"),
                           tr("Cet établissement n'est pas rattaché à votre compte."));
}

EstablishmentAccess EstablishmentAccess::check(ServiceContext &ctx, const HttpRequest &request,
                                               const QString &siret) {
    EstablishmentAccess result;
    auto auth = ctx.authenticate(request, false);
    if (!auth.user) {
        result.failure = auth.failure;
        return result;
    }
    result.establishment = ctx.establishments.bySiret(siret);
    if (!result.establishment || !ctx.establishments.isMember(siret, auth.user->id)) {
        result.establishment.reset();
        result.failure = notFound();
        return result;
    }
    result.user = auth.user;
    return result;
}

} // namespace apdesk::aspsim
