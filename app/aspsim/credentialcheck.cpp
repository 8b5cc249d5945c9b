#include "credentialcheck.h"

#include "apierror.h"
#include "secrets.h"
#include "servicecontext.h"

#include <QDateTime>
#include <QtConcurrent>

namespace apdesk::aspsim {

namespace {

const QByteArray &dummyHash() {
    static const QByteArray hash = secrets::hashPassword(QStringLiteral("no such identifier!1"));
    return hash;
}

} // namespace

HttpReply CredentialCheck::locked(qint64 unlockAt, qint64 now) {
    const qint64 retryAfter = qMax<qint64>(1, unlockAt - now);
    const QDateTime at = QDateTime::fromSecsSinceEpoch(unlockAt, Qt::UTC);
    HttpReply reply = apierror::reply(
        423, QStringLiteral("locked"),
        tr("Votre compte est bloqué après 3 mots de passe erronés successifs. Il sera débloqué "
           "automatiquement dans %n minute(s).",
           nullptr, static_cast<int>((retryAfter + 59) / 60)),
        {},
        {{QStringLiteral("unlockAt"), at.toString(Qt::ISODate)},
         {QStringLiteral("retryAfterSeconds"), retryAfter}});
    reply.headers.append({"Retry-After", QByteArray::number(retryAfter)});
    return reply;
}

int CredentialCheck::countFailure(ServiceContext &ctx, const QString &throttleKey) {
    const qint64 now = ctx.now();
    auto throttle = ctx.users.throttle(throttleKey, now);
    throttle.failures += 1;
    if (throttle.failures >= ServiceContext::maxFailures) {
        ctx.users.setThrottle(throttleKey, {0, now + ServiceContext::lockSecs}, now);
        return 0;
    }
    ctx.users.setThrottle(throttleKey, {throttle.failures, 0}, now);
    return ServiceContext::maxFailures - throttle.failures;
}

QFuture<CredentialCheck::Outcome>
CredentialCheck::check(ServiceContext &ctx, const QString &identifier, const QString &password) {
    const QString key = UserStore::throttleKeyOf(identifier);
    const auto throttle = ctx.users.throttle(key, ctx.now());
    if (throttle.lockedUntil > ctx.now()) {
        return QtFuture::makeReadyFuture(Outcome::fail(locked(throttle.lockedUntil, ctx.now())));
    }
    const std::optional<User> user = ctx.users.byIdentifier(identifier);
    const QByteArray hash = user ? user->passwordHash : QByteArray();
    ServiceContext *context = &ctx;
    return QtConcurrent::run(&ctx.pool,
                             [hash, password] {
                                 if (hash.isEmpty()) {
                                     secrets::verifyPassword(dummyHash(), password);
                                     return false;
                                 }
                                 return secrets::verifyPassword(hash, password);
                             })
        .then(ctx.owner, [context, key, user](bool matches) {
            ServiceContext &ctx = *context;
            const qint64 now = ctx.now();
            // Re-read: a parallel attempt may have locked the identifier meanwhile.
            const auto throttle = ctx.users.throttle(key, now);
            if (throttle.lockedUntil > now) {
                return Outcome::fail(locked(throttle.lockedUntil, now));
            }
            if (matches) {
                ctx.users.setThrottle(key, {}, now);
                return Outcome::ok(*user);
            }
            const int left = countFailure(ctx, key);
            if (left == 0)
                return Outcome::fail(locked(now + ServiceContext::lockSecs, now));
            return Outcome::fail(
                apierror::reply(401, QStringLiteral("bad_credentials"),
                                tr("Identifiant ou mot de passe incorrect. Après %n autre(s) "
                                   "erreur(s), votre compte sera bloqué pendant 30 minutes.",
                                   nullptr, left),
                                {}, {{QStringLiteral("attemptsLeft"), left}}));
        });
}

} // namespace apdesk::aspsim
