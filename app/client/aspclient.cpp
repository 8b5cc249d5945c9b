#include "aspclient.h"

#include "jsontransport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

#include <cmath>
#include <limits>
#include <optional>

namespace apdesk::client {

namespace {

QString text(const QJsonObject &object, const char *key) {
    return object.value(QLatin1String(key)).toString();
}

std::optional<Done> nothing(const QJsonDocument &) {
    return Done{};
}

QJsonObject establishmentJson(const EstablishmentAddress &e) {
    return {{QStringLiteral("name"), e.name},
            {QStringLiteral("street"), e.street},
            {QStringLiteral("streetComplement"), e.streetComplement},
            {QStringLiteral("postalCode"), e.postalCode},
            {QStringLiteral("city"), e.city},
            {QStringLiteral("email"), e.email},
            {QStringLiteral("emailConfirmation"), e.emailConfirmation},
            {QStringLiteral("phone"), e.phone}};
}

QJsonObject contactJson(const ContactPerson &c) {
    return {{QStringLiteral("lastName"), c.lastName},
            {QStringLiteral("firstName"), c.firstName},
            {QStringLiteral("email"), c.email},
            {QStringLiteral("emailConfirmation"), c.emailConfirmation},
            {QStringLiteral("phone"), c.phone}};
}

std::optional<SecretQuestionStep> secretQuestionStep(const QJsonDocument &document,
                                                     const char *idKey) {
    const QJsonObject o = document.object();
    SecretQuestionStep step{text(o, idKey), text(o, "secretQuestion")};
    if (step.id.isEmpty())
        return std::nullopt;
    return step;
}

// An integer in [low, high] (a JSON number without fraction), or nullopt.
std::optional<qint64> integerIn(const QJsonValue &value, qint64 low, qint64 high) {
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (std::trunc(number) != number || number < static_cast<double>(low) ||
        number > static_cast<double>(high))
        return std::nullopt;
    return static_cast<qint64>(number);
}

QDate isoDate(const QJsonValue &value) {
    static const QRegularExpression pattern(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    const QString text = value.toString();
    return pattern.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
}

// "1234.50" (a text, so that hours stay exact) in hundredths.
std::optional<qint64> hundredths(const QJsonValue &value) {
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{1,9})(?:\.(\d{1,2}))?$)"));
    const QRegularExpressionMatch match = pattern.match(value.toString());
    if (!value.isString() || !match.hasMatch())
        return std::nullopt;
    const QString decimals = match.captured(2);
    qint64 result = match.captured(1).toLongLong() * 100;
    if (!decimals.isEmpty())
        result += decimals.size() == 1 ? decimals.toLongLong() * 10 : decimals.toLongLong();
    return result;
}

// One decision of the list; nullopt when a field is missing or does not follow the contract.
std::optional<Decision> decision(const QJsonValue &value) {
    static const QRegularExpression siretPattern(QStringLiteral(R"(^\d{14}$)"));
    static const QRegularExpression codePattern(QStringLiteral(R"(^[A-Z0-9]{10}$)"));
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject o = value.toObject();
    Decision d;
    d.number = text(o, "number");
    d.siret = text(o, "siret");
    d.periodStart = isoDate(o.value(QStringLiteral("periodStart")));
    d.periodEnd = isoDate(o.value(QStringLiteral("periodEnd")));
    const auto form = integerIn(o.value(QStringLiteral("form")), 1, 4);
    d.scheme = text(o, "scheme");
    const auto motive = integerIn(o.value(QStringLiteral("motive")), 1, 5);
    const auto hours = hundredths(o.value(QStringLiteral("authorisedHours")));
    const auto headcount = integerIn(o.value(QStringLiteral("authorisedHeadcount")), 0, 10000000);
    d.secretCode = text(o, "secretCode");
    d.decidedAt = QDateTime::fromString(text(o, "decidedAt"), Qt::ISODate);
    if (d.number.isEmpty() || !siretPattern.match(d.siret).hasMatch() || !d.periodStart.isValid() ||
        !d.periodEnd.isValid() || d.periodEnd < d.periodStart || !form ||
        (d.scheme != QLatin1String("common") && d.scheme != QLatin1String("apld")) || !motive ||
        !hours || !headcount || !codePattern.match(d.secretCode).hasMatch() ||
        !d.decidedAt.isValid())
        return std::nullopt;
    d.form = static_cast<int>(*form);
    d.motive = static_cast<int>(*motive);
    d.authorisedHours = *hours;
    d.authorisedHeadcount = static_cast<int>(*headcount);
    d.decidedAt = d.decidedAt.toUTC();
    return d;
}

// Each item of the answer's array `key`, read by `read`; none at all if one fails: an answer
// that does not follow the contract fails as a whole rather than giving a partial list.
template <typename T, typename Read>
std::optional<QList<T>> listOf(const QJsonDocument &d, const char *key, Read read) {
    const QJsonValue items = d.object().value(QLatin1String(key));
    if (!items.isArray())
        return std::nullopt;
    QList<T> list;
    for (const QJsonValue &item : items.toArray()) {
        std::optional<T> value = read(item);
        if (!value)
            return std::nullopt;
        list.append(std::move(*value));
    }
    return list;
}

// One claim of the ASP; nullopt when a field is missing or does not follow the contract.
std::optional<SentClaim> sentClaim(const QJsonValue &value) {
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject o = value.toObject();
    SentClaim c;
    c.number = text(o, "number");
    c.siret = text(o, "siret");
    c.decisionNumber = text(o, "decisionNumber");
    c.month = text(o, "month");
    c.statusLabel = text(o, "statusLabel");
    c.reason = text(o, "reason");
    c.receivedAt = QDateTime::fromString(text(o, "receivedAt"), Qt::ISODate).toUTC();
    c.statusChangedAt = QDateTime::fromString(text(o, "statusChangedAt"), Qt::ISODate).toUTC();
    const auto version = integerIn(o.value(QStringLiteral("version")), 1, 1000000);
    const auto status = integerIn(o.value(QStringLiteral("status")), 0, 1000);
    const auto employees = integerIn(o.value(QStringLiteral("employees")), 0, 100000000);
    const auto hours = hundredths(o.value(QStringLiteral("hours")));
    const auto indemnity = hundredths(o.value(QStringLiteral("indemnity")));
    const auto allocation = hundredths(o.value(QStringLiteral("allocation")));
    const bool hasPaid = o.contains(QStringLiteral("paid"));
    const auto paid = hundredths(o.value(QStringLiteral("paid")));
    if (c.number.isEmpty() || c.month.isEmpty() || c.statusLabel.isEmpty() || !version ||
        !status || !employees || !hours || !indemnity || !allocation || (hasPaid && !paid) ||
        !c.receivedAt.isValid() || !c.statusChangedAt.isValid() ||
        !o.value(QStringLiteral("history")).isArray())
        return std::nullopt;
    for (const QJsonValue &item : o.value(QStringLiteral("history")).toArray()) {
        const QJsonObject h = item.toObject();
        const auto changeStatus = integerIn(h.value(QStringLiteral("status")), 0, 1000);
        SentClaim::StatusChange change{QDateTime::fromString(text(h, "at"), Qt::ISODate).toUTC(), 0,
                                       text(h, "statusLabel"), text(h, "reason")};
        if (!changeStatus || !change.at.isValid())
            return std::nullopt;
        change.status = int(*changeStatus);
        c.history.append(change);
    }
    c.version = int(*version);
    c.status = int(*status);
    c.employees = int(*employees);
    c.hours = *hours;
    c.indemnityCents = *indemnity;
    c.allocationCents = *allocation;
    c.paidCents = hasPaid ? *paid : -1;
    return c;
}

std::optional<AuthorisationRequest> authorisationRequest(const QJsonValue &value) {
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject o = value.toObject();
    AuthorisationRequest r;
    const auto id = integerIn(o.value(QStringLiteral("id")), 1, std::numeric_limits<qint32>::max());
    r.periodStart = isoDate(o.value(QStringLiteral("periodStart")));
    r.periodEnd = isoDate(o.value(QStringLiteral("periodEnd")));
    const auto form = integerIn(o.value(QStringLiteral("form")), 1, 4);
    r.scheme = text(o, "scheme");
    const auto motive = integerIn(o.value(QStringLiteral("motive")), 1, 5);
    const auto hours = hundredths(o.value(QStringLiteral("authorisedHours")));
    const auto employees = integerIn(o.value(QStringLiteral("authorisedHeadcount")), 1, 10000000);
    r.state = text(o, "state");
    r.submittedAt = QDateTime::fromString(text(o, "submittedAt"), Qt::ISODate).toUTC();
    r.decidedAt = QDateTime::fromString(text(o, "decidedAt"), Qt::ISODate).toUTC();
    r.decisionNumber = text(o, "decisionNumber");
    r.reason = text(o, "reason");
    if (!id || !r.periodStart.isValid() || !r.periodEnd.isValid() || !form || !motive ||
        !hours || !employees || r.state.isEmpty() || !r.submittedAt.isValid())
        return std::nullopt;
    r.id = *id;
    r.form = int(*form);
    r.motive = int(*motive);
    r.hours = *hours;
    r.employees = int(*employees);
    return r;
}

// "/api/v1/establishments/{siret}", then `below` ("/claims"…).
QString establishmentPath(const QString &siret, const QString &below = {}) {
    return QStringLiteral("/api/v1/establishments/%1%2")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(siret)), below);
}

