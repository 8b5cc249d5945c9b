#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace apdesk::domain {

// The rules a new password of the ASP extranet must meet. The client shows them ticked as the
// user types; the simulated service refuses a password that misses one.
enum class PasswordRule { MinimumLength, Digit, SpecialCharacter };

namespace PasswordPolicy {

// Counted in characters (code points), so "é" or an emoji is one.
constexpr int minimumLength = 8;

// Every rule, in the order a screen lists them.
QList<PasswordRule> allRules();
// The rules the password does not meet, in the order of allRules(); empty when it is acceptable.
QList<PasswordRule> unmetRules(QStringView password);
bool isAcceptable(QStringView password);
// French: "Au moins 8 caractères", "Au moins un chiffre", "Au moins un caractère spécial…".
QString describe(PasswordRule rule);

} // namespace PasswordPolicy

} // namespace apdesk::domain
