#pragma once

#include "domain/claim/claim.h"
#include "exchange/csvdialect.h"
#include "exchange/csvproblem.h"
#include "exchange/csvreader.h"
#include "exchange/headermatcher.h"

#include <QCoreApplication>
#include <QList>

class QIODevice;

namespace apdesk::exchange {
class RowCells;
}

namespace apdesk::exchange {

// One valid line of an employees file.
struct EmployeeRow {
    int line = 0;
    // nir: the 15 characters; hoursEarlierThisYear unused; changes: from the lines with a Date
    // d'effet that follow
    domain::ClaimEmployee employee;
};

struct EmployeeFile {
    CsvDialect dialect;
    QList<EmployeeRow> rows;    // the valid lines only
    QList<CsvProblem> problems; // every problem, in file order
    int dataLines = 0;          // lines read after the header (blank lines not counted)
    int invalidLines = 0;       // lines left out because of a blocking problem
    bool cancelled = false;     // the progress callback stopped the reading: rows are incomplete
    bool blocking() const { return hasBlocking(problems); }
};

// The employees file (docs/csv-formats.md): NIR, Matricule, Nom, Prénom, Heures
// hebdomadaires or Forfait jours, Taux horaire brut; optional Taux horaire net, Date
// d'entrée, Date de sortie, Apprenti, Date d'effet. Columns in any order. A line with a Date
// d'effet is a change of the contract of the employee whose line without one came before it:
// its hours and pay, those it gives, hold from that day on.
class EmployeeCsv final {
    Q_DECLARE_TR_FUNCTIONS(EmployeeCsv)

public:
    enum Column {
        Nir,
        Matricule,
        LastName,
        FirstName,
        WeeklyHours,
        ForfaitJours,
        GrossPay,
        NetPay,
        Entry,
        Exit,
        Apprentice,
        EffectiveDate
    };
    static QList<ColumnSpec> columns();

    // Reads and checks the whole file line by line (nothing is kept but the valid rows): each
    // cell, and a NIR or matricule given twice.
    // `progress` is called every 1,000 lines; returning false stops the reading.
    static EmployeeFile read(QIODevice &device, const ReadProgress &progress = {});
    // The checks read() makes of one employee's cells, with the same messages, for an employee
    // typed by hand (NIR: domain::Nir::parse, pay: domain::Money::parse, dates:
    // CsvCells::date).
    static domain::Checked<QString> lastName(QStringView text);
    // Contractual weekly hours: above 0 and at most 48.
    static domain::Checked<domain::Hours> weeklyHours(QStringView text);
    // Empty when the dates go together (either may be null); otherwise why not.
    static QString datesProblem(const QDate &entry, const QDate &exit);
    // Writes the employees in the same format, every column, in the documented order: each
    // employee's line, then a line per contract change.
    static bool write(QIODevice &device, const QList<domain::ClaimEmployee> &employees);

private:
    // Reads a line with a Date d'effet into a change of `base`'s contract (null when the
    // employee's own line is missing or refused: the line's cells are still checked).
    static void readChange(RowCells &cells, EmployeeRow *base);
};

} // namespace apdesk::exchange
