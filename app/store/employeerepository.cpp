#include "store/employeerepository.h"

#include "sqlite/database.h"
#include "sqlite/query.h"
#include "sqlite/statement.h"
#include "sqlite/transaction.h"
#include "store/contractchangerows.h"
#include "store/storedvalues.h"

#include <QSqlQuery>
#include <QVariant>

namespace apdesk::store {

namespace {

// Read through SQLite's own API: a batch establishment has tens of thousands of employees.
Employee fromRow(const sqlite::Statement &row) {
    Employee employee;
    employee.id = row.integer(0);
    employee.establishmentId = row.integer(1);
    employee.nir = row.text(2);
    employee.matricule = row.text(3);
    employee.lastName = row.text(4);
    employee.firstName = row.text(5);
    employee.entryDate = stored::toDate(row.utf8(6));
    employee.exitDate = stored::toDate(row.utf8(7));
    employee.forfaitJours = row.integer(8) != 0;
    employee.weeklyHours = domain::Hours::fromHundredths(row.integer(9));
    employee.grossHourlyPay = domain::HourlyPay::fromTenThousandths(row.integer(10));
    if (const auto net = row.optionalInteger(11))
        employee.usualNetHourlyPay = domain::HourlyPay::fromTenThousandths(*net);
    employee.contract = stored::toContract(row.utf8(12)).value_or(ContractKind::Ordinary);
    return employee;
}

// The employees that `condition` (with one parameter, bound to `key`) selects, in the order of
// fromRow, each with the contract changes that `changesCondition` (on employees AS e, changes
// AS c, the same parameter) selects: read on one snapshot.
Result<QList<Employee>> select(const QSqlDatabase &connection, QByteArrayView condition,
                               QByteArrayView changesCondition, qint64 key, const QString &what) {
    using R = Result<QList<Employee>>;
    return sqlite::inReadSnapshot(connection, [&](QSqlDatabase &db) -> R {
        const QByteArray sql =
            "SELECT id, establishment_id, nir, matricule, last_name, first_name, entry_date, "
            "exit_date, forfait_jours, weekly_hours_hundredths, "
            "gross_hourly_pay_ten_thousandths, usual_net_hourly_pay_ten_thousandths, "
            "contract_kind FROM employees " +
            condition.toByteArray();
        QList<Employee> employees;
        const auto read = sqlite::Statement::forEachRowOf(
            db, sql, key, what,
            [&employees](const sqlite::Statement &row) { employees.append(fromRow(row)); });
        if (!read)
            return R::failWith(read);
        if (auto changes = contractchangerows::attachTo(db, changesCondition, key, employees, what);
            !changes)
            return R::failWith(changes);
        return R::ok(std::move(employees));
    });
}

QString fullName(const Employee &employee) {
    return QStringLiteral("%1 %2").arg(employee.firstName, employee.lastName).trimmed();
}
} // namespace

EmployeeRepository::EmployeeRepository(const sqlite::Database &database)
    : m_database(database) {}

std::optional<Error> EmployeeRepository::check(const Employee &employee) {
    const auto invalid = [](const QString &message) {
        return Error::make(ErrorKind::Invalid, message);
    };
    if (employee.nir.trimmed().isEmpty()) {
        const QString name = fullName(employee);
        return invalid(name.isEmpty() ? tr("Le NIR du salarié manque.")
                                      : tr("Le NIR du salarié %1 manque.").arg(name));
    }
    if (employee.nir.size() != 15) {
        return invalid(tr("Le NIR doit compter 15 caractères, clé comprise, sans espace ; « %1 » "
                          "a été donné.")
                           .arg(employee.nir));
    }
    if (employee.lastName.trimmed().isEmpty())
        return invalid(tr("Le nom du salarié manque."));
    if (!employee.entryDate.isValid())
        return invalid(tr("La date d'entrée du salarié %1 manque.").arg(fullName(employee)));
    if (employee.exitDate.isValid() && employee.exitDate < employee.entryDate) {
        return invalid(tr("La date de sortie du salarié %1 précède sa date d'entrée.")
                           .arg(fullName(employee)));
    }
    if (!employee.forfaitJours && employee.weeklyHours.hundredths() <= 0) {
        return invalid(
            tr("La durée hebdomadaire du contrat du salarié %1 doit être positive (ou le "
               "salarié doit être au forfait jours).")
                .arg(fullName(employee)));
    }
    if (employee.grossHourlyPay.isNegative() ||
        (employee.usualNetHourlyPay && employee.usualNetHourlyPay->isNegative()))
        return invalid(tr("Le salaire horaire du salarié %1 ne peut pas être négatif.")
                           .arg(fullName(employee)));
    for (const domain::ContractChange &change : employee.changes) {
        if (const QString problem = domain::ContractChanges::problemOf(
                change, employee.forfaitJours, employee.entryDate);
            !problem.isEmpty())
            return invalid(tr("%1 : %2").arg(fullName(employee), problem));
    }
    if (const QString problem = domain::ContractChanges::sameDayProblem(employee.changes);
        !problem.isEmpty())
        return invalid(tr("%1 : %2").arg(fullName(employee), problem));
    return std::nullopt;
}

Error EmployeeRepository::explain(Error error, const Employee &employee) {
    if (error.kind == ErrorKind::Duplicate) {
        error.message =
            tr("Un salarié de NIR %1 existe déjà dans cet établissement.").arg(employee.nir);
    } else if (error.kind == ErrorKind::ForeignKey) {
        error.message = tr("L'établissement n°%1 n'existe pas.").arg(employee.establishmentId);
    }
    return error;
}

Result<qint64> EmployeeRepository::add(const Employee &employee) const {
    if (const auto invalid = check(employee))
        return Result<qint64>::fail(*invalid);
    return sqlite::inTransaction(m_database.connection(), [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        const auto done = sqlite::execute(
            query,
            QStringLiteral("INSERT INTO employees (establishment_id, nir, matricule, last_name, "
                           "first_name, entry_date, exit_date, forfait_jours, "
                           "weekly_hours_hundredths, gross_hourly_pay_ten_thousandths, "
                           "usual_net_hourly_pay_ten_thousandths, contract_kind) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            QVariantList{employee.establishmentId} + stored::employeeColumns(employee),
            tr("ajouter le salarié %1").arg(fullName(employee)));
        if (!done)
            return Result<qint64>::fail(explain(done.error(), employee));
        const qint64 id = query.lastInsertId().toLongLong();
        if (auto changes = contractchangerows::replace(
                db, id, employee.changes, tr("ajouter le salarié %1").arg(fullName(employee)));
            !changes)
            return Result<qint64>::failWith(changes);
        return Result<qint64>::ok(id);
    });
}

Result<> EmployeeRepository::update(const Employee &employee) const {
    if (const auto invalid = check(employee))
        return Result<>::fail(*invalid);
    return sqlite::inTransaction(m_database.connection(), [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        const auto done = sqlite::execute(
            query,
            QStringLiteral(
                "UPDATE employees SET nir = ?, matricule = ?, last_name = ?, "
                "first_name = ?, entry_date = ?, exit_date = ?, forfait_jours = ?, "
                "weekly_hours_hundredths = ?, gross_hourly_pay_ten_thousandths = ?, "
                "usual_net_hourly_pay_ten_thousandths = ?, contract_kind = ? WHERE id = ?"),
            stored::employeeColumns(employee) + QVariantList{employee.id},
            tr("modifier le salarié %1").arg(fullName(employee)));
        if (!done)
            return Result<>::fail(explain(done.error(), employee));
        if (query.numRowsAffected() == 0) {
            return Result<>::fail(
                Error::make(ErrorKind::NotFound,
                            tr("Le salarié n°%1 n'existe pas (ou plus).").arg(employee.id)));
        }
        // A claim still in preparation follows the employee's contract and pay; a claim that
        // left preparation keeps what it was computed with (DESIGN.md).
        QSqlQuery copies(db);
        const auto followed = sqlite::execute(
            copies,
            QStringLiteral(
                "UPDATE claim_employees SET forfait_jours = ?, "
                "contractual_weekly_hundredths = ?, gross_hourly_pay_ten_thousandths = ?, "
                "usual_net_hourly_pay_ten_thousandths = ?, contract_kind = ? "
                "WHERE employee_id = ? AND claim_id IN "
                "(SELECT id FROM claims WHERE status = 'preparation')"),
            {employee.forfaitJours ? 1 : 0,
             employee.forfaitJours ? QVariant() : QVariant(employee.weeklyHours.hundredths()),
             employee.grossHourlyPay.tenThousandths(), stored::pay(employee.usualNetHourlyPay),
             stored::contractCode(employee.contract), employee.id},
            tr("reporter le contrat du salarié %1 sur les demandes en préparation")
                .arg(fullName(employee)));
        if (!followed)
            return Result<>::failWith(followed);
        const QString what = tr("modifier le salarié %1").arg(fullName(employee));
        if (auto changes = contractchangerows::replace(db, employee.id, employee.changes, what);
            !changes)
            return changes;
        return contractchangerows::followOnClaimsInPreparation(db, employee.id, what);
    });
}

Result<QList<Employee>> EmployeeRepository::listFor(qint64 establishmentId) const {
    return select(m_database.connection(),
                  "WHERE establishment_id = ? ORDER BY last_name, first_name, id",
                  "e.establishment_id = ?", establishmentId, tr("lire la liste des salariés"));
}

Result<Employee> EmployeeRepository::find(qint64 id) const {
    const auto found = select(m_database.connection(), "WHERE id = ?", "c.employee_id = ?", id,
                              tr("lire le salarié n°%1").arg(id));
    if (!found)
        return Result<Employee>::failWith(found);
    if (found->isEmpty()) {
        return Result<Employee>::fail(
            Error::make(ErrorKind::NotFound, tr("Le salarié n°%1 n'existe pas.").arg(id)));
    }
    return Result<Employee>::ok(found->first());
}

} // namespace apdesk::store
