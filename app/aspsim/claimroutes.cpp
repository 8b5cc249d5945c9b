// The claims (DI) of an establishment:
//   POST /api/v1/establishments/{siret}/claims                       send one (claimreception)
//   GET  /api/v1/establishments/{siret}/claims                       their latest versions
//   GET  /api/v1/establishments/{siret}/claims/{number}              one, with its history
//   POST /api/v1/establishments/{siret}/claims/{number}/withdrawal   withdraw it (Retirée)
// and, with the admin routes, POST /sim/claims/{number}/advance and /sim/claims/{number}/rejection
// to move one along for tests and demos.
#include "apierror.h"
#include "claiminstruction.h"
#include "claimreception.h"
#include "establishmentaccess.h"
#include "jsoninput.h"
#include "router.h"
#include "routes.h"
#include "servicecontext.h"

#include <QJsonArray>

namespace apdesk::aspsim {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ClaimRoutes)
};

HttpReply unknownClaim(const QString &number) {
    return apierror::reply(
        404, QStringLiteral("unknown_claim"),
        Text::tr("Aucune demande d'indemnisation n'a le numéro %1.").arg(number));
}

HttpReply send(ServiceContext &ctx, const HttpRequest &request, const QString &siret) {
    const EstablishmentAccess a = EstablishmentAccess::check(ctx, request, siret);
    if (!a.establishment)
        return a.failure;
    return claimreception::receive(ctx, *a.establishment, request);
}

HttpReply list(ServiceContext &ctx, const HttpRequest &request, const QString &siret) {
    const EstablishmentAccess a = EstablishmentAccess::check(ctx, request, siret);
    if (!a.establishment)
        return a.failure;
    QJsonArray items;
    for (const ReceivedClaim &claim : ctx.claims.ofSiret(siret))
        items.append(claim.toJson());
    return HttpReply::json(200, {{QStringLiteral("claims"), items}});
}

// The establishment's claim of this number, or the failure to answer.
std::optional<ReceivedClaim> claimOf(ServiceContext &ctx, const HttpRequest &request,
                                     const QString &siret, const QString &number,
                                     HttpReply *failure) {
    const EstablishmentAccess a = EstablishmentAccess::check(ctx, request, siret);
    if (!a.establishment) {
        *failure = a.failure;
        return std::nullopt;
    }
    const auto claim = ctx.claims.latest(number);
    if (!claim || claim->siret != siret) {
        *failure = unknownClaim(number);
        return std::nullopt;
    }
    return claim;
}

HttpReply show(ServiceContext &ctx, const HttpRequest &request, const Router::Params &p) {
    HttpReply failure;
    const auto claim = claimOf(ctx, request, p.value(0), p.value(1), &failure);
    return claim ? HttpReply::json(200, claim->toJson()) : failure;
}

HttpReply withdraw(ServiceContext &ctx, const HttpRequest &request, const Router::Params &p) {
    HttpReply failure;
    const auto claim = claimOf(ctx, request, p.value(0), p.value(1), &failure);
    return claim ? claiminstruction::withdraw(ctx, *claim) : failure;
}

HttpReply advance(ServiceContext &ctx, const QString &number) {
    const auto claim = ctx.claims.latest(number);
    return claim ? claiminstruction::advance(ctx, *claim) : unknownClaim(number);
}

HttpReply reject(ServiceContext &ctx, const HttpRequest &request, const QString &number) {
    HttpReply failure;
    auto input = JsonInput::parse(request, &failure);
    if (!input)
        return failure;
    const QString reason = input->text(QStringLiteral("reason"));
    if (input->hasTypeErrors())
        return input->typeErrorReply();
    if (reason.isEmpty()) {
        const QString message = Text::tr("Le motif du rejet est attendu.");
        return apierror::reply(400, QStringLiteral("missing_fields"), message,
                               {{QStringLiteral("reason"), message}});
    }
    const auto claim = ctx.claims.latest(number);
    return claim ? claiminstruction::reject(ctx, *claim, reason.left(500)) : unknownClaim(number);
}

} // namespace

void installClaimRoutes(Router &router, ServiceContext &ctx) {
    const QString claims = QStringLiteral("/api/v1/establishments/{siret}/claims");
    router.addSync("POST", claims, [&ctx](const HttpRequest &r, const Router::Params &p) {
        return send(ctx, r, p.value(0));
    });
    router.addSync("GET", claims, [&ctx](const HttpRequest &r, const Router::Params &p) {
        return list(ctx, r, p.value(0));
    });
    router.addSync(
        "GET", claims + QStringLiteral("/{number}"),
        [&ctx](const HttpRequest &r, const Router::Params &p) { return show(ctx, r, p); });
    router.addSync(
        "POST", claims + QStringLiteral("/{number}/withdrawal"),
        [&ctx](const HttpRequest &r, const Router::Params &p) { return withdraw(ctx, r, p); });
}

void installClaimAdminRoutes(Router &router, ServiceContext &ctx) {
    router.addSync(
        "POST", QStringLiteral("/sim/claims/{number}/advance"),
        [&ctx](const HttpRequest &, const Router::Params &p) { return advance(ctx, p.value(0)); });
    router.addSync("POST", QStringLiteral("/sim/claims/{number}/rejection"),
                   [&ctx](const HttpRequest &r, const Router::Params &p) {
                       return reject(ctx, r, p.value(0));
                   });
}

} // namespace apdesk::aspsim
