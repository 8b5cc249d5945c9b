#pragma once

#include "checked.h"
#include "siren.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace apdesk::domain {

// The 14-digit number of an establishment: its company's SIREN (9 digits) and the NIC (5 digits).
// Valid when the Luhn sum of the 14 digits is a multiple of 10 and the SIREN is valid; La Poste's
// establishments (SIREN 356000000) are numbered so that the plain sum of the 14 digits is a
// multiple of 5 instead (its head office, 35600000000048, follows Luhn).
class Siret final {
    Q_DECLARE_TR_FUNCTIONS(Siret)

public:
    // Accepts "35600000009075", "356 000 000 09075", "329.338.88300153" and U+00A0 / U+202F
    // between digits. Each failure has its own message (nothing typed, a character that is not a
    // digit, the wrong number of digits — with a hint when 9 digits look like a SIREN — the
    // wrong check digit of the SIRET or of its SIREN).
    static Checked<Siret> parse(QStringView text);

    // "35600000009075".
    QString digits() const { return m_digits; }
    Siren siren() const { return Siren(m_digits.left(9)); }
    // The establishment's 5-digit number within the company: "09075".
    QString nic() const { return m_digits.mid(9); }
    // "356 000 000 09075", as INSEE prints it.
    QString formatted() const;
    // The same for stored digits, which are given back as they are when they are not a SIRET.
    static QString formatted(const QString &digits);

    friend bool operator==(const Siret &, const Siret &) = default;

private:
    explicit Siret(QString digits)
        : m_digits(std::move(digits)) {}

    QString m_digits;
};

} // namespace apdesk::domain
