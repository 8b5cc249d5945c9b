// POST /api/v1/sessions, DELETE /api/v1/sessions/current, POST /api/v1/password,
// POST /api/v1/secret: logging in and out, the first login (DOMAIN.md section 1).
#include "apierror.h"
#include "credentialcheck.h"
#include "jsoninput.h"
#include "router.h"
#include "routes.h"
#include "secrets.h"
#include "servicecontext.h"

#include "domain/passwordpolicy.h"

#include <QJsonArray>
#include <QtConcurrent>

namespace apdesk::aspsim {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(SessionRoutes)
};

HttpReply missing(const JsonInput &input) {
    QList<FieldError> fields;
    for (const QString &name : input.missing()) {
        fields.append({name, Text::tr("Ce champ est obligatoire.")});
    }
    return apierror::reply(400, QStringLiteral("missing_fields"),
                           Text::tr("Tous les champs obligatoires (marqués d'un *) ne sont pas "
                                    "renseignés."),
                           fields);
}

QFuture<HttpReply> login(ServiceContext &ctx, const HttpRequest &request) {
    HttpReply failure;
    auto input = JsonInput::parse(request, &failure);
    if (!input) {
        return QtFuture::makeReadyFuture(failure);
    }
    const QString identifier = input->text(QStringLiteral("identifier"));
    const QString password = input->secret(QStringLiteral("password"));
    if (input->hasTypeErrors()) {
        return QtFuture::makeReadyFuture(input->typeErrorReply());
    }
    if (!input->missing().isEmpty()) {
        return QtFuture::makeReadyFuture(missing(*input));
    }
    ServiceContext *context = &ctx;
    return CredentialCheck::check(ctx, identifier, password)
        .then([context](const CredentialCheck::Outcome &outcome) {
            if (!outcome) {
                return outcome.error();
            }
            const User &user = *outcome;
            const QByteArray token = secrets::newToken();
            if (!context->users.addSession(secrets::tokenHash(token), user.id, context->now())) {
                return ServiceContext::internalError();
            }
            return HttpReply::json(
                200, {{QStringLiteral("token"), QString::fromLatin1(token)},
                      {QStringLiteral("mustChangePassword"), user.mustChangePassword},
                      {QStringLiteral("mustSetSecret"), user.mustSetSecret()},
                      {QStringLiteral("user"),
                       QJsonObject{{QStringLiteral("firstName"), user.firstName},
                                   {QStringLiteral("lastName"), user.lastName},
                                   {QStringLiteral("displayName"), user.displayName()}}}});
        });
}

HttpReply logout(ServiceContext &ctx, const HttpRequest &request) {
    const auto auth = ctx.authenticate(request, true);
    if (!auth.user) {
        return auth.failure;
    }
    if (!ctx.users.removeSession(auth.tokenHash)) {
        return ServiceContext::internalError();
    }
    return HttpReply::noContent();
}

