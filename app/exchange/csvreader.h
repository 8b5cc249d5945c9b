#pragma once

#include "exchange/csvdialect.h"
#include "exchange/csvproblem.h"
#include "exchange/textdecoder.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <optional>

class QIODevice;

namespace apdesk::exchange {

// Called as a file is read, with the bytes read so far (compare with QIODevice::size()); returns
// false to stop reading — the cancel of a worker thread's progress dialog.
using ReadProgress = std::function<bool(qint64 bytesRead)>;

// One record of a CSV file: its fields and the line it starts on (a quoted field may hold line
// breaks, so a record can span several lines).
struct CsvRecord {
    QStringList fields;
    int line = 0;
};

// Reads CSV records from a device as French Excel and LibreOffice write them, a chunk at a
// time (memory does not grow with the file): the encoding (TextDecoder), Excel's "sep=;" first
// line, the separator (`;`, `,` or tab: the most frequent one outside quotes on the first line),
// quoted fields holding separators, doubled quotes and line breaks, CR LF or LF line ends. Blank
// lines, and lines of separators only (what Excel writes for an empty row), are skipped.
class CsvReader final {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
    Q_DISABLE_COPY_MOVE(CsvReader)

public:
    explicit CsvReader(QIODevice &device);

    // The next record; false at the end of the file, or on a problem that stops reading
    // (problem() then says which). The record is parsed in place, reusing the strings of the
    // one it held (pass the same record for a whole file): after false, what it holds is
    // meaningless; an empty cell may be a null or an empty string (compare with isEmpty()).
    bool next(CsvRecord &record);
    const CsvDialect &dialect() const { return m_dialect; }
    const std::optional<CsvProblem> &problem() const { return m_problem; }
    // Bytes read so far, for progress.
    qint64 bytesRead() const { return m_bytesRead; }

private:
    bool fill();
    void detectDialect();
    enum class Parse { Record, NeedMore, End, Unterminated };
    Parse parseRecord(CsvRecord &record, qsizetype &consumed, int &lines) const;

    QIODevice &m_device;
    TextDecoder m_decoder;
    CsvDialect m_dialect;
    QString m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    bool m_atEnd = false;
    bool m_started = false;
    qint64 m_bytesRead = 0;
    std::optional<CsvProblem> m_problem;
};

} // namespace apdesk::exchange