std::optional<EstablishmentFile> establishmentFile(const QJsonValue &value) {
    const QJsonObject o = value.toObject();
    EstablishmentFile file;
    file.siret = text(o, "siret");
    file.establishment.name = text(o, "name");
    file.establishment.street = text(o, "street");
    file.establishment.streetComplement = text(o, "streetComplement");
    file.establishment.postalCode = text(o, "postalCode");
    file.establishment.city = text(o, "city");
    file.establishment.email = text(o, "email");
    file.establishment.phone = text(o, "phone");
    const QJsonObject contact = o.value(QStringLiteral("contact")).toObject();
    file.contact.lastName = text(contact, "lastName");
    file.contact.firstName = text(contact, "firstName");
    file.contact.email = text(contact, "email");
    file.contact.phone = text(contact, "phone");
    if (file.siret.isEmpty())
        return std::nullopt;
    return file;
}

std::optional<EstablishmentUser> establishmentUser(const QJsonValue &value) {
    const QJsonObject o = value.toObject();
    EstablishmentUser user{text(o, "identifier"), text(o, "firstName"),
                           text(o, "lastName"),   text(o, "displayName"),
                           text(o, "email"),      o.value(QStringLiteral("principal")).toBool()};
    if (user.identifier.isEmpty())
        return std::nullopt;
    return user;
}

