#include "passwordpolicy.h"

#include <QCoreApplication>

namespace apdesk::domain::PasswordPolicy {

QList<PasswordRule> allRules() {
    return {PasswordRule::MinimumLength, PasswordRule::Digit, PasswordRule::SpecialCharacter};
}

QList<PasswordRule> unmetRules(QStringView password) {
    const QList<uint> codePoints = password.toUcs4();
    bool hasDigit = false;
    bool hasSpecial = false;
    for (const uint u : codePoints) {
        const char32_t c = u;
        if (QChar::isDigit(c))
            hasDigit = true;
        else if (!QChar::isLetter(c) && !QChar::isSpace(c))
            hasSpecial = true;
    }
    QList<PasswordRule> unmet;
    if (codePoints.size() < minimumLength)
        unmet.append(PasswordRule::MinimumLength);
    if (!hasDigit)
        unmet.append(PasswordRule::Digit);
    if (!hasSpecial)
        unmet.append(PasswordRule::SpecialCharacter);
    return unmet;
}

bool isAcceptable(QStringView password) {
    return unmetRules(password).isEmpty();
}

QString describe(PasswordRule rule) {
    switch (rule) {
    case PasswordRule::MinimumLength:
        return QCoreApplication::translate("PasswordPolicy", "Au moins %1 caractères")
            .arg(minimumLength);
    case PasswordRule::Digit:
        return QCoreApplication::translate("PasswordPolicy", "Au moins un chiffre");
    case PasswordRule::SpecialCharacter:
        break;
    }
    return QCoreApplication::translate("PasswordPolicy",
                                       "Au moins un caractère spécial (ni lettre, ni chiffre, ni "
                                       "espace, par exemple ! ? # @ -)");
}

} // namespace apdesk::domain::PasswordPolicy
