#pragma once

#include "store/records.h"
#include "store/storeresult.h"

#include <QList>
#include <QSqlDatabase>

namespace apdesk::sqlite {
class Statement;
}

// The rows of employee_contract_changes and of their copies on claims (claim_employee_changes):
// an employee's dated changes of contract and pay. Internal to app/store.
namespace apdesk::store::contractchangerows {

// The change columns shared by both tables, in the order readChange reads them.
inline constexpr const char *columns =
    "effective_date, weekly_hours_hundredths, gross_hourly_pay_ten_thousandths, "
    "usual_net_hourly_pay_ten_thousandths";

// The change whose `columns` start at `first`.
domain::ContractChange read(const sqlite::Statement &row, int first);

// Replaces the changes of an employee with `changes`.
Result<> replace(const QSqlDatabase &db, qint64 employeeId,
                 const QList<domain::ContractChange> &changes, const QString &what);

// Replaces the changes of each of `employees` (employees of `establishmentId`, found by NIR)
// with its own `changes`: an import of the employees file.
Result<> replaceByNir(const QSqlDatabase &db, qint64 establishmentId,
                      const QList<Employee> &employees, const QString &what);

// The claims still in preparation follow the employee's changes, as they follow its contract
// (EmployeeRepository::update); a claim that left preparation keeps what it was computed with.
Result<> followOnClaimsInPreparation(const QSqlDatabase &db, qint64 employeeId,
                                     const QString &what);

// Puts on each of `employees` (by id) its stored changes, read where `condition` (on
// employee_contract_changes AS c joined to employees AS e, one parameter bound to `key`) holds.
Result<> attachTo(const QSqlDatabase &db, QByteArrayView condition, qint64 key,
                  QList<Employee> &employees, const QString &what);

// Puts on each of `copies` (a claim's employees, by employee id) the changes copied with it.
Result<> attachTo(const QSqlDatabase &db, qint64 claimId, QList<ClaimLine> &copies,
                  const QString &what);

} // namespace apdesk::store::contractchangerows