QFuture<HttpReply> changePassword(ServiceContext &ctx, const HttpRequest &request) {
    HttpReply failure;
    auto input = JsonInput::parse(request, &failure);
    if (!input) {
        return QtFuture::makeReadyFuture(failure);
    }
    const QString identifier = input->text(QStringLiteral("identifier"));
    const QString current = input->secret(QStringLiteral("currentPassword"));
    const QString next = input->secret(QStringLiteral("newPassword"));
    if (input->hasTypeErrors()) {
        return QtFuture::makeReadyFuture(input->typeErrorReply());
    }
    if (!input->missing().isEmpty()) {
        return QtFuture::makeReadyFuture(missing(*input));
    }
    const auto unmet = domain::PasswordPolicy::unmetRules(next);
    if (!unmet.isEmpty()) {
        QList<FieldError> fields;
        QJsonArray rules;
        for (const auto rule : unmet) {
            fields.append({QStringLiteral("newPassword"), domain::PasswordPolicy::describe(rule)});
            rules.append(domain::PasswordPolicy::describe(rule));
        }
        return QtFuture::makeReadyFuture(
            apierror::reply(400, QStringLiteral("weak_password"),
                            Text::tr("Le nouveau mot de passe ne respecte pas toutes les règles."),
                            fields, {{QStringLiteral("unmetRules"), rules}}));
    }
    if (next == current) {
        const QString message =
            Text::tr("Le nouveau mot de passe doit être différent du mot de passe actuel.");
        return QtFuture::makeReadyFuture(
            apierror::reply(400, QStringLiteral("same_password"), message,
                            {{QStringLiteral("newPassword"), message}}));
    }
    ServiceContext *context = &ctx;
    return CredentialCheck::check(ctx, identifier, current)
        .then([context, next](const CredentialCheck::Outcome &outcome) {
            if (!outcome) {
                return QtFuture::makeReadyFuture(outcome.error());
            }
            const User user = *outcome;
            return QtConcurrent::run(&context->pool, [next] { return secrets::hashPassword(next); })
                .then(context->owner, [context, user](const QByteArray &hash) {
                    ServiceContext &ctx = *context;
                    bool ok = ctx.users.setPassword(user.id, hash, false);
                    if (ok && !user.mustSetSecret()) {
                        ok = ctx.users.setFirstLoginDone(user.id);
                    }
                    // Back to the login page: every session of the user ends.
                    ok = ok && ctx.users.removeSessionsOf(user.id);
                    return ok ? HttpReply::noContent() : ServiceContext::internalError();
                });
        })
        .unwrap();
}

QFuture<HttpReply> setSecret(ServiceContext &ctx, const HttpRequest &request) {
    const auto auth = ctx.authenticate(request, true);
    if (!auth.user) {
        return QtFuture::makeReadyFuture(auth.failure);
    }
    HttpReply failure;
    auto input = JsonInput::parse(request, &failure);
    if (!input) {
        return QtFuture::makeReadyFuture(failure);
    }
    const QString question = input->text(QStringLiteral("secretQuestion"));
    const QString answer = input->text(QStringLiteral("secretAnswer"));
    if (input->hasTypeErrors()) {
        return QtFuture::makeReadyFuture(input->typeErrorReply());
    }
    if (!input->missing().isEmpty()) {
        return QtFuture::makeReadyFuture(missing(*input));
    }
    if (!auth.user->mustSetSecret()) {
        return QtFuture::makeReadyFuture(
            apierror::reply(409, QStringLiteral("secret_already_set"),
                            Text::tr("Votre question secrète est déjà renseignée.")));
    }
    ServiceContext *context = &ctx;
    const User user = *auth.user;
    return QtConcurrent::run(&ctx.pool, [answer] { return secrets::hashAnswer(answer); })
        .then(ctx.owner, [context, user, question](const QByteArray &hash) {
            bool ok = context->users.setSecret(user.id, question, hash);
            if (ok && !user.mustChangePassword) {
                ok = context->users.setFirstLoginDone(user.id);
            }
            return ok ? HttpReply::noContent() : ServiceContext::internalError();
        });
}

} // namespace

void installSessionRoutes(Router &router, ServiceContext &ctx) {
    router.add("POST", QStringLiteral("/api/v1/sessions"),
               [&ctx](const HttpRequest &r, const Router::Params &) { return login(ctx, r); });
    router.addSync("DELETE", QStringLiteral("/api/v1/sessions/current"),
                   [&ctx](const HttpRequest &r, const Router::Params &) { return logout(ctx, r); });
    router.add(
        "POST", QStringLiteral("/api/v1/password"),
        [&ctx](const HttpRequest &r, const Router::Params &) { return changePassword(ctx, r); });
    router.add("POST", QStringLiteral("/api/v1/secret"),
               [&ctx](const HttpRequest &r, const Router::Params &) { return setSecret(ctx, r); });
}

} // namespace apdesk::aspsim
