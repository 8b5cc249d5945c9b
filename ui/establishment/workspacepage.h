#pragma once

#include "client/asptypes.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace apdesk::store {
class ClaimComputer;
class Store;
struct Establishment;
} // namespace apdesk::store

namespace apdesk::ui {

class ClaimListPanel;

// The work area once past the login screen: the establishment being worked on (a switcher when
// the login holds several, or offline when this computer keeps several), its fiche and users,
// adding an establishment, and its claims; offline, the establishments and claims kept on this
// computer and an invitation to log in for what needs the service.
class WorkspacePage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspacePage)

public:
    WorkspacePage(store::Store *store, const store::ClaimComputer &computer,
                  QWidget *parent = nullptr);

    // Online: the establishments of the login ([{siret, name, …}]). Offline: an empty array.
    void showOnline(const QList<client::EstablishmentFile> &establishments);
    void showOffline();
    QString currentSiret() const;
    int establishmentCount() const;
    // Online: the SIRETs of the login's establishments; offline: none.
    QStringList onlineSirets() const;
    // The current establishment as this computer keeps it (id 0 when it does not).
    store::Establishment currentEstablishment() const;
    ClaimListPanel *claims() const { return m_claims; }

signals:
    void establishmentChanged(const QString &siret);
    void openEstablishmentRequested(const QString &siret);
    void openUsersRequested(const QString &siret);
    void openAuthorisationsRequested(const QString &siret);
    void openDecisionsRequested(const QString &siret);
    void addEstablishmentRequested();
    void loginRequested();
    void openClaimRequested(qint64 claimId);
    void createClaimRequested(qint64 establishmentId);
    void openPortfolioRequested();

private:
    void updateLocalSummary();
    void updateCurrent();
    void fillSwitcher(const QList<QPair<QString, QString>> &siretsAndNames);

    store::Store *m_store;
    QLabel *m_heading = nullptr;
    QLabel *m_switcherLabel = nullptr;
    QComboBox *m_switcher = nullptr;
    QLabel *m_current = nullptr;
    QPushButton *m_fiche = nullptr;
    QPushButton *m_users = nullptr;
    QPushButton *m_authorisations = nullptr;
    QPushButton *m_decisions = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_login = nullptr;
    QPushButton *m_portfolio = nullptr;
    QLabel *m_local = nullptr;
    ClaimListPanel *m_claims = nullptr;
    QList<client::EstablishmentFile> m_establishments;
    bool m_online = false;
};

} // namespace apdesk::ui
