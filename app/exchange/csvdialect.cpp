#include "exchange/csvdialect.h"

namespace apdesk::exchange {

QString CsvDialect::separatorName() const {
    if (separator == u';')
        return QCoreApplication::translate("CsvDialect", "point-virgule");
    if (separator == u',')
        return QCoreApplication::translate("CsvDialect", "virgule");
    if (separator == u'\t')
        return QCoreApplication::translate("CsvDialect", "tabulation");
    return QString(separator);
}

QString CsvDialect::encodingName() const {
    if (encoding == TextEncoding::Windows1252)
        return QStringLiteral("Windows-1252");
    return byteOrderMark ? QStringLiteral("UTF-8 (BOM)") : QStringLiteral("UTF-8");
}

} // namespace apdesk::exchange
