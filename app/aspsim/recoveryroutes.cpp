// GET /api/v1/challenges, POST /api/v1/password-resets[/{id}/answer],
// POST /api/v1/identifier-recoveries[/{id}/answer]: lost password and lost identifiant.
#include "apierror.h"
#include "credentialcheck.h"
#include "domain/secretquestions.h"
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

// The arithmetic operation of a start, checked and used up; the 422 reply when it is wrong.
std::optional<HttpReply> challengeFailure(ServiceContext &ctx, JsonInput &input) {
    const QString challengeId = input.text(QStringLiteral("challengeId"));
    const auto result = input.integer(QStringLiteral("challengeResult"));
    if (input.hasTypeErrors())
        return input.typeErrorReply();
    if (!input.missing().isEmpty())
        return missingReply(input);
    if (!ctx.challenges.take(challengeId, QString::number(*result), ctx.now())) {
        const QString message = Text::tr("Le résultat de l'opération est incorrect, ou "
                                         "l'opération a expiré : essayez avec une nouvelle.");
        return apierror::reply(422, QStringLiteral("challenge_mismatch"), message,
                               {{QStringLiteral("challengeResult"), message}});
    }
    return std::nullopt;
}

// The limits of the starts (issue 17), each over 15 minutes of service time: the lock that
// wrong passwords and wrong secret answers set on the account, 5 starts per account and per
// identifier or address typed, ServiceConfig::maxRecoveryStarts in all. Counts this start when it
// is let through.
std::optional<HttpReply> limitFailure(ServiceContext &ctx, const QStringList &keys) {
    const qint64 now = ctx.now();
    const qint64 since = now - resetWindowSecs;
    for (const QString &key : keys) {
        const auto throttle = ctx.users.throttle(key, now);
        if (throttle.lockedUntil > now)
            return CredentialCheck::locked(throttle.lockedUntil, now);
    }
    const auto tooMany = [](const QString &error, const QString &message) {
        HttpReply reply = apierror::reply(429, error, message);
        reply.headers.append({"Retry-After", QByteArray::number(resetWindowSecs)});
        return reply;
    };
    for (const QString &key : keys) {
        if (ctx.users.resetStartsSince(key, since) >= maxResetsPerWindow)
            return tooMany(QStringLiteral("too_many_resets"),
                           Text::tr("Trop de demandes pour ce compte : réessayez dans 15 "
                                    "minutes."));
    }
    if (ctx.users.allResetStartsSince(since) >= ctx.config.maxRecoveryStarts)
        return tooMany(QStringLiteral("too_many_requests"),
                       Text::tr("Le service reçoit trop de demandes de ce type : réessayez dans "
                                "15 minutes."));
    for (const QString &key : keys)
        ctx.users.addResetStart(key, now, since);
    return std::nullopt;
}

// The secret question step: the account's own question, or — for an account that does not
// exist — a question of the list, always the same for the same key during a run.
HttpReply questionStep(ServiceContext &ctx, QHash<QString, ServiceContext::PendingAnswer> &pending,
                       const std::optional<User> &user, const QString &throttleKey,
                       const QString &idName) {
    if (user && (!user->firstLoginDone || user->mustSetSecret()))
        return apierror::reply(409, QStringLiteral("secrets_not_set"), secretsNotSetMessage());
    QString question;
    if (user) {
        question = user->secretQuestion;
    } else {
        const QStringList questions = domain::secretQuestions();
        question =
            questions.at(qsizetype(qHash(throttleKey, ctx.decoySeed) % size_t(questions.size())));
    }
    const QString id = QString::fromLatin1(secrets::newToken());
    pending.insert(id, {user ? user->id : 0, throttleKey, ctx.now() + answerWindowSecs});
    return HttpReply::json(200, {{idName, id}, {QStringLiteral("secretQuestion"), question}});
}

HttpReply startReset(ServiceContext &ctx, const HttpRequest &request) {
    HttpReply failure;
    auto input = JsonInput::parse(request, &failure);
    if (!input) {
        return failure;
    }
    const QString identifier = input->text(QStringLiteral("identifier"));
    if (const auto wrong = challengeFailure(ctx, *input))
        return *wrong;
    const QString key = UserStore::throttleKeyOf(identifier);
    if (const auto limited = limitFailure(ctx, {key}))
        return *limited;
    return questionStep(ctx, ctx.resets, ctx.users.byIdentifier(identifier), key,
                        QStringLiteral("resetId"));
}

