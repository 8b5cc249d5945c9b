// GET /api/v1/captcha[/question], POST /api/v1/spaces, POST /api/v1/account-requests: creating
// a space ("CRÉER MON ESPACE") and the account request that follows (DOMAIN.md section 1).
#include "accountrequestform.h"
#include "accountvalidation.h"
#include "captchaimage.h"
#include "jsoninput.h"
#include "router.h"
#include "routes.h"
#include "secrets.h"
#include "servicecontext.h"

#include "domain/emailaddress.h"
#include "domain/siret.h"

#include <QtConcurrent>

namespace apdesk::aspsim {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(SpaceRoutes)
};

constexpr qint64 registrationTokenSecs = 60 * 60;
const QString captchaAlphabet = QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZ23456789");

HttpReply siretTaken(const QString &holderEmail) {
    const auto email = domain::EmailAddress::parse(holderEmail);
    const QString masked = email ? email->masked() : QStringLiteral("***");
    return apierror::reply(
        409, QStringLiteral("siret_taken"),
        Text::tr("Un compte existe déjà pour ce SIRET. Contactez l'utilisateur déjà créé pour cet "
                 "établissement (%1) : il peut vous ajouter comme utilisateur.")
            .arg(masked),
        {}, {{QStringLiteral("holderEmail"), masked}});
}

HttpReply captcha(ServiceContext &ctx) {
    const QString answer = secrets::randomText(captchaAlphabet, 6);
    const QString id = ctx.captchas.add(answer, ctx.now());
    return HttpReply::json(200, {{QStringLiteral("id"), id},
                                 {QStringLiteral("image"),
                                  QString::fromLatin1(captchaimage::png(answer).toBase64())}});
}

// The non-visual alternative to the picture (RGAA criterion 1.4, WCAG 1.1.1): a sum or a
// difference written in words, which a screen reader reads out and a person answers in figures.
// It shares the picture's store, lifetime and check: POST /api/v1/spaces takes either.
HttpReply captchaQuestion(ServiceContext &ctx) {
    static const QStringList words = {Text::tr("zéro"),  Text::tr("un"),     Text::tr("deux"),
                                      Text::tr("trois"), Text::tr("quatre"), Text::tr("cinq"),
                                      Text::tr("six"),   Text::tr("sept"),   Text::tr("huit"),
                                      Text::tr("neuf"),  Text::tr("dix")};
    int a = 1 + static_cast<int>(secrets::uniform(10));
    int b = 1 + static_cast<int>(secrets::uniform(10));
    QString question;
    int answer = 0;
    if (secrets::uniform(2) == 0) {
        question = Text::tr("Combien font %1 plus %2 ? Répondez en chiffres.")
                       .arg(words.at(a), words.at(b));
        answer = a + b;
    } else {
        if (b > a)
            std::swap(a, b);
        question = Text::tr("Combien font %1 moins %2 ? Répondez en chiffres.")
                       .arg(words.at(a), words.at(b));
        answer = a - b;
    }
    const QString id = ctx.captchas.add(QString::number(answer), ctx.now());
    return HttpReply::json(200,
                           {{QStringLiteral("id"), id}, {QStringLiteral("question"), question}});
}

HttpReply createSpace(ServiceContext &ctx, const HttpRequest &request) {
    HttpReply failure;
    auto input = JsonInput::parse(request, &failure);
    if (!input) {
        return failure;
    }
    const QString siretText = input->text(QStringLiteral("siret"));
    const QString captchaId = input->text(QStringLiteral("captchaId"));
    const QString captchaAnswer = input->text(QStringLiteral("captchaAnswer"));
    const bool cgu = input->flag(QStringLiteral("cguAccepted"));
    if (input->hasTypeErrors()) {
        return input->typeErrorReply();
    }
    // A logged-in user registers further SIRETs on the same login.
    qint64 userId = 0;
    if (!request.bearerToken().isEmpty()) {
        const auto auth = ctx.authenticate(request, false);
        if (!auth.user) {
            return auth.failure;
        }
        userId = auth.user->id;
    }
    const auto siret = domain::Siret::parse(siretText);
    if (!siret) {
        return apierror::reply(400, QStringLiteral("invalid_siret"), siret.error(),
                               {{QStringLiteral("siret"), siret.error()}});
    }
    if (!cgu) {
        return apierror::reply(400, QStringLiteral("cgu_not_accepted"),
                               AccountRequestForm::cguMessage(),
                               {{QStringLiteral("cguAccepted"), AccountRequestForm::cguMessage()}});
    }
    if (!ctx.captchas.take(captchaId, captchaAnswer, ctx.now())) {
        const QString message =
            Text::tr("La réponse au contrôle de sécurité ne correspond pas, ou le contrôle a "
                     "expiré : répondez au nouveau contrôle (image ou question).");
        return apierror::reply(422, QStringLiteral("captcha_mismatch"), message,
                               {{QStringLiteral("captchaAnswer"), message}});
    }
    if (const auto holder = ctx.establishments.holderEmail(siret->digits())) {
        return siretTaken(*holder);
    }
    if (userId > 0 &&
        ctx.establishments.countOfUser(userId) >= ServiceContext::maxEstablishmentsPerLogin) {
        return apierror::reply(409, QStringLiteral("establishment_limit"),
                               Text::tr("Un même identifiant peut gérer au plus %1 "
                                        "établissements.")
                                   .arg(ServiceContext::maxEstablishmentsPerLogin));
    }
    const QByteArray token = secrets::newToken();
    if (!ctx.establishments.addRegistrationToken(secrets::tokenHash(token),
                                                 {siret->digits(), userId},
                                                 ctx.now() + registrationTokenSecs)) {
        return ServiceContext::internalError();
    }
    return HttpReply::json(200, {{QStringLiteral("registrationToken"), QString::fromLatin1(token)},
                                 {QStringLiteral("siret"), siret->digits()}});
}

