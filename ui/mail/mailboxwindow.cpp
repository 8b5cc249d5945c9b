#include "mailboxwindow.h"

#include "mailboxmodel.h"
#include "mailboxwatcher.h"
#include "widgets/formhelpers.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace apdesk::ui {

MailboxWindow::MailboxWindow(MailboxModel *model, MailboxWatcher *watcher, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_model(model)
    , m_watcher(watcher) {
    setObjectName(QStringLiteral("mailboxWindow"));
    setWindowTitle(tr("Messagerie"));
    resize(900, 560);

    m_state = messageLabel(this);
    m_state->setObjectName(QStringLiteral("mailboxState"));

    m_list = new QTableView(this);
    m_list->setObjectName(QStringLiteral("mailList"));
    m_list->setAccessibleName(tr("Courriels reçus"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    // Dates and addresses are read whole; the subject takes the rest of the width.
    m_list->setWordWrap(false);
    m_list->horizontalHeader()->setSectionResizeMode(MailboxModel::SentAtColumn,
                                                     QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(MailboxModel::ToColumn,
                                                     QHeaderView::ResizeToContents);
    m_list->setTabKeyNavigation(false);

    m_reader = new QTextBrowser(this);
    m_reader->setObjectName(QStringLiteral("mailReader"));
    m_reader->setAccessibleName(tr("Contenu du courriel"));
    m_reader->setOpenExternalLinks(false);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_reader);
    splitter->setStretchFactor(1, 2);

    auto *refresh = new QPushButton(tr("Actualiser"), this);
    refresh->setObjectName(QStringLiteral("refreshMailButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(splitter, 1);
    layout->addWidget(refresh, 0, Qt::AlignRight);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MailboxWindow::showMail);
    connect(refresh, &QPushButton::clicked, m_watcher, &MailboxWatcher::refresh);
    connect(m_watcher, &MailboxWatcher::availabilityChanged, this, &MailboxWindow::updateState);
    connect(m_watcher, &MailboxWatcher::refreshed, this, &MailboxWindow::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_reader->clear(); });
    updateState();
}

void MailboxWindow::updateState() {
    if (!m_watcher->isAvailable()) {
        showMessage(m_state, m_watcher->unavailableReason(), MessageTone::Error);
    } else if (m_watcher->addresses().isEmpty()) {
        showMessage(m_state,
                    tr("Aucune adresse électronique n'a encore été utilisée dans AP Desk : les "
                       "courriels de l'ASP apparaîtront ici après une demande de compte."),
                    MessageTone::Neutral);
    } else if (m_model->rowCount() == 0) {
        showMessage(
            m_state,
            tr("Aucun courriel pour %1.").arg(m_watcher->addresses().join(QStringLiteral(", "))),
            MessageTone::Neutral);
    } else {
        showMessage(m_state, tr("%n courriel(s) non lu(s).", nullptr, m_model->unreadCount()),
                    MessageTone::Neutral);
    }
}

void MailboxWindow::showMail(const QModelIndex &index) {
    if (!index.isValid()) {
        m_reader->clear();
        return;
    }
    const MailboxModel::Mail &mail = m_model->mail(index.row());
    m_reader->setPlainText(
        tr("De : %1\nÀ : %2\nObjet : %3\n\n%4").arg(mail.from, mail.to, mail.subject, mail.body));
    m_model->markRead(index.row());
    updateState();
}

} // namespace apdesk::ui
