#include "store/claimrepository.h"

#include "sqlite/database.h"
#include "sqlite/query.h"
#include "sqlite/transaction.h"
#include "store/storedvalues.h"

#include <QLocale>
#include <QSqlQuery>
#include <QVariant>

#include <utility>

namespace apdesk::store {

QString ClaimRepository::statusText(ClaimStatus status) {
    switch (status) {
    case ClaimStatus::Preparation:
        return tr("En préparation");
    case ClaimStatus::Queued:
        return tr("En attente d'envoi");
    case ClaimStatus::Sent:
        return tr("Envoyée");
    case ClaimStatus::Refused:
        return tr("Refusée");
    }
    return {};
}

namespace {
const QString columns = QStringLiteral(
    "id, establishment_id, decision_number, month, status, created_at, status_changed_at, "
    "ifnull(changed_at, created_at), version");

Claim fromRow(const QSqlQuery &query) {
    Claim claim;
    claim.id = query.value(0).toLongLong();
    claim.establishmentId = query.value(1).toLongLong();
    claim.decisionNumber = query.value(2).toString();
    claim.month = stored::toMonth(query.value(3));
    claim.status = stored::toStatus(query.value(4).toString()).value_or(ClaimStatus::Preparation);
    claim.createdAt = stored::toTimestamp(query.value(5));
    claim.statusChangedAt = stored::toTimestamp(query.value(6));
    claim.changedAt = stored::toTimestamp(query.value(7));
    claim.version = query.value(8).toInt();
    return claim;
}

QString monthName(const QDate &month) {
    return QLocale(QLocale::French, QLocale::France).toString(month, QStringLiteral("MMMM yyyy"));
}

Result<Claim> findIn(QSqlDatabase &db, qint64 id) {
    QSqlQuery query(db);
    const auto done =
        sqlite::execute(query, QStringLiteral("SELECT %1 FROM claims WHERE id = ?").arg(columns),
                        {id}, ClaimRepository::tr("lire la demande n°%1").arg(id));
    if (!done)
        return Result<Claim>::failWith(done);
    if (!query.next()) {
        return Result<Claim>::fail(Error::make(
            ErrorKind::NotFound, ClaimRepository::tr("La demande n°%1 n'existe pas.").arg(id)));
    }
    return Result<Claim>::ok(fromRow(query));
}
} // namespace

ClaimRepository::ClaimRepository(const sqlite::Database &database, std::function<QDateTime()> clock)
    : m_database(database)
    , m_clock(std::move(clock)) {}

Result<Claim> ClaimRepository::create(qint64 establishmentId, const QString &decisionNumber,
                                      const QDate &month) const {
    const QString decision = decisionNumber.trimmed();
    if (decision.isEmpty()) {
        return Result<Claim>::fail(
            Error::make(ErrorKind::Invalid, tr("Le numéro de la décision d'autorisation manque.")));
    }
    if (!month.isValid()) {
        return Result<Claim>::fail(
            Error::make(ErrorKind::Invalid, tr("Le mois de la demande manque.")));
    }
    const QDate firstDay(month.year(), month.month(), 1);
    return sqlite::inTransaction(m_database.connection(), [&](QSqlDatabase &db) {
        const QVariant now = stored::timestamp(m_clock());
        QSqlQuery query(db);
        const auto done = sqlite::execute(
            query,
            QStringLiteral("INSERT INTO claims (establishment_id, decision_number, month, status, "
                           "created_at, status_changed_at) VALUES (?, ?, ?, ?, ?, ?)"),
            {establishmentId, decision, stored::month(firstDay),
             stored::statusCode(ClaimStatus::Preparation), now, now},
            tr("créer la demande pour %1").arg(monthName(firstDay)));
        if (!done) {
            Error error = done.error();
            if (error.kind == ErrorKind::Duplicate) {
                error.message = tr("Une demande existe déjà pour la décision %1 en %2.")
                                    .arg(decision, monthName(firstDay));
            } else if (error.kind == ErrorKind::ForeignKey) {
                error.message = tr("L'établissement n°%1 n'existe pas.").arg(establishmentId);
            }
            return Result<Claim>::fail(error);
        }
        return findIn(db, query.lastInsertId().toLongLong());
    });
}

Result<Claim> ClaimRepository::createCorrection(qint64 sentClaimId) const {
    return sqlite::inTransaction(m_database.connection(), [&](QSqlDatabase &db) {
        const auto sent = findIn(db, sentClaimId);
        if (!sent)
            return sent;
        const QString month = monthName(sent->month);
        if (sent->status != ClaimStatus::Sent) {
            return Result<Claim>::fail(Error::make(
                ErrorKind::Refused, tr("La demande pour %1 n'a pas été envoyée : modifiez-la "
                                       "directement, sans créer de correction.")
                                        .arg(month)));
        }
        QSqlQuery query(db);
        const QVariant now = stored::timestamp(m_clock());
        auto done = sqlite::execute(
            query,
            QStringLiteral("INSERT INTO claims (establishment_id, decision_number, month, version, "
                           "status, created_at, status_changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {sent->establishmentId, sent->decisionNumber, stored::month(sent->month),
             sent->version + 1, stored::statusCode(ClaimStatus::Preparation), now, now},
            tr("créer la version %1 de la demande pour %2").arg(sent->version + 1).arg(month));
        if (!done) {
            Error error = done.error();
            if (error.kind == ErrorKind::Duplicate) {
                error.message = tr("La version %1 de la demande pour %2 existe déjà.")
                                    .arg(sent->version + 1)
                                    .arg(month);
            }
            return Result<Claim>::fail(error);
        }
        const qint64 correction = query.lastInsertId().toLongLong();
        // The trigger copies each employee's changes as they are now: the paid version's copy
        // replaces them, so that the correction starts from exactly what was paid.
        const QVariantList both = {correction, sentClaimId};
        const QList<std::pair<QString, QVariantList>> copies = {
            {QStringLiteral("INSERT INTO claim_employees (claim_id, employee_id, forfait_jours, "
                            "contractual_weekly_hundredths, gross_hourly_pay_ten_thousandths, "
                            "usual_net_hourly_pay_ten_thousandths, contract_kind) "
                            "SELECT ?1, employee_id, forfait_jours, contractual_weekly_hundredths, "
                            "gross_hourly_pay_ten_thousandths, "
                            "usual_net_hourly_pay_ten_thousandths, contract_kind "
                            "FROM claim_employees WHERE claim_id = ?2"),
             both},
            {QStringLiteral("DELETE FROM claim_employee_changes WHERE claim_id = ?"), {correction}},
            {QStringLiteral("INSERT INTO claim_employee_changes (claim_id, employee_id, "
                            "effective_date, weekly_hours_hundredths, "
                            "gross_hourly_pay_ten_thousandths, "
                            "usual_net_hourly_pay_ten_thousandths) "
                            "SELECT ?1, employee_id, effective_date, weekly_hours_hundredths, "
                            "gross_hourly_pay_ten_thousandths, "
                            "usual_net_hourly_pay_ten_thousandths "
                            "FROM claim_employee_changes WHERE claim_id = ?2"),
             both},
            {QStringLiteral("INSERT INTO claim_weeks (claim_id, employee_id, week_start, "
                            "worked_hundredths, treated_as_worked_hundredths, chomees_hundredths, "
                            "half_days_not_worked) "
                            "SELECT ?1, employee_id, week_start, worked_hundredths, "
                            "treated_as_worked_hundredths, chomees_hundredths, "
                            "half_days_not_worked FROM claim_weeks WHERE claim_id = ?2"),
             both},
        };
        for (const auto &[copy, values] : copies) {
            done = sqlite::execute(query, copy, values,
                                   tr("copier la demande pour %1 dans sa correction").arg(month));
            if (!done)
                return Result<Claim>::failWith(done);
        }
        return findIn(db, correction);
    });
}

Result<QList<Claim>> ClaimRepository::listFor(qint64 establishmentId) const {
    QSqlQuery query(m_database.connection());
    const auto done =
        sqlite::execute(query,
                        QStringLiteral("SELECT %1 FROM claims WHERE establishment_id = ? "
                                       "ORDER BY month DESC, decision_number, version DESC, id")
                            .arg(columns),
                        {establishmentId}, tr("lire la liste des demandes"));
    if (!done)
        return Result<QList<Claim>>::failWith(done);
    QList<Claim> claims;
    while (query.next())
        claims << fromRow(query);
    return Result<QList<Claim>>::ok(claims);
}

Result<Claim> ClaimRepository::find(qint64 id) const {
    QSqlDatabase db = m_database.connection();
    return findIn(db, id);
}

Result<> ClaimRepository::setStatus(qint64 claimId, ClaimStatus status) const {
    return sqlite::inTransaction(m_database.connection(), [&](QSqlDatabase &db) {
        const auto claim = findIn(db, claimId);
        if (!claim)
            return Result<>::failWith(claim);
        if (claim->status == status)
            return Result<>::ok();
        if (claim->status == ClaimStatus::Sent) {
            return Result<>::fail(Error::make(
                ErrorKind::Refused,
                tr("La demande pour %1 a été envoyée : son statut ne peut plus changer.")
                    .arg(monthName(claim->month))));
        }
        QSqlQuery query(db);
        return sqlite::execute(
            query,
            QStringLiteral("UPDATE claims SET status = ?, status_changed_at = ? WHERE id = ?"),
            {stored::statusCode(status), stored::timestamp(m_clock()), claimId},
            tr("changer le statut de la demande pour %1").arg(monthName(claim->month)));
    });
}

} // namespace apdesk::store
