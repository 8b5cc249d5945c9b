#pragma once

#include "core/expected.h"
#include "httpmessage.h"
#include "user.h"

#include <QCoreApplication>
#include <QFuture>
#include <optional>

namespace apdesk::aspsim {

class ServiceContext;

// A password checked against an identifier under the lockout rule: 3 consecutive failures lock
// the identifier for 30 minutes of service time, the third failure already answering 423; a
// success resets the count; while locked even the right password gets 423. Unknown identifiers
// get the same answers (their counters are kept too, and a dummy hash is verified so that the
// time taken is the same).
class CredentialCheck final {
    Q_DECLARE_TR_FUNCTIONS(CredentialCheck)

public:
    // The user whose password it is, or the answer to give: 401 bad_credentials or 423 locked.
    using Outcome = Expected<User, HttpReply>;

    // The Argon2 verification runs on the context's pool; the future finishes on the service
    // thread.
    static QFuture<Outcome> check(ServiceContext &ctx, const QString &identifier,
                                  const QString &password);

    static HttpReply locked(qint64 unlockAt, qint64 now);
    // Counts one failure (a wrong password or a wrong secret answer) under `throttleKey`;
    // returns the failures left before the lock, 0 when this one locked it for lockSecs.
    static int countFailure(ServiceContext &ctx, const QString &throttleKey);
};

} // namespace apdesk::aspsim
