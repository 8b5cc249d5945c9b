#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace apdesk::client {
class AspClient;
}

namespace apdesk::ui {

// Step 2 of "CRÉER MON ESPACE": "Contrôle de sécurité" (the picture to copy, a button to draw a
// new one), the terms of use, and "VALIDER", which asks the service for the space of the wizard's
// "siret" field. The page is left only once the service has answered with a registration token,
// which it offers as the field "registrationToken".
//
// A user who cannot see the picture asks for a question instead (RGAA criterion 1.4): a sum
// written in words, which a screen reader reads out, answered in figures.
class SecurityCheckPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecurityCheckPage)
    Q_PROPERTY(QString registrationToken READ registrationToken NOTIFY registrationTokenChanged)

public:
    enum class Check { Picture, Question };

    explicit SecurityCheckPage(client::AspClient *client, QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    void cleanupPage() override;
    // Not while the service is being asked.
    bool isComplete() const override;

    QString registrationToken() const { return m_registrationToken; }

    // Draws a new picture, or a new question, as the page shows now.
    void loadNewCheck();
    // Switches between the picture and the question, and draws a new one.
    void useCheck(Check check);

signals:
    void registrationTokenChanged();

private:
    void showCheck(Check check);
    void submit();
    void showTerms();
    void setBusy(bool busy);
    void setRegistrationToken(const QString &token);

    client::AspClient *m_client;
    Check m_check = Check::Picture;
    QLabel *m_picture = nullptr;
    QLabel *m_question = nullptr;
    QToolButton *m_newCheck = nullptr;
    QPushButton *m_switchCheck = nullptr;
    QLabel *m_answerLabel = nullptr;
    QLineEdit *m_answer = nullptr;
    QCheckBox *m_cgu = nullptr;
    QLabel *m_message = nullptr;
    QString m_captchaId;
    int m_checkRequests = 0; // pictures and questions asked for so far
    QString m_registrationToken;
    bool m_busy = false;
};

} // namespace apdesk::ui
