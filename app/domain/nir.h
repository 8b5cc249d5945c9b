#pragma once

#include "checked.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace apdesk::domain {

// A French social security number (NIR): 13 characters — sex, year and month of birth,
// département (2A / 2B for Corsica), commune, order number — followed by a 2-digit key equal to
// 97 − (the 13-digit number mod 97). For the key, Corsica's 2A and 2B count as 19 and 18.
// NIRs are personal data: never log digits().
class Nir final {
    Q_DECLARE_TR_FUNCTIONS(Nir)

public:
    // Accepts spaces (including U+00A0 and U+202F) and dots between groups, and a lowercase
    // "2a"/"2b". Separate messages for: nothing typed, a forbidden character (named, with its
    // position), the wrong length, a first digit other than 1–4, 7 or 8, a key that does not
    // match (the expected key is given).
    static Checked<Nir> parse(QStringView text);

    // The 15 characters, "2A"/"2B" kept in upper case: "269052A00412371".
    QString digits() const { return m_digits; }
    // "2 69 05 2A 004 123 71", the grouping of the carte Vitale.
    QString formatted() const;
    // The 2-digit key, 1 to 97.
    int key() const { return m_digits.right(2).toInt(); }

    // The key of a 13-character number (spaces allowed, 2A/2B in positions 6-7), or -1 when the
    // text is not 13 such characters. For generators of test data.
    static int keyFor(QStringView thirteenChars);

    friend bool operator==(const Nir &, const Nir &) = default;

private:
    explicit Nir(QString digits)
        : m_digits(std::move(digits)) {}

    QString m_digits;
};

} // namespace apdesk::domain
