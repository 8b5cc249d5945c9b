#pragma once

#include "domain/checked.h"
#include "exchange/csvproblem.h"
#include "exchange/csvreader.h"
#include "exchange/headermatcher.h"

#include <optional>

namespace apdesk::exchange {

// The cells of one record, each reported at its line and column.
class RowCells final {
public:
    RowCells(const CsvRecord &record, const HeaderMatcher::Match &header,
             QList<CsvProblem> &problems)
        : m_record(record)
        , m_header(header)
        , m_problems(problems) {}

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
        m_problems << p;
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
    bool m_valid = true;
};

} // namespace apdesk::exchange
