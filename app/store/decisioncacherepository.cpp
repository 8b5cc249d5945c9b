#include "store/decisioncacherepository.h"

#include "sqlite/database.h"
#include "sqlite/query.h"
#include "sqlite/transaction.h"
#include "store/storedvalues.h"

#include <QSqlQuery>
#include <QVariant>

namespace apdesk::store {

namespace {
const QString columns =
    QStringLiteral("number, siret, period_start, period_end, form, scheme, authorised_hundredths, "
                   "authorised_headcount, fetched_at, secret_code");

CachedDecision fromRow(const QSqlQuery &query) {
    CachedDecision decision;
    decision.number = query.value(0).toString();
    decision.siret = query.value(1).toString();
    decision.periodStart = stored::toDate(query.value(2));
    decision.periodEnd = stored::toDate(query.value(3));
    decision.form = query.value(4).toInt();
    decision.scheme = query.value(5).toString();
    decision.authorisedHours = domain::Hours::fromHundredths(query.value(6).toLongLong());
    decision.authorisedHeadcount = query.value(7).toInt();
    decision.fetchedAt = stored::toTimestamp(query.value(8));
    decision.secretCode = query.value(9).toString();
    return decision;
}
} // namespace

DecisionCacheRepository::DecisionCacheRepository(const sqlite::Database &database,
                                                 std::function<QDateTime()> clock)
    : m_database(database)
    , m_clock(std::move(clock)) {}

Result<> DecisionCacheRepository::put(const CachedDecision &decision) const {
    if (decision.number.isEmpty() || !decision.periodStart.isValid() ||
        !decision.periodEnd.isValid()) {
        return Result<>::fail(
            Error::make(ErrorKind::Invalid,
                        tr("La décision « %1 » est incomplète (numéro, début et fin de période).")
                            .arg(decision.number)));
    }
    const QDateTime fetchedAt = decision.fetchedAt.isValid() ? decision.fetchedAt : m_clock();
    return sqlite::inTransaction(m_database.connection(), [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        return sqlite::execute(query,
                               QStringLiteral("INSERT INTO cached_decisions (%1) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                              "ON CONFLICT (number) DO UPDATE SET "
                                              "siret = excluded.siret, "
                                              "period_start = excluded.period_start, "
                                              "period_end = excluded.period_end, "
                                              "form = excluded.form, scheme = excluded.scheme, "
                                              "authorised_hundredths = "
                                              "excluded.authorised_hundredths, "
                                              "authorised_headcount = "
                                              "excluded.authorised_headcount, "
                                              "fetched_at = excluded.fetched_at, "
                                              "secret_code = excluded.secret_code")
                                   .arg(columns),
                               {decision.number, decision.siret, stored::date(decision.periodStart),
                                stored::date(decision.periodEnd), decision.form, decision.scheme,
                                decision.authorisedHours.hundredths(), decision.authorisedHeadcount,
                                stored::timestamp(fetchedAt), stored::text(decision.secretCode)},
                               tr("garder la décision %1").arg(decision.number));
    });
}

Result<std::optional<CachedDecision>> DecisionCacheRepository::find(const QString &number) const {
    using R = Result<std::optional<CachedDecision>>;
    QSqlQuery query(m_database.connection());
    const auto done = sqlite::execute(
        query, QStringLiteral("SELECT %1 FROM cached_decisions WHERE number = ?").arg(columns),
        {number}, tr("lire la décision %1").arg(number));
    if (!done)
        return R::failWith(done);
    if (!query.next())
        return R::ok(std::nullopt);
    return R::ok(fromRow(query));
}

Result<QList<CachedDecision>> DecisionCacheRepository::listForSiret(const QString &siret) const {
    QSqlQuery query(m_database.connection());
    const auto done =
        sqlite::execute(query,
                        QStringLiteral("SELECT %1 FROM cached_decisions WHERE siret = ? "
                                       "ORDER BY period_start DESC, number")
                            .arg(columns),
                        {siret}, tr("lire les décisions du SIRET %1").arg(siret));
    if (!done)
        return Result<QList<CachedDecision>>::failWith(done);
    QList<CachedDecision> decisions;
    while (query.next())
        decisions << fromRow(query);
    return Result<QList<CachedDecision>>::ok(decisions);
}

} // namespace apdesk::store
