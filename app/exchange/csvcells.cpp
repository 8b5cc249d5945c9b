#include "exchange/csvcells.h"

#include <QRegularExpression>

#include <optional>

namespace apdesk::exchange {

using domain::Checked;

namespace {
// dd/mm/yyyy with one or two digits for the day and month, without a time: what nearly every
// cell holds, read without a regular expression (100,000 of them in a large hours file).
std::optional<QDate> plainFrenchDate(QStringView text) {
    int parts[3] = {0, 0, 0};
    int digits[3] = {0, 0, 0};
    int part = 0;
    QChar separator;
    for (QChar c : text) {
        if (c.isDigit() && c.unicode() < 128) {
            parts[part] = parts[part] * 10 + (c.unicode() - u'0');
            if (++digits[part] > 4)
                return std::nullopt;
        } else if ((c == u'/' || c == u'.' || c == u'-') && part < 2 &&
                   (separator.isNull() || c == separator)) {
            separator = c;
            ++part;
        } else {
            return std::nullopt;
        }
    }
    if (part != 2 || digits[0] < 1 || digits[0] > 2 || digits[1] < 1 || digits[1] > 2 ||
        digits[2] != 4)
        return std::nullopt;
    return QDate(parts[2], parts[1], parts[0]);
}
} // namespace

Checked<QDate> CsvCells::date(QStringView text) {
    if (const auto plain = plainFrenchDate(text.trimmed()); plain && plain->isValid())
        return Checked<QDate>::ok(*plain);
    static const QRegularExpression french(QStringLiteral(
        R"(^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$)"));
    static const QRegularExpression iso(QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})$)"));
    const QString trimmed = text.trimmed().toString();
    if (trimmed.isEmpty())
        return Checked<QDate>::fail(tr("Aucune date : une date jj/mm/aaaa est attendue (par "
                                       "exemple 01/03/2021)."));
    QDate date;
    if (const auto m = french.match(trimmed); m.hasMatch())
        date = QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    else if (const auto i = iso.match(trimmed); i.hasMatch())
        date = QDate(i.captured(1).toInt(), i.captured(2).toInt(), i.captured(3).toInt());
    else
        return Checked<QDate>::fail(tr("« %1 » n'est pas une date : une date jj/mm/aaaa est "
                                       "attendue (par exemple 01/03/2021).")
                                        .arg(trimmed));
    if (!date.isValid())
        return Checked<QDate>::fail(
            tr("« %1 » n'est pas une date du calendrier (jour ou mois hors limites) : une date "
               "jj/mm/aaaa est attendue.")
                .arg(trimmed));
    return Checked<QDate>::ok(date);
}

Checked<bool> CsvCells::yesNo(QStringView text) {
    const QString value = text.trimmed().toString().toLower();
    static const QStringList yes{
        QStringLiteral("oui"),  QStringLiteral("o"),   QStringLiteral("x"), QStringLiteral("1"),
        QStringLiteral("vrai"), QStringLiteral("yes"), QStringLiteral("y"), QStringLiteral("true")};
    static const QStringList no{
        QStringLiteral(""),     QStringLiteral("non"), QStringLiteral("n"),    QStringLiteral("0"),
        QStringLiteral("faux"), QStringLiteral("no"),  QStringLiteral("false")};
    if (yes.contains(value))
        return Checked<bool>::ok(true);
    if (no.contains(value))
        return Checked<bool>::ok(false);
    return Checked<bool>::fail(
        tr("« %1 » n'est ni oui ni non : « oui » ou « non » est attendu.").arg(text.trimmed()));
}

Checked<int> CsvCells::halfDays(QStringView text) {
    const QString value = text.trimmed().toString();
    static const QRegularExpression days(QStringLiteral(R"(^(\d{1,2})(?:[.,](\d+))?$)"));
    const auto m = days.match(value);
    if (!m.hasMatch())
        return Checked<int>::fail(tr("« %1 » n'est pas un nombre de jours : des jours entiers ou "
                                     "des demi-journées sont attendus (par exemple 2 ou 1,5).")
                                      .arg(value));
    const int whole = m.captured(1).toInt();
    QString fraction = m.captured(2);
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    if (fraction.isEmpty())
        return Checked<int>::ok(whole * 2);
    if (fraction == u"5")
        return Checked<int>::ok(whole * 2 + 1);
    return Checked<int>::fail(tr("« %1 » : les jours chômés se comptent par demi-journées (par "
                                 "exemple 1 ou 1,5), pas en fractions plus fines.")
                                  .arg(value));
}

QString CsvCells::formatDate(const QDate &date) {
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString CsvCells::formatYesNo(bool yes) {
    return yes ? QStringLiteral("oui") : QStringLiteral("non");
}

QString CsvCells::formatHalfDays(int halfDays) {
    return halfDays % 2 == 0 ? QString::number(halfDays / 2)
                             : QStringLiteral("%1,5").arg(halfDays / 2);
}

} // namespace apdesk::exchange
