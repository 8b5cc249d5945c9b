#include "claimdocument.h"

#include "domain/claim/claimchecks.h"
#include "store/claimcomputer.h"
#include "store/editableclaim.h"
#include "store/store.h"

#include <algorithm>
#include <numeric>
#include <vector>

namespace apdesk::ui {

namespace {

using domain::Problem;

void count(const QList<Problem> &problems, int sign, int &blocking, int &warnings) {
    for (const Problem &p : problems)
        (p.level == Problem::Level::Blocking ? blocking : warnings) += sign;
}

} // namespace

ClaimDocument::ClaimDocument(const store::Store &store, const store::ClaimComputer &computer,
                             QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_computer(computer) {}

ClaimDocument::~ClaimDocument() = default;

std::unique_ptr<ClaimDocument> ClaimDocument::open(const store::Store &store,
                                                   const store::ClaimComputer &computer,
                                                   qint64 claimId, QString *error,
                                                   QObject *parent) {
    std::unique_ptr<ClaimDocument> document(new ClaimDocument(store, computer, parent));
    if (!document->load(claimId, error))
        return nullptr;
    return document;
}

bool ClaimDocument::load(qint64 claimId, QString *error) {
    if (!m_computer.engine()) {
        *error = m_computer.error();
        return false;
    }
    auto computed =
        m_computer.compute(claimId, m_store.now().toLocalTime().date(), domain::Reasons::Skipped);
    if (!computed) {
        *error = computed.error().message;
        return false;
    }
    m_assembled = std::move(computed.value().assembled);
    domain::ClaimResult &result = computed.value().result;
    m_month.emplace(m_computer.engine()->monthOf(m_assembled.claim, domain::Reasons::Skipped));

    // By name, as the employee list is; the store's id breaks ties. The names are folded once
    // and the order found on indices: 20,000 rows are too large to move around while sorting.
    const QList<domain::ClaimEmployee> &employees = m_assembled.claim.employees;
    std::vector<std::pair<QString, QString>> folded;
    folded.reserve(employees.size());
    for (const domain::ClaimEmployee &e : employees)
        folded.emplace_back(e.lastName.toCaseFolded(), e.firstName.toCaseFolded());
    std::vector<int> order(employees.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int l, int r) {
        if (const int c = folded[l].first.compare(folded[r].first))
            return c < 0;
        if (const int c = folded[l].second.compare(folded[r].second))
            return c < 0;
        return m_assembled.employeeIds.at(l) < m_assembled.employeeIds.at(r);
    });
    m_rows.clear();
    m_rows.reserve(employees.size());
    m_hasForfaitJours = false;
    for (const int i : order) {
        Row &row = m_rows.emplace_back();
        row.employeeId = m_assembled.employeeIds.at(i);
        row.employeeIndex = i;
        row.result = std::move(result.employees[i]);
        m_hasForfaitJours = m_hasForfaitJours || employees.at(i).forfaitJours;
    }
    m_rowOfEmployee.clear();
    m_rowOfEmployee.reserve(m_rows.size());
    QHash<QString, int> &rowOfKey = m_rowOfMatricule;
    rowOfKey.clear();
    rowOfKey.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rowOfEmployee.insert(m_rows[i].employeeId, i);
        rowOfKey.insert(employees.at(m_rows[i].employeeIndex).matricule, i);
    }
    for (const domain::ClaimLine &line : std::as_const(m_assembled.claim.lines)) {
        const int row = rowOfKey.value(line.matricule, -1);
        const auto week = m_month->weeks.weekIndexFor(line.week);
        if (row < 0 || !week || *week >= maxWeeks)
            continue; // the store keeps weeks inside the month: not met
        m_rows[row].weeks[*week] =
            store::WeekHours{m_month->weeks.weeks().at(*week).first, line.worked,
                             line.treatedAsWorked, line.chomees, line.halfDaysNotWorked};
    }
    // The lines now live in the rows: an edit rebuilds one employee's, never the claim's.
    m_assembled.claim.lines.clear();
    m_assembled.claim.lines.squeeze();

    m_totalHours = domain::Hours();
    m_totalIndemnity = domain::Money();
    m_totalAllocation = domain::Money();
    m_headcount = 0;
    m_employeeBlocking = 0;
    m_employeeWarnings = 0;
    m_weekTotals.fill(domain::Hours());
    // The totals are the sums of the employees' rounded amounts (as ClaimResult's), kept as
    // such: an edit moves them by its employee's differences.
    for (const Row &row : std::as_const(m_rows)) {
        m_totalHours += row.result.indemnifiableHours;
        m_totalIndemnity += row.result.indemnity;
        m_totalAllocation += row.result.allocation;
        for (int w = 0; w < row.result.weeks.size() && w < maxWeeks; ++w)
            m_weekTotals[w] += row.result.weeks.at(w).chomees;
        if (row.result.indemnifiableHours > domain::Hours())
            ++m_headcount;
        count(row.result.problems, 1, m_employeeBlocking, m_employeeWarnings);
    }
    m_headerProblems = domain::ClaimChecks::header(m_assembled.claim);
    m_totalsProblems = domain::ClaimChecks::totals(m_assembled.claim, m_totalHours, m_headcount);
    return true;
}

const domain::ClaimEmployee &ClaimDocument::employee(int row) const {
    return m_assembled.claim.employees.at(m_rows.at(row).employeeIndex);
}

