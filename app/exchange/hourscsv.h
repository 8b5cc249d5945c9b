#pragma once

#include "domain/hours.h"
#include "exchange/csvdialect.h"
#include "exchange/csvproblem.h"
#include "exchange/csvreader.h"
#include "exchange/headermatcher.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

class QIODevice;

namespace apdesk::exchange {

// One valid line of an hours file: one employee (by NIR, matricule or both) and one week.
struct HoursRow {
    int line = 0;
    QString nir; // the 15 characters, or empty
    QString matricule;
    QDate week; // any day of the Monday–Sunday week, as written
    domain::Hours worked;
    domain::Hours treatedAsWorked;
    domain::Hours chomees;
    int halfDaysNotWorked = 0;

    friend bool operator==(const HoursRow &, const HoursRow &) = default;
};

struct HoursFile {
    CsvDialect dialect;
    QList<HoursRow> rows;
    QList<CsvProblem> problems;
    HeaderMatcher::Match header; // where each column is, to report later checks at their column
    int dataLines = 0;
    int invalidLines = 0;
    bool cancelled = false; // the progress callback stopped the reading: rows are incomplete
    // Which hour columns the file has (the claim's form says which it needs).
    bool hasWorked = false;
    bool hasTreatedAsWorked = false;
    bool hasChomees = false;
    bool hasDaysNotWorked = false;
    bool blocking() const { return hasBlocking(problems); }
};

// The hours file (docs/csv-formats.md): NIR or Matricule, Semaine du, and the hour columns
// the claim's form needs — Heures travaillées, Heures assimilées, Heures chômées, Jours chômés.
// An empty hour cell is 0.
class HoursCsv final {
    Q_DECLARE_TR_FUNCTIONS(HoursCsv)

public:
    enum Column { Nir, Matricule, Week, Worked, TreatedAsWorked, Chomees, DaysNotWorked };
    static QList<ColumnSpec> columns();

    // `progress` is called every 1,000 lines; returning false stops the reading.
    static HoursFile read(QIODevice &device, const ReadProgress &progress = {});
    // Writes every column; NIR and matricule both, so that either can identify the employee.
    static bool write(QIODevice &device, const QList<HoursRow> &rows);
};

} // namespace apdesk::exchange
