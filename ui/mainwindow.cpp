#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QVBoxLayout>

namespace apdesk::ui {

MainWindow::MainWindow(const QString &storePath, QWidget *parent)
    : QMainWindow(parent)
    , m_storePath(storePath) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("AP Desk — Activité partielle"));
    resize(1024, 700);

    auto *home = new QWidget(this);
    home->setObjectName(QStringLiteral("homePage"));
    auto *layout = new QVBoxLayout(home);
    layout->setContentsMargins(32, 32, 32, 32);

    auto *title = new QLabel(tr("Demandes d'indemnisation"), home);
    title->setObjectName(QStringLiteral("homeTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    auto *intro = new QLabel(
        tr("Préparez ici, même hors ligne, les demandes d'indemnisation mensuelles de vos "
           "établissements. Chaque saisie est enregistrée aussitôt sur cet ordinateur."),
        home);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addStretch();
    setCentralWidget(home);

    buildMenus();

    m_storeStatus = new QLabel(tr("Données : %1").arg(QDir::toNativeSeparators(m_storePath)), this);
    m_storeStatus->setObjectName(QStringLiteral("storeStatus"));
    m_storeStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_storeStatus);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus() {
    QMenu *file = menuBar()->addMenu(tr("&Fichier"));
    QAction *quit = file->addAction(tr("&Quitter"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("quitAction"));

    QMenu *help = menuBar()->addMenu(tr("&Aide"));
    QAction *about = help->addAction(tr("À &propos d'AP Desk"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("À propos d'AP Desk"),
        tr("<p><b>AP Desk %1</b></p><p>Préparation des demandes d'indemnisation d'activité "
           "partielle.</p><p>Données : %2</p>")
            .arg(QCoreApplication::applicationVersion(),
                 QDir::toNativeSeparators(m_storePath).toHtmlEscaped()));
}

} // namespace apdesk::ui
