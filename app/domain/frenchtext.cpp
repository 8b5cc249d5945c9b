#include "frenchtext.h"

#include <QRegularExpression>

namespace apdesk::domain::frenchtext {

QString elideBeforeMonths(QString text) {
    static const QRegularExpression de(QStringLiteral("\\b([Dd])e (?=(avril|août|octobre)\\b)"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    return text.replace(de, QStringLiteral("\\1'"));
}

} // namespace apdesk::domain::frenchtext
