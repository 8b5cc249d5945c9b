#include "apierror.h"

#include <QJsonArray>

namespace apdesk::aspsim::apierror {

HttpReply reply(int status, const QString &code, const QString &message,
                const QList<FieldError> &fields, const QJsonObject &extra) {
    QJsonObject body = extra;
    body.insert(QStringLiteral("error"), code);
    body.insert(QStringLiteral("message"), message);
    if (!fields.isEmpty()) {
        QJsonArray list;
        for (const FieldError &f : fields) {
            list.append(QJsonObject{{QStringLiteral("field"), f.field},
                                    {QStringLiteral("message"), f.message}});
        }
        body.insert(QStringLiteral("fields"), list);
    }
    return HttpReply::json(status, body);
}

} // namespace apdesk::aspsim::apierror
