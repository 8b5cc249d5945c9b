#pragma once

#include <QStringList>

class QIODevice;

namespace apdesk::exchange {

// Writes CSV as French Excel reads it without asking: UTF-8 with a byte-order mark, `;`
// between fields, CR LF line ends, and quotes around a field holding a separator, a quote, a
// line break or spaces at its edges (quotes inside are doubled).
class CsvWriter final {
public:
    explicit CsvWriter(QIODevice &device);

    bool writeRecord(const QStringList &fields);
    static QString quoted(const QString &field);

private:
    QIODevice &m_device;
    bool m_started = false;
};

} // namespace apdesk::exchange
