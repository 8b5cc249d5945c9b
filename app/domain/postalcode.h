#pragma once

#include "checked.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace apdesk::domain {

// A French postal code: 5 digits, in a metropolitan département (01000–95999, Corsica's 20xxx
// included) or overseas (97100–97699: Guadeloupe to Mayotte, Saint-Pierre-et-Miquelon,
// Saint-Barthélemy, Saint-Martin). Monaco (980xx) and the Pacific collectivities (986xx–988xx)
// are outside the activité partielle scheme and refused.
class PostalCode final {
    Q_DECLARE_TR_FUNCTIONS(PostalCode)

public:
    // Accepts surrounding spaces and a space inside ("75 001"). Separate messages for: nothing
    // typed, a character that is not a digit, not 5 digits, a département that does not exist.
    static Checked<PostalCode> parse(QStringView text);

    // "75001".
    QString text() const { return m_text; }
    bool isOverseas() const { return m_text.startsWith(u"97"); }
    // The département the code most likely belongs to: "75", "2A" (200xx–201xx), "2B"
    // (202xx–206xx), "971"… Postal codes follow départements closely but not exactly at their
    // borders: this is a default the user can correct, not a rule.
    QString departement() const;

    friend bool operator==(const PostalCode &, const PostalCode &) = default;

private:
    explicit PostalCode(QString text)
        : m_text(std::move(text)) {}

    QString m_text;
};

} // namespace apdesk::domain
