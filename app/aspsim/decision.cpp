#include "decision.h"

#include <QDateTime>
#include <QRegularExpression>

namespace apdesk::aspsim {

QJsonObject Decision::toJson() const {
    return {
        {QStringLiteral("number"), number},
        {QStringLiteral("siret"), siret},
        {QStringLiteral("periodStart"), periodStart.toString(Qt::ISODate)},
        {QStringLiteral("periodEnd"), periodEnd.toString(Qt::ISODate)},
        {QStringLiteral("form"), form},
        {QStringLiteral("scheme"), scheme},
        {QStringLiteral("motive"), motive},
        {QStringLiteral("authorisedHours"), hoursText(authorisedHundredths)},
        {QStringLiteral("authorisedHeadcount"), authorisedHeadcount},
        {QStringLiteral("secretCode"), secretCode},
        {QStringLiteral("decidedAt"),
         QDateTime::fromSecsSinceEpoch(decidedAt, Qt::UTC).toString(Qt::ISODate)},
    };
}

Decision Decision::demo(const QString &siret, const QDate &today) {
    Decision d;
    d.siret = siret;
    d.periodStart = QDate(today.year(), 1, 1);
    d.periodEnd = QDate(today.year(), 12, 31);
    d.form = 1;
    d.scheme = QStringLiteral("common");
    d.motive = 5;
    d.authorisedHundredths = 10000 * 100;
    d.authorisedHeadcount = 50;
    return d;
}

QString Decision::hoursText(qint64 hundredths) {
    return QStringLiteral("%1.%2")
        .arg(hundredths / 100)
        .arg(hundredths % 100, 2, 10, QLatin1Char('0'));
}

std::optional<qint64> Decision::parseHours(const QString &text) {
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{1,7})(?:\.(\d{1,2}))?$)"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    qint64 hundredths = match.captured(1).toLongLong() * 100;
    const QString decimals = match.captured(2);
    if (!decimals.isEmpty()) {
        hundredths += decimals.size() == 1 ? decimals.toLongLong() * 10 : decimals.toLongLong();
    }
    return hundredths;
}

QString Decision::formLabel(int form) {
    switch (form) {
    case 1:
        return tr("réduction horaire, tout l'établissement");
    case 2:
        return tr("réduction horaire, partie de l'établissement");
    case 3:
        return tr("fermeture temporaire, tout l'établissement");
    case 4:
        return tr("fermeture temporaire, partie de l'établissement");
    default:
        return QString::number(form);
    }
}

QString Decision::schemeLabel(const QString &scheme) {
    if (scheme == QLatin1String("common")) {
        return tr("droit commun");
    }
    if (scheme == QLatin1String("apld")) {
        return tr("activité partielle de longue durée (APLD)");
    }
    return scheme;
}

QString Decision::motiveLabel(int motive) {
    switch (motive) {
    case 1:
        return tr("conjoncture économique");
    case 2:
        return tr("difficultés d'approvisionnement en matières premières ou en énergie");
    case 3:
        return tr("sinistre ou intempéries de caractère exceptionnel");
    case 4:
        return tr("transformation, restructuration ou modernisation de l'entreprise");
    case 5:
        return tr("autres circonstances de caractère exceptionnel");
    default:
        return QString::number(motive);
    }
}

} // namespace apdesk::aspsim
