#pragma once

#include "checked.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace apdesk::domain {

// A telephone number of France (metropolitan or overseas), checked against libphonenumber's
// numbering plan. libphonenumber stays inside the .cpp: this header only carries QStrings.
class FrenchPhone final {
    Q_DECLARE_TR_FUNCTIONS(FrenchPhone)

public:
    // Landline: 01–05 (FIXED_LINE) and 09 (typed VOIP by libphonenumber); Mobile: 06/07;
    // Other: the rest of what is attributed (08 service numbers…).
    enum class Kind { Landline, Mobile, Other };

    // Accepts "01 45 67 89 01", "01.45.67.89.01", "01-45-67-89-01", "+33 1 45 67 89 01",
    // "+33 (0)1 45 67 89 01", "0033145678901", and overseas numbers ("0262 12 34 56",
    // "+262 262 12 34 56"). Separate messages for: nothing typed, a forbidden character (named,
    // with its position), the wrong number of digits, a foreign country code, a number that is
    // not attributed.
    static Checked<FrenchPhone> parse(QStringView text);
    // As parse(), and refuses mobile and service numbers: a landline (01 à 05 ou 09) is expected.
    static Checked<FrenchPhone> parseLandline(QStringView text);

    Kind kind() const { return m_kind; }
    // "+33145678901".
    QString e164() const { return m_e164; }
    // "01 45 67 89 01".
    QString national() const { return m_national; }
    // "fixe", "mobile" or "autre", for messages and the command line.
    static QString kindName(Kind kind);

    friend bool operator==(const FrenchPhone &, const FrenchPhone &) = default;

private:
    FrenchPhone(Kind kind, QString e164, QString national)
        : m_kind(kind)
        , m_e164(std::move(e164))
        , m_national(std::move(national)) {}

    Kind m_kind = Kind::Other;
    QString m_e164;
    QString m_national;
};

} // namespace apdesk::domain
