// The /sim routes (only with --admin, or embedded) and GET /api/v1/openapi.json.
#include "accountvalidation.h"
#include "apierror.h"
#include "jsoninput.h"
#include "router.h"
#include "routes.h"
#include "servicecontext.h"

#include <QFile>
#include <QJsonDocument>

namespace apdesk::aspsim {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(AdminRoutes)
};

constexpr qint64 maxClockOffsetSecs = qint64(100) * 366 * 24 * 3600;

QJsonObject clockJson(const ServiceContext &ctx) {
    return {{QStringLiteral("serviceTime"), ctx.clock->now().toString(Qt::ISODate)},
            {QStringLiteral("offsetSeconds"), ctx.clock->offsetSecs()}};
}

HttpReply health(const ServiceContext &ctx) {
    QJsonObject body = clockJson(ctx);
    body.insert(QStringLiteral("status"), QStringLiteral("ok"));
    body.insert(QStringLiteral("online"), ctx.online);
    body.insert(QStringLiteral("validationDelaySeconds"), ctx.config.validationDelaySecs);
    return HttpReply::json(200, body);
}

QFuture<HttpReply> advanceClock(ServiceContext &ctx, const HttpRequest &request) {
    HttpReply failure;
    auto input = JsonInput::parse(request, &failure);
    if (!input) {
        return QtFuture::makeReadyFuture(failure);
    }
    const auto seconds = input->integer(QStringLiteral("advanceSeconds"));
    if (input->hasTypeErrors()) {
        return QtFuture::makeReadyFuture(input->typeErrorReply());
    }
    if (!seconds || *seconds < 0) {
        const QString message = Text::tr("Un nombre de secondes positif ou nul est attendu.");
        return QtFuture::makeReadyFuture(
            apierror::reply(400, QStringLiteral("invalid_fields"), message,
                            {{QStringLiteral("advanceSeconds"), message}}));
    }
    // Bounded so that no number of moves overflows the offset or the dates derived from it.
    if (*seconds > maxClockOffsetSecs - ctx.clock->offsetSecs()) {
        const QString message =
            Text::tr("L'horloge du service ne peut pas avancer de plus de 100 ans en tout.");
        return QtFuture::makeReadyFuture(
            apierror::reply(400, QStringLiteral("invalid_fields"), message,
                            {{QStringLiteral("advanceSeconds"), message}}));
    }
    ctx.clock->advance(*seconds);
    ServiceContext *context = &ctx;
    // Answer once what became due (account validations and their mails) has happened.
    return accountvalidation::processDue(ctx).then(
        [context] { return HttpReply::json(200, clockJson(*context)); });
}

HttpReply captchaAnswer(const ServiceContext &ctx, const QString &id) {
    const auto answer = ctx.captchas.peek(id, ctx.now());
    if (!answer) {
        return apierror::reply(404, QStringLiteral("unknown_captcha"),
                               Text::tr("Aucune image de sécurité en cours sous cet identifiant."));
    }
    return HttpReply::json(200, {{QStringLiteral("id"), id}, {QStringLiteral("answer"), *answer}});
}

HttpReply network(ServiceContext &ctx, const HttpRequest &request) {
    HttpReply failure;
    auto input = JsonInput::parse(request, &failure);
    if (!input) {
        return failure;
    }
    const QJsonValue online =
        QJsonDocument::fromJson(request.body).object().value(QStringLiteral("online"));
    if (!online.isBool()) {
        const QString message = Text::tr("Une valeur true ou false est attendue.");
        return apierror::reply(400, QStringLiteral("invalid_request"), message,
                               {{QStringLiteral("online"), message}});
    }
    ctx.online = online.toBool();
    return HttpReply::json(200, {{QStringLiteral("online"), ctx.online}});
}

} // namespace

void installAdminRoutes(Router &router, ServiceContext &ctx) {
    router.addSync("GET", QStringLiteral("/sim/health"),
                   [&ctx](const HttpRequest &, const Router::Params &) { return health(ctx); });
    router.addSync("GET", QStringLiteral("/sim/clock"),
                   [&ctx](const HttpRequest &, const Router::Params &) {
                       return HttpReply::json(200, clockJson(ctx));
                   });
    router.add(
        "POST", QStringLiteral("/sim/clock"),
        [&ctx](const HttpRequest &r, const Router::Params &) { return advanceClock(ctx, r); });
    router.add(
        "GET", QStringLiteral("/sim/mailbox"),
        [&ctx](const HttpRequest &r, const Router::Params &) {
            const QString to = r.query.queryItemValue(QStringLiteral("to"), QUrl::FullyDecoded);
            ServiceContext *context = &ctx;
            // The mails of validations that just became due are read too.
            return accountvalidation::processDue(ctx).then([context, to] {
                return HttpReply::json(200, {{QStringLiteral("mails"), context->mailbox.list(to)}});
            });
        });
    router.addSync("GET", QStringLiteral("/sim/captcha/latest"),
                   [&ctx](const HttpRequest &, const Router::Params &) {
                       return captchaAnswer(ctx, ctx.captchas.latestId());
                   });
    router.addSync("GET", QStringLiteral("/sim/captcha/{id}"),
                   [&ctx](const HttpRequest &, const Router::Params &p) {
                       return captchaAnswer(ctx, p.value(0));
                   });
    router.addSync(
        "POST", QStringLiteral("/sim/network"),
        [&ctx](const HttpRequest &r, const Router::Params &) { return network(ctx, r); });
}

void installDocumentRoutes(Router &router, ServiceContext &) {
    router.addSync("GET", QStringLiteral("/api/v1/openapi.json"),
                   [](const HttpRequest &, const Router::Params &) {
                       QFile file(QStringLiteral(":/aspsim/openapi.json"));
                       if (!file.open(QIODevice::ReadOnly)) {
                           return ServiceContext::internalError();
                       }
                       return HttpReply::bytes(200, file.readAll(),
                                               "application/json; charset=utf-8");
                   });
}

} // namespace apdesk::aspsim
