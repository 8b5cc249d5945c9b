#pragma once

#include "authorisationstore.h"
#include "claimstore.h"
#include "decisionstore.h"
#include "establishmentstore.h"
#include "httpmessage.h"
#include "mailbox.h"
#include "onetimestore.h"
#include "serviceconfig.h"
#include "simclock.h"
#include "user.h"
#include "userstore.h"

#include "domain/claim/ratestable.h"

#include <QCoreApplication>
#include <QFuture>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QThreadPool>

#include <optional>

namespace apdesk::sqlite {
class Database;
}

namespace apdesk::aspsim {

// What the route handlers share, owned by the service and used on its thread only (the workers of
// `pool` get copies of what they need, never this object).
class ServiceContext final {
    Q_DECLARE_TR_FUNCTIONS(ServiceContext)
    Q_DISABLE_COPY_MOVE(ServiceContext)

public:
    static constexpr qint64 sessionIdleSecs = 30 * 60;
    static constexpr qint64 lockSecs = 30 * 60;
    static constexpr int maxFailures = 3;
    static constexpr int maxEstablishmentsPerLogin = 200;

    ServiceContext(ServiceConfig config, sqlite::Database *db, SimClock *clock, QObject *owner);

    ServiceConfig config;
    sqlite::Database *db;
    SimClock *clock;
    // Continuations of worker results run on the service thread, in this object's context.
    QObject *owner;
    QThreadPool pool;
    UserStore users;
    EstablishmentStore establishments;
    DecisionStore decisions;
    ClaimStore claims;
    AuthorisationStore authorisations;
    // The rates table built into the program: the service computes the claims it receives with
    // the same engine and rates as the program that prepared them. nullopt if it does not read
    // (AspService::start then refuses to start).
    std::optional<domain::RatesTable> rates;
    Mailbox mailbox;
    OneTimeStore captchas{10 * 60};
    OneTimeStore challenges{10 * 60};
    bool online = true;
    // Account requests being validated right now (their passwords are being hashed).
    QSet<qint64> validating;
    // Finishes once every validation started so far is done (never a canceled future: the routes
    // that wait for it would not answer).
    QFuture<void> validationsInFlight = QtFuture::makeReadyFuture();

    // Password resets and identifier recoveries waiting for their secret answer (id -> user).
    // An unknown identifier or address gets one too, with a question of its own and no user,
    // so that the answers never tell which accounts exist (issue 17).
    struct PendingAnswer {
        qint64 userId = 0;   // 0: no such account; any answer is wrong
        QString throttleKey; // where wrong answers count, with wrong passwords
        qint64 expiresAt = 0;
    };
    QHash<QString, PendingAnswer> resets;
    QHash<QString, PendingAnswer> recoveries;
    // Picks the secret question asked of an account that does not exist: the same for the same
    // identifier or address during a run, unpredictable from outside.
    const size_t decoySeed = QRandomGenerator::system()->generate64();

    qint64 now() const { return clock->nowSecs(); }

    // The user of the request's bearer token. With allowFirstLogin false, a session opened with a
    // temporary password (or without secret question) is refused: it may only change them.
    struct Auth {
        std::optional<User> user;
        QByteArray tokenHash;
        HttpReply failure;
    };
    Auth authenticate(const HttpRequest &request, bool allowFirstLogin);

    // A 500 reply for a database failure (the details went to the log).
    static HttpReply internalError();
};

} // namespace apdesk::aspsim
