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

// One valid line of an employees file.
struct EmployeeRow {
    int line = 0;
    domain::ClaimEmployee employee; // nir: the 15 characters; hoursEarlierThisYear unused
};

struct EmployeeFile {
    CsvDialect dialect;
    QList<EmployeeRow> rows;    // the valid lines only
    QList<CsvProblem> problems; // every problem, in file order
    int dataLines = 0;          // lines read after the header (blank lines not counted)
    int invalidLines = 0;
    bool cancelled = false; // the progress callback stopped the reading: rows are incomplete //
                            // lines left out because of a blocking problem
    bool blocking() const { return hasBlocking(problems); }
};

// The employees file (docs/csv-formats.md): NIR, Matricule, Nom, Prénom, Heures
// hebdomadaires or Forfait jours, Taux horaire brut; optional Taux horaire net, Date
// d'entrée, Date de sortie, Apprenti. Columns in any order.
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
        Apprentice
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
    // Writes the employees in the same format, every column, in the documented order.
    static bool write(QIODevice &device, const QList<domain::ClaimEmployee> &employees);
};

} // namespace apdesk::exchange