std::optional<Mail> mail(const QJsonValue &value) {
    const QJsonObject o = value.toObject();
    Mail m{o.value(QStringLiteral("id")).toVariant().toString(),
           text(o, "from"),
           text(o, "to"),
           text(o, "subject"),
           text(o, "body"),
           QDateTime::fromString(text(o, "sentAt"), Qt::ISODate)};
    if (m.id.isEmpty() || !m.sentAt.isValid())
        return std::nullopt;
    return m;
}

} // namespace

AspClient::AspClient(QNetworkAccessManager *network, const QUrl &baseUrl, QObject *parent)
    : QObject(parent)
    , m_transport(new JsonTransport(network, baseUrl, this)) {}

AspClient::~AspClient() = default;

void AspClient::setBaseUrl(const QUrl &url) {
    m_transport->setBaseUrl(url);
}

QUrl AspClient::baseUrl() const {
    return m_transport->baseUrl();
}

void AspClient::setTimeoutMs(int milliseconds) {
    m_transport->setTimeoutMs(milliseconds);
}

void AspClient::setAdminSecret(const QByteArray &secret) {
    m_transport->setAdminSecret(secret);
}

void AspClient::setSessionToken(const QByteArray &token) {
    m_transport->setBearerToken(token);
}

QByteArray AspClient::sessionToken() const {
    return m_transport->bearerToken();
}

template <typename T, typename Parse>
void AspClient::call(const QByteArray &method, const QString &path, const QJsonObject &body,
                     Callback<T> done, Parse parse) {
    const QJsonDocument document =
        body.isEmpty() && method == "GET" ? QJsonDocument() : QJsonDocument(body);
    m_transport->send(method, path, document,
                      [done = std::move(done), parse](const Outcome<QJsonDocument> &outcome) {
                          if (!outcome.isOk()) {
                              done(Outcome<T>::fail(outcome.error()));
                              return;
                          }
                          std::optional<T> value = parse(outcome.value());
                          if (!value) {
                              done(Outcome<T>::fail(
                                  ApiError::protocol(200, tr("réponse incomplète"))));
                              return;
                          }
                          done(Outcome<T>::ok(std::move(*value)));
                      });
}

