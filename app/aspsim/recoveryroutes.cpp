// GET /api/v1/challenges, POST /api/v1/password-resets[/{id}/answer],
// POST /api/v1/identifier-recoveries[/{id}/answer]: lost password and lost identifiant.
#include "apierror.h"
#include "jsoninput.h"
#include "mails.h"
#include "router.h"
#include "routes.h"
#include "secrets.h"
#include "servicecontext.h"

#include <QtConcurrent>

namespace apdesk::aspsim {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(RecoveryRoutes)
};

constexpr qint64 answerWindowSecs = 15 * 60;
constexpr qint64 resetWindowSecs = 15 * 60;
constexpr int maxResetsPerWindow = 5;

QString secretsNotSetMessage() {
    return Text::tr("L'ensemble des secrets (question/réponse secrètes) n'étant pas renseigné "
                    "pour votre compte utilisateur, merci de bien vouloir prendre contact avec le "
                    "support spécifique de votre application");
}

HttpReply missingReply(const JsonInput &input) {
    QList<FieldError> fields;
    for (const QString &name : input.missing()) {
        fields.append({name, Text::tr("Ce champ est obligatoire.")});
    }
    return apierror::reply(400, QStringLiteral("missing_fields"),
                           Text::tr("Tous les champs obligatoires (marqués d'un *) ne sont pas "
                                    "renseignés."),
                           fields);
}

HttpReply challenge(ServiceContext &ctx) {
    // Small operations a person solves at a glance: a + b, a - b (never negative), a × b.
    const int kind = static_cast<int>(secrets::uniform(3));
    int a = 1 + static_cast<int>(secrets::uniform(9));
    int b = 1 + static_cast<int>(secrets::uniform(9));
    QString operation;
    int result = 0;
    if (kind == 0) {
        operation = QStringLiteral("%1 + %2").arg(a).arg(b);
        result = a + b;
    } else if (kind == 1) {
        if (b > a) {
            std::swap(a, b);
        }
        operation = QStringLiteral("%1 - %2").arg(a).arg(b);
        result = a - b;
    } else {
        operation = QStringLiteral("%1 × %2").arg(a).arg(b);
        result = a * b;
    }
    const QString id = ctx.challenges.add(QString::number(result), ctx.now());
    return HttpReply::json(200,
                           {{QStringLiteral("id"), id}, {QStringLiteral("operation"), operation}});
}

HttpReply startReset(ServiceContext &ctx, const HttpRequest &request) {
    HttpReply failure;
    auto input = JsonInput::parse(request, &failure);
    if (!input) {
        return failure;
    }
    const QString identifier = input->text(QStringLiteral("identifier"));
    const QString challengeId = input->text(QStringLiteral("challengeId"));
    const auto result = input->integer(QStringLiteral("challengeResult"));
    if (input->hasTypeErrors()) {
        return input->typeErrorReply();
    }
    if (!input->missing().isEmpty()) {
        return missingReply(*input);
    }
    if (!ctx.challenges.take(challengeId, QString::number(*result), ctx.now())) {
        const QString message = Text::tr("Le résultat de l'opération est incorrect, ou "
                                         "l'opération a expiré : essayez avec une nouvelle.");
        return apierror::reply(422, QStringLiteral("challenge_mismatch"), message,
                               {{QStringLiteral("challengeResult"), message}});
    }
    const QString key = UserStore::throttleKeyOf(identifier);
    const qint64 now = ctx.now();
    if (ctx.users.resetStartsSince(key, now - resetWindowSecs) >= maxResetsPerWindow) {
        HttpReply reply = apierror::reply(
            429, QStringLiteral("too_many_resets"),
            Text::tr("Trop de demandes de nouveau mot de passe pour cet identifiant : réessayez "
                     "dans 15 minutes."));
        reply.headers.append({"Retry-After", QByteArray::number(resetWindowSecs)});
        return reply;
    }
    ctx.users.addResetStart(key, now, now - resetWindowSecs);
    const auto user = ctx.users.byIdentifier(identifier);
    if (!user) {
        const QString message = Text::tr("Aucun compte ne correspond à cet identifiant.");
        return apierror::reply(404, QStringLiteral("unknown_identifier"), message,
                               {{QStringLiteral("identifier"), message}});
    }
    if (!user->firstLoginDone || user->mustSetSecret()) {
        return apierror::reply(409, QStringLiteral("secrets_not_set"), secretsNotSetMessage());
    }
    const QString resetId = QString::fromLatin1(secrets::newToken());
    ctx.resets.insert(resetId, {user->id, now + answerWindowSecs});
    return HttpReply::json(200, {{QStringLiteral("resetId"), resetId},
                                 {QStringLiteral("secretQuestion"), user->secretQuestion}});
}