QFuture<HttpReply> accountRequest(ServiceContext &ctx, const HttpRequest &request) {
    HttpReply failure;
    auto input = JsonInput::parse(request, &failure);
    if (!input) {
        return QtFuture::makeReadyFuture(failure);
    }
    const QByteArray token = input->text(QStringLiteral("registrationToken")).toLatin1();
    const QByteArray tokenHash = secrets::tokenHash(token);
    const auto registration = ctx.establishments.registrationToken(tokenHash, ctx.now());
    // A logged-in user adding a SIRET keeps the secret question of the login.
    const bool newLogin = !registration || registration->userId == 0;
    AccountRequestForm form = AccountRequestForm::read(*input, newLogin, true);
    if (input->hasTypeErrors()) {
        return QtFuture::makeReadyFuture(input->typeErrorReply());
    }
    if (token.isEmpty() || !registration) {
        return QtFuture::makeReadyFuture(apierror::reply(
            400, QStringLiteral("invalid_registration_token"),
            Text::tr("Votre demande de création d'espace a expiré ou est inconnue : recommencez "
                     "depuis « Créer mon espace ».")));
    }
    if (!form.isValid()) {
        return QtFuture::makeReadyFuture(form.errorReply());
    }
    if (const auto holder = ctx.establishments.holderEmail(registration->siret)) {
        return QtFuture::makeReadyFuture(siretTaken(*holder));
    }
    const QString contactEmail = form.contact.value(QStringLiteral("email")).toString();
    if (registration->userId == 0 && (ctx.users.byEmail(contactEmail) ||
                                      ctx.establishments.pendingRequestWithEmail(contactEmail))) {
        const QString message =
            Text::tr("Cette adresse électronique est déjà celle d'un utilisateur de l'extranet : "
                     "connectez-vous avec son identifiant pour ajouter cet établissement.");
        return QtFuture::makeReadyFuture(
            apierror::reply(409, QStringLiteral("email_taken"), message,
                            {{QStringLiteral("contact.email"), message}}));
    }
    EstablishmentStore::Request stored;
    stored.siret = registration->siret;
    stored.userId = registration->userId;
    stored.payload = {{QStringLiteral("establishment"), form.establishment},
                      {QStringLiteral("contact"), form.contact},
                      {QStringLiteral("secretQuestion"), form.secretQuestion}};
    ServiceContext *context = &ctx;
    const QString answer = form.secretAnswer;
    return QtConcurrent::run(
               &ctx.pool,
               [answer] { return answer.isEmpty() ? QByteArray() : secrets::hashAnswer(answer); })
        .then(ctx.owner,
              [context, stored, tokenHash](const QByteArray &answerHash) {
                  ServiceContext &ctx = *context;
                  // Another request for the SIRET may have been accepted while the answer was
                  // hashed.
                  if (const auto holder = ctx.establishments.holderEmail(stored.siret)) {
                      return QtFuture::makeReadyFuture(siretTaken(*holder));
                  }
                  EstablishmentStore::Request request = stored;
                  request.secretAnswerHash = answerHash;
                  const qint64 now = ctx.now();
                  if (!ctx.establishments.addRequest(request, now,
                                                     now + ctx.config.validationDelaySecs)) {
                      return QtFuture::makeReadyFuture(ServiceContext::internalError());
                  }
                  ctx.establishments.removeRegistrationToken(tokenHash);
                  const HttpReply accepted = HttpReply::json(
                      202,
                      {{QStringLiteral("siret"), stored.siret},
                       {QStringLiteral("message"),
                        Text::tr("Votre demande est enregistrée. Vous recevrez sous 48 heures au "
                                 "plus trois messages : votre identifiant, votre mot de passe et "
                                 "la confirmation de votre habilitation.")}});
                  // With no delay, the mails are in the mailbox when the client gets its answer.
                  return accountvalidation::processDue(ctx).then([accepted] { return accepted; });
              })
        .unwrap();
}

} // namespace

void installSpaceRoutes(Router &router, ServiceContext &ctx) {
    router.addSync("GET", QStringLiteral("/api/v1/captcha"),
                   [&ctx](const HttpRequest &, const Router::Params &) { return captcha(ctx); });
    router.addSync(
        "GET", QStringLiteral("/api/v1/captcha/question"),
        [&ctx](const HttpRequest &, const Router::Params &) { return captchaQuestion(ctx); });
    router.addSync("POST", QStringLiteral("/api/v1/spaces"),
                   [&ctx](const HttpRequest &request, const Router::Params &) {
                       return createSpace(ctx, request);
                   });
    router.add("POST", QStringLiteral("/api/v1/account-requests"),
               [&ctx](const HttpRequest &request, const Router::Params &) {
                   return accountRequest(ctx, request);
               });
}

} // namespace apdesk::aspsim
