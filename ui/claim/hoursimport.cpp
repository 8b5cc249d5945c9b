#include "hoursimport.h"

#include "addemployeescommand.h"
#include "claimdocument.h"

#include "domain/claim/monthweeks.h"
#include "exchange/hourscheck.h"
#include "exchange/hourscsv.h"
#include "store/claimassembler.h"
#include "store/employeerepository.h"
#include "store/store.h"

#include <utility>

namespace apdesk::ui {

CsvImportDialog::Reader hoursReader(const store::Store &store, const ClaimDocument &document) {
    const store::AssembledClaim &claim = document.assembled();
    QList<qint64> ids;
    QList<domain::ClaimEmployee> employees;
    if (const auto stored = store.employees().listFor(claim.establishment.id)) {
        for (const store::Employee &e : stored.value()) {
            ids << e.id;
            employees << store::ClaimAssembler::toClaimEmployee(e);
        }
    }
    const QDate month = claim.record.month;
    const QString departement = claim.establishment.departement;
    const domain::ReductionForm form = claim.claim.decision.form;
    return [ids, employees, month, departement, form](QIODevice &device,
                                                      const exchange::ReadProgress &progress) {
        const exchange::HoursFile file = exchange::HoursCsv::read(device, progress);
        CsvReadOutcome outcome;
        outcome.dataLines = file.dataLines;
        outcome.cancelled = file.cancelled;
        if (file.cancelled) {
            outcome.problems = file.problems;
            return outcome;
        }
        const domain::MonthWeeks weeks(month.year(), month.month(), departement);
        const exchange::HoursMatch match =
            exchange::HoursCheck::matchFile(file, employees, weeks, form);
        outcome.problems = match.problems;
        outcome.invalidLines = match.invalidLines;
        outcome.note = CsvImportDialog::tr(
            "Les heures du fichier remplacent celles des mêmes semaines ; un salarié du fichier "
            "qui n'est pas dans la demande y est ajouté. Ctrl+Z annule l'import en une fois.");
        HoursToImport toImport;
        toImport.lines.reserve(match.lines.size());
        for (const exchange::MatchedHours &m : match.lines)
            toImport.lines << store::ImportedLine{ids.at(m.employee),
                                                  store::ClaimAssembler::toWeekHours(m.claimLine)};
        outcome.file = std::move(toImport);
        return outcome;
    };
}

HoursImportCommand::HoursImportCommand(const store::Store &store, ClaimDocument &document,
                                       QList<store::ImportedLine> lines)
    : m_store(store)
    , m_document(document)
    , m_lines(std::move(lines)) {
    setText(QCoreApplication::translate("HoursImportCommand", "Import de %n ligne(s) d'heures",
                                        nullptr, int(m_lines.size())));
    // What the import overwrites, read before it.
    QSet<qint64> added;
    QSet<std::pair<qint64, QDate>> seen;
    for (const store::ImportedLine &line : std::as_const(m_lines)) {
        const int row = m_document.rowOfEmployee(line.employeeId);
        if (row < 0) {
            added.insert(line.employeeId);
            continue;
        }
        if (seen.contains({line.employeeId, line.hours.weekStart}))
            continue;
        seen.insert({line.employeeId, line.hours.weekStart});
        const QList<domain::WeekPart> &weeks = m_document.weeks();
        std::optional<store::WeekHours> before;
        for (int w = 0; w < weeks.size(); ++w) {
            if (weeks.at(w).first == line.hours.weekStart)
                before = m_document.row(row).weeks[w];
        }
        m_before << store::WeekWrite{line.employeeId, line.hours.weekStart, before};
    }
    m_added = QList<qint64>(added.cbegin(), added.cend());
}

bool HoursImportCommand::importNow() {
    m_importedBeforePush = import();
    return m_importedBeforePush;
}

void HoursImportCommand::redo() {
    // QUndoStack::push() redoes what importNow() already wrote.
    if (std::exchange(m_importedBeforePush, false))
        return;
    import();
}

void HoursImportCommand::undo() {
    restore();
}

bool HoursImportCommand::import() {
    m_error.clear();
    const store::ImportRepository importer(m_store.database());
    if (const auto written = importer.importClaimLines(m_document.claimId(), m_lines); !written)
        m_error = written.error().message;
    QString error;
    if (!m_document.reload(&error) && m_error.isEmpty())
        m_error = error;
    return m_error.isEmpty();
}

bool HoursImportCommand::restore() {
    // Employees the import brought leave with their lines; the others get their weeks back; in
    // one transaction, so that a refusal leaves the import whole.
    m_error = applyAndReload(m_store, m_document,
                             {.addEmployees = {},
                              .removeEmployees = m_added,
                              .weeks = m_before,
                              .weeksOfAddedOnly = false});
    return m_error.isEmpty();
}

} // namespace apdesk::ui
