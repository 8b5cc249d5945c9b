#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

namespace apdesk::exchange {

// The encodings French spreadsheets write: UTF-8 (LibreOffice, Excel's "CSV UTF-8", with or
// without a byte-order mark) and Windows-1252 (Excel's plain "CSV (séparateur : point-virgule)").
enum class TextEncoding { Utf8, Windows1252 };

// Turns the bytes of a file into text chunk by chunk, so a file is never held whole. The
// encoding is decided on the first chunk holding a byte above 0x7F (until then both encodings
// read the same ASCII): a byte-order mark or valid UTF-8 means UTF-8, anything else
// Windows-1252. A UTF-8 sequence cut between two chunks is completed by the next one.
class TextDecoder final {
public:
    QString decode(QByteArrayView bytes);
    // The text of an incomplete sequence left at the end of the file.
    QString finish();

    TextEncoding encoding() const { return m_encoding; }
    bool hadByteOrderMark() const { return m_bom; }
    // True when bytes decided to be UTF-8 held an invalid sequence later on.
    bool hadInvalidBytes() const { return m_utf8.hasError(); }

    static QString fromWindows1252(QByteArrayView bytes);
    // Whether the bytes are valid UTF-8, an incomplete sequence at the very end being allowed.
    static bool isValidUtf8Prefix(QByteArrayView bytes);

private:
    QStringDecoder m_utf8{QStringDecoder::Utf8};
    TextEncoding m_encoding = TextEncoding::Utf8;
    bool m_started = false;
    bool m_decided = false;
    bool m_bom = false;
    QByteArray m_head; // the first bytes, kept until three are seen to recognise a BOM
};

} // namespace apdesk::exchange
