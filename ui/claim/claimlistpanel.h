#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace apdesk::store {
class ClaimComputer;
class Store;
} // namespace apdesk::store

namespace apdesk::ui {

class ClaimListModel;

// "Demandes d'indemnisation" of the current establishment: the list of its claims, opened with
// Enter or a double click, and "Créer une nouvelle demande".
class ClaimListPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimListPanel)

public:
    ClaimListPanel(const store::Store &store, const store::ClaimComputer &computer,
                   QWidget *parent = nullptr);

    // 0: no establishment (nothing to list, nothing to create). The same establishment again
    // keeps the list as it is (refresh() reads it again).
    void setEstablishment(qint64 establishmentId);
    qint64 establishmentId() const;
    ClaimListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Reads the claims again and keeps `claimId` (when given) current.
    void refresh(qint64 claimId = 0);

signals:
    void openClaimRequested(qint64 claimId);
    void createClaimRequested(qint64 establishmentId);

private:
    void updateState();

    ClaimListModel *m_model;
    QTableView *m_view = nullptr;
    QLabel *m_state = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace apdesk::ui
