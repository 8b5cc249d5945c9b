#include "jsoninput.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <cmath>

namespace apdesk::aspsim {

std::optional<JsonInput> JsonInput::parse(const HttpRequest &request, HttpReply *failure,
                                          qsizetype maxBytes) {
    if (request.body.size() > maxBytes) {
        *failure = apierror::reply(413, QStringLiteral("payload_too_large"),
                                   tr("La requête dépasse la taille maximale de %1 Mio (%2 octets "
                                      "reçus).")
                                       .arg(maxBytes / (1024 * 1024))
                                       .arg(request.body.size()));
        return std::nullopt;
    }
    // A web page can post a form or text/plain across sites without asking first (a "simple"
    // request in CORS terms), but not application/json: requiring it keeps other sites' pages
    // out of the embedded service (issue 17).
    const QByteArray mediaType = request.contentType.split(';').first().trimmed().toLower();
    if (mediaType != "application/json") {
        *failure = apierror::reply(
            415, QStringLiteral("unsupported_media_type"),
            tr("Le corps de la requête doit être envoyé en application/json (Content-Type reçu : "
               "« %1 »).")
                .arg(QString::fromLatin1(request.contentType.left(100))));
        return std::nullopt;
    }
    if (request.body.trimmed().isEmpty()) {
        *failure = apierror::reply(400, QStringLiteral("invalid_request"),
                                   tr("Le corps de la requête est vide : un objet JSON est "
                                      "attendu."));
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError) {
        *failure = apierror::reply(400, QStringLiteral("invalid_json"),
                                   tr("Le corps de la requête n'est pas du JSON valide (%1, à "
                                      "l'octet %2).")
                                       .arg(error.errorString())
                                       .arg(error.offset));
        return std::nullopt;
    }
    if (!document.isObject()) {
        *failure = apierror::reply(400, QStringLiteral("invalid_request"),
                                   tr("Un objet JSON est attendu, pas un tableau ni une valeur "
                                      "seule."));
        return std::nullopt;
    }
    return JsonInput(document.object());
}

JsonInput::JsonInput(QJsonObject object, QString prefix)
    : m_object(std::move(object))
    , m_prefix(std::move(prefix)) {}

QString JsonInput::secret(const QString &name) {
    const QJsonValue value = m_object.value(name);
    if (!value.isString()) {
        return text(name); // notes it missing or of the wrong type
    }
    if (value.toString().isEmpty()) {
        m_missing.append(fieldName(name));
    }
    return value.toString();
}

QString JsonInput::text(const QString &name) {
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() || value.isNull()) {
        m_missing.append(fieldName(name));
        return {};
    }
    if (!value.isString()) {
        m_typeErrors.append({fieldName(name), tr("Un texte est attendu.")});
        return {};
    }
    const QString text = value.toString().trimmed();
    if (text.isEmpty()) {
        m_missing.append(fieldName(name));
    }
    return text;
}

bool JsonInput::flag(const QString &name) {
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() || value.isNull()) {
        return false;
    }
    if (!value.isBool()) {
        m_typeErrors.append({fieldName(name), tr("Une valeur true ou false est attendue.")});
        return false;
    }
    return value.toBool();
}

std::optional<qint64> JsonInput::integer(const QString &name) {
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() || value.isNull()) {
        m_missing.append(fieldName(name));
        return std::nullopt;
    }
    const double number = value.toDouble();
    if (!value.isDouble() || std::trunc(number) != number || std::abs(number) > 9.0e15) {
        m_typeErrors.append({fieldName(name), tr("Un nombre entier est attendu.")});
        return std::nullopt;
    }
    return static_cast<qint64>(number);
}

JsonInput JsonInput::object(const QString &name) {
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() || value.isNull()) {
        return JsonInput({}, fieldName(name) + QLatin1Char('.'));
    }
    if (!value.isObject()) {
        m_typeErrors.append({fieldName(name), tr("Un objet JSON est attendu.")});
        return JsonInput({}, fieldName(name) + QLatin1Char('.'));
    }
    return JsonInput(value.toObject(), fieldName(name) + QLatin1Char('.'));
}

void JsonInput::absorb(const JsonInput &nested) {
    m_typeErrors.append(nested.m_typeErrors);
    m_missing.append(nested.m_missing);
}

HttpReply JsonInput::typeErrorReply() const {
    return apierror::reply(400, QStringLiteral("invalid_request"),
                           tr("La requête est mal formée : certains champs n'ont pas le type "
                              "attendu."),
                           m_typeErrors);
}

} // namespace apdesk::aspsim
