// Requests for prior authorisation (DAP):
//   POST /api/v1/establishments/{siret}/authorisation-requests   submit one
//   GET  /api/v1/establishments/{siret}/authorisation-requests   the establishment's, latest first
// and, with the admin routes, POST /sim/authorisation-requests/{id}/decision to decide one now.
#include "apierror.h"
#include "authorisationdecisions.h"
#include "decisionform.h"
#include "establishmentaccess.h"
#include "jsoninput.h"
#include "mails.h"
#include "router.h"
#include "routes.h"
#include "servicecontext.h"

#include "sqlite/database.h"
#include "sqlite/transaction.h"

#include <QJsonArray>

namespace apdesk::aspsim {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(AuthorisationRoutes)
};

HttpReply submit(ServiceContext &ctx, const HttpRequest &request, const QString &siret) {
    const EstablishmentAccess a = EstablishmentAccess::check(ctx, request, siret);
    if (!a.establishment)
        return a.failure;
    HttpReply failure;
    auto parsed = JsonInput::parse(request, &failure);
    if (!parsed)
        return failure;
    // The terms asked for are a decision's: read and checked by the same form, the SIRET being
    // the path's; the number and the code are the administration's to give.
    QJsonObject body;
    for (const char *key : {"periodStart", "periodEnd", "form", "scheme", "motive",
                            "authorisedHours", "authorisedHeadcount"}) {
        body.insert(QLatin1String(key), parsed->value(QLatin1String(key)));
    }
    body.insert(QStringLiteral("siret"), a.establishment->siret);
    JsonInput input(body);
    DecisionForm form = DecisionForm::read(input);
    if (input.hasTypeErrors())
        return input.typeErrorReply();
    if (!form.isValid())
        return form.errorReply();
    sqlite::Transaction transaction(ctx.db->connection());
    if (!transaction.isActive())
        return ServiceContext::internalError();
    const auto stored = ctx.authorisations.create(form.decision, ctx.now());
    if (!stored ||
        !ctx.mailbox.send(Mails::authorisationReceived(*a.establishment, *stored), ctx.now()) ||
        !transaction.commit().isOk()) {
        return ServiceContext::internalError();
    }
    return HttpReply::json(201, stored->toJson());
}

HttpReply list(ServiceContext &ctx, const HttpRequest &request, const QString &siret) {
    const EstablishmentAccess a = EstablishmentAccess::check(ctx, request, siret);
    if (!a.establishment)
        return a.failure;
    QJsonArray items;
    for (const AuthorisationRequest &r : ctx.authorisations.ofSiret(siret))
        items.append(r.toJson());
    return HttpReply::json(200, {{QStringLiteral("requests"), items}});
}

HttpReply decide(ServiceContext &ctx, const HttpRequest &request, const QString &id) {
    HttpReply failure;
    auto input = JsonInput::parse(request, &failure);
    if (!input)
        return failure;
    const bool accept = input->flag(QStringLiteral("accept"));
    const QString reason = input->text(QStringLiteral("reason"));
    if (input->hasTypeErrors())
        return input->typeErrorReply();
    if (!accept && reason.isEmpty()) {
        const QString message = Text::tr("Le motif du refus est attendu.");
        return apierror::reply(400, QStringLiteral("missing_fields"), message,
                               {{QStringLiteral("reason"), message}});
    }
    bool ok = false;
    const auto found = ctx.authorisations.byId(id.toLongLong(&ok));
    if (!ok || !found) {
        return apierror::reply(404, QStringLiteral("unknown_request"),
                               Text::tr("Aucune demande d'autorisation n'a le numéro %1.").arg(id));
    }
    return authorisationdecisions::decideNow(ctx, *found, accept, reason.left(500));
}

} // namespace

void installAuthorisationRoutes(Router &router, ServiceContext &ctx) {
    const QString path = QStringLiteral("/api/v1/establishments/{siret}/authorisation-requests");
    router.addSync("POST", path, [&ctx](const HttpRequest &r, const Router::Params &p) {
        return submit(ctx, r, p.value(0));
    });
    router.addSync("GET", path, [&ctx](const HttpRequest &r, const Router::Params &p) {
        return list(ctx, r, p.value(0));
    });
}

void installAuthorisationAdminRoutes(Router &router, ServiceContext &ctx) {
    router.addSync("POST", QStringLiteral("/sim/authorisation-requests/{id}/decision"),
                   [&ctx](const HttpRequest &r, const Router::Params &p) {
                       return decide(ctx, r, p.value(0));
                   });
}

} // namespace apdesk::aspsim
