#include "exchange/textdecoder.h"

#include <array>

namespace apdesk::exchange {

namespace {
// Windows-1252 differs from Latin-1 only in 0x80–0x9F; the five unassigned bytes keep their C1
// code point, as Windows itself maps them.
constexpr std::array<char16_t, 32> cp1252High{
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

bool hasHighByte(QByteArrayView bytes) {
    for (char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return true;
    }
    return false;
}
} // namespace

QString TextDecoder::fromWindows1252(QByteArrayView bytes) {
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        *out++ = (byte >= 0x80 && byte < 0xA0) ? QChar(cp1252High[byte - 0x80]) : QChar(byte);
    }
    return text;
}

bool TextDecoder::isValidUtf8Prefix(QByteArrayView bytes) {
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const auto byte = static_cast<unsigned char>(bytes[i]);
        int length = 0;
        if (byte < 0x80)
            length = 1;
        else if (byte >= 0xC2 && byte <= 0xDF)
            length = 2;
        else if (byte >= 0xE0 && byte <= 0xEF)
            length = 3;
        else if (byte >= 0xF0 && byte <= 0xF4)
            length = 4;
        else
            return false;
        for (int k = 1; k < length; ++k) {
            if (i + k >= size)
                return true; // cut by the end of the chunk: the next one completes it
            if ((static_cast<unsigned char>(bytes[i + k]) & 0xC0) != 0x80)
                return false;
        }
        i += length;
    }
    return true;
}

QString TextDecoder::decode(QByteArrayView bytes) {
    if (!m_started) {
        // Wait for three bytes before deciding whether the file starts with a byte-order mark.
        m_head.append(bytes.data(), bytes.size());
        if (m_head.size() < 3)
            return {};
        m_started = true;
        QByteArray head = std::exchange(m_head, {});
        if (head.startsWith("\xEF\xBB\xBF")) {
            m_bom = true;
            m_decided = true;
            m_encoding = TextEncoding::Utf8;
            head.remove(0, 3);
        }
        return decode(head);
    }
    if (!m_decided) {
        if (!hasHighByte(bytes))
            return QString::fromLatin1(bytes); // ASCII reads the same in both encodings
        m_decided = true;
        m_encoding = isValidUtf8Prefix(bytes) ? TextEncoding::Utf8 : TextEncoding::Windows1252;
    }
    if (m_encoding == TextEncoding::Windows1252)
        return fromWindows1252(bytes);
    return m_utf8.decode(bytes);
}

QString TextDecoder::finish() {
    QString rest;
    if (!m_started && !m_head.isEmpty()) {
        m_started = true;
        rest = decode(std::exchange(m_head, {}));
    }
    if (m_encoding == TextEncoding::Utf8)
        rest += m_utf8.decode(QByteArrayView());
    return rest;
}

} // namespace apdesk::exchange
