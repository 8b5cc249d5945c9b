#pragma once

#include "store/records.h"
#include "store/storeresult.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

namespace apdesk::sqlite {
class Database;
}

namespace apdesk::store {

// One line of hours to import: an employee of the claim's establishment and one week part.
struct ImportedLine final {
    qint64 employeeId = 0;
    WeekHours hours;
};

struct EmployeeImportCounts final {
    int added = 0;
    int updated = 0;
};

// Writes a whole checked file in one transaction (files are read and checked apart from the
// store, in app/exchange): either every row is written or none is, so an import interrupted
// at any point — an error, a crash, the process killed — leaves the store as it was. Rows go
// in slices (employees through execBatch, claim lines a hundred rows per statement), between
// which `progress` is called (inside the transaction).
class ImportRepository final {
    Q_DECLARE_TR_FUNCTIONS(ImportRepository)
    Q_DISABLE_COPY_MOVE(ImportRepository)

public:
    using Progress = std::function<void(qsizetype done, qsizetype total)>;
    // Called inside an import's transaction, once the claim and the lines are checked and
    // before any row is written: the store it reads is the one the import writes over, and no
    // other connection writes until the import ends (see linesAfter).
    using BeforeWriting = std::function<void()>;

    explicit ImportRepository(const sqlite::Database &database);

    // Adds the employees whose NIR the establishment does not have yet, and rewrites the
    // contract and pay of those it has (claim lines keep their own copy).
    Result<EmployeeImportCounts> importEmployees(qint64 establishmentId,
                                                 const QList<Employee> &employees,
                                                 const Progress &progress = {}) const;
    // Writes the hours of a claim in preparation (Refused otherwise): a new line copies the
    // employee's current contract and pay, an existing one gets the new hours only — as
    // ClaimLineRepository::upsert does line by line. Every week must start inside the claim's
    // month and every employee belong to its establishment; returns the number of lines written.
    Result<qsizetype> importClaimLines(qint64 claimId, const QList<ImportedLine> &lines,
                                       const Progress &progress = {},
                                       const BeforeWriting &beforeWriting = {}) const;

    // The claim's lines as importClaimLines leaves them, from its contents before
    // (ClaimLineRepository::contentsOf: `copies` and `lines`, whose order the result keeps) and
    // the establishment's `employees`: the statements' rule computed apart, so that the claim can
    // be computed while the import writes. A week already there gets the imported hours (the
    // last, if imported twice); an employee with a copy on the claim keeps it, another one takes
    // the contract it has in `employees`. Lines of an employee not in `employees` are left out
    // (importClaimLines refuses them). A change to either statement must be made here too.
    static QList<ClaimLine> linesAfter(qint64 claimId, const QList<ClaimLine> &copies,
                                       const QList<ClaimLine> &lines,
                                       const QList<ImportedLine> &imported,
                                       const QList<Employee> &employees);

    // Rows per execBatch slice.
    static constexpr qsizetype sliceSize = 5000;

private:
    const sqlite::Database &m_database;
};

} // namespace apdesk::store
