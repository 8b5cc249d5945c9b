#pragma once

#include "store/records.h"
#include "store/storeresult.h"

#include <QCoreApplication>
#include <QList>

namespace apdesk::sqlite {
class Database;
}

namespace apdesk::store {

// The employees of each establishment, with their contract and pay as they are today (claim
// lines keep their own copy).
class EmployeeRepository final {
    Q_DECLARE_TR_FUNCTIONS(EmployeeRepository)
    Q_DISABLE_COPY_MOVE(EmployeeRepository)

public:
    explicit EmployeeRepository(const sqlite::Database &database);

    // Stores a new employee of employee.establishmentId (its id is ignored); returns its id.
    // A NIR already stored for that establishment is refused (Duplicate).
    Result<qint64> add(const Employee &employee) const;
    // Rewrites the employee of that id; an employee never changes establishment
    // (establishmentId is not written).
    Result<> update(const Employee &employee) const;
    // The employees of an establishment, by name.
    Result<QList<Employee>> listFor(qint64 establishmentId) const;
    Result<Employee> find(qint64 id) const;

private:
    static std::optional<Error> check(const Employee &employee);
    static Error explain(Error error, const Employee &employee);

    const sqlite::Database &m_database;
};

} // namespace apdesk::store