HttpReply startRecovery(ServiceContext &ctx, const HttpRequest &request) {
    HttpReply failure;
    auto input = JsonInput::parse(request, &failure);
    if (!input) {
        return failure;
    }
    const QString email = input->text(QStringLiteral("email"));
    if (const auto wrong = challengeFailure(ctx, *input))
        return *wrong;
    // Counted per address typed and, when it is an account's, per account (its identifier's
    // key, shared with its logins and password resets).
    const auto user = ctx.users.byEmail(email);
    const QString addressKey =
        UserStore::throttleKeyOf(QStringLiteral("email:") + email.toCaseFolded());
    QStringList keys{addressKey};
    if (user)
        keys.prepend(UserStore::throttleKeyOf(user->identifier));
    if (const auto limited = limitFailure(ctx, keys))
        return *limited;
    return questionStep(ctx, ctx.recoveries, user, keys.first(), QStringLiteral("recoveryId"));
}

const QByteArray &dummyAnswerHash() {
    static const QByteArray hash = secrets::hashAnswer(QStringLiteral("pas de tel compte"));
    return hash;
}

// The answer to the secret question, for a reset (isReset) or a recovery. The pending entry is
// used up whatever the answer: a wrong one means starting again, and counts toward the lock of
// the account (or of what was typed) as a wrong password does.
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
    if (entry.throttleKey.isEmpty() || entry.expiresAt <= ctx.now()) {
        return QtFuture::makeReadyFuture(apierror::reply(
            404, QStringLiteral("unknown_request"),
            Text::tr("Cette demande est inconnue ou a expiré : recommencez depuis le début.")));
    }
    const auto throttle = ctx.users.throttle(entry.throttleKey, ctx.now());
    if (throttle.lockedUntil > ctx.now())
        return QtFuture::makeReadyFuture(CredentialCheck::locked(throttle.lockedUntil, ctx.now()));
    const auto user = entry.userId > 0 ? ctx.users.byId(entry.userId) : std::nullopt;
    // An account that does not exist has its answer checked too (against a dummy hash), so
    // that the time taken does not tell either.
    const QByteArray hash = user ? user->secretAnswerHash : dummyAnswerHash();
    const bool exists = user.has_value();
    ServiceContext *context = &ctx;
    return QtConcurrent::run(&ctx.pool,
                             [hash, given, exists] {
                                 std::optional<std::pair<QString, QByteArray>> fresh;
                                 if (secrets::verifyAnswer(hash, given) && exists) {
                                     const QString password = secrets::temporaryPassword();
                                     fresh =
                                         std::make_pair(password, secrets::hashPassword(password));
                                 }
                                 return fresh;
                             })
        .then(ctx.owner, [context, user, key = entry.throttleKey,
                          isReset](const std::optional<std::pair<QString, QByteArray>> &fresh) {
            ServiceContext &ctx = *context;
            if (!fresh || !user) {
                if (CredentialCheck::countFailure(ctx, key) == 0)
                    return CredentialCheck::locked(ctx.now() + ServiceContext::lockSecs, ctx.now());
                const QString message =
                    isReset ? Text::tr("Cette réponse est incorrecte. Nous ne pouvons pas vous "
                                       "envoyer un nouveau mot de passe.")
                            : Text::tr("Cette réponse est incorrecte. Nous ne pouvons pas vous "
                                       "envoyer votre identifiant.");
                return apierror::reply(422, QStringLiteral("wrong_secret_answer"), message);
            }
            bool ok = true;
            if (isReset) {
                ok = ctx.users.setPassword(user->id, fresh->second, true) &&
                     ctx.users.removeSessionsOf(user->id) &&
                     ctx.mailbox.send(Mails::resetPassword(*user, fresh->first), ctx.now());
                ctx.users.setThrottle(key, {}, ctx.now());
            } else {
                ok = ctx.mailbox.send(Mails::recoveredIdentifier(*user), ctx.now());
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
