// GET /api/v1/establishments, GET/PATCH /api/v1/establishments/{siret},
// GET/POST /api/v1/establishments/{siret}/users: the fiche établissement and its users.
#include "accountrequestform.h"
#include "apierror.h"
#include "establishmentaccess.h"
#include "jsoninput.h"
#include "mails.h"
#include "router.h"
#include "routes.h"
#include "secrets.h"
#include "servicecontext.h"

#include "domain/emailaddress.h"
#include "sqlite/database.h"
#include "sqlite/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtConcurrent>

namespace apdesk::aspsim {

namespace {

using Access = EstablishmentAccess;

struct Text {
    Q_DECLARE_TR_FUNCTIONS(EstablishmentRoutes)
};

HttpReply notPrincipal() {
    return apierror::reply(403, QStringLiteral("not_principal_user"),
                           Text::tr("Seul le compte principal de l'établissement (la personne à "
                                    "contacter) peut faire cette modification."));
}

QJsonObject userJson(const User &user, bool principal) {
    return {{QStringLiteral("identifier"), user.identifier},
            {QStringLiteral("firstName"), user.firstName},
            {QStringLiteral("lastName"), user.lastName},
            {QStringLiteral("email"), user.email},
            {QStringLiteral("displayName"), user.displayName()},
            {QStringLiteral("principal"), principal}};
}

HttpReply list(ServiceContext &ctx, const HttpRequest &request) {
    const auto auth = ctx.authenticate(request, false);
    if (!auth.user) {
        return auth.failure;
    }
    QJsonArray items;
    for (const Establishment &e : ctx.establishments.ofUser(auth.user->id)) {
        items.append(e.toJson());
    }
    return HttpReply::json(200, {{QStringLiteral("establishments"), items}});
}

HttpReply show(ServiceContext &ctx, const HttpRequest &request, const QString &siret) {
    const Access a = Access::check(ctx, request, siret);
    return a.establishment ? HttpReply::json(200, a.establishment->toJson()) : a.failure;
}

// Merges the given fields over the current fiche, then checks the whole fiche with the rules of
// the account request. A new e-mail must come with its confirmation, typed twice like the form.
HttpReply patch(ServiceContext &ctx, const HttpRequest &request, const QString &siret) {
    const Access a = Access::check(ctx, request, siret);
    if (!a.establishment) {
        return a.failure;
    }
    if (a.establishment->principalUserId != a.user->id) {
        return notPrincipal();
    }
    HttpReply failure;
    auto input = JsonInput::parse(request, &failure);
    if (!input) {
        return failure;
    }
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QJsonObject current = a.establishment->toJson();
    auto merge = [](QJsonObject base, const QJsonValue &changes) {
        base.insert(QStringLiteral("emailConfirmation"), base.value(QStringLiteral("email")));
        const QJsonObject given = changes.toObject();
        for (auto it = given.begin(); it != given.end(); ++it) {
            base.insert(it.key(), it.value());
        }
        return base;
    };
    QJsonObject establishment = merge(current, body);
    establishment.remove(QStringLiteral("contact"));
    const QJsonObject contact = merge(current.value(QStringLiteral("contact")).toObject(),
                                      body.value(QStringLiteral("contact")));
    if (body.contains(QStringLiteral("contact")) &&
        !body.value(QStringLiteral("contact")).isObject()) {
        return apierror::reply(
            400, QStringLiteral("invalid_request"),
            Text::tr("La requête est mal formée : certains champs n'ont pas le "
                     "type attendu."),
            {{QStringLiteral("contact"), Text::tr("Un objet JSON est attendu.")}});
    }
    JsonInput merged(
        {{QStringLiteral("establishment"), establishment}, {QStringLiteral("contact"), contact}});
    const AccountRequestForm form = AccountRequestForm::read(merged, false, false);
    if (merged.hasTypeErrors()) {
        return merged.typeErrorReply();
    }
    if (!form.isValid()) {
        return form.errorReply();
    }
    Establishment updated = Establishment::fromJson(siret, form.establishment, form.contact);
    updated.principalUserId = a.establishment->principalUserId;
    if (!ctx.establishments.update(updated)) {
        return ServiceContext::internalError();
    }
    return HttpReply::json(200, updated.toJson());
}

HttpReply users(ServiceContext &ctx, const HttpRequest &request, const QString &siret) {
    const Access a = Access::check(ctx, request, siret);
    if (!a.establishment) {
        return a.failure;
    }
    QJsonArray items;
    for (const qint64 id : ctx.establishments.userIds(siret)) {
        if (const auto user = ctx.users.byId(id)) {
            items.append(userJson(*user, id == a.establishment->principalUserId));
        }
    }
    return HttpReply::json(200, {{QStringLiteral("users"), items}});
}

QFuture<HttpReply> addUser(ServiceContext &ctx, const HttpRequest &request, const QString &siret) {
    const Access a = Access::check(ctx, request, siret);
    if (!a.establishment) {
        return QtFuture::makeReadyFuture(a.failure);
    }
    if (a.establishment->principalUserId != a.user->id) {
        return QtFuture::makeReadyFuture(notPrincipal());
    }
    HttpReply failure;
    auto input = JsonInput::parse(request, &failure);
    if (!input) {
        return QtFuture::makeReadyFuture(failure);
    }
    User added;
    added.lastName = input->text(QStringLiteral("lastName"));
    added.firstName = input->text(QStringLiteral("firstName"));
    const QString emailText = input->text(QStringLiteral("email"));
    if (input->hasTypeErrors()) {
        return QtFuture::makeReadyFuture(input->typeErrorReply());
    }
    QList<FieldError> fields;
    for (const QString &name : input->missing()) {
        fields.append({name, Text::tr("Ce champ est obligatoire.")});
    }
    if (!fields.isEmpty()) {
        return QtFuture::makeReadyFuture(apierror::reply(400, QStringLiteral("missing_fields"),
                                                         AccountRequestForm::missingFieldsMessage(),
                                                         fields));
    }
    const auto email = domain::EmailAddress::parse(emailText);
    if (!email) {
        return QtFuture::makeReadyFuture(
            apierror::reply(400, QStringLiteral("invalid_fields"), email.error(),
                            {{QStringLiteral("email"), email.error()}}));
    }
    added.email = email->text();
    const Establishment establishment = *a.establishment;
    const qint64 now = ctx.now();
    if (const auto existing = ctx.users.byEmail(added.email)) {
        // The address already has a login: it gains this establishment, with its credentials.
        if (ctx.establishments.isMember(siret, existing->id)) {
            return QtFuture::makeReadyFuture(apierror::reply(
                409, QStringLiteral("already_a_user"),
                Text::tr("Cette personne est déjà utilisatrice de l'établissement.")));
        }
        if (ctx.establishments.countOfUser(existing->id) >=
            ServiceContext::maxEstablishmentsPerLogin) {
            return QtFuture::makeReadyFuture(apierror::reply(
                409, QStringLiteral("establishment_limit"),
                Text::tr("Un même identifiant peut gérer au plus %1 établissements.")
                    .arg(ServiceContext::maxEstablishmentsPerLogin)));
        }
        const bool ok =
            ctx.establishments.addUser(siret, existing->id, now) &&
            ctx.mailbox.send(Mails::habilitation(existing->email, *existing, establishment), now);
        return QtFuture::makeReadyFuture(ok ? HttpReply::json(201, userJson(*existing, false))
                                            : ServiceContext::internalError());
    }
    ServiceContext *context = &ctx;
    return QtConcurrent::run(&ctx.pool,
                             [] {
                                 const QString password = secrets::temporaryPassword();
                                 return std::make_pair(password, secrets::hashPassword(password));
                             })
        .then(ctx.owner,
              [context, added, siret, establishment](const std::pair<QString, QByteArray> &fresh) {
                  ServiceContext &ctx = *context;
                  sqlite::Transaction transaction(ctx.db->connection());
                  if (!transaction.isActive()) {
                      return ServiceContext::internalError();
                  }
                  const qint64 now = ctx.now();
                  User user = added;
                  user.identifier = ctx.users.newIdentifier();
                  user.passwordHash = fresh.second;
                  const auto id = ctx.users.create(user, now);
                  if (!id) {
                      return ServiceContext::internalError();
                  }
                  user.id = *id;
                  const bool ok =
                      ctx.establishments.addUser(siret, user.id, now) &&
                      ctx.mailbox.send(Mails::identifier(user), now) &&
                      ctx.mailbox.send(Mails::temporaryPassword(user, fresh.first), now) &&
                      ctx.mailbox.send(Mails::habilitation(user.email, user, establishment), now);
                  if (!ok || !transaction.commit().isOk()) {
                      return ServiceContext::internalError();
                  }
                  return HttpReply::json(201, userJson(user, false));
              });
}

} // namespace

void installEstablishmentRoutes(Router &router, ServiceContext &ctx) {
    router.addSync("GET", QStringLiteral("/api/v1/establishments"),
                   [&ctx](const HttpRequest &r, const Router::Params &) { return list(ctx, r); });
    router.addSync(
        "GET", QStringLiteral("/api/v1/establishments/{siret}"),
        [&ctx](const HttpRequest &r, const Router::Params &p) { return show(ctx, r, p.value(0)); });
    router.addSync("PATCH", QStringLiteral("/api/v1/establishments/{siret}"),
                   [&ctx](const HttpRequest &r, const Router::Params &p) {
                       return patch(ctx, r, p.value(0));
                   });
    router.addSync("GET", QStringLiteral("/api/v1/establishments/{siret}/users"),
                   [&ctx](const HttpRequest &r, const Router::Params &p) {
                       return users(ctx, r, p.value(0));
                   });
    router.add("POST", QStringLiteral("/api/v1/establishments/{siret}/users"),
               [&ctx](const HttpRequest &r, const Router::Params &p) {
                   return addUser(ctx, r, p.value(0));
               });
}

} // namespace apdesk::aspsim
