// GET /api/v1/establishments/{siret}/decisions: the establishment's decisions (autorisations);
// POST /sim/decisions (admin): grant one, for tests and demos.
#include "apierror.h"
#include "decisionform.h"
#include "decisiongrant.h"
#include "establishmentaccess.h"
#include "jsoninput.h"
#include "router.h"
#include "routes.h"
#include "servicecontext.h"

#include "sqlite/database.h"
#include "sqlite/transaction.h"

#include <QJsonArray>

namespace apdesk::aspsim {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(DecisionRoutes)
};

// The secret codes are part of the answer: the notification mail carries them too, and the
// program checks the code a clerk types for a claim against its copy, also offline.
HttpReply list(ServiceContext &ctx, const HttpRequest &request, const QString &siret) {
    const EstablishmentAccess a = EstablishmentAccess::check(ctx, request, siret);
    if (!a.establishment) {
        return a.failure;
    }
    QJsonArray items;
    for (const Decision &d : ctx.decisions.ofSiret(siret)) {
        items.append(d.toJson());
    }
    return HttpReply::json(200, {{QStringLiteral("decisions"), items}});
}

HttpReply create(ServiceContext &ctx, const HttpRequest &request) {
    HttpReply failure;
    auto input = JsonInput::parse(request, &failure);
    if (!input) {
        return failure;
    }
    DecisionForm form = DecisionForm::read(*input);
    if (input->hasTypeErrors()) {
        return input->typeErrorReply();
    }
    if (!form.decision.number.isEmpty()) {
        // The seed may name its decisions; this route numbers them itself.
        const QString message = Text::tr("Le service numérote lui-même les décisions : retirez "
                                         "ce champ.");
        return apierror::reply(400, QStringLiteral("invalid_fields"), message,
                               {{QStringLiteral("number"), message}});
    }
    if (!form.isValid()) {
        return form.errorReply();
    }
    const auto establishment = ctx.establishments.bySiret(form.decision.siret);
    if (!establishment) {
        const QString message = Text::tr("Aucun établissement n'a le SIRET %1 sur le service.")
                                    .arg(form.decision.siret);
        return apierror::reply(404, QStringLiteral("unknown_establishment"), message,
                               {{QStringLiteral("siret"), message}});
    }
    sqlite::Transaction transaction(ctx.db->connection());
    if (!transaction.isActive()) {
        return ServiceContext::internalError();
    }
    const auto granted = decisiongrant::grant(ctx, form.decision, *establishment);
    if (!granted || !transaction.commit().isOk()) {
        return ServiceContext::internalError();
    }
    return HttpReply::json(201, granted->toJson());
}

} // namespace

void installDecisionRoutes(Router &router, ServiceContext &ctx) {
    router.addSync(
        "GET", QStringLiteral("/api/v1/establishments/{siret}/decisions"),
        [&ctx](const HttpRequest &r, const Router::Params &p) { return list(ctx, r, p.value(0)); });
}

void installDecisionAdminRoutes(Router &router, ServiceContext &ctx) {
    router.addSync("POST", QStringLiteral("/sim/decisions"),
                   [&ctx](const HttpRequest &r, const Router::Params &) { return create(ctx, r); });
}

} // namespace apdesk::aspsim
