#pragma once

#include "httpmessage.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace apdesk::aspsim {

// One rejected field of a request: its JSON name ("establishment.postalCode") and the French
// message the user sees next to it.
struct FieldError {
    QString field;
    QString message;
};

// Every error the service answers has one shape (the contract v1):
// {"error": CODE, "message": French text, "fields": [{"field", "message"}], ...extra}.
namespace apierror {

HttpReply reply(int status, const QString &code, const QString &message,
                const QList<FieldError> &fields = {}, const QJsonObject &extra = {});

} // namespace apierror

} // namespace apdesk::aspsim