HttpReply startRecovery(ServiceContext &ctx, const HttpRequest &request) {
    HttpReply failure;
    auto input = JsonInput::parse(request, &failure);
    if (!input) {
        return failure;
    }
    const QString email = input->text(QStringLiteral("email"));
    if (input->hasTypeErrors()) {
        return input->typeErrorReply();
    }
    if (!input->missing().isEmpty()) {
        return missingReply(*input);
    }
    const auto user = ctx.users.byEmail(email);
    if (!user) {
        const QString message =
            Text::tr("Aucun compte ne correspond à cette adresse électronique.");
        return apierror::reply(404, QStringLiteral("unknown_email"), message,
                               {{QStringLiteral("email"), message}});
    }
    if (!user->firstLoginDone || user->mustSetSecret()) {
        return apierror::reply(409, QStringLiteral("secrets_not_set"), secretsNotSetMessage());
    }
    const QString recoveryId = QString::fromLatin1(secrets::newToken());
    ctx.recoveries.insert(recoveryId, {user->id, ctx.now() + answerWindowSecs});
    return HttpReply::json(200, {{QStringLiteral("recoveryId"), recoveryId},
                                 {QStringLiteral("secretQuestion"), user->secretQuestion}});
}

// The answer to the secret question, for a reset (isReset) or a recovery. The pending entry is
// used up whatever the answer: a wrong one means starting again.
QFuture<HttpReply> answer(ServiceContext &ctx, const HttpRequest &request, const QString &id,
                          bool isReset) {
    HttpReply failure;
    auto input = JsonInput::parse(request, &failure);
    if (!input) {
        return QtFuture::makeReadyFuture(failure);
    }
    const QString given = input->text(QStringLiteral("secretAnswer"));
    if (input->hasTypeErrors()) {
        return QtFuture::makeReadyFuture(input->typeErrorReply());
    }
    if (!input->missing().isEmpty()) {
        return QtFuture::makeReadyFuture(missingReply(*input));
    }
    auto &pending = isReset ? ctx.resets : ctx.recoveries;
    const auto entry = pending.take(id);
    const auto user = entry.userId > 0 && entry.expiresAt > ctx.now() ? ctx.users.byId(entry.userId)
                                                                      : std::nullopt;
    if (!user) {
        return QtFuture::makeReadyFuture(apierror::reply(
            404, QStringLiteral("unknown_request"),
            Text::tr("Cette demande est inconnue ou a expiré : recommencez depuis le début.")));
    }
    const QByteArray hash = user->secretAnswerHash;
    ServiceContext *context = &ctx;
    return QtConcurrent::run(&ctx.pool,
                             [hash, given] {
                                 std::optional<std::pair<QString, QByteArray>> fresh;
                                 if (secrets::verifyAnswer(hash, given)) {
                                     const QString password = secrets::temporaryPassword();
                                     fresh =
                                         std::make_pair(password, secrets::hashPassword(password));
                                 }
                                 return fresh;
                             })
        .then(ctx.owner, [context, user = *user,
                          isReset](const std::optional<std::pair<QString, QByteArray>> &fresh) {
            ServiceContext &ctx = *context;
            if (!fresh) {
                const QString message =
                    isReset ? Text::tr("Cette réponse est incorrecte. Nous ne pouvons pas vous "
                                       "envoyer un nouveau mot de passe.")
                            : Text::tr("Cette réponse est incorrecte. Nous ne pouvons pas vous "
                                       "envoyer votre identifiant.");
                return apierror::reply(422, QStringLiteral("wrong_secret_answer"), message);
            }
            bool ok = true;
            if (isReset) {
                ok = ctx.users.setPassword(user.id, fresh->second, true) &&
                     ctx.users.removeSessionsOf(user.id) &&
                     ctx.mailbox.send(Mails::resetPassword(user, fresh->first), ctx.now());
            } else {
                ok = ctx.mailbox.send(Mails::recoveredIdentifier(user), ctx.now());
            }
            return ok ? HttpReply::noContent() : ServiceContext::internalError();
        });
}

} // namespace

void installRecoveryRoutes(Router &router, ServiceContext &ctx) {
    router.addSync("GET", QStringLiteral("/api/v1/challenges"),
                   [&ctx](const HttpRequest &, const Router::Params &) { return challenge(ctx); });
    router.addSync(
        "POST", QStringLiteral("/api/v1/password-resets"),
        [&ctx](const HttpRequest &r, const Router::Params &) { return startReset(ctx, r); });
    router.add("POST", QStringLiteral("/api/v1/password-resets/{id}/answer"),
               [&ctx](const HttpRequest &r, const Router::Params &p) {
                   return answer(ctx, r, p.value(0), true);
               });
    router.addSync(
        "POST", QStringLiteral("/api/v1/identifier-recoveries"),
        [&ctx](const HttpRequest &r, const Router::Params &) { return startRecovery(ctx, r); });
    router.add("POST", QStringLiteral("/api/v1/identifier-recoveries/{id}/answer"),
               [&ctx](const HttpRequest &r, const Router::Params &p) {
                   return answer(ctx, r, p.value(0), false);
               });
}

} // namespace apdesk::aspsim
