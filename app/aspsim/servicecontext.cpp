#include "servicecontext.h"

#include "apierror.h"
#include "secrets.h"

#include "sqlite/database.h"

#include "builtinrates.h"

#include <QThread>

namespace apdesk::aspsim {

ServiceContext::ServiceContext(ServiceConfig config_, sqlite::Database *db_, SimClock *clock_,
                               QObject *owner_)
    : config(std::move(config_))
    , db(db_)
    , clock(clock_)
    , owner(owner_)
    , users(Sql(db_->connection()))
    , establishments(Sql(db_->connection()))
    , decisions(Sql(db_->connection()))
    , claims(Sql(db_->connection()))
    , authorisations(Sql(db_->connection()))
    , mailbox(Sql(db_->connection())) {
    if (auto table = domain::RatesTable::parse(resources::builtInRatesJson())) {
        rates = *table;
    }
    // Argon2 is CPU-bound: as many workers as cores, at least 2 so one slow hash never holds
    // every other request.
    pool.setMaxThreadCount(qMax(2, QThread::idealThreadCount()));
}

ServiceContext::Auth ServiceContext::authenticate(const HttpRequest &request,
                                                  bool allowFirstLogin) {
    Auth auth;
    const QByteArray token = request.bearerToken();
    if (token.isEmpty()) {
        auth.failure = apierror::reply(401, QStringLiteral("not_authenticated"),
                                       tr("Vous devez être connecté pour cette opération."));
        return auth;
    }
    auth.tokenHash = secrets::tokenHash(token);
    const auto userId = users.sessionUser(auth.tokenHash, now(), sessionIdleSecs);
    if (!userId) {
        auth.failure =
            apierror::reply(401, QStringLiteral("session_expired"),
                            tr("Votre session a expiré ou a été fermée : reconnectez-vous."));
        return auth;
    }
    auth.user = users.byId(*userId);
    if (!auth.user) {
        auth.failure = internalError();
        return auth;
    }
    if (!allowFirstLogin && (auth.user->mustChangePassword || auth.user->mustSetSecret())) {
        auth.failure = apierror::reply(
            403, QStringLiteral("first_login_incomplete"),
            tr("Vous devez d'abord changer votre mot de passe provisoire et renseigner votre "
               "question secrète."));
        auth.user.reset();
    }
    return auth;
}

HttpReply ServiceContext::internalError() {
    return apierror::reply(500, QStringLiteral("internal_error"),
                           tr("Le service a rencontré une erreur interne. Réessayez plus tard."));
}

} // namespace apdesk::aspsim
