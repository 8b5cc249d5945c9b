#include "changepassworddialog.h"

#include "client/aspclient.h"
#include "domain/secretquestions.h"
#include "widgets/formhelpers.h"
#include "widgets/passwordchecklist.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace apdesk::ui {

ChangePasswordDialog::ChangePasswordDialog(client::AspClient *client, Options options,
                                           QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_options(std::move(options)) {
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Changement du mot de passe"));

    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(m_options.forced
                       ? tr("Pour votre première connexion, choisissez un nouveau mot de passe. "
                            "Vous vous connecterez ensuite avec celui-ci.")
                       : tr("Choisissez un nouveau mot de passe. Vous vous connecterez ensuite "
                            "avec celui-ci."));

    auto *form = new QFormLayout;
    if (!m_options.forced) {
        m_current = new QLineEdit(this);
        m_current->setObjectName(QStringLiteral("currentPasswordEdit"));
        m_current->setEchoMode(QLineEdit::Password);
        form->addRow(labelFor(m_current, tr("Mot de passe &actuel *"), this), m_current);
    }
    m_new = new QLineEdit(this);
    m_new->setObjectName(QStringLiteral("newPasswordEdit"));
    m_new->setEchoMode(QLineEdit::Password);
    m_confirmation = new QLineEdit(this);
    m_confirmation->setObjectName(QStringLiteral("confirmPasswordEdit"));
    m_confirmation->setEchoMode(QLineEdit::Password);
    m_checklist = new PasswordChecklist(this);
    form->addRow(labelFor(m_new, tr("&Nouveau mot de passe *"), this), m_new);
    form->addRow(labelFor(m_confirmation, tr("&Confirmation du mot de passe *"), this),
                 m_confirmation);
    form->addRow(QString(), m_checklist);

    if (m_options.mustSetSecret) {
        m_question = new QComboBox(this);
        m_question->setObjectName(QStringLiteral("secretQuestionCombo"));
        m_question->addItems(domain::secretQuestions());
        m_answer = new QLineEdit(this);
        m_answer->setObjectName(QStringLiteral("secretAnswerEdit"));
        form->addRow(labelFor(m_question, tr("Question &secrète *"), this), m_question);
        form->addRow(labelFor(m_answer, tr("&Réponse *"), this), m_answer);
    }

    m_message = messageLabel(this);
    m_message->setObjectName(QStringLiteral("changePasswordMessage"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Changement du mot de passe"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("changePasswordButton"));
    if (m_options.forced)
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Plus tard (déconnexion)"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_new, &QLineEdit::textChanged, this, &ChangePasswordDialog::updateChecklist);
    connect(m_confirmation, &QLineEdit::textChanged, this, &ChangePasswordDialog::updateChecklist);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);
    updateChecklist();
}

void ChangePasswordDialog::updateChecklist() {
    m_checklist->update(m_new->text(), m_confirmation->text());
}

void ChangePasswordDialog::setBusy(bool busy) {
    m_busy = busy;
    m_buttons->setEnabled(!busy);
    if (busy)
        showMessage(m_message, tr("Envoi au service de l'ASP…"), MessageTone::Neutral);
}

void ChangePasswordDialog::accept() {
    if (m_busy)
        return;
    if (m_current && m_current->text().isEmpty()) {
        showMessage(m_message, tr("Saisissez votre mot de passe actuel."), MessageTone::Error);
        m_current->setFocus();
        return;
    }
    if (!m_checklist->allMet()) {
        showMessage(m_message,
                    tr("Le nouveau mot de passe doit respecter toutes les règles de la liste."),
                    MessageTone::Error);
        m_new->setFocus();
        return;
    }
    if (m_answer && m_answer->text().trimmed().isEmpty()) {
        showMessage(m_message, tr("Choisissez une question secrète et saisissez sa réponse."),
                    MessageTone::Error);
        m_answer->setFocus();
        return;
    }
    sendSecretThenPassword();
}

void ChangePasswordDialog::sendSecretThenPassword() {
    // The secret goes first: the password change ends the session the secret needs.
    if (!m_options.mustSetSecret || m_secretSet) {
        sendPassword();
        return;
    }
    setBusy(true);
    m_client->setSecret(m_question->currentText(), m_answer->text().trimmed(),
                        client::within(this, [this](const client::Outcome<client::Done> &outcome) {
                            setBusy(false);
                            if (!outcome.isOk()) {
                                showMessage(m_message, outcome.error().message, MessageTone::Error);
                                return;
                            }
                            m_secretSet = true;
                            sendPassword();
                        }));
}

void ChangePasswordDialog::sendPassword() {
    setBusy(true);
    const QString current = m_current ? m_current->text() : m_options.currentPassword;
    m_client->changePassword(
        m_options.identifier, current, m_new->text(),
        client::within(this, [this](const client::Outcome<client::Done> &outcome) {
            setBusy(false);
            if (outcome.isOk()) {
                QDialog::accept();
                return;
            }
            const client::ApiError &error = outcome.error();
            QString text = error.message;
            for (const auto &field : error.fields) {
                if (field.message != error.message)
                    text += QStringLiteral("\n• ") + field.message;
            }
            showMessage(m_message, text, MessageTone::Error);
        }));
}

} // namespace apdesk::ui
