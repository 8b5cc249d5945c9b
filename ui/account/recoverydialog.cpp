#include "recoverydialog.h"

#include "client/aspclient.h"
#include "widgets/formhelpers.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace apdesk::ui {

namespace {
enum Step { FirstStep, QuestionStep, DoneStep };
}

RecoveryDialog::RecoveryDialog(client::AspClient *client, Mode mode, const QString &identifier,
                               QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_mode(mode) {
    setObjectName(mode == Mode::Password ? QStringLiteral("forgotPasswordDialog")
                                         : QStringLiteral("forgotIdentifierDialog"));
    setWindowTitle(mode == Mode::Password ? tr("Mot de passe oublié")
                                          : tr("J'ai oublié mon identifiant"));

    m_steps = new QStackedWidget(this);
    m_steps->addWidget(buildFirstStep(identifier));
    m_steps->addWidget(buildQuestionStep());
    m_steps->addWidget(buildDoneStep());

    m_message = messageLabel(this);
    m_message->setObjectName(QStringLiteral("recoveryMessage"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_continue = buttons->addButton(tr("Continuer"), QDialogButtonBox::AcceptRole);
    m_continue->setObjectName(QStringLiteral("continueButton"));
    m_continue->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_steps);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(560, 320);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_continue, &QPushButton::clicked, this, [this] {
        if (m_steps->currentIndex() == FirstStep)
            continueFirstStep();
        else if (m_steps->currentIndex() == QuestionStep)
            sendAnswer();
        else
            accept();
    });
    loadOperation();
}

QWidget *RecoveryDialog::buildFirstStep(const QString &identifier) {
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    auto *intro = new QLabel(page);
    intro->setWordWrap(true);
    m_identifier = new QLineEdit(identifier, page);
    if (m_mode == Mode::Password) {
        intro->setText(tr("Saisissez votre identifiant et le résultat de l'opération, puis "
                          "cliquez sur « Continuer »."));
        m_identifier->setObjectName(QStringLiteral("recoveryIdentifierEdit"));
        form->addRow(intro);
        form->addRow(labelFor(m_identifier, tr("&Identifiant *"), page), m_identifier);
    } else {
        // The service asks for the operation here too, against guessing (issue 17).
        intro->setText(tr("Saisissez l'adresse électronique donnée lors de votre inscription et "
                          "le résultat de l'opération, puis cliquez sur « Continuer »."));
        m_identifier->setObjectName(QStringLiteral("recoveryEmailEdit"));
        form->addRow(intro);
        form->addRow(labelFor(m_identifier, tr("Adresse é&lectronique *"), page), m_identifier);
    }
    m_operation = new QLabel(page);
    m_operation->setObjectName(QStringLiteral("operationLabel"));
    m_operationResult = new QLineEdit(page);
    m_operationResult->setObjectName(QStringLiteral("operationResultEdit"));
    m_operationResult->setMaxLength(6);
    form->addRow(tr("Opération :"), m_operation);
    form->addRow(labelFor(m_operationResult, tr("&Résultat de l'opération *"), page),
                 m_operationResult);
    return page;
}

QWidget *RecoveryDialog::buildQuestionStep() {
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_question = new QLabel(page);
    m_question->setObjectName(QStringLiteral("secretQuestionLabel"));
    m_question->setWordWrap(true);
    m_answer = new QLineEdit(page);
    m_answer->setObjectName(QStringLiteral("secretAnswerEdit"));
    form->addRow(tr("Question secrète :"), m_question);
    form->addRow(labelFor(m_answer, tr("&Réponse *"), page), m_answer);
    return page;
}

QWidget *RecoveryDialog::buildDoneStep() {
    m_done = new QLabel(this);
    m_done->setObjectName(QStringLiteral("recoveryDoneLabel"));
    m_done->setWordWrap(true);
    return m_done;
}

void RecoveryDialog::setBusy(bool busy) {
    m_busy = busy;
    m_continue->setEnabled(!busy);
    if (busy)
        showMessage(m_message, tr("Interrogation du service de l'ASP…"), MessageTone::Neutral);
}

void RecoveryDialog::fail(const QString &message) {
    showMessage(m_message, message, MessageTone::Error);
}

void RecoveryDialog::loadOperation() {
    m_challengeId.clear();
    m_operationResult->clear();
    m_operation->setText(tr("chargement…"));
    m_client->fetchChallenge(
        client::within(this, [this](const client::Outcome<client::Challenge> &outcome) {
            if (!outcome.isOk()) {
                m_operation->setText(tr("indisponible"));
                fail(outcome.error().message);
                return;
            }
            m_challengeId = outcome.value().id;
            m_operation->setText(outcome.value().operation + QStringLiteral(" = ?"));
            m_operation->setAccessibleName(tr("Opération : %1").arg(outcome.value().operation));
        }));
}

void RecoveryDialog::continueFirstStep() {
    if (m_busy)
        return;
    const QString identifier = m_identifier->text().trimmed();
    if (identifier.isEmpty() || m_operationResult->text().trimmed().isEmpty()) {
        fail(tr("Tous les champs obligatoires (marqués d'un *) ne sont pas renseignés."));
        return;
    }
    bool isNumber = true;
    const int result = m_operationResult->text().trimmed().toInt(&isNumber);
    if (!isNumber) {
        fail(tr("Le résultat de l'opération est un nombre entier, par exemple 12."));
        m_operationResult->setFocus();
        return;
    }
    setBusy(true);
    auto onAnswer = client::within(
        this, [this](const client::Outcome<client::SecretQuestionStep> &o) { onQuestion(o); });
    if (m_mode == Mode::Password) {
        m_client->startPasswordReset(identifier, m_challengeId, result, onAnswer);
    } else {
        emit addressUsed(identifier);
        m_client->startIdentifierRecovery(identifier, m_challengeId, result, onAnswer);
    }
}

void RecoveryDialog::onQuestion(const client::Outcome<client::SecretQuestionStep> &outcome) {
    setBusy(false);
    if (!outcome.isOk()) {
        fail(outcome.error().message);
        loadOperation(); // an operation is single use
        return;
    }
    showMessage(m_message, QString(), MessageTone::Neutral);
    m_stepId = outcome.value().id;
    m_question->setText(outcome.value().secretQuestion);
    m_steps->setCurrentIndex(QuestionStep);
    m_answer->setFocus();
}

void RecoveryDialog::restart() {
    m_stepId.clear();
    m_answer->clear();
    m_question->clear();
    m_steps->setCurrentIndex(FirstStep);
    loadOperation();
    m_operationResult->setFocus();
}

void RecoveryDialog::sendAnswer() {
    if (m_busy)
        return;
    if (m_answer->text().trimmed().isEmpty()) {
        fail(tr("Saisissez la réponse à votre question secrète."));
        return;
    }
    setBusy(true);
    auto onDone = client::within(this, [this](const client::Outcome<client::Done> &outcome) {
        setBusy(false);
        if (!outcome.isOk()) {
            fail(outcome.error().message);
            // The service spends the request on any answer: a wrong one means starting again.
            if (outcome.error().kind == client::ApiError::Kind::Service)
                restart();
            return;
        }
        showMessage(m_message, QString(), MessageTone::Neutral);
        m_done->setText(
            m_mode == Mode::Password
                ? tr("Un nouveau mot de passe vous a été envoyé par courriel. Vous devrez le "
                     "changer à votre prochaine connexion.")
                : tr("Votre identifiant vous a été envoyé par courriel."));
        m_steps->setCurrentIndex(DoneStep);
        m_continue->setText(tr("Retour à la connexion"));
    });
    if (m_mode == Mode::Password)
        m_client->answerPasswordReset(m_stepId, m_answer->text(), onDone);
    else
        m_client->answerIdentifierRecovery(m_stepId, m_answer->text(), onDone);
}

} // namespace apdesk::ui
