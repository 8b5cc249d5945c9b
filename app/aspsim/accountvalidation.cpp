#include "accountvalidation.h"

#include "decisiongrant.h"
#include "establishment.h"
#include "mails.h"
#include "secrets.h"
#include "servicecontext.h"

#include "sqlite/database.h"
#include "sqlite/transaction.h"

#include <QtConcurrent>
#include <QtDebug>

namespace apdesk::aspsim::accountvalidation {

namespace {

struct Credentials {
    QString password;
    QByteArray hash;
};

QString contactEmail(const EstablishmentStore::Request &request) {
    return request.payload.value(QStringLiteral("contact"))
        .toObject()
        .value(QStringLiteral("email"))
        .toString();
}

// The login the request attaches to when it does not create one.
std::optional<User> existingLogin(ServiceContext &ctx, const EstablishmentStore::Request &r) {
    if (r.userId > 0) {
        return ctx.users.byId(r.userId);
    }
    if (const auto other = ctx.establishments.otherExtranetUser(r.siret)) {
        return ctx.users.byId(*other);
    }
    return ctx.users.byEmail(contactEmail(r));
}

bool complete(ServiceContext &ctx, const EstablishmentStore::Request &r,
              const std::optional<Credentials> &credentials) {
    sqlite::Transaction transaction(ctx.db->connection());
    if (!transaction.isActive()) {
        return false;
    }
    const qint64 now = ctx.now();
    const QJsonObject contact = r.payload.value(QStringLiteral("contact")).toObject();
    std::optional<User> user = existingLogin(ctx, r);
    const bool newLogin = !user.has_value();
    if (newLogin) {
        if (!credentials) {
            return false;
        }
        User created;
        created.identifier = ctx.users.newIdentifier();
        created.passwordHash = credentials->hash;
        created.mustChangePassword = true;
        created.firstLoginDone = false;
        created.firstName = contact.value(QStringLiteral("firstName")).toString();
        created.lastName = contact.value(QStringLiteral("lastName")).toString();
        created.email = contact.value(QStringLiteral("email")).toString();
        created.phone = contact.value(QStringLiteral("phone")).toString();
        created.secretQuestion = r.payload.value(QStringLiteral("secretQuestion")).toString();
        created.secretAnswerHash = r.secretAnswerHash;
        const auto id = ctx.users.create(created, now);
        if (!id) {
            return false;
        }
        created.id = *id;
        user = created;
    }
    Establishment e = Establishment::fromJson(
        r.siret, r.payload.value(QStringLiteral("establishment")).toObject(), contact);
    e.principalUserId = user->id;
    bool ok = ctx.establishments.create(e, now) &&
              ctx.establishments.addUser(r.siret, user->id, now) &&
              ctx.establishments.markValidated(r.id);
    if (newLogin) {
        ok = ok && ctx.mailbox.send(Mails::identifier(*user), now) &&
             ctx.mailbox.send(Mails::temporaryPassword(*user, credentials->password), now);
    }
    ok = ok &&
         ctx.mailbox.send(
             Mails::habilitation(contact.value(QStringLiteral("email")).toString(), *user, e), now);
    if (ok && ctx.config.demoDecisions) {
        ok = decisiongrant::grant(ctx, Decision::demo(e.siret, ctx.clock->now().date()), e)
                 .has_value();
    }
    return ok && transaction.commit().isOk();
}

} // namespace

QFuture<void> processDue(ServiceContext &ctx) {
    QList<EstablishmentStore::Request> due;
    QList<bool> needsPassword;
    for (const auto &request : ctx.establishments.dueRequests(ctx.now())) {
        if (ctx.validating.contains(request.id)) {
            continue;
        }
        ctx.validating.insert(request.id);
        due.append(request);
        needsPassword.append(!existingLogin(ctx, request).has_value());
    }
    if (due.isEmpty()) {
        return ctx.validationsInFlight;
    }
    auto draw = [needsPassword] {
        QList<std::optional<Credentials>> drawn;
        for (const bool needed : needsPassword) {
            if (needed) {
                const QString password = secrets::temporaryPassword();
                drawn.append(Credentials{password, secrets::hashPassword(password)});
            } else {
                drawn.append(std::nullopt);
            }
        }
        return drawn;
    };
    ServiceContext *context = &ctx;
    QFuture<void> batch =
        QtConcurrent::run(&ctx.pool, draw)
            .then(ctx.owner, [context, due](const QList<std::optional<Credentials>> &drawn) {
                for (qsizetype i = 0; i < due.size(); ++i) {
                    if (!complete(*context, due.at(i), drawn.at(i))) {
                        qWarning()
                            << "aspsim: could not validate the account request" << due.at(i).id;
                    }
                    context->validating.remove(due.at(i).id);
                }
            });
    if (ctx.validationsInFlight.isFinished()) {
        ctx.validationsInFlight = batch;
    } else {
        // Finishes when both the earlier validations and this batch are done.
        ctx.validationsInFlight = ctx.validationsInFlight.then([batch] { return batch; }).unwrap();
    }
    return ctx.validationsInFlight;
}

} // namespace apdesk::aspsim::accountvalidation
