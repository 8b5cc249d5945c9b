#include "store/claimlinerepository.h"

#include "sqlite/database.h"
#include "sqlite/query.h"
#include "sqlite/transaction.h"
#include "store/storedvalues.h"

#include <QLocale>
#include <QSqlQuery>
#include <QVariant>

namespace apdesk::store {

namespace {
const QString columns = QStringLiteral(
    "claim_id, employee_id, week_start, worked_hundredths, treated_as_worked_hundredths, "
    "chomees_hundredths, half_days_not_worked, forfait_jours, contractual_weekly_hundredths, "
    "gross_hourly_pay_cents, usual_net_hourly_pay_cents, contract_kind");

ClaimLine fromRow(const QSqlQuery &query) {
    ClaimLine line;
    line.claimId = query.value(0).toLongLong();
    line.employeeId = query.value(1).toLongLong();
    line.hours.weekStart = stored::toDate(query.value(2));
    line.hours.worked = domain::Hours::fromHundredths(query.value(3).toLongLong());
    line.hours.treatedAsWorked = domain::Hours::fromHundredths(query.value(4).toLongLong());
    line.hours.chomees = domain::Hours::fromHundredths(query.value(5).toLongLong());
    line.hours.halfDaysNotWorked = query.value(6).toInt();
    line.forfaitJours = query.value(7).toInt() != 0;
    line.contractualWeeklyHours = domain::Hours::fromHundredths(query.value(8).toLongLong());
    line.grossHourlyPay = domain::Money::fromCents(query.value(9).toLongLong());
    line.usualNetHourlyPay = stored::toOptionalMoney(query.value(10));
    line.contract = stored::toContract(query.value(11).toString()).value_or(ContractKind::Ordinary);
    return line;
}

QString dayName(const QDate &date) {
    return QLocale(QLocale::French, QLocale::France).toString(date, QStringLiteral("d MMMM yyyy"));
}

struct ClaimState {
    qint64 establishmentId = 0;
    QDate month;
    ClaimStatus status = ClaimStatus::Preparation;
};

// The claim a line belongs to, refused unless it is still in preparation.
Result<ClaimState> editableClaim(QSqlDatabase &db, qint64 claimId) {
    QSqlQuery query(db);
    const auto done = sqlite::execute(
        query, QStringLiteral("SELECT establishment_id, month, status FROM claims WHERE id = ?"),
        {claimId}, ClaimLineRepository::tr("lire la demande n°%1").arg(claimId));
    if (!done)
        return Result<ClaimState>::failWith(done);
    if (!query.next()) {
        return Result<ClaimState>::fail(
            Error::make(ErrorKind::NotFound,
                        ClaimLineRepository::tr("La demande n°%1 n'existe pas.").arg(claimId)));
    }
    ClaimState state{query.value(0).toLongLong(), stored::toMonth(query.value(1)),
                     stored::toStatus(query.value(2).toString()).value_or(ClaimStatus::Sent)};
    if (state.status != ClaimStatus::Preparation) {
        return Result<ClaimState>::fail(Error::make(
            ErrorKind::Refused,
            ClaimLineRepository::tr("La demande pour %1 n'est plus en préparation : ses heures ne "
                                    "peuvent plus être modifiées.")
                .arg(QLocale(QLocale::French, QLocale::France)
                         .toString(state.month, QStringLiteral("MMMM yyyy")))));
    }
    return Result<ClaimState>::ok(state);
}

std::optional<Error> check(const WeekHours &hours) {
    if (!hours.weekStart.isValid()) {
        return Error::make(ErrorKind::Invalid,
                           ClaimLineRepository::tr("La semaine de la ligne manque."));
    }
    if (hours.worked.isNegative() || hours.treatedAsWorked.isNegative() ||
        hours.chomees.isNegative() || hours.halfDaysNotWorked < 0) {
        return Error::make(ErrorKind::Invalid,
                           ClaimLineRepository::tr("Les heures de la semaine du %1 ne peuvent "
                                                   "pas être négatives.")
                               .arg(dayName(hours.weekStart)));
    }
    return std::nullopt;
}
} // namespace

ClaimLineRepository::ClaimLineRepository(const sqlite::Database &database)
    : m_database(database) {}

Result<ClaimLine> ClaimLineRepository::upsert(qint64 claimId, qint64 employeeId,
                                              const WeekHours &hours) const {
    if (const auto invalid = check(hours))
        return Result<ClaimLine>::fail(*invalid);
    return sqlite::inTransaction(m_database.connection(), [&](QSqlDatabase &db) {
        const auto claim = editableClaim(db, claimId);
        if (!claim)
            return Result<ClaimLine>::failWith(claim);
        if (hours.weekStart.year() != claim->month.year() ||
            hours.weekStart.month() != claim->month.month()) {
            return Result<ClaimLine>::fail(Error::make(
                ErrorKind::Invalid, tr("La semaine du %1 n'est pas dans le mois de la demande.")
                                        .arg(dayName(hours.weekStart))));
        }
        const QVariantList hourValues{hours.worked.hundredths(), hours.treatedAsWorked.hundredths(),
                                      hours.chomees.hundredths(), hours.halfDaysNotWorked};
        const QVariantList key{claimId, employeeId, stored::date(hours.weekStart)};
        const QString what =
            tr("enregistrer les heures de la semaine du %1").arg(dayName(hours.weekStart));

        QSqlQuery query(db);
        auto done = sqlite::execute(
            query,
            QStringLiteral("UPDATE claim_lines SET worked_hundredths = ?, "
                           "treated_as_worked_hundredths = ?, chomees_hundredths = ?, "
                           "half_days_not_worked = ? "
                           "WHERE claim_id = ? AND employee_id = ? AND week_start = ?"),
            hourValues + key, what);
        if (!done)
            return Result<ClaimLine>::failWith(done);
        if (query.numRowsAffected() == 0) {
            // A new line: copy the employee's contract and pay as they are now.
            done = sqlite::execute(
                query,
                QStringLiteral(
                    "INSERT INTO claim_lines (worked_hundredths, treated_as_worked_hundredths, "
                    "chomees_hundredths, half_days_not_worked, claim_id, employee_id, week_start, "
                    "forfait_jours, contractual_weekly_hundredths, gross_hourly_pay_cents, "
                    "usual_net_hourly_pay_cents, contract_kind) "
                    "SELECT ?, ?, ?, ?, ?, id, ?, forfait_jours, weekly_hours_hundredths, "
                    "gross_hourly_pay_cents, usual_net_hourly_pay_cents, contract_kind "
                    "FROM employees WHERE id = ? AND establishment_id = ?"),
                hourValues + QVariantList{claimId, stored::date(hours.weekStart), employeeId,
                                          claim->establishmentId},
                what);
            if (!done)
                return Result<ClaimLine>::failWith(done);
            if (query.numRowsAffected() == 0) {
                return Result<ClaimLine>::fail(Error::make(
                    ErrorKind::NotFound, tr("Le salarié n°%1 n'existe pas dans l'établissement "
                                            "de cette demande.")
                                             .arg(employeeId)));
            }
        }
        done = sqlite::execute(
            query,
            QStringLiteral("SELECT %1 FROM claim_lines "
                           "WHERE claim_id = ? AND employee_id = ? AND week_start = ?")
                .arg(columns),
            key, what);
        if (!done)
            return Result<ClaimLine>::failWith(done);
        if (!query.next())
            return Result<ClaimLine>::fail(Error::make(ErrorKind::Failed, what));
        return Result<ClaimLine>::ok(fromRow(query));
    });
}

Result<> ClaimLineRepository::remove(qint64 claimId, qint64 employeeId,
                                     const QDate &weekStart) const {
    return sqlite::inTransaction(m_database.connection(), [&](QSqlDatabase &db) {
        const auto claim = editableClaim(db, claimId);
        if (!claim)
            return Result<>::failWith(claim);
        QSqlQuery query(db);
        return sqlite::execute(
            query,
            QStringLiteral("DELETE FROM claim_lines "
                           "WHERE claim_id = ? AND employee_id = ? AND week_start = ?"),
            {claimId, employeeId, stored::date(weekStart)},
            tr("supprimer la ligne de la semaine du %1").arg(dayName(weekStart)));
    });
}

Result<QList<ClaimLine>> ClaimLineRepository::linesOf(qint64 claimId) const {
    QSqlQuery query(m_database.connection());
    // Forward-only: otherwise Qt keeps a QVariant of every cell of every row passed (100,000
    // lines × 12 columns for a batch claim), doubling the time and memory of the read.
    query.setForwardOnly(true);
    const auto done =
        sqlite::execute(query,
                        QStringLiteral("SELECT %1 FROM claim_lines WHERE claim_id = ? "
                                       "ORDER BY employee_id, week_start")
                            .arg(columns),
                        {claimId}, tr("lire les lignes de la demande n°%1").arg(claimId));
    if (!done)
        return Result<QList<ClaimLine>>::failWith(done);
    QList<ClaimLine> lines;
    while (query.next())
        lines.append(fromRow(query));
    return Result<QList<ClaimLine>>::ok(lines);
}

} // namespace apdesk::store
