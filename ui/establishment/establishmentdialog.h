#pragma once

#include "account/fielderrors.h"

#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace apdesk::client {
class AspClient;
struct ApiError;
struct EstablishmentFile;
struct EstablishmentUser;
} // namespace apdesk::client

namespace apdesk::ui {

// "Fiche établissement": the address and the contact person, editable by the establishment's
// first user; that first user's identity (nom, prénom, e-mail) is shown and never editable.
// Edits stay in the fields when saving fails (an expired session included).
class EstablishmentDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EstablishmentDialog)

public:
    // `myDisplayName` ("prenom.nom") tells whether the logged-in user is the first user.
    EstablishmentDialog(client::AspClient *client, const QString &siret,
                        const QString &myDisplayName, QWidget *parent = nullptr);

    void accept() override;

signals:
    void sessionExpired();
    // The fiche was saved at the service (the establishments' list may show a new name).
    void saved();

private:
    QLineEdit *addField(class QFormLayout *form, const QString &name, const QString &label,
                        int maxLength);
    void load();
    void fill(const client::EstablishmentFile &fiche);
    void fillPrincipal(const QList<client::EstablishmentUser> &users);
    void setEditable(bool editable);
    void fail(const client::ApiError &error);

    client::AspClient *m_client;
    QString m_siret;
    QString m_myDisplayName;
    QHash<QString, QLineEdit *> m_fields; // by the service's names ("contact.phone")
    FieldErrors m_errors;
    QLabel *m_principal = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_busy = false;
};

} // namespace apdesk::ui
