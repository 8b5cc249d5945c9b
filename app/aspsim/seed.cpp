#include "seed.h"

#include "decisionform.h"
#include "establishment.h"
#include "secrets.h"
#include "servicecontext.h"

#include "domain/siret.h"
#include "sqlite/database.h"
#include "sqlite/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace apdesk::aspsim {

QString Seed::addDecision(ServiceContext &ctx, const QJsonValue &value, qsizetype index,
                          qint64 now) {
    const QString name = QStringLiteral("decisions[%1]").arg(index);
    if (!value.isObject()) {
        return tr("Données initiales : %1 n'est pas un objet JSON.").arg(name);
    }
    JsonInput input(value.toObject(), name + QLatin1Char('.'));
    const DecisionForm form = DecisionForm::read(input);
    QList<FieldError> errors = input.typeErrors();
    errors.append(form.errors());
    if (!errors.isEmpty()) {
        QStringList parts;
        for (const FieldError &e : errors) {
            parts.append(QStringLiteral("%1 : %2").arg(e.field, e.message));
        }
        return tr("Données initiales : décision incorrecte (%1).")
            .arg(parts.join(QStringLiteral(" ; ")));
    }
    const Decision &d = form.decision;
    if (!ctx.establishments.bySiret(d.siret)) {
        return tr("Données initiales : %1 nomme un établissement inconnu (%2) ; les "
                  "établissements d'une décision doivent exister ou figurer dans "
                  "\"establishments\".")
            .arg(name, d.siret);
    }
    const bool exists = d.number.isEmpty()
                            ? ctx.decisions.hasPeriod(d.siret, d.periodStart, d.periodEnd)
                            : ctx.decisions.byNumber(d.number).has_value();
    if (exists) {
        return {};
    }
    if (!ctx.decisions.create(d, now)) {
        return tr("Données initiales : la décision %1 n'a pas pu être créée.").arg(name);
    }
    return {};
}

QString Seed::apply(ServiceContext &ctx, const QByteArray &json) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return tr("Le fichier de données initiales n'est pas un objet JSON valide (%1).")
            .arg(error.errorString());
    }
    const QJsonObject root = document.object();
    sqlite::Transaction transaction(ctx.db->connection());
    if (!transaction.isActive()) {
        return transaction.error().message;
    }
    const qint64 now = ctx.now();
    for (const QJsonValue &value : root.value(QStringLiteral("users")).toArray()) {
        const QJsonObject o = value.toObject();
        User user;
        user.identifier = UserStore::keyOf(o.value(QStringLiteral("identifier")).toString());
        if (user.identifier.isEmpty() || ctx.users.byIdentifier(user.identifier)) {
            continue;
        }
        user.passwordHash = secrets::hashPassword(o.value(QStringLiteral("password")).toString());
        user.firstName = o.value(QStringLiteral("firstName")).toString();
        user.lastName = o.value(QStringLiteral("lastName")).toString();
        user.email = o.value(QStringLiteral("email")).toString();
        user.phone = o.value(QStringLiteral("phone")).toString();
        user.secretQuestion = o.value(QStringLiteral("secretQuestion")).toString();
        const QString answer = o.value(QStringLiteral("secretAnswer")).toString();
        if (!answer.isEmpty()) {
            user.secretAnswerHash = secrets::hashAnswer(answer);
        }
        user.firstLoginDone = o.value(QStringLiteral("firstLoginDone")).toBool(true);
        user.mustChangePassword = o.value(QStringLiteral("mustChangePassword")).toBool(false);
        if (!ctx.users.create(user, now)) {
            return tr("L'utilisateur %1 des données initiales n'a pas pu être créé.")
                .arg(user.identifier);
        }
    }
    for (const QJsonValue &value : root.value(QStringLiteral("establishments")).toArray()) {
        const QJsonObject o = value.toObject();
        const auto siret = domain::Siret::parse(o.value(QStringLiteral("siret")).toString());
        if (!siret) {
            return tr("Données initiales : %1").arg(siret.error());
        }
        if (ctx.establishments.bySiret(siret->digits())) {
            continue;
        }
        QList<qint64> members;
        for (const QJsonValue &identifier : o.value(QStringLiteral("users")).toArray()) {
            const auto user = ctx.users.byIdentifier(identifier.toString());
            if (!user) {
                return tr("Données initiales : l'établissement %1 nomme un utilisateur inconnu "
                          "(%2).")
                    .arg(siret->digits(), identifier.toString());
            }
            members.append(user->id);
        }
        if (members.isEmpty()) {
            return tr("Données initiales : l'établissement %1 n'a aucun utilisateur.")
                .arg(siret->digits());
        }
        Establishment e = Establishment::fromJson(siret->digits(), o,
                                                  o.value(QStringLiteral("contact")).toObject());
        e.principalUserId = members.first();
        bool ok = ctx.establishments.create(e, now);
        for (const qint64 id : members) {
            ok = ok && ctx.establishments.addUser(e.siret, id, now);
        }
        if (!ok) {
            return tr("L'établissement %1 des données initiales n'a pas pu être créé.")
                .arg(e.siret);
        }
    }
    for (const QJsonValue &value : root.value(QStringLiteral("otherExtranets")).toArray()) {
        const QJsonObject o = value.toObject();
        const auto siret = domain::Siret::parse(o.value(QStringLiteral("siret")).toString());
        const auto user = ctx.users.byIdentifier(o.value(QStringLiteral("identifier")).toString());
        if (!siret || !user) {
            return tr("Données initiales : un accès SYLAé/APEA nomme un SIRET invalide ou un "
                      "utilisateur inconnu.");
        }
        if (!ctx.establishments.addOtherExtranet(
                siret->digits(), o.value(QStringLiteral("extranet")).toString(), user->id)) {
            return tr("Données initiales : l'accès SYLAé/APEA de %1 n'a pas pu être enregistré.")
                .arg(siret->digits());
        }
    }
    const QJsonArray decisions = root.value(QStringLiteral("decisions")).toArray();
    for (qsizetype i = 0; i < decisions.size(); ++i) {
        const QString error = addDecision(ctx, decisions.at(i), i, now);
        if (!error.isEmpty()) {
            return error;
        }
    }
    const auto committed = transaction.commit();
    return committed ? QString() : committed.error().message;
}

} // namespace apdesk::aspsim