bool ClaimDocument::isEditable() const {
    return !store::EditableClaim::refusal(m_assembled.record.status, m_assembled.record.month);
}

bool ClaimDocument::isClosure() const {
    return m_assembled.claim.decision.form == domain::ReductionForm::TemporaryClosure;
}

int ClaimDocument::rowOfEmployee(qint64 employeeId) const {
    return m_rowOfEmployee.value(employeeId, -1);
}

int ClaimDocument::rowOfMatricule(const QString &matricule) const {
    return m_rowOfMatricule.value(matricule, -1);
}

QList<domain::Problem> ClaimDocument::problems() const {
    QList<Problem> all = m_headerProblems + m_totalsProblems;
    for (const Row &row : m_rows)
        all += row.result.problems;
    return all;
}

int ClaimDocument::blockingCount() const {
    int blocking = m_employeeBlocking;
    int warnings = 0;
    count(m_headerProblems + m_totalsProblems, 1, blocking, warnings);
    return blocking;
}

int ClaimDocument::warningCount() const {
    int blocking = 0;
    int warnings = m_employeeWarnings;
    count(m_headerProblems + m_totalsProblems, 1, blocking, warnings);
    return warnings;
}

QList<domain::ClaimLine> ClaimDocument::linesOf(const Row &row) const {
    QList<domain::ClaimLine> lines;
    const QString &key = m_assembled.claim.employees.at(row.employeeIndex).matricule;
    for (const auto &week : row.weeks) {
        if (!week)
            continue;
        lines.append({key, week->weekStart, week->worked, week->treatedAsWorked, week->chomees,
                      week->halfDaysNotWorked});
    }
    return lines;
}

bool ClaimDocument::write(const QList<CellWrite> &writes, QString *error) {
    if (writes.isEmpty())
        return true;
    QList<store::WeekWrite> toStore;
    toStore.reserve(writes.size());
    for (const CellWrite &w : writes) {
        toStore.append({m_rows.at(w.row).employeeId, weeks().at(w.week).first, w.hours});
    }
    const auto written = m_store.claimLines().writeWeeks(claimId(), toStore);
    if (!written) {
        *error = written.error().message;
        return false;
    }
    int first = m_rows.size();
    int last = -1;
    QList<int> touched;
    for (const CellWrite &w : writes) {
        std::optional<store::WeekHours> hours = w.hours;
        if (hours)
            hours->weekStart = weeks().at(w.week).first;
        m_rows[w.row].weeks[w.week] = hours;
        if (!touched.contains(w.row))
            touched << w.row;
        first = std::min(first, w.row);
        last = std::max(last, w.row);
    }
    int firstWithProblems = int(m_rows.size());
    int lastWithProblems = -1;
    for (const int row : std::as_const(touched)) {
        if (recompute(row)) {
            firstWithProblems = std::min(firstWithProblems, row);
            lastWithProblems = std::max(lastWithProblems, row);
        }
    }
    updateClaimProblems();
    emit rowsChanged(first, last);
    if (lastWithProblems >= 0)
        emit rowProblemsChanged(firstWithProblems, lastWithProblems);
    emit totalsChanged();
    emit problemsChanged();
    return true;
}

domain::EmployeeResult ClaimDocument::explained(int index) const {
    const Row &row = m_rows.at(index);
    const domain::ClaimEngine &engine = *m_computer.engine();
    return engine.computeEmployee(m_assembled.claim,
                                  m_assembled.claim.employees.at(row.employeeIndex), linesOf(row),
                                  engine.monthOf(m_assembled.claim, domain::Reasons::Recorded));
}

bool ClaimDocument::recompute(int index) {
    Row &row = m_rows[index];
    const domain::ClaimEmployee &e = m_assembled.claim.employees.at(row.employeeIndex);
    domain::EmployeeResult fresh =
        m_computer.engine()->computeEmployee(m_assembled.claim, e, linesOf(row), *m_month);
    // The totals move by this employee's differences.
    m_totalHours += fresh.indemnifiableHours - row.result.indemnifiableHours;
    m_totalIndemnity += fresh.indemnity - row.result.indemnity;
    m_totalAllocation += fresh.allocation - row.result.allocation;
    for (int w = 0; w < fresh.weeks.size() && w < maxWeeks; ++w) {
        m_weekTotals[w] +=
            fresh.weeks.at(w).chomees -
            (w < row.result.weeks.size() ? row.result.weeks.at(w).chomees : domain::Hours());
    }
    m_headcount += int(fresh.indemnifiableHours > domain::Hours()) -
                   int(row.result.indemnifiableHours > domain::Hours());
    count(row.result.problems, -1, m_employeeBlocking, m_employeeWarnings);
    count(fresh.problems, 1, m_employeeBlocking, m_employeeWarnings);
    const bool problemsChanged = fresh.problems != row.result.problems;
    row.result = std::move(fresh);
    return problemsChanged;
}

void ClaimDocument::updateClaimProblems() {
    m_totalsProblems = domain::ClaimChecks::totals(m_assembled.claim, m_totalHours, m_headcount);
}

bool ClaimDocument::reload(QString *error) {
    emit aboutToReload();
    const bool loaded = load(claimId(), error);
    emit reloaded();
    emit totalsChanged();
    emit problemsChanged();
    return loaded;
}

} // namespace apdesk::ui
