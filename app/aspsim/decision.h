#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace apdesk::aspsim {

// A decision (autorisation préalable d'activité partielle) as the service keeps it: an accepted
// request for an establishment, its period, form, scheme and motive (DOMAIN.md section 2), the
// contingent of hours and the headcount it authorises, and the secret code the establishment
// types to file a claim on it.
struct Decision {
    Q_DECLARE_TR_FUNCTIONS(Decision)

public:
    QString number; // "DEC-<siret>-001": the SIRET and the establishment's sequence
    QString siret;
    QDate periodStart;
    QDate periodEnd;
    int form = 1;                    // 1/2 réduction (tout/partie), 3/4 fermeture (tout/partie)
    QString scheme;                  // "common" (droit commun) or "apld"
    int motive = 5;                  // 1 conjoncture … 5 autres circonstances exceptionnelles
    qint64 authorisedHundredths = 0; // the contingent, in hundredths of an hour
    int authorisedHeadcount = 0;
    QString secretCode;   // 10 characters (secrets::decisionCode())
    qint64 decidedAt = 0; // service time, seconds
    QString state = QStringLiteral("accepted");

    // {number, siret, periodStart, periodEnd, form, scheme, motive, authorisedHours,
    //  authorisedHeadcount, secretCode, decidedAt} as the API shows it (openapi.json, Decision).
    QJsonObject toJson() const;

    // The demo decision every new establishment gets when ServiceConfig::demoDecisions is on:
    // form 1, droit commun, motive 5, the whole calendar year of `today`, 10,000 hours, 50
    // employees. Number, secret code and decidedAt are left to the store and decisiongrant.
    static Decision demo(const QString &siret, const QDate &today);

    // Hours in the API: a text with a point and two decimals, "1234.50" (exact, unlike a JSON
    // number).
    static QString hoursText(qint64 hundredths);
    // Reads "1234", "1234.5" or "1234.50" (digits, at most 7 before the point and 2 after);
    // nullopt for anything else.
    static std::optional<qint64> parseHours(const QString &text);

    // French labels, for the notification mail.
    static QString formLabel(int form);
    static QString schemeLabel(const QString &scheme);
    static QString motiveLabel(int motive);
};

} // namespace apdesk::aspsim