void AspClient::fetchCaptcha(Callback<Captcha> done) {
    call<Captcha>(
        "GET", QStringLiteral("/api/v1/captcha"), {}, std::move(done),
        [](const QJsonDocument &d) -> std::optional<Captcha> {
            const QJsonObject o = d.object();
            Captcha captcha{text(o, "id"), QByteArray::fromBase64(text(o, "image").toLatin1())};
            if (captcha.id.isEmpty() || captcha.png.isEmpty())
                return std::nullopt;
            return captcha;
        });
}

void AspClient::fetchCaptchaQuestion(Callback<CaptchaQuestion> done) {
    call<CaptchaQuestion>("GET", QStringLiteral("/api/v1/captcha/question"), {}, std::move(done),
                          [](const QJsonDocument &d) -> std::optional<CaptchaQuestion> {
                              const QJsonObject o = d.object();
                              CaptchaQuestion question{text(o, "id"), text(o, "question")};
                              if (question.id.isEmpty() || question.question.isEmpty())
                                  return std::nullopt;
                              return question;
                          });
}

void AspClient::createSpace(const QString &siret, const QString &captchaId,
                            const QString &captchaAnswer, bool cguAccepted,
                            Callback<QString> done) {
    const QJsonObject body{{QStringLiteral("siret"), siret},
                           {QStringLiteral("captchaId"), captchaId},
                           {QStringLiteral("captchaAnswer"), captchaAnswer},
                           {QStringLiteral("cguAccepted"), cguAccepted}};
    call<QString>("POST", QStringLiteral("/api/v1/spaces"), body, std::move(done),
                  [](const QJsonDocument &d) -> std::optional<QString> {
                      const QString token = text(d.object(), "registrationToken");
                      if (token.isEmpty())
                          return std::nullopt;
                      return token;
                  });
}

void AspClient::requestAccount(const AccountRequest &request, Callback<Done> done) {
    const QJsonObject body{
        {QStringLiteral("registrationToken"), request.registrationToken},
        {QStringLiteral("establishment"), establishmentJson(request.establishment)},
        {QStringLiteral("contact"), contactJson(request.contact)},
        {QStringLiteral("secretQuestion"), request.secretQuestion},
        {QStringLiteral("secretAnswer"), request.secretAnswer},
        {QStringLiteral("cguAccepted"), request.cguAccepted}};
    call<Done>("POST", QStringLiteral("/api/v1/account-requests"), body, std::move(done), nothing);
}

void AspClient::login(const QString &identifier, const QString &password, Callback<Session> done) {
    const QJsonObject body{{QStringLiteral("identifier"), identifier},
                           {QStringLiteral("password"), password}};
    call<Session>("POST", QStringLiteral("/api/v1/sessions"), body, std::move(done),
                  [](const QJsonDocument &d) -> std::optional<Session> {
                      const QJsonObject o = d.object();
                      const QJsonObject user = o.value(QStringLiteral("user")).toObject();
                      Session session;
                      session.token = text(o, "token").toUtf8();
                      session.mustChangePassword =
                          o.value(QStringLiteral("mustChangePassword")).toBool();
                      session.mustSetSecret = o.value(QStringLiteral("mustSetSecret")).toBool();
                      session.user = {text(user, "firstName"), text(user, "lastName"),
                                      text(user, "displayName")};
                      if (session.token.isEmpty())
                          return std::nullopt;
                      return session;
                  });
}

void AspClient::logout(Callback<Done> done) {
    call<Done>("DELETE", QStringLiteral("/api/v1/sessions/current"), {}, std::move(done), nothing);
}

void AspClient::changePassword(const QString &identifier, const QString &currentPassword,
                               const QString &newPassword, Callback<Done> done) {
    const QJsonObject body{{QStringLiteral("identifier"), identifier},
                           {QStringLiteral("currentPassword"), currentPassword},
                           {QStringLiteral("newPassword"), newPassword}};
    call<Done>("POST", QStringLiteral("/api/v1/password"), body, std::move(done), nothing);
}

