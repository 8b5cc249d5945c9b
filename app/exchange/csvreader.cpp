#include "exchange/csvreader.h"

#include <QIODevice>

namespace apdesk::exchange {

namespace {
constexpr qint64 chunkSize = 64 * 1024;

// Field `index` of `fields`, emptied and ready to be appended to. The previous record's string
// in that column keeps its buffer unless something still shares it: records have the same
// fields, so a file is read without an allocation per cell.
QString &emptyField(QStringList &fields, qsizetype index) {
    if (index == fields.size())
        return fields.emplace_back();
    QString &field = fields[index];
    if (field.isDetached() && field.capacity() > 0)
        field.resize(0); // keeps the buffer
    else
        field = QString(); // shared with a row that kept the cell: the next append allocates
    return field;
}

bool isBlank(const CsvRecord &record) {
    for (const QString &field : record.fields) {
        if (!field.trimmed().isEmpty())
            return false;
    }
    return true;
}
} // namespace

CsvReader::CsvReader(QIODevice &device)
    : m_device(device) {}

bool CsvReader::fill() {
    if (m_atEnd)
        return false;
    if (m_pos > 0) {
        m_text.remove(0, m_pos);
        m_pos = 0;
    }
    QByteArray bytes(chunkSize, Qt::Uninitialized);
    const qint64 got = m_device.read(bytes.data(), chunkSize);
    if (got <= 0) {
        m_atEnd = true;
        m_text += m_decoder.finish();
        return false;
    }
    m_bytesRead += got;
    m_text += m_decoder.decode(QByteArrayView(bytes.constData(), got));
    m_dialect.encoding = m_decoder.encoding();
    return true;
}

void CsvReader::detectDialect() {
    // The first line whole, even if the first chunk cut it.
    while (!m_atEnd && m_text.indexOf(u'\n', m_pos) < 0)
        fill();
    m_dialect.encoding = m_decoder.encoding();
    m_dialect.byteOrderMark = m_decoder.hadByteOrderMark();

    auto lineEnd = m_text.indexOf(u'\n', m_pos);
    QStringView first =
        QStringView(m_text).mid(m_pos, lineEnd < 0 ? m_text.size() - m_pos : lineEnd - m_pos);
    m_dialect.crlf = first.endsWith(u'\r');
    if (m_dialect.crlf)
        first.chop(1);
    // Excel writes "sep=;" as a first line so that it opens the file with that separator.
    QStringView bare = first;
    if (bare.size() >= 2 && bare.startsWith(u'"') && bare.endsWith(u'"'))
        bare = bare.mid(1, bare.size() - 2);
    if (bare.size() == 5 && bare.left(4).compare(u"sep=", Qt::CaseInsensitive) == 0) {
        m_dialect.separatorLine = true;
        m_dialect.separator = bare[4];
        m_pos = lineEnd < 0 ? m_text.size() : lineEnd + 1;
        m_line = 2;
        return;
    }
    // Otherwise the most frequent candidate outside quotes on the header line; on a tie the
    // semicolon (what French Excel writes), then the tab.
    int semicolons = 0;
    int commas = 0;
    int tabs = 0;
    bool quoted = false;
    for (QChar c : first) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == u';')
            ++semicolons;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u'\t')
            ++tabs;
    }
    if (commas > semicolons && commas > tabs)
        m_dialect.separator = u',';
    else if (tabs > semicolons)
        m_dialect.separator = u'\t';
    else
        m_dialect.separator = u';';
}

CsvReader::Parse CsvReader::parseRecord(CsvRecord &record, qsizetype &consumed, int &lines) const {
    const QChar separator = m_dialect.separator;
    const qsizetype size = m_text.size();
    const QChar *text = m_text.constData();
    qsizetype fieldCount = 1;
    QString *field = &emptyField(record.fields, 0);
    bool inQuotes = false;
    bool fieldStarted = false; // a quote opens a quoted field only as its first character
    lines = 0;
    qsizetype i = m_pos;
    while (i < size) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 >= size && !m_atEnd)
                    return Parse::NeedMore;
                if (i + 1 < size && text[i + 1] == u'"') {
                    *field += u'"';
                    i += 2;
                } else {
                    inQuotes = false;
                    ++i;
                }
                continue;
            }
            if (c == u'\r') {
                if (i + 1 >= size && !m_atEnd)
                    return Parse::NeedMore;
                ++lines;
                if (i + 1 < size && text[i + 1] == u'\n')
                    ++i; // CR LF inside a cell is one line break
                *field += u'\n';
                ++i;
                continue;
            }
            if (c == u'\n') {
                ++lines;
                *field += c;
                ++i;
                continue;
            }
            // The run of ordinary characters up to the next quote or line break, at once.
            qsizetype end = i + 1;
            while (end < size && text[end] != u'"' && text[end] != u'\r' && text[end] != u'\n')
                ++end;
            field->append(text + i, end - i);
            i = end;
            continue;
        }
        if (c == separator) {
            field = &emptyField(record.fields, fieldCount++);
            fieldStarted = false;
            ++i;
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            inQuotes = true;
            fieldStarted = true;
            ++i;
            continue;
        }
        if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 >= size && !m_atEnd)
                return Parse::NeedMore;
            const bool crlf = c == u'\r' && i + 1 < size && text[i + 1] == u'\n';
            record.fields.resize(fieldCount);
            ++lines;
            consumed = i + (crlf ? 2 : 1) - m_pos;
            return Parse::Record;
        }
        // The run of ordinary characters up to the next separator or line break, at once (a
        // quote after the first character is an ordinary one).
        qsizetype end = i + 1;
        while (end < size && text[end] != separator && text[end] != u'\n' && text[end] != u'\r')
            ++end;
        field->append(text + i, end - i);
        fieldStarted = true;
        i = end;
    }
    if (!m_atEnd)
        return Parse::NeedMore;
    record.fields.resize(fieldCount);
    if (inQuotes)
        return Parse::Unterminated;
    if (i == m_pos)
        return Parse::End;
    consumed = i - m_pos;
    return Parse::Record;
}

bool CsvReader::next(CsvRecord &record) {
    if (m_problem)
        return false;
    if (!m_started) {
        m_started = true;
        detectDialect();
    }
    for (;;) {
        qsizetype consumed = 0;
        int lines = 0;
        switch (parseRecord(record, consumed, lines)) {
        case Parse::NeedMore:
            fill();
            continue;
        case Parse::End:
            return false;
        case Parse::Unterminated: {
            CsvProblem problem;
            problem.line = m_line;
            problem.column = int(record.fields.size());
            problem.message =
                tr("Guillemet non refermé : le champ ouvert par un guillemet ligne %1, colonne %2 "
                   "se poursuit jusqu'à la fin du fichier. Un guillemet fermant était attendu ; "
                   "doublez les guillemets qui font partie du texte (\"\").")
                    .arg(m_line)
                    .arg(record.fields.size());
            m_problem = problem;
            return false;
        }
        case Parse::Record:
            break;
        }
        record.line = m_line;
        m_line += lines;
        m_pos += consumed;
        if (isBlank(record))
            continue;
        return true;
    }
}

} // namespace apdesk::exchange
