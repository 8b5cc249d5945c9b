#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace apdesk::client {

// One rejected field, as the service names it ("contact.email") with its French message.
struct FieldError {
    QString field;
    QString message;
};

// Why a call did not succeed. Either the service could not be reached (network down, the
// service stopped, no answer within the timeout), or it answered with the contract's error shape
// {"error", "message", "fields", ...}, whose French message is meant for the user as it is.
struct ApiError {
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        Unreachable, // no connection, or the service is offline (HTTP 503)
        Timeout,     // connected, but no answer in time
        Service,     // the service refused the request: see code, message, fields
        Protocol,    // the answer was not what the contract says (a bug somewhere)
    };

    Kind kind = Kind::Unreachable;
    int httpStatus = 0;
    QString code;    // "bad_credentials", "locked", "siret_taken"…
    QString message; // French, for the user
    QList<FieldError> fields;
    QJsonObject body; // the whole error object, for extras (attemptsLeft, retryAfterSeconds…)

    bool isUnreachable() const { return kind == Kind::Unreachable || kind == Kind::Timeout; }
    // The session is gone (expired, or none was sent: HTTP 401): the user must log in again.
    bool isSessionLost() const { return kind == Kind::Service && httpStatus == 401; }
    // The message of the field, or an empty string.
    QString fieldMessage(const QString &field) const;

    static ApiError unreachable(const QString &detail = {});
    static ApiError timeout(int seconds);
    static ApiError protocol(int httpStatus, const QString &detail);
    // Reads the contract's error object of a failed answer.
    static ApiError fromResponse(int httpStatus, const QJsonObject &body);
};

} // namespace apdesk::client
