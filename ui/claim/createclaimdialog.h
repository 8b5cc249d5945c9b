#pragma once

#include "store/records.h"

#include <QDialog>

#include <optional>

class QCalendarWidget;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace apdesk::client {
class AspClient;
}
namespace apdesk::store {
class Store;
}

namespace apdesk::ui {

// "Créer une nouvelle demande": the clerk types the 10-character secret code printed on the
// notification of the decision; once it matches one of the establishment's decisions (fetched
// from the service when a session is open, else those kept on this computer), the decision is
// shown and a calendar limited to its period picks the month; "créer" creates the claim — or,
// when that month already has one, opens it rather than making a second.
class CreateClaimDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateClaimDialog)

public:
    // `client` null: offline, the decisions cached on this computer only.
    CreateClaimDialog(const store::Store &store, const store::Establishment &establishment,
                      client::AspClient *client, QWidget *parent = nullptr);

    // The establishment the claim is for.
    qint64 establishmentId() const { return m_establishment.id; }
    // After accept(): the claim created, or the one that already existed for that month.
    qint64 claimId() const { return m_claimId; }
    // Whether claimId() already existed (the month was claimed before).
    bool openedExisting() const { return m_openedExisting; }
    // « Reprendre les salariés de la demande de … »: ticked (the default when the month before
    // has a claim), the new claim opens on « Reprendre le mois précédent ».
    QCheckBox *carryOverBox() const { return m_carryOver; }
    bool carryOverRequested() const;

signals:
    // The service's decisions were fetched (or could not be: `error`).
    void decisionsRefreshed(const QString &error);

private:
    void refreshDecisions();
    void checkCode();
    void showDecision(const store::CachedDecision &decision);
    void forgetDecision();
    // The claim already made for the calendar's month under the matched decision.
    std::optional<store::Claim> claimOfChosenMonth() const;
    void updateChosenMonth();
    void create();
    QDate today() const;

    const store::Store &m_store;
    store::Establishment m_establishment;
    client::AspClient *m_client;
    std::optional<store::CachedDecision> m_decision;
    qint64 m_claimId = 0;
    bool m_openedExisting = false;

    QLabel *m_decisionsState = nullptr;
    QLineEdit *m_code = nullptr;
    QPushButton *m_check = nullptr;
    QLabel *m_codeMessage = nullptr;
    QLabel *m_decisionText = nullptr;
    QLabel *m_calendarLabel = nullptr;
    QCalendarWidget *m_calendar = nullptr;
    QLabel *m_chosenMonth = nullptr;
    QCheckBox *m_carryOver = nullptr;
    bool m_carryOverChosen = false; // the clerk ticked or unticked the box
    QPushButton *m_create = nullptr;
};

} // namespace apdesk::ui
