#include "sqlite/setaside.h"

#include "sqlite/backup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <array>

namespace apdesk::sqlite {

namespace {
// The files SQLite keeps next to a database, which belong to it.
const std::array<QLatin1String, 3> companions = {QLatin1String("-wal"), QLatin1String("-shm"),
                                                 QLatin1String("-journal")};
} // namespace

Result<QString> setAside(const QString &path, ProblemKind why, const QDateTime &now) {
    const QString shownPath = QDir::toNativeSeparators(path);
    if (!QFileInfo(path).isFile()) {
        return Result<QString>::fail(Error::make(
            ErrorKind::NotFound,
            QCoreApplication::translate("apdesk::sqlite",
                                        "Le fichier « %1 » n'existe pas : il n'y a rien à mettre "
                                        "de côté.")
                .arg(shownPath)));
    }
    const QString base =
        QStringLiteral("%1.%2-%3")
            .arg(path, problemKindName(why), now.toString(QStringLiteral("yyyyMMdd-HHmm")));
    QString target = firstFreePath(base);
    // A companion's new name must be free too, or a stale one would be overwritten.
    for (int counter = 2;; ++counter) {
        bool free = true;
        for (const auto suffix : companions)
            free = free && !QFileInfo::exists(target + suffix);
        if (free && !QFileInfo::exists(target))
            break;
        target = QStringLiteral("%1-%2").arg(base).arg(counter);
    }

    QFile main(path);
    if (!main.rename(target)) {
        return Result<QString>::fail(
            Error::make(ErrorKind::Failed,
                        QCoreApplication::translate("apdesk::sqlite",
                                                    "Impossible de renommer « %1 » en « %2 » : %3.")
                            .arg(shownPath, QDir::toNativeSeparators(target), main.errorString()),
                        main.errorString()));
    }
    for (const auto suffix : companions) {
        QFile companion(path + suffix);
        if (!companion.exists())
            continue;
        if (!companion.rename(target + suffix)) {
            const QString why = companion.errorString();
            // Put the main file back: a database separated from its WAL loses transactions.
            QFile::rename(target, path);
            for (const auto moved : companions) {
                if (moved == suffix)
                    break;
                QFile::rename(target + moved, path + moved);
            }
            return Result<QString>::fail(Error::make(
                ErrorKind::Failed,
                QCoreApplication::translate("apdesk::sqlite",
                                            "Impossible de renommer « %1 » : %2. Le fichier "
                                            "est resté à sa place.")
                    .arg(QDir::toNativeSeparators(path + suffix), why),
                why));
        }
    }
    return Result<QString>::ok(target);
}

Result<QString> setAside(const OpenProblem &problem) {
    return setAside(problem.path, problem.kind);
}

} // namespace apdesk::sqlite
