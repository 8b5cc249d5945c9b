#include "authorisationdecisions.h"

#include "apierror.h"
#include "decisiongrant.h"
#include "mails.h"
#include "servicecontext.h"

#include "sqlite/database.h"
#include "sqlite/transaction.h"

namespace apdesk::aspsim::authorisationdecisions {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(AuthorisationDecisions)
};

// Accepts (granting the decision and mailing its notification) or refuses (mailing why), in one
// transaction.
bool decide(ServiceContext &ctx, const AuthorisationRequest &request, bool accept,
            const QString &reason, qint64 at) {
    const auto establishment = ctx.establishments.bySiret(request.terms.siret);
    if (!establishment)
        return false;
    sqlite::Transaction transaction(ctx.db->connection());
    if (!transaction.isActive())
        return false;
    QString number;
    if (accept) {
        Decision terms = request.terms;
        terms.decidedAt = at;
        const auto granted = decisiongrant::grant(ctx, terms, *establishment);
        if (!granted)
            return false;
        number = granted->number;
    } else if (!ctx.mailbox.send(Mails::authorisationRefused(*establishment, request, reason),
                                 at)) {
        return false;
    }
    return ctx.authorisations.decide(
               request.id, accept ? QStringLiteral("accepted") : QStringLiteral("refused"),
               accept ? QString() : reason, number, at) &&
           transaction.commit().isOk();
}

} // namespace

QString refusalOf(const Decision &terms) {
    const bool apld = terms.scheme == QLatin1String("apld");
    const int months = apld ? 6 : terms.periodStart < QDate(2021, 7, 1) ? 12 : 3;
    if (terms.periodEnd >= terms.periodStart.addMonths(months)) {
        return Text::tr("La période demandée (du %1 au %2) dépasse la durée maximale d'une "
                        "autorisation : %3 mois (%4).")
            .arg(terms.periodStart.toString(QStringLiteral("dd/MM/yyyy")),
                 terms.periodEnd.toString(QStringLiteral("dd/MM/yyyy")))
            .arg(months)
            .arg(apld ? Text::tr("activité partielle de longue durée, décret 2020-926")
                      : Text::tr("droit commun, décret 2020-1316"));
    }
    return {};
}

void processDue(ServiceContext &ctx) {
    const qint64 delay = ctx.config.authorisationDelaySecs;
    if (delay < 0)
        return;
    const qint64 now = ctx.now();
    for (const AuthorisationRequest &request :
         ctx.authorisations.submittedBefore(now - delay + 1)) {
        const QString refusal = refusalOf(request.terms);
        if (!decide(ctx, request, refusal.isEmpty(), refusal, request.submittedAt + delay))
            return; // logged; tried again at the next request
    }
}

HttpReply decideNow(ServiceContext &ctx, const AuthorisationRequest &request, bool accept,
                    const QString &reason) {
    if (request.state != QLatin1String("submitted")) {
        return apierror::reply(409, QStringLiteral("already_decided"),
                               Text::tr("Cette demande d'autorisation est déjà décidée."), {},
                               {{QStringLiteral("request"), request.toJson()}});
    }
    if (!decide(ctx, request, accept, reason, ctx.now()))
        return ServiceContext::internalError();
    return HttpReply::json(200, ctx.authorisations.byId(request.id)->toJson());
}

} // namespace apdesk::aspsim::authorisationdecisions