void AspClient::setSecret(const QString &question, const QString &answer, Callback<Done> done) {
    const QJsonObject body{{QStringLiteral("secretQuestion"), question},
                           {QStringLiteral("secretAnswer"), answer}};
    call<Done>("POST", QStringLiteral("/api/v1/secret"), body, std::move(done), nothing);
}

void AspClient::fetchChallenge(Callback<Challenge> done) {
    call<Challenge>("GET", QStringLiteral("/api/v1/challenges"), {}, std::move(done),
                    [](const QJsonDocument &d) -> std::optional<Challenge> {
                        Challenge c{text(d.object(), "id"), text(d.object(), "operation")};
                        if (c.id.isEmpty() || c.operation.isEmpty())
                            return std::nullopt;
                        return c;
                    });
}

void AspClient::startPasswordReset(const QString &identifier, const QString &challengeId,
                                   int challengeResult,
                                   Callback<SecretQuestionStep> done) {
    const QJsonObject body{{QStringLiteral("identifier"), identifier},
                           {QStringLiteral("challengeId"), challengeId},
                           {QStringLiteral("challengeResult"), challengeResult}};
    call<SecretQuestionStep>(
        "POST", QStringLiteral("/api/v1/password-resets"), body, std::move(done),
        [](const QJsonDocument &d) { return secretQuestionStep(d, "resetId"); });
}

void AspClient::answerPasswordReset(const QString &resetId, const QString &answer,
                                    Callback<Done> done) {
    call<Done>("POST",
               QStringLiteral("/api/v1/password-resets/%1/answer")
                   .arg(QString::fromLatin1(QUrl::toPercentEncoding(resetId))),
               {{QStringLiteral("secretAnswer"), answer}}, std::move(done), nothing);
}

void AspClient::startIdentifierRecovery(const QString &email, const QString &challengeId,
                                        int challengeResult, Callback<SecretQuestionStep> done) {
    const QJsonObject body{{QStringLiteral("email"), email},
                           {QStringLiteral("challengeId"), challengeId},
                           {QStringLiteral("challengeResult"), challengeResult}};
    call<SecretQuestionStep>(
        "POST", QStringLiteral("/api/v1/identifier-recoveries"), body, std::move(done),
        [](const QJsonDocument &d) { return secretQuestionStep(d, "recoveryId"); });
}

void AspClient::answerIdentifierRecovery(const QString &recoveryId, const QString &answer,
                                         Callback<Done> done) {
    call<Done>("POST",
               QStringLiteral("/api/v1/identifier-recoveries/%1/answer")
                   .arg(QString::fromLatin1(QUrl::toPercentEncoding(recoveryId))),
               {{QStringLiteral("secretAnswer"), answer}}, std::move(done), nothing);
}

void AspClient::fetchDecisions(const QString &siret, Callback<QList<Decision>> done) {
    call<QList<Decision>>(
        "GET", establishmentPath(siret, QStringLiteral("/decisions")), {}, std::move(done),
        [](const QJsonDocument &d) { return listOf<Decision>(d, "decisions", decision); });
}

void AspClient::sendClaim(const QString &siret, const QString &idempotencyKey,
                          const QJsonObject &claim, Callback<SentClaim> done) {
    call<SentClaim>(
        "POST", establishmentPath(siret, QStringLiteral("/claims")),
        {{QStringLiteral("idempotencyKey"), idempotencyKey}, {QStringLiteral("claim"), claim}},
        std::move(done), [](const QJsonDocument &d) { return sentClaim(d.object()); });
}

void AspClient::fetchClaims(const QString &siret, Callback<QList<SentClaim>> done) {
    call<QList<SentClaim>>(
        "GET", establishmentPath(siret, QStringLiteral("/claims")), {}, std::move(done),
        [](const QJsonDocument &d) { return listOf<SentClaim>(d, "claims", sentClaim); });
}

