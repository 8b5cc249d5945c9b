#include "gridtext.h"

#include <QLocale>

namespace apdesk::ui::gridtext {

QString hours(domain::Hours hours) {
    QString text = hours.toString(QLocale());
    const QChar point = QLocale().decimalPoint().front();
    if (text.endsWith(QLatin1Char('0')) && text.contains(point))
        text.chop(1);
    if (text.endsWith(QLatin1Char('0')) && text.contains(point))
        text.chop(1);
    if (text.endsWith(point))
        text.chop(1);
    return text;
}

QString money(domain::Money money) {
    return money.toString(QLocale());
}

QString plainMoney(domain::Money money) {
    return money.toPlainString(QLocale());
}

QString dayMonth(const QDate &day) {
    return QLocale().toString(day, QStringLiteral("dd/MM"));
}

QString monthYear(const QDate &month) {
    return QLocale().toString(month, QStringLiteral("MMMM yyyy"));
}

QString date(const QDate &day) {
    return QLocale().toString(day, QStringLiteral("dd/MM/yyyy"));
}

} // namespace apdesk::ui::gridtext
