#include "user.h"

#include "secrets.h"

namespace apdesk::aspsim {

namespace {

QString plain(const QString &name) {
    QString folded = secrets::normalizeAnswer(name).toLower();
    folded.replace(QLatin1Char(' '), QLatin1Char('-'));
    return folded;
}

} // namespace

QString User::displayName() const {
    return plain(firstName) + QLatin1Char('.') + plain(lastName);
}

} // namespace apdesk::aspsim