void AspClient::submitAuthorisationRequest(const QString &siret,
                                           const AuthorisationRequest &request,
                                           Callback<AuthorisationRequest> done) {
    const QJsonObject body{
        {QStringLiteral("periodStart"), request.periodStart.toString(Qt::ISODate)},
        {QStringLiteral("periodEnd"), request.periodEnd.toString(Qt::ISODate)},
        {QStringLiteral("form"), request.form},
        {QStringLiteral("scheme"), request.scheme},
        {QStringLiteral("motive"), request.motive},
        {QStringLiteral("authorisedHours"),
         QStringLiteral("%1.%2").arg(request.hours / 100).arg(request.hours % 100, 2, 10,
                                                              QLatin1Char('0'))},
        {QStringLiteral("authorisedHeadcount"), request.employees}};
    call<AuthorisationRequest>(
        "POST", establishmentPath(siret, QStringLiteral("/authorisation-requests")), body,
        std::move(done), [](const QJsonDocument &d) { return authorisationRequest(d.object()); });
}

void AspClient::fetchAuthorisationRequests(const QString &siret,
                                           Callback<QList<AuthorisationRequest>> done) {
    call<QList<AuthorisationRequest>>(
        "GET", establishmentPath(siret, QStringLiteral("/authorisation-requests")), {},
        std::move(done), [](const QJsonDocument &d) {
            return listOf<AuthorisationRequest>(d, "requests", authorisationRequest);
        });
}

void AspClient::getJson(const QString &path, Callback<QJsonDocument> done) {
    m_transport->send("GET", path, QJsonDocument(), std::move(done));
}

void AspClient::sendJson(const QByteArray &method, const QString &path, const QJsonObject &body,
                         Callback<QJsonDocument> done) {
    m_transport->send(method, path, QJsonDocument(body), std::move(done));
}

void AspClient::fetchEstablishments(Callback<QList<EstablishmentFile>> done) {
    call<QList<EstablishmentFile>>("GET", QStringLiteral("/api/v1/establishments"), {},
                                   std::move(done), [](const QJsonDocument &d) {
                                       return listOf<EstablishmentFile>(d, "establishments",
                                                                        establishmentFile);
                                   });
}

void AspClient::fetchEstablishment(const QString &siret, Callback<EstablishmentFile> done) {
    call<EstablishmentFile>("GET", establishmentPath(siret), {}, std::move(done),
                            [](const QJsonDocument &d) { return establishmentFile(d.object()); });
}

void AspClient::updateEstablishment(const QString &siret, const EstablishmentFile &fiche,
                                    Callback<EstablishmentFile> done) {
    // The fiche as the account request writes it, without its e-mail addresses: the service
    // merges what it is given, and the fiche does not change them.
    QJsonObject body = establishmentJson(fiche.establishment);
    QJsonObject contact = contactJson(fiche.contact);
    for (QJsonObject *part : {&body, &contact}) {
        part->remove(QStringLiteral("email"));
        part->remove(QStringLiteral("emailConfirmation"));
    }
    body.insert(QStringLiteral("contact"), contact);
    call<EstablishmentFile>("PATCH", establishmentPath(siret), body, std::move(done),
                            [](const QJsonDocument &d) { return establishmentFile(d.object()); });
}

void AspClient::fetchUsers(const QString &siret, Callback<QList<EstablishmentUser>> done) {
    call<QList<EstablishmentUser>>("GET", establishmentPath(siret, QStringLiteral("/users")), {},
                                   std::move(done), [](const QJsonDocument &d) {
                                       return listOf<EstablishmentUser>(d, "users",
                                                                        establishmentUser);
                                   });
}

void AspClient::addUser(const QString &siret, const NewUser &user, Callback<Done> done) {
    const QJsonObject body{{QStringLiteral("lastName"), user.lastName},
                           {QStringLiteral("firstName"), user.firstName},
                           {QStringLiteral("email"), user.email}};
    call<Done>("POST", establishmentPath(siret, QStringLiteral("/users")), body, std::move(done),
               nothing);
}

void AspClient::fetchMail(const QString &address, Callback<QList<Mail>> done) {
    call<QList<Mail>>("GET",
                      QStringLiteral("/sim/mailbox?to=%1")
                          .arg(QString::fromLatin1(QUrl::toPercentEncoding(address))),
                      {}, std::move(done),
                      [](const QJsonDocument &d) { return listOf<Mail>(d, "mails", mail); });
}

} // namespace apdesk::client
