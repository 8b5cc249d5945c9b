#pragma once

#include <QWizard>

namespace apdesk::client {
class AspClient;
}

namespace apdesk::ui {

class AccountRequestPage;
class SecurityCheckPage;
class SiretPage;

// "CRÉER MON ESPACE": SIRET, security check and terms ("VALIDER"), the account request
// ("ENVOYER"), then what happens next. It talks to the service itself (each step is a request
// the service must accept before the next); the caller only learns where the mails will go.
// Opened from the login screen, or from the main window ("Ajouter un établissement") with the
// session's client, in which case the new SIRET attaches to the logged-in user.
class CreateSpaceWizard final : public QWizard {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateSpaceWizard)

public:
    enum PageId { SiretPageId, SecurityPageId, RequestPageId, SentPageId };

    explicit CreateSpaceWizard(client::AspClient *client, QWidget *parent = nullptr);

    SiretPage *siretPage() const { return m_siretPage; }
    SecurityCheckPage *securityPage() const { return m_securityPage; }
    AccountRequestPage *requestPage() const { return m_requestPage; }

signals:
    // The service accepted the request; its mails will reach `contactEmail`.
    void requestSent(const QString &contactEmail);

private:
    SiretPage *m_siretPage;
    SecurityCheckPage *m_securityPage;
    AccountRequestPage *m_requestPage;
};

} // namespace apdesk::ui
