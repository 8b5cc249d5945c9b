#include "sqlite/privatefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace apdesk::sqlite {

namespace {
constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
} // namespace

Result<> createPrivateFile(const QString &path) {
    QFile file(path);
    // NewOnly: never truncate what exists; the permissions apply at creation (open(2) mode).
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly)) {
        return Result<>::fail(
            Error::make(ErrorKind::Failed,
                        QCoreApplication::translate("apdesk::sqlite",
                                                    "Impossible de créer le fichier « %1 » : %2.")
                            .arg(QDir::toNativeSeparators(path), file.errorString()),
                        file.errorString()));
    }
    file.close();
    return makePrivate(path); // in case the platform ignored the mode
}

Result<> makePrivate(const QString &path) {
    QFile file(path);
    if ((file.permissions() & ~(ownerOnly | QFileDevice::ReadUser | QFileDevice::WriteUser)) == 0)
        return Result<>::ok();
    if (!file.setPermissions(ownerOnly)) {
        return Result<>::fail(Error::make(
            ErrorKind::Failed,
            QCoreApplication::translate(
                "apdesk::sqlite",
                "Impossible de restreindre les droits du fichier « %1 » à son propriétaire : %2.")
                .arg(QDir::toNativeSeparators(path), file.errorString()),
            file.errorString()));
    }
    return Result<>::ok();
}

Result<> ensurePrivateFile(const QString &path) {
    return QFileInfo::exists(path) ? makePrivate(path) : createPrivateFile(path);
}

Result<> makePrivateFolder(const QString &path) {
    constexpr QFileDevice::Permissions ownerFolder =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    if (!QDir().mkpath(path) || !QFile::setPermissions(path, ownerFolder)) {
        return Result<>::fail(Error::make(
            ErrorKind::Failed,
            QCoreApplication::translate("apdesk::sqlite",
                                        "Impossible de créer le dossier « %1 » réservé à son "
                                        "propriétaire.")
                .arg(QDir::toNativeSeparators(path))));
    }
    return Result<>::ok();
}

} // namespace apdesk::sqlite
