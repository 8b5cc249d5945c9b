#include "mailboxwindow.h"

#include "mailboxmodel.h"
#include "mailboxwatcher.h"
#include "widgets/formhelpers.h"

#include <QDialogButtonBox>
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
    : QDialog(parent)
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

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *refresh = buttons->addButton(tr("Actualiser"), QDialogButtonBox::ActionRole);
    refresh->setObjectName(QStringLiteral("refreshMailButton"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeMailboxButton"));
    // Enter in the list opens the mail; it must not reach the dialog's default button.
    for (QAbstractButton *button : buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(button))
            push->setAutoDefault(false);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_list, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { openMail(index.row()); });
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_list->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            openMail(rows.first().row());
    });
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

void MailboxWindow::openMail(int row) {
    if (row < 0 || row >= m_model->rowCount()) {
        m_reader->clear();
        return;
    }
    const MailboxModel::Mail &mail = m_model->mail(row);
    m_reader->setPlainText(
        tr("De : %1\nÀ : %2\nObjet : %3\n\n%4").arg(mail.from, mail.to, mail.subject, mail.body));
    m_model->markRead(row);
    updateState();
}

} // namespace apdesk::ui
