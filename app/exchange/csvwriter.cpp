#include "exchange/csvwriter.h"

#include <QIODevice>

namespace apdesk::exchange {

CsvWriter::CsvWriter(QIODevice &device)
    : m_device(device) {}

QString CsvWriter::quoted(const QString &field) {
    const bool needsQuotes =
        field.contains(u';') || field.contains(u'"') || field.contains(u'\n') ||
        field.contains(u'\r') ||
        (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    if (!needsQuotes)
        return field;
    QString out = field;
    out.replace(u'"', QStringLiteral("\"\""));
    return u'"' + out + u'"';
}

bool CsvWriter::writeRecord(const QStringList &fields) {
    QByteArray bytes;
    if (!m_started) {
        m_started = true;
        bytes = "\xEF\xBB\xBF";
    }
    QStringList out;
    out.reserve(fields.size());
    for (const QString &field : fields)
        out << quoted(field);
    bytes += out.join(u';').toUtf8();
    bytes += "\r\n";
    return m_device.write(bytes) == bytes.size();
}

} // namespace apdesk::exchange
