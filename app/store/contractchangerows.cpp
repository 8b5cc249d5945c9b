#include "store/contractchangerows.h"

#include "sqlite/statement.h"
#include "store/storedvalues.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace apdesk::store::contractchangerows {

namespace {

std::optional<qint64> orNull(const std::optional<domain::HourlyPay> &pay) {
    return pay ? std::optional<qint64>(pay->tenThousandths()) : std::nullopt;
}

// Binds a change's `columns` from parameter `first` on.
sqlite::Statement &bindChange(sqlite::Statement &statement, int first,
                              const domain::ContractChange &change) {
    return statement.bind(first, stored::date(change.from).toString())
        .bind(first + 1, change.weeklyHours
                             ? std::optional<qint64>(change.weeklyHours->hundredths())
                             : std::nullopt)
        .bind(first + 2, orNull(change.grossHourlyPay))
        .bind(first + 3, orNull(change.usualNetHourlyPay));
}

// Reads the changes `sql` selects, each row an owner's id then `columns`, and gives each to
// `attach(id, change)`.
template <typename Attach>
Result<> forEachChange(const QSqlDatabase &db, QByteArrayView sql, qint64 key, const QString &what,
                       Attach &&attach) {
    return sqlite::Statement::forEachRowOf(
        db, sql, key, what,
        [&attach](const sqlite::Statement &row) { attach(row.integer(0), read(row, 1)); });
}

} // namespace

domain::ContractChange read(const sqlite::Statement &row, int first) {
    domain::ContractChange change;
    change.from = stored::toDate(row.utf8(first));
    if (const auto weekly = row.optionalInteger(first + 1))
        change.weeklyHours = domain::Hours::fromHundredths(*weekly);
    if (const auto gross = row.optionalInteger(first + 2))
        change.grossHourlyPay = domain::HourlyPay::fromTenThousandths(*gross);
    if (const auto net = row.optionalInteger(first + 3))
        change.usualNetHourlyPay = domain::HourlyPay::fromTenThousandths(*net);
    return change;
}

Result<> replace(const QSqlDatabase &db, qint64 employeeId,
                 const QList<domain::ContractChange> &changes, const QString &what) {
    auto remove = sqlite::Statement::prepare(
        db, "DELETE FROM employee_contract_changes WHERE employee_id = ?1", what);
    if (!remove)
        return Result<>::failWith(remove);
    if (auto done = remove.value().bind(1, employeeId).run(); !done)
        return done;
    if (changes.isEmpty())
        return Result<>::ok();
    auto insert = sqlite::Statement::prepare(
        db,
        QByteArray("INSERT INTO employee_contract_changes (employee_id, ") + columns +
            ") VALUES (?1, ?2, ?3, ?4, ?5)",
        what);
    if (!insert)
        return Result<>::failWith(insert);
    for (const domain::ContractChange &change : changes) {
        if (auto done = bindChange(insert.value().bind(1, employeeId), 2, change).run(); !done)
            return done;
    }
    return Result<>::ok();
}

Result<> replaceByNir(const QSqlDatabase &db, qint64 establishmentId,
                      const QList<Employee> &employees, const QString &what) {
    QJsonArray nirs;
    for (const Employee &employee : employees)
        nirs.append(employee.nir);
    auto remove = sqlite::Statement::prepare(
        db,
        "DELETE FROM employee_contract_changes WHERE employee_id IN (SELECT id FROM employees "
        "WHERE establishment_id = ?1 AND nir IN (SELECT value FROM json_each(?2)))",
        what);
    if (!remove)
        return Result<>::failWith(remove);
    const QByteArray nirList = QJsonDocument(nirs).toJson(QJsonDocument::Compact);
    const auto removed =
        remove.value().bind(1, establishmentId).bind(2, QByteArrayView(nirList)).run();
    if (!removed)
        return removed;
    auto insert = sqlite::Statement::prepare(
        db,
        QByteArray("INSERT INTO employee_contract_changes (employee_id, ") + columns +
            ") SELECT id, ?3, ?4, ?5, ?6 FROM employees WHERE establishment_id = ?1 AND nir = ?2",
        what);
    if (!insert)
        return Result<>::failWith(insert);
    for (const Employee &employee : employees) {
        for (const domain::ContractChange &change : employee.changes) {
            insert.value().bind(1, establishmentId).bind(2, employee.nir);
            if (auto done = bindChange(insert.value(), 3, change).run(); !done)
                return done;
        }
    }
    return Result<>::ok();
}

Result<> followOnClaimsInPreparation(const QSqlDatabase &db, qint64 employeeId,
                                     const QString &what) {
    const QByteArray inPreparation =
        "employee_id = ?1 AND claim_id IN (SELECT id FROM claims WHERE status = 'preparation')";
    auto remove = sqlite::Statement::prepare(
        db, "DELETE FROM claim_employee_changes WHERE " + inPreparation, what);
    if (!remove)
        return Result<>::failWith(remove);
    if (auto done = remove.value().bind(1, employeeId).run(); !done)
        return done;
    auto copy = sqlite::Statement::prepare(
        db,
        QByteArray("INSERT INTO claim_employee_changes (claim_id, employee_id, ") + columns +
            ") SELECT e.claim_id, c.employee_id, c.effective_date, c.weekly_hours_hundredths, "
            "c.gross_hourly_pay_ten_thousandths, c.usual_net_hourly_pay_ten_thousandths "
            "FROM claim_employees AS e JOIN employee_contract_changes AS c USING (employee_id) "
            "WHERE e." +
            inPreparation,
        what);
    if (!copy)
        return Result<>::failWith(copy);
    return copy.value().bind(1, employeeId).run();
}

Result<> attachTo(const QSqlDatabase &db, QByteArrayView condition, qint64 key,
                  QList<Employee> &employees, const QString &what) {
    if (employees.isEmpty())
        return Result<>::ok();
    QHash<qint64, qsizetype> indexOf;
    const auto indexOfId = [&](qint64 id) -> qsizetype {
        // Most establishments have no change at all: the hash is built at the first one.
        if (indexOf.isEmpty()) {
            indexOf.reserve(employees.size());
            for (qsizetype i = 0; i < employees.size(); ++i)
                indexOf.insert(employees[i].id, i);
        }
        return indexOf.value(id, -1);
    };
    return forEachChange(
        db,
        "SELECT c.employee_id, c.effective_date, c.weekly_hours_hundredths, "
        "c.gross_hourly_pay_ten_thousandths, c.usual_net_hourly_pay_ten_thousandths "
        "FROM employee_contract_changes AS c JOIN employees AS e ON e.id = c.employee_id WHERE " +
            condition.toByteArray() + " ORDER BY c.employee_id, c.effective_date",
        key, what, [&](qint64 employeeId, domain::ContractChange change) {
            if (const qsizetype i = indexOfId(employeeId); i >= 0)
                employees[i].changes.append(std::move(change));
        });
}

Result<> attachTo(const QSqlDatabase &db, qint64 claimId, QList<ClaimLine> &copies,
                  const QString &what) {
    // Both in employee order: one walk.
    qsizetype i = 0;
    return forEachChange(
        db,
        QByteArray("SELECT employee_id, ") + columns +
            " FROM claim_employee_changes WHERE claim_id = ? ORDER BY employee_id, "
            "effective_date",
        claimId, what, [&](qint64 employeeId, domain::ContractChange change) {
            while (i < copies.size() && copies[i].employeeId < employeeId)
                ++i;
            if (i < copies.size() && copies[i].employeeId == employeeId)
                copies[i].changes.append(std::move(change));
        });
}

} // namespace apdesk::store::contractchangerows
