#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace apdesk::client {
class AspClient;
}

namespace apdesk::ui {

class SiretPage;

// Step 2 of "CRÉER MON ESPACE": "Contrôle de sécurité" (the picture to copy, a button to draw a
// new one), the terms of use, and "VALIDER", which asks the service for the space. The page is
// left only once the service has answered with a registration token.
class SecurityCheckPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecurityCheckPage)

public:
    SecurityCheckPage(client::AspClient *client, const SiretPage *siretPage,
                      QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    void cleanupPage() override;

    QString registrationToken() const { return m_registrationToken; }

    void loadNewPicture();

private:
    void submit();
    void showTerms();
    void setBusy(bool busy);

    client::AspClient *m_client;
    const SiretPage *m_siretPage;
    QLabel *m_picture = nullptr;
    QToolButton *m_newPicture = nullptr;
    QLineEdit *m_answer = nullptr;
    QCheckBox *m_cgu = nullptr;
    QLabel *m_message = nullptr;
    QString m_captchaId;
    QString m_registrationToken;
    bool m_busy = false;
};

} // namespace apdesk::ui
