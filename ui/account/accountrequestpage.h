#pragma once

#include "fielderrors.h"

#include <QHash>
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace apdesk::client {
class AspClient;
struct AccountRequest;
} // namespace apdesk::client

namespace apdesk::ui {

class NoPasteLineEdit;

// "Création de compte d'accès à l'extranet Activité Partielle": the account request form of
// DOMAIN.md section 1. Each field is checked when it is left; "ENVOYER" checks the mandatory
// fields and the terms box with the extranet's own messages, then sends the request; the
// service's field errors come back under the same fields. The request carries the wizard's
// field "registrationToken"; the page offers "contactEmail", where the mails will go.
class AccountRequestPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountRequestPage)

public:
    static constexpr int StreetMaxLength = 28;
    static constexpr int ComplementMaxLength = 38;

    explicit AccountRequestPage(client::AspClient *client, QWidget *parent = nullptr);

    void initializePage() override;
    // Back keeps what the clerk typed (Qt would empty the registered contact e-mail).
    void cleanupPage() override {}
    bool validatePage() override;
    // Not while the request is being sent.
    bool isComplete() const override;

private:
    enum class Counter { None, Shown };
    QLineEdit *addText(QFormLayout *form, const QString &name, const QString &label, int maxLength,
                       Counter counter = Counter::None);
    NoPasteLineEdit *addEmail(QFormLayout *form, const QString &name, const QString &label);
    QWidget *withCounter(QLineEdit *edit, int maxLength);
    void checkField(const QString &name);
    void checkEmailPair(const QString &prefix);
    bool checkAll();
    client::AccountRequest request() const;
    void submit();

    void setBusy(bool busy);

    client::AspClient *m_client;
    QHash<QString, QLineEdit *> m_edits; // by the service's field name
    QStringList m_mandatory;
    FieldErrors m_errors;
    QComboBox *m_question = nullptr;
    QCheckBox *m_cgu = nullptr;
    QLabel *m_message = nullptr;
    bool m_sent = false;
    bool m_busy = false;
};

} // namespace apdesk::ui
