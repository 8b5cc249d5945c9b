#include "apierror.h"

#include <QJsonArray>

namespace apdesk::client {

QString ApiError::fieldMessage(const QString &field) const {
    for (const FieldError &error : fields) {
        if (error.field == field)
            return error.message;
    }
    return {};
}

ApiError ApiError::unreachable(const QString &detail) {
    ApiError error;
    error.kind = Kind::Unreachable;
    error.code = QStringLiteral("unreachable");
    error.message = tr("Le service de l'ASP est injoignable pour le moment. Vous pouvez continuer "
                       "à travailler hors ligne : vos saisies sont enregistrées sur cet "
                       "ordinateur.");
    if (!detail.isEmpty())
        error.body.insert(QStringLiteral("detail"), detail);
    return error;
}

ApiError ApiError::timeout(int seconds) {
    ApiError error;
    error.kind = Kind::Timeout;
    error.code = QStringLiteral("timeout");
    error.message = tr("Le service de l'ASP n'a pas répondu en %n seconde(s). Vous pouvez "
                       "réessayer plus tard ou continuer à travailler hors ligne.",
                       nullptr, seconds);
    return error;
}

ApiError ApiError::protocol(int httpStatus, const QString &detail) {
    ApiError error;
    error.kind = Kind::Protocol;
    error.httpStatus = httpStatus;
    error.code = QStringLiteral("protocol");
    error.message = tr("Le service de l'ASP a donné une réponse inattendue (%1).").arg(detail);
    return error;
}

ApiError ApiError::fromResponse(int httpStatus, const QJsonObject &body) {
    if (httpStatus == 503) {
        // The service is there but not serving: for the user, the same as unreachable (the
        // service's own words stay in the body).
        ApiError error = unreachable();
        error.httpStatus = 503;
        error.body = body;
        return error;
    }
    const QString code = body.value(QStringLiteral("error")).toString();
    const QString message = body.value(QStringLiteral("message")).toString();
    if (code.isEmpty() || message.isEmpty())
        return protocol(httpStatus, tr("erreur HTTP %1 sans message").arg(httpStatus));

    ApiError error;
    error.kind = Kind::Service;
    error.httpStatus = httpStatus;
    error.code = code;
    error.message = message;
    error.body = body;
    const QJsonArray fields = body.value(QStringLiteral("fields")).toArray();
    for (const QJsonValue &value : fields) {
        const QJsonObject field = value.toObject();
        error.fields.append({field.value(QStringLiteral("field")).toString(),
                             field.value(QStringLiteral("message")).toString()});
    }
    return error;
}

} // namespace apdesk::client
