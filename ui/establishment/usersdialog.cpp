#include "usersdialog.h"

#include "client/aspclient.h"
#include "widgets/formhelpers.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
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
    showMessage(m_message, error.message, MessageTone::Error);
    if (error.code == QLatin1String("session_expired") ||
        error.code == QLatin1String("not_authenticated"))
        emit sessionExpired();
}

void UsersDialog::load() {
    QPointer<UsersDialog> self(this);
    m_client->getJson(
        QStringLiteral("/api/v1/establishments/%1/users").arg(m_siret),
        [self](const client::Outcome<QJsonDocument> &outcome) {
            if (!self)
                return;
            if (!outcome.isOk())
                return self->fail(outcome.error());
            const QJsonArray users =
                outcome.value().object().value(QStringLiteral("users")).toArray();
            self->m_table->setRowCount(int(users.size()));
            for (int row = 0; row < users.size(); ++row) {
                const QJsonObject u = users.at(row).toObject();
                const QStringList cells{u.value(QStringLiteral("identifier")).toString(),
                                        u.value(QStringLiteral("firstName")).toString() +
                                            QLatin1Char(' ') +
                                            u.value(QStringLiteral("lastName")).toString(),
                                        u.value(QStringLiteral("email")).toString(),
                                        u.value(QStringLiteral("principal")).toBool()
                                            ? tr("Compte principal (personne à contacter)")
                                            : tr("Utilisateur")};
                for (int column = 0; column < cells.size(); ++column)
                    self->m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
            }
            self->m_table->resizeColumnsToContents();
        });
}

void UsersDialog::addUser() {
    if (m_lastName->text().trimmed().isEmpty() || m_firstName->text().trimmed().isEmpty() ||
        m_email->text().trimmed().isEmpty()) {
        showMessage(m_message,
                    tr("Tous les champs obligatoires (marqués d'un *) ne sont pas renseignés."),
                    MessageTone::Error);
        return;
    }
    const QJsonObject body{{QStringLiteral("lastName"), m_lastName->text().trimmed()},
                           {QStringLiteral("firstName"), m_firstName->text().trimmed()},
                           {QStringLiteral("email"), m_email->text().trimmed()}};
    m_add->setEnabled(false);
    QPointer<UsersDialog> self(this);
    m_client->sendJson(
        "POST", QStringLiteral("/api/v1/establishments/%1/users").arg(m_siret), body,
        [self, email = m_email->text().trimmed()](const client::Outcome<QJsonDocument> &outcome) {
            if (!self)
                return;
            self->m_add->setEnabled(true);
            if (!outcome.isOk()) {
                QString text = outcome.error().message;
                for (const auto &field : outcome.error().fields)
                    text += QStringLiteral("\n• ") + field.message;
                showMessage(self->m_message, text, MessageTone::Error);
                if (outcome.error().code == QLatin1String("session_expired"))
                    emit self->sessionExpired();
                return;
            }
            showMessage(self->m_message,
                        tr("Utilisateur ajouté : ses identifiants lui sont envoyés par courriel à "
                           "%1.")
                            .arg(email),
                        MessageTone::Success);
            self->m_lastName->clear();
            self->m_firstName->clear();
            self->m_email->clear();
            emit self->userAdded(email);
            self->load();
        });
}

} // namespace apdesk::ui
