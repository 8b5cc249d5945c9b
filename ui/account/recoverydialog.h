#pragma once

#include "client/outcome.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace apdesk::client {
class AspClient;
struct SecretQuestionStep;
} // namespace apdesk::client

namespace apdesk::ui {

// The two recoveries of the login screen, which share their second step (the secret question):
// - "Mot de passe" (forgotten): identifiant and the arithmetic operation, "Continuer", then the
//   secret question; a mail brings a new password to change at the next login;
// - "J'ai oublié mon identifiant": the e-mail given at registration and the operation (which
//   the guide does not have: the service asks for it against guessing, issue 17), then the
//   secret question; a mail brings the identifiant.
class RecoveryDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecoveryDialog)

public:
    enum class Mode { Password, Identifier };

    RecoveryDialog(client::AspClient *client, Mode mode, const QString &identifier = {},
                   QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }

signals:
    // The e-mail address a recovery mail will be sent to, when the user typed it.
    void addressUsed(const QString &email);

private:
    QWidget *buildFirstStep(const QString &identifier);
    QWidget *buildQuestionStep();
    QWidget *buildDoneStep();
    void loadOperation();
    void continueFirstStep();
    void onQuestion(const client::Outcome<client::SecretQuestionStep> &outcome);
    void sendAnswer();
    void restart();
    void setBusy(bool busy);
    void fail(const QString &message);

    client::AspClient *m_client;
    Mode m_mode;
    QStackedWidget *m_steps = nullptr;
    QLineEdit *m_identifier = nullptr; // identifiant, or e-mail in Identifier mode
    QLabel *m_operation = nullptr;
    QLineEdit *m_operationResult = nullptr;
    QLabel *m_question = nullptr;
    QLineEdit *m_answer = nullptr;
    QLabel *m_done = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_continue = nullptr;
    QString m_challengeId;
    QString m_stepId;
    bool m_busy = false;
};

} // namespace apdesk::ui
