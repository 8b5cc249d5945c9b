// The employees and hours files: decoding, dialect guessing, the header, every cell and the
// change lines. Nothing may crash, hang or read out of bounds, whatever the bytes.
#include "exchange/employeecsv.h"
#include "exchange/hourscsv.h"

#include <QBuffer>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const auto employees = apdesk::exchange::EmployeeCsv::read(buffer);
    // What was read is written back and read again, as an export then an import would.
    QByteArray written;
    QBuffer out(&written);
    out.open(QIODevice::WriteOnly);
    QList<apdesk::domain::ClaimEmployee> rows;
    for (const auto &row : employees.rows)
        rows << row.employee;
    apdesk::exchange::EmployeeCsv::write(out, rows);
    out.close();
    QBuffer again(&written);
    again.open(QIODevice::ReadOnly);
    apdesk::exchange::EmployeeCsv::read(again);

    buffer.seek(0);
    apdesk::exchange::HoursCsv::read(buffer);
    return 0;
}
