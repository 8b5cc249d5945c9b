#include "sqlite/openproblem.h"

#include <QDir>

namespace apdesk::sqlite {

namespace {
QString shown(const QString &path) {
    return QDir::toNativeSeparators(path);
}

OpenProblem make(ProblemKind kind, const QString &path, QString message, QString detail) {
    OpenProblem problem;
    problem.kind = kind;
    problem.path = path;
    problem.message = std::move(message);
    problem.detail = std::move(detail);
    return problem;
}
} // namespace

bool OpenProblem::canBeSetAside() const {
    return kind != ProblemKind::CannotOpen;
}

OpenProblem OpenProblem::cannotOpen(const QString &path, const QString &detail) {
    return make(ProblemKind::CannotOpen, path,
                tr("Impossible d'ouvrir la base de données « %1 » : %2")
                    .arg(shown(path), detail.isEmpty() ? tr("raison inconnue.") : detail),
                detail);
}

OpenProblem OpenProblem::notADatabase(const QString &path, const QString &detail) {
    return make(ProblemKind::NotADatabase, path,
                tr("Le fichier « %1 » n'est pas une base de données. Il n'a pas été modifié.")
                    .arg(shown(path)),
                detail);
}

OpenProblem OpenProblem::emptyFile(const QString &path) {
    return make(ProblemKind::NotADatabase, path,
                tr("Le fichier « %1 » est vide (0 octet) : ce n'est pas une base de données. Il "
                   "n'a pas été modifié.")
                    .arg(shown(path)),
                QStringLiteral("0-byte file"));
}

OpenProblem OpenProblem::notOurs(const QString &path, const QString &expected,
                                 const QString &found, const QString &detail) {
    return make(ProblemKind::NotOurs, path,
                tr("Le fichier « %1 » n'est pas %2 : c'est %3. Il n'a pas été modifié.")
                    .arg(shown(path), expected, found),
                detail);
}

OpenProblem OpenProblem::damaged(const QString &path, const QString &detail) {
    return make(ProblemKind::Damaged, path,
                tr("La base de données « %1 » est endommagée : la vérification de son intégrité "
                   "a échoué. Elle n'a pas été modifiée.")
                    .arg(shown(path)),
                detail);
}

OpenProblem OpenProblem::newerVersion(const QString &path, int fileVersion, int supportedVersion) {
    OpenProblem problem =
        make(ProblemKind::NewerVersion, path,
             tr("La base de données « %1 » a été écrite par une version plus récente du programme "
                "(version %2 du schéma, cette version du programme connaît au plus la version %3). "
                "Elle n'a pas été modifiée : installez la dernière version du programme pour "
                "l'ouvrir.")
                 .arg(shown(path))
                 .arg(fileVersion)
                 .arg(supportedVersion),
             {});
    problem.fileVersion = fileVersion;
    problem.supportedVersion = supportedVersion;
    return problem;
}

OpenProblem OpenProblem::backupFailed(const QString &path, int fileVersion, const QString &detail) {
    OpenProblem problem =
        make(ProblemKind::BackupFailed, path,
             tr("La copie de sauvegarde de la base de données « %1 », nécessaire avant sa mise à "
                "jour, n'a pas pu être faite : %2 La base n'a pas été modifiée.")
                 .arg(shown(path), detail),
             detail);
    problem.fileVersion = fileVersion;
    return problem;
}

OpenProblem OpenProblem::migrationFailed(const QString &path, int failedVersion,
                                         const QString &description, int keptVersion,
                                         const QString &backupPath, const QString &detail) {
    QString message = tr("La mise à jour de la base de données « %1 » vers la version %2 (%3) a "
                         "échoué : %4. Elle a été annulée, la base est restée à la version %5.")
                          .arg(shown(path))
                          .arg(failedVersion)
                          .arg(description, detail)
                          .arg(keptVersion);
    if (!backupPath.isEmpty())
        message += QLatin1Char(' ') + tr("Une copie de la base d'avant la mise à jour se trouve "
                                         "dans « %1 ».")
                                          .arg(shown(backupPath));
    OpenProblem problem = make(ProblemKind::MigrationFailed, path, message, detail);
    problem.fileVersion = keptVersion;
    problem.backupPath = backupPath;
    return problem;
}

QString problemKindName(ProblemKind kind) {
    switch (kind) {
    case ProblemKind::CannotOpen:
        return QStringLiteral("unreadable");
    case ProblemKind::NotADatabase:
        return QStringLiteral("not-a-database");
    case ProblemKind::NotOurs:
        return QStringLiteral("not-ours");
    case ProblemKind::Damaged:
        return QStringLiteral("damaged");
    case ProblemKind::NewerVersion:
        return QStringLiteral("newer-version");
    case ProblemKind::BackupFailed:
        return QStringLiteral("backup-failed");
    case ProblemKind::MigrationFailed:
        return QStringLiteral("migration-failed");
    }
    return QStringLiteral("set-aside");
}

} // namespace apdesk::sqlite
