#pragma once

#include "domain/claim/claimengine.h"
#include "domain/claim/claimresult.h"
#include "store/claimassembler.h"
#include "store/claimlinerepository.h"

#include <QList>
#include <QObject>

#include <array>
#include <memory>
#include <optional>

namespace apdesk::store {
class ClaimComputer;
class Store;
} // namespace apdesk::store

namespace apdesk::ui {

// A claim open in the program: what the hours grid, its footer and the checks panel show, and
// the one door through which they change it. Every change is written to the store first, in
// one transaction; then only the employees it touched are recomputed, and the claim's totals
// are adjusted by their differences rather than summed again (a claim may hold 20,000
// employees). No widgets: the models in this folder present it.
class ClaimDocument final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimDocument)

public:
    // A month has at most six week parts (MonthWeeks).
    static constexpr int maxWeeks = 6;
    using Weeks = std::array<std::optional<store::WeekHours>, maxWeeks>;

    // One employee of the claim: what the clerk entered for each week part (none: nothing
    // entered for that week) and what the engine computed.
    struct Row {
        qint64 employeeId = 0;
        int employeeIndex = 0; // in assembled().claim.employees
        Weeks weeks;
        domain::EmployeeResult result; // without the rows each amount used: see explained()
    };

    // One week of one employee to set (nullopt clears it), by the employee's row.
    struct CellWrite {
        int row = 0;
        int week = 0;
        std::optional<store::WeekHours> hours;
    };

    // Reads and computes the claim; null with `error` set when it cannot be read.
    static std::unique_ptr<ClaimDocument> open(const store::Store &store,
                                               const store::ClaimComputer &computer,
                                               qint64 claimId, QString *error,
                                               QObject *parent = nullptr);
    ~ClaimDocument() override;

    qint64 claimId() const { return m_assembled.record.id; }
    const store::AssembledClaim &assembled() const { return m_assembled; }
    const domain::Claim &claim() const { return m_assembled.claim; }
    const domain::ClaimEmployee &employee(int row) const;
    bool isEditable() const;
    // The clerk enters worked hours (a reduction) or chômées (a closure).
    bool isClosure() const;
    bool hasForfaitJours() const { return m_hasForfaitJours; }
    const QList<domain::WeekPart> &weeks() const { return m_month->weeks.weeks(); }

    int rowCount() const { return int(m_rows.size()); }
    const Row &row(int index) const { return m_rows.at(index); }
    int rowOfEmployee(qint64 employeeId) const;
    int rowOfMatricule(const QString &matricule) const;
    // The row's employee computed again with the rows each amount used ("why this amount"):
    // 20,000 employees open faster without them, and the clerk asks for one at a time.
    domain::EmployeeResult explained(int row) const;

    domain::Hours totalHours() const { return m_totalHours; }
    // The indemnifiable hours of one week part, all employees together.
    domain::Hours weekTotal(int week) const { return m_weekTotals.at(week); }
    domain::Money totalIndemnity() const { return m_totalIndemnity; }
    domain::Money totalAllocation() const { return m_totalAllocation; }
    // The claim's own problems, then each employee's in row order.
    QList<domain::Problem> problems() const;
    int blockingCount() const;
    int warningCount() const;

    // Writes the weeks in one transaction, then recomputes their employees. False with
    // `error` set (and nothing changed) when the store refused.
    bool write(const QList<CellWrite> &writes, QString *error);
    // Reads the claim again from the store (after employees were added or removed, or an
    // import): the rows may change.
    bool reload(QString *error);

signals:
    void rowsChanged(int first, int last);
    // Among the rows just changed, those whose problems changed (their row header shows a sign
    // and lists them): emitted apart because a header change makes QHeaderView measure its
    // sections again, a few milliseconds over 20,000 rows, which most edits need not pay.
    void rowProblemsChanged(int first, int last);
    void totalsChanged();
    void problemsChanged();
    void aboutToReload();
    void reloaded();

private:
    ClaimDocument(const store::Store &store, const store::ClaimComputer &computer,
                  QObject *parent);
    bool load(qint64 claimId, QString *error);
    // Whether the employee's problems changed.
    bool recompute(int row);
    void updateClaimProblems();
    QList<domain::ClaimLine> linesOf(const Row &row) const;

    const store::Store &m_store;
    const store::ClaimComputer &m_computer;
    store::AssembledClaim m_assembled;
    std::optional<domain::ClaimEngine::Month> m_month;
    QList<Row> m_rows;
    QHash<qint64, int> m_rowOfEmployee;
    QHash<QString, int> m_rowOfMatricule; // the engine's key of each employee
    bool m_hasForfaitJours = false;
    QList<domain::Problem> m_headerProblems;
    QList<domain::Problem> m_totalsProblems;
    domain::Hours m_totalHours;
    std::array<domain::Hours, maxWeeks> m_weekTotals{};
    domain::Money m_totalIndemnity;
    domain::Money m_totalAllocation;
    int m_headcount = 0; // employees with indemnifiable hours
    int m_employeeBlocking = 0;
    int m_employeeWarnings = 0;
};

} // namespace apdesk::ui
