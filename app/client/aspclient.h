#pragma once

#include "asptypes.h"
#include "outcome.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace apdesk::client {

class JsonTransport;

// The ASP service's HTTP API (contract v1), one asynchronous call per route. Every call answers
// exactly once through its callback, on this object's thread, within the timeout (10 s by
// default): the typed result or an ApiError whose French message can be shown as it is. If the
// client is destroyed first, pending calls are aborted and never answer.
class AspClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AspClient)

public:
    AspClient(QNetworkAccessManager *network, const QUrl &baseUrl, QObject *parent = nullptr);
    ~AspClient() override;

    QUrl baseUrl() const;
    // The service's address, when it is known only after the client is made (the embedded
    // service opens once the window is shown). Until then a client made with an empty address
    // holds its calls, which leave in order when it is given one.
    void setBaseUrl(const QUrl &url);
    void setTimeoutMs(int milliseconds);
    // The bearer token of the open session, sent with calls that need one.
    void setSessionToken(const QByteArray &token);
    // The embedded service's admin secret (aspsim::ServiceConfig::adminSecret), for its /sim
    // routes.
    void setAdminSecret(const QByteArray &secret);
    QByteArray sessionToken() const;

    // Space creation and account request.
    void fetchCaptcha(Callback<Captcha> done);
    void fetchCaptchaQuestion(Callback<CaptchaQuestion> done);
    void createSpace(const QString &siret, const QString &captchaId, const QString &captchaAnswer,
                     bool cguAccepted, Callback<QString> done); // → registrationToken
    void requestAccount(const AccountRequest &request, Callback<Done> done);

    // Sessions and passwords.
    void login(const QString &identifier, const QString &password, Callback<Session> done);
    void logout(Callback<Done> done);
    void changePassword(const QString &identifier, const QString &currentPassword,
                        const QString &newPassword, Callback<Done> done);
    void setSecret(const QString &question, const QString &answer, Callback<Done> done);

    // Forgotten password and identifiant.
    void fetchChallenge(Callback<Challenge> done);
    void startPasswordReset(const QString &identifier, const QString &challengeId,
                            int challengeResult, Callback<SecretQuestionStep> done);
    void answerPasswordReset(const QString &resetId, const QString &answer, Callback<Done> done);
    void startIdentifierRecovery(const QString &email, const QString &challengeId,
                                 int challengeResult, Callback<SecretQuestionStep> done);
    void answerIdentifierRecovery(const QString &recoveryId, const QString &answer,
                                  Callback<Done> done);

    // The establishment's decisions, latest period first (session needed; 404
    // unknown_establishment when the SIRET is not the user's). An answer that does not follow
    // the contract — a field missing or of the wrong type — fails as a whole (ApiError::Protocol)
    // rather than giving a partial decision.
    void fetchDecisions(const QString &siret, Callback<QList<Decision>> done);

    // Sends a claim (apdesk-claim JSON) under its idempotency key: the claim as the ASP recorded
    // it, the first time or again for a key it already knows (the first answer may have been
    // lost). Refusals keep the service's code: claim_blocked (with "problems"),
    // idempotency_key_reused, claim_in_progress, unknown_decision, month_outside_decision.
    void sendClaim(const QString &siret, const QString &idempotencyKey, const QJsonObject &claim,
                   Callback<SentClaim> done);
    // The establishment's claims at the ASP, the latest version of each.
    void fetchClaims(const QString &siret, Callback<QList<SentClaim>> done);

    // Requests for prior authorisation (DAP): submits one (the request as the service recorded
    // it, "submitted"), or lists the establishment's, latest first.
    void submitAuthorisationRequest(const QString &siret, const AuthorisationRequest &request,
                                    Callback<AuthorisationRequest> done);
    void fetchAuthorisationRequests(const QString &siret,
                                    Callback<QList<AuthorisationRequest>> done);

    // The user's establishments, and one establishment's fiche (session needed).
    void fetchEstablishments(Callback<QList<EstablishmentFile>> done);
    void fetchEstablishment(const QString &siret, Callback<EstablishmentFile> done);
    // Rewrites the fiche's name, address, phone and contact's names and phone (the first user
    // only: 403 not_principal otherwise); field errors name "establishment.street",
    // "contact.phone"… The fiche as saved comes back.
    void updateEstablishment(const QString &siret, const EstablishmentFile &fiche,
                             Callback<EstablishmentFile> done);
    void fetchUsers(const QString &siret, Callback<QList<EstablishmentUser>> done);
    // The first user adds a user, who gets their credentials by mail.
    void addUser(const QString &siret, const NewUser &user, Callback<Done> done);

    // The simulated mailbox of one address (the service's admin routes: 404 when it has none).
    void fetchMail(const QString &address, Callback<QList<Mail>> done);

    // Routes whose bodies are passed through as JSON: the admin routes, for tests and demos.
    void getJson(const QString &path, Callback<QJsonDocument> done);
    void sendJson(const QByteArray &method, const QString &path, const QJsonObject &body,
                  Callback<QJsonDocument> done);

private:
    template <typename T, typename Parse>
    void call(const QByteArray &method, const QString &path, const QJsonObject &body,
              Callback<T> done, Parse parse);

    JsonTransport *m_transport;
};

} // namespace apdesk::client
