#pragma once

#include "domain/checked.h"
#include "exchange/csvproblem.h"
#include "exchange/csvreader.h"
#include "exchange/headermatcher.h"

#include <optional>
#include <type_traits>
#include <utility>

namespace apdesk::exchange {

// The cells of one record, each reported at its line and column.
class RowCells final {
public:
    RowCells(const CsvRecord &record, const HeaderMatcher::Match &header,
             QList<CsvProblem> &problems, CsvProblemCap &cap)
        : m_record(record)
        , m_header(header)
        , m_problems(problems)
        , m_cap(cap) {}

    bool has(int column) const { return m_header.has(column); }
    QString text(int column) const {
        const int field = m_header.fieldOf.value(column, -1);
        return field < 0 ? QString() : m_record.fields.value(field).trimmed();
    }
    void problem(int column, const QString &message,
                 CsvProblem::Level level = CsvProblem::Level::Blocking) {
        CsvProblem p;
        p.level = level;
        p.line = m_record.line;
        const int field = m_header.fieldOf.value(column, -1);
        p.column = field + 1;
        p.columnName = field < 0 ? QString() : m_header.headers.value(field);
        p.message = message;
        m_cap.add(m_problems, std::move(p));
        if (level == CsvProblem::Level::Blocking)
            m_valid = false;
    }
    template <typename T> std::optional<T> take(int column, const domain::Checked<T> &checked) {
        if (checked)
            return *checked;
        problem(column, checked.error());
        return std::nullopt;
    }
    bool valid() const { return m_valid; }

private:
    const CsvRecord &m_record;
    const HeaderMatcher::Match &m_header;
    QList<CsvProblem> &m_problems;
    CsvProblemCap &m_cap;
    bool m_valid = true;
};

template <typename T> struct IsOptional : std::false_type {};
template <typename T> struct IsOptional<std::optional<T>> : std::true_type {};

// Reads the data lines that follow the header into `file` (an EmployeeFile, an HoursFile):
// `check(record, cells)` makes the row of one line and reports its problems on `cells`; the row
// is kept when the line has no blocking problem. A `check` that returns an optional row may
// return none for a valid line that adds to an earlier row (an employee's contract change).
// `progress` is asked every 1,000 lines.
template <typename File, typename Check>
void readRows(CsvReader &reader, const HeaderMatcher::Match &header, File &file,
              const ReadProgress &progress, Check &&check) {
    CsvRecord record;
    CsvProblemCap cap;
    while (reader.next(record)) {
        if (progress && file.dataLines % 1000 == 999 && !progress(reader.bytesRead())) {
            file.cancelled = true;
            break;
        }
        ++file.dataLines;
        RowCells cells(record, header, file.problems, cap);
        auto row = check(std::as_const(record), cells);
        if (!cells.valid()) {
            ++file.invalidLines;
        } else if constexpr (IsOptional<decltype(row)>::value) {
            if (row)
                file.rows << std::move(*row);
        } else {
            file.rows << std::move(row);
        }
    }
    cap.summarise(file.problems);
    if (reader.problem()) {
        file.problems << *reader.problem();
        ++file.invalidLines;
    }
    file.dialect = reader.dialect();
}

} // namespace apdesk::exchange
