#include "claimreception.h"

#include "apierror.h"
#include "jsoninput.h"
#include "mails.h"
#include "servicecontext.h"

#include "domain/claim/claimengine.h"
#include "domain/claim/claimjson.h"
#include "sqlite/database.h"
#include "sqlite/transaction.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace apdesk::aspsim::claimreception {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ClaimReception)
};

HttpReply invalid(const QString &code, const QString &field, const QString &message) {
    return apierror::reply(422, code, message, {{field, message}});
}

bool isKey(const QString &key) {
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{8,100}$"));
    return pattern.match(key).hasMatch();
}

// The decision as the service knows it, in the engine's terms: what the claim is computed with,
// whatever the program's cached copy said.
domain::Decision termsOf(const Decision &d) {
    domain::Decision terms;
    terms.number = d.number;
    terms.start = d.periodStart;
    terms.end = d.periodEnd;
    terms.form = d.form <= 2 ? domain::ReductionForm::HoursReduction
                             : domain::ReductionForm::TemporaryClosure;
    terms.scheme =
        d.scheme == QLatin1String("apld") ? domain::Scheme::Apld : domain::Scheme::CommonLaw;
    terms.authorisedHours = domain::Hours::fromHundredths(d.authorisedHundredths);
    terms.authorisedHeadcount = d.authorisedHeadcount;
    return terms;
}

QJsonObject problemJson(const domain::Problem &p) {
    QJsonObject json{{QStringLiteral("message"), p.message}};
    if (!p.matricule.isEmpty())
        json.insert(QStringLiteral("matricule"), p.matricule);
    if (p.week.isValid())
        json.insert(QStringLiteral("week"), p.week.toString(Qt::ISODate));
    if (!p.field.isEmpty())
        json.insert(QStringLiteral("field"), p.field);
    return json;
}

HttpReply blocked(const QList<domain::Problem> &problems) {
    QJsonArray list;
    for (const domain::Problem &p : problems)
        list.append(problemJson(p));
    return apierror::reply(
        422, QStringLiteral("claim_blocked"),
        Text::tr("La demande n'est pas reçue : %n problème(s) bloquant(s) à corriger. Premier "
                 "problème : %1",
                 nullptr, int(problems.size()))
            .arg(problems.first().message),
        {}, {{QStringLiteral("problems"), list}});
}

} // namespace

