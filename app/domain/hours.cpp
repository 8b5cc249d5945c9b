#include "hours.h"

#include "decimaltext.h"

#include <QRegularExpression>

namespace apdesk::domain {

namespace {

// "7h30", "7h", "7:30", "h30" is not accepted: the hours part is mandatory.
const QRegularExpression &hoursMinutesPattern() {
    static const QRegularExpression re(QStringLiteral("^(\\d+)\\s*[hH:]\\s*(\\d{0,2})$"));
    return re;
}

} // namespace

Checked<Hours> Hours::parse(QStringView text) {
    const QString compact = decimaltext::withoutSpaces(text);
    if (compact.isEmpty())
        return Checked<Hours>::fail(tr("Aucune durée saisie : un nombre d'heures est attendu "
                                       "(par exemple 7,5 ou 7h30)."));
    if (compact.startsWith(u'-'))
        return Checked<Hours>::fail(
            tr("« %1 » est négatif : un nombre d'heures ne peut pas être négatif.").arg(compact));

    const auto match = hoursMinutesPattern().match(compact);
    if (match.hasMatch()) {
        bool ok = false;
        const qint64 whole = match.captured(1).toLongLong(&ok);
        if (!ok || whole > 1'000'000'000)
            return Checked<Hours>::fail(tr("« %1 » est trop grand pour une durée.").arg(compact));
        const QString minutesText = match.captured(2);
        const int minutes = minutesText.isEmpty() ? 0 : minutesText.toInt();
        if (minutes >= 60)
            return Checked<Hours>::fail(
                tr("« %1 » : les minutes doivent être comprises entre 0 et 59.").arg(compact));
        // minutes / 60 in hundredths, rounded to the nearest: (minutes * 100 + 30) / 60.
        return Checked<Hours>::ok(Hours(whole * 100 + (minutes * 100 + 30) / 60));
    }

    const auto parsed = decimaltext::parseHundredths(compact);
    switch (parsed.error()) {
    case decimaltext::Error::None:
        return Checked<Hours>::ok(Hours(*parsed));
    case decimaltext::Error::TooManyDecimals:
        return Checked<Hours>::fail(
            tr("« %1 » a plus de deux décimales : les heures se saisissent au centième "
               "(par exemple 7,25).")
                .arg(compact));
    case decimaltext::Error::TooLarge:
        return Checked<Hours>::fail(tr("« %1 » est trop grand pour une durée.").arg(compact));
    case decimaltext::Error::Empty:
    case decimaltext::Error::Negative:
    case decimaltext::Error::NotANumber:
        break;
    }
    return Checked<Hours>::fail(tr("« %1 » n'est pas une durée : un nombre d'heures est attendu, "
                                   "par exemple 7,5 ou 7.5 ou 7h30 ou 7:30.")
                                    .arg(text.toString().trimmed()));
}

bool Hours::isApproximatedFromMinutes(QStringView text) {
    const auto match = hoursMinutesPattern().match(decimaltext::withoutSpaces(text));
    if (!match.hasMatch())
        return false;
    const int minutes = match.captured(2).toInt();
    return minutes < 60 && (minutes * 100) % 60 != 0;
}

QString Hours::toString(const QLocale &locale) const {
    return decimaltext::formatHundredths(m_hundredths, locale, false);
}

QString Hours::frenchText() const {
    return toString(QLocale(QLocale::French, QLocale::France)) + QStringLiteral("\u00a0h");
}

} // namespace apdesk::domain
