#pragma once

#include "apierror.h"
#include "httpmessage.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace apdesk::aspsim {

// Reads the fields of a JSON request body and remembers what was wrong with them, so that a
// handler reads every field first and answers all the problems at once. A field that is absent or
// null reads as empty/false and is noted as missing; a field of the wrong type is noted as a type
// error (the request is then malformed: 400 invalid_request). Unknown fields are ignored.
class JsonInput final {
    Q_DECLARE_TR_FUNCTIONS(JsonInput)

public:
    // The largest body the service reads (larger ones get 413), but for a claim sent
    // (ConnectionLimits::maxClaimRequestBytes): 20,000 employees take some 12 MiB.
    static constexpr qsizetype maxBodyBytes = 1024 * 1024;

    // The body as a JSON object, or the 400/413 reply explaining why it is not one.
    static std::optional<JsonInput> parse(const HttpRequest &request, HttpReply *failure,
                                          qsizetype maxBytes = maxBodyBytes);

    explicit JsonInput(QJsonObject object, QString prefix = {});

    // A text field; trimmed of surrounding spaces. Absent/null/blank: "" and noted missing.
    QString text(const QString &name);
    // A password: kept exactly as typed (spaces included). Absent/null/empty: noted missing.
    QString secret(const QString &name);
    // A boolean; absent or null reads as false.
    bool flag(const QString &name);
    // An integer (a JSON number without fraction); absent reads as nullopt.
    std::optional<qint64> integer(const QString &name);
    // The field as sent (undefined when absent), for fields whose type varies or that are
    // optional; nothing is noted.
    QJsonValue value(const QString &name) const { return m_object.value(name); }
    // A nested object, read with "name." before its field names.
    JsonInput object(const QString &name);
    // Merges what a nested reader noted into this one.
    void absorb(const JsonInput &nested);

    bool hasTypeErrors() const { return !m_typeErrors.isEmpty(); }
    const QList<FieldError> &typeErrors() const { return m_typeErrors; }
    // The names (with prefix) of the mandatory fields that were absent or blank.
    const QStringList &missing() const { return m_missing; }
    QString fieldName(const QString &name) const { return m_prefix + name; }

    // 400 invalid_request listing the type errors.
    HttpReply typeErrorReply() const;

private:
    QJsonObject m_object;
    QString m_prefix;
    QList<FieldError> m_typeErrors;
    QStringList m_missing;
};

} // namespace apdesk::aspsim
