#pragma once

#include "checked.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace apdesk::domain {

// The 9-digit number INSEE gives a company (entreprise), checked with the Luhn algorithm.
class Siren final {
    Q_DECLARE_TR_FUNCTIONS(Siren)

public:
    // Accepts spaces (including U+00A0 and U+202F) and dots between digits: "732 829 320",
    // "732.829.320". Each failure has its own message: nothing typed, a character that is not a
    // digit (named, with its position among the digits), the wrong number of digits, the wrong
    // check digit.
    static Checked<Siren> parse(QStringView text);

    // "732829320".
    QString digits() const { return m_digits; }
    // "732 829 320", as INSEE prints it.
    QString formatted() const;

    // La Poste's SIREN, whose establishments follow another check rule (DOMAIN.md §4).
    static constexpr QStringView laPoste() { return u"356000000"; }
    bool isLaPoste() const { return m_digits == laPoste(); }

    friend bool operator==(const Siren &, const Siren &) = default;

private:
    friend class Siret;
    explicit Siren(QString digits)
        : m_digits(std::move(digits)) {}

    QString m_digits;
};

} // namespace apdesk::domain
