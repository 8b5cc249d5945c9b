#include "usersdialog.h"

#include "client/aspclient.h"
#include "widgets/formhelpers.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace apdesk::ui {

UsersDialog::UsersDialog(client::AspClient *client, const QString &siret, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_siret(siret) {
    setObjectName(QStringLiteral("usersDialog"));
    setWindowTitle(tr("Utilisateurs de l'établissement"));

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setAccessibleName(tr("Utilisateurs"));
    m_table->setHorizontalHeaderLabels(
        {tr("Identifiant"), tr("Nom"), tr("Adresse électronique"), tr("Rôle")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTabKeyNavigation(false);

    auto *addBox = new QGroupBox(tr("Ajouter un utilisateur"), this);
    auto *form = new QFormLayout(addBox);
    m_lastName = new QLineEdit(addBox);
    m_lastName->setObjectName(QStringLiteral("newUserLastName"));
    m_firstName = new QLineEdit(addBox);
    m_firstName->setObjectName(QStringLiteral("newUserFirstName"));
    m_email = new QLineEdit(addBox);
    m_email->setObjectName(QStringLiteral("newUserEmail"));
    m_add = new QPushButton(tr("Ajouter l'utilisateur"), addBox);
    m_add->setObjectName(QStringLiteral("addUserButton"));
    form->addRow(labelFor(m_lastName, tr("&Nom *"), addBox), m_lastName);
    form->addRow(labelFor(m_firstName, tr("&Prénom *"), addBox), m_firstName);
    form->addRow(labelFor(m_email, tr("Adresse é&lectronique *"), addBox), m_email);
    form->addRow(QString(), m_add);

    m_message = messageLabel(this);
    m_message->setObjectName(QStringLiteral("usersMessage"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Fermer"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(addBox);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(720, 480);

    connect(buttons, &QDialogButtonBox::rejected, this, &UsersDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &UsersDialog::addUser);
    load();
}

void UsersDialog::fail(const client::ApiError &error) {
    QString text = error.message;
    for (const client::FieldError &field : error.fields)
        text += QStringLiteral("\n• ") + field.message;
    showMessage(m_message, text, MessageTone::Error);
    if (error.isSessionLost())
        emit sessionExpired();
}

void UsersDialog::load() {
    m_client->fetchUsers(
        m_siret,
        client::within(this, [this](const client::Outcome<QList<client::EstablishmentUser>> &o) {
            if (!o.isOk())
                return fail(o.error());
            const QList<client::EstablishmentUser> &users = o.value();
            m_table->setRowCount(int(users.size()));
            for (int row = 0; row < users.size(); ++row) {
                const client::EstablishmentUser &u = users.at(row);
                const QStringList cells{u.identifier, u.firstName + QLatin1Char(' ') + u.lastName,
                                        u.email,
                                        u.principal ? tr("Compte principal (personne à contacter)")
                                                    : tr("Utilisateur")};
                for (int column = 0; column < cells.size(); ++column)
                    m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
            }
            m_table->resizeColumnsToContents();
        }));
}

void UsersDialog::addUser() {
    const client::NewUser user{m_lastName->text().trimmed(), m_firstName->text().trimmed(),
                               m_email->text().trimmed()};
    if (user.lastName.isEmpty() || user.firstName.isEmpty() || user.email.isEmpty()) {
        showMessage(m_message,
                    tr("Tous les champs obligatoires (marqués d'un *) ne sont pas renseignés."),
                    MessageTone::Error);
        return;
    }
    m_add->setEnabled(false);
    m_client->addUser(
        m_siret, user,
        client::within(this, [this, email = user.email](const client::Outcome<client::Done> &o) {
            m_add->setEnabled(true);
            if (!o.isOk())
                return fail(o.error());
            showMessage(m_message,
                        tr("Utilisateur ajouté : ses identifiants lui sont envoyés par courriel à "
                           "%1.")
                            .arg(email),
                        MessageTone::Success);
            m_lastName->clear();
            m_firstName->clear();
            m_email->clear();
            emit userAdded(email);
            load();
        }));
}

} // namespace apdesk::ui
