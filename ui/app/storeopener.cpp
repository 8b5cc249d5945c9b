#include "storeopener.h"

#include "store/store.h"

#include <QAbstractButton>
#include <QDir>
#include <QFileInfo>
#include <QPushButton>

namespace apdesk::ui {

StoreProblemDialog::StoreProblemDialog(const sqlite::OpenProblem &problem, QWidget *parent)
    : QMessageBox(parent) {
    setObjectName(QStringLiteral("storeProblemDialog"));
    setIcon(QMessageBox::Warning);
    setWindowTitle(tr("Données illisibles"));
    setText(problem.message);
    if (problem.canBeSetAside()) {
        setInformativeText(
            tr("AP Desk peut commencer avec un nouveau fichier de données. L'ancien fichier ne "
               "sera ni modifié ni supprimé : il sera conservé à côté, sous un nouveau nom, dans "
               "%1.")
                .arg(QDir::toNativeSeparators(QFileInfo(problem.path).absolutePath())));
        m_startNew = addButton(tr("Commencer avec un nouveau fichier"), QMessageBox::AcceptRole);
        m_startNew->setObjectName(QStringLiteral("startNewStoreButton"));
    }
    m_quit = addButton(tr("Quitter"), QMessageBox::RejectRole);
    m_quit->setObjectName(QStringLiteral("quitButton"));
    setDefaultButton(qobject_cast<QPushButton *>(m_quit));
    if (!problem.detail.isEmpty())
        setDetailedText(problem.detail);
}

bool askWithDialog(const sqlite::OpenProblem &problem) {
    StoreProblemDialog dialog(problem);
    dialog.exec();
    return dialog.startNewButton() && dialog.clickedButton() == dialog.startNewButton();
}

std::unique_ptr<store::Store> openStore(const QString &path, const AskToStartNewStore &ask,
                                        QString *error) {
    store::StoreOpenResult result = store::Store::open(path);
    if (result)
        return std::move(result).value();
    const sqlite::OpenProblem problem = result.error();
    if (!problem.canBeSetAside() || !ask(problem)) {
        *error = problem.message;
        return nullptr;
    }
    const auto moved = store::Store::setAside(problem);
    if (!moved) {
        *error = moved.error().message;
        return nullptr;
    }
    store::StoreOpenResult fresh = store::Store::open(path);
    if (!fresh) {
        *error = fresh.error().message;
        return nullptr;
    }
    return std::move(fresh).value();
}

} // namespace apdesk::ui
