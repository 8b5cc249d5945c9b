#pragma once

#include <QJsonArray>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace apdesk::store {
class Store;
}

namespace apdesk::ui {

// The work area once past the login screen: the establishment being worked on (a switcher when
// the login holds several), its fiche and users, adding an establishment; offline, the local
// work and an invitation to log in for what needs the service.
class WorkspacePage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspacePage)

public:
    explicit WorkspacePage(store::Store *store, QWidget *parent = nullptr);

    // Online: the establishments of the login ([{siret, name, …}]). Offline: an empty array.
    void showOnline(const QJsonArray &establishments);
    void showOffline();
    QString currentSiret() const;
    int establishmentCount() const;

signals:
    void establishmentChanged(const QString &siret);
    void openEstablishmentRequested(const QString &siret);
    void openUsersRequested(const QString &siret);
    void addEstablishmentRequested();
    void loginRequested();

private:
    void updateLocalSummary();
    void updateCurrent();

    store::Store *m_store;
    QLabel *m_heading = nullptr;
    QLabel *m_switcherLabel = nullptr;
    QComboBox *m_switcher = nullptr;
    QLabel *m_current = nullptr;
    QPushButton *m_fiche = nullptr;
    QPushButton *m_users = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_login = nullptr;
    QLabel *m_local = nullptr;
    QJsonArray m_establishments;
};

} // namespace apdesk::ui