HttpReply receive(ServiceContext &ctx, const Establishment &establishment,
                  const HttpRequest &request) {
    HttpReply failure;
    auto input = JsonInput::parse(request, &failure, ctx.config.limits.maxClaimRequestBytes);
    if (!input)
        return failure;
    const QString key = input->text(QStringLiteral("idempotencyKey"));
    const QJsonValue claimValue = input->value(QStringLiteral("claim"));
    if (input->hasTypeErrors())
        return input->typeErrorReply();
    if (!input->missing().isEmpty() || !claimValue.isObject()) {
        return apierror::reply(400, QStringLiteral("missing_fields"),
                               Text::tr("Une clé d'envoi (idempotencyKey) et la demande (claim, "
                                        "un objet au format apdesk-claim) sont attendues."));
    }
    if (!isKey(key)) {
        return apierror::reply(
            400, QStringLiteral("invalid_fields"),
            Text::tr("La clé d'envoi doit compter de 8 à 100 lettres, chiffres, - ou _."),
            {{QStringLiteral("idempotencyKey"),
              Text::tr("De 8 à 100 lettres, chiffres, - ou _ sont attendus.")}});
    }
    const QByteArray payload = QJsonDocument(claimValue.toObject()).toJson(QJsonDocument::Compact);
    const QByteArray hash = QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex();

    // A sending already received under this key: its answer again (the first may have been lost).
    if (const auto earlier = ctx.claims.byKey(establishment.siret, key)) {
        if (earlier->payloadHash != hash) {
            return apierror::reply(
                409, QStringLiteral("idempotency_key_reused"),
                Text::tr("Cette clé d'envoi a déjà servi pour une autre demande (n° %1) : chaque "
                         "envoi a sa propre clé.")
                    .arg(earlier->number));
        }
        return HttpReply::json(200, earlier->toJson());
    }

    auto read = domain::ClaimJson::read(payload);
    if (!read)
        return invalid(QStringLiteral("invalid_claim"), QStringLiteral("claim"), read.error());
    domain::ClaimInput claimInput = *read;
    domain::Claim &claim = claimInput.claim;
    if (claim.establishment.siret != establishment.siret) {
        return invalid(QStringLiteral("invalid_claim"), QStringLiteral("claim.establishment.siret"),
                       Text::tr("La demande est celle du SIRET %1, pas de l'établissement %2.")
                           .arg(claim.establishment.siret, establishment.siret));
    }
    const auto decision = ctx.decisions.byNumber(claim.decision.number);
    if (!decision || decision->siret != establishment.siret) {
        return invalid(QStringLiteral("unknown_decision"), QStringLiteral("claim.decision.number"),
                       Text::tr("L'établissement n'a pas de décision n° %1 : la demande se fait "
                                "au titre d'une de ses décisions d'autorisation.")
                           .arg(claim.decision.number));
    }
    const QString month = claim.firstDay().toString(QStringLiteral("yyyy-MM"));
    if (claim.lastDay() < decision->periodStart || claim.firstDay() > decision->periodEnd) {
        const QString date = QStringLiteral("dd/MM/yyyy");
        return invalid(QStringLiteral("month_outside_decision"), QStringLiteral("claim.month"),
                       Text::tr("Le mois %1 est hors de la période autorisée par la décision "
                                "n° %2 (du %3 au %4).")
                           .arg(month, decision->number, decision->periodStart.toString(date),
                                decision->periodEnd.toString(date)));
    }

    ReceivedClaim received;
    received.version = 1;
    if (const auto latest =
            ctx.claims.latestOfMonth(establishment.siret, decision->number, month)) {
        if (!latest->isFinished()) {
            return apierror::reply(
                409, QStringLiteral("claim_in_progress"),
                Text::tr("La demande n° %1 de ce mois est déjà à l'ASP (%2) : une nouvelle "
                         "version ne peut être envoyée qu'une fois celle-ci payée, rejetée ou "
                         "retirée.")
                    .arg(latest->number, ReceivedClaim::statusLabel(latest->status)),
                {}, {{QStringLiteral("claim"), latest->toJson()}});
        }
        received.number = latest->number;
        received.version = latest->version + 1;
    }

    claim.decision = termsOf(*decision);
    claim.decisionHoursUsedEarlier =
        domain::Hours::fromHundredths(ctx.claims.hoursUsedByOtherMonths(decision->number, month));
    claim.today = QDateTime::fromSecsSinceEpoch(ctx.now(), Qt::UTC).date();
    const domain::ClaimResult result =
        domain::ClaimEngine(*ctx.rates).compute(claim, domain::Reasons::Skipped);
    QList<domain::Problem> blocking;
    for (const domain::Problem &p : claimInput.problems + result.problems()) {
        if (p.level == domain::Problem::Level::Blocking)
            blocking.append(p);
    }
    if (!blocking.isEmpty())
        return blocked(blocking);

    received.siret = establishment.siret;
    received.decisionNumber = decision->number;
    received.month = month;
    received.idempotencyKey = key;
    received.payloadHash = hash;
    received.payload = payload;
    received.employees = int(claim.employees.size());
    received.hoursHundredths = result.totalHours().hundredths();
    received.indemnityCents = result.totalIndemnity().cents();
    received.allocationCents = result.totalAllocation().cents();

    sqlite::Transaction transaction(ctx.db->connection());
    if (!transaction.isActive())
        return ServiceContext::internalError();
    const auto stored = ctx.claims.create(received, ctx.now());
    if (!stored || !ctx.mailbox.send(Mails::claimReceived(establishment, *stored), ctx.now()) ||
        !transaction.commit().isOk()) {
        return ServiceContext::internalError();
    }
    return HttpReply::json(201, stored->toJson());
}

} // namespace apdesk::aspsim::claimreception
