#pragma once

#include "exchange/textdecoder.h"

#include <QChar>
#include <QCoreApplication>
#include <QString>

namespace apdesk::exchange {

// How a CSV file was written, as the reader found out.
struct CsvDialect {
    QChar separator = u';';
    TextEncoding encoding = TextEncoding::Utf8;
    bool byteOrderMark = false;
    bool separatorLine = false; // Excel's "sep=;" first line
    bool crlf = false;          // lines end with CR LF (Windows)

    // "point-virgule", "virgule", "tabulation".
    QString separatorName() const;
    QString encodingName() const;
};

} // namespace apdesk::exchange
