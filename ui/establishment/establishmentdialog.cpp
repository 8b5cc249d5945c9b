#include "establishmentdialog.h"

#include "client/aspclient.h"
#include "domain/siret.h"
#include "widgets/formhelpers.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace apdesk::ui {

namespace {

// The fiche's fields the dialog shows, by the service's names (the keys of its field errors).
QList<std::pair<QString, QString *>> fieldsOf(client::EstablishmentFile &fiche) {
    client::EstablishmentAddress &e = fiche.establishment;
    client::ContactPerson &c = fiche.contact;
    return {{QStringLiteral("establishment.name"), &e.name},
            {QStringLiteral("establishment.street"), &e.street},
            {QStringLiteral("establishment.streetComplement"), &e.streetComplement},
            {QStringLiteral("establishment.postalCode"), &e.postalCode},
            {QStringLiteral("establishment.city"), &e.city},
            {QStringLiteral("establishment.phone"), &e.phone},
            {QStringLiteral("contact.lastName"), &c.lastName},
            {QStringLiteral("contact.firstName"), &c.firstName},
            {QStringLiteral("contact.phone"), &c.phone}};
}

} // namespace

EstablishmentDialog::EstablishmentDialog(client::AspClient *client, const QString &siret,
                                         const QString &myDisplayName, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_siret(siret)
    , m_myDisplayName(myDisplayName) {
    setObjectName(QStringLiteral("establishmentDialog"));
    setWindowTitle(tr("Fiche établissement — SIRET %1").arg(domain::Siret::formatted(siret)));

    auto *establishment = new QGroupBox(tr("Établissement"), this);
    auto *e = new QFormLayout(establishment);
    addField(e, QStringLiteral("establishment.name"), tr("Dénomination *"), 100);
    addField(e, QStringLiteral("establishment.street"), tr("Libellé de voie *"), 28);
    addField(e, QStringLiteral("establishment.streetComplement"), tr("Complément d'adresse"), 38);
    addField(e, QStringLiteral("establishment.postalCode"), tr("Code postal *"), 5);
    addField(e, QStringLiteral("establishment.city"), tr("Ville *"), 100);
    addField(e, QStringLiteral("establishment.phone"), tr("Téléphone fixe *"), 20);

    auto *contact = new QGroupBox(tr("Personne à contacter"), this);
    auto *c = new QFormLayout(contact);
    addField(c, QStringLiteral("contact.lastName"), tr("Nom *"), 100);
    addField(c, QStringLiteral("contact.firstName"), tr("Prénom *"), 100);
    addField(c, QStringLiteral("contact.phone"), tr("Téléphone fixe *"), 20);

    auto *principal = new QGroupBox(tr("Compte principal utilisateur"), this);
    auto *p = new QVBoxLayout(principal);
    m_principal = new QLabel(tr("chargement…"), principal);
    m_principal->setObjectName(QStringLiteral("principalIdentity"));
    m_principal->setWordWrap(true);
    m_principal->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *note = new QLabel(tr("Le nom, le prénom et l'adresse électronique du premier "
                               "utilisateur ne peuvent pas être modifiés."),
                            principal);
    note->setWordWrap(true);
    p->addWidget(m_principal);
    p->addWidget(note);

    m_message = messageLabel(this);
    m_message->setObjectName(QStringLiteral("establishmentMessage"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("Enregistrer"));
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveEstablishment"));
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Fermer"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(establishment);
    layout->addWidget(contact);
    layout->addWidget(principal);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    setMinimumWidth(560);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EstablishmentDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EstablishmentDialog::reject);
    setEditable(false);
    load();
}

QLineEdit *EstablishmentDialog::addField(QFormLayout *form, const QString &name,
                                         const QString &label, int maxLength) {
    auto *edit = new QLineEdit(form->parentWidget());
    edit->setObjectName(name);
    edit->setMaxLength(maxLength);
    m_errors.addRow(form, name, labelFor(edit, label, form->parentWidget()), edit);
    m_fields.insert(name, edit);
    return edit;
}

void EstablishmentDialog::setEditable(bool editable) {
    for (QLineEdit *edit : std::as_const(m_fields))
        edit->setReadOnly(!editable);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(editable);
}

void EstablishmentDialog::fail(const client::ApiError &error) {
    showMessage(m_message, error.message, MessageTone::Error);
    if (error.isSessionLost())
        emit sessionExpired();
}

void EstablishmentDialog::load() {
    m_client->fetchEstablishment(
        m_siret, client::within(this, [this](const client::Outcome<client::EstablishmentFile> &o) {
            if (!o.isOk())
                return fail(o.error());
            fill(o.value());
        }));
    m_client->fetchUsers(
        m_siret,
        client::within(this, [this](const client::Outcome<QList<client::EstablishmentUser>> &o) {
            if (!o.isOk())
                return fail(o.error());
            fillPrincipal(o.value());
        }));
}

void EstablishmentDialog::fill(const client::EstablishmentFile &fiche) {
    client::EstablishmentFile shown = fiche;
    for (const auto &[name, value] : fieldsOf(shown))
        m_fields.value(name)->setText(*value);
}

void EstablishmentDialog::fillPrincipal(const QList<client::EstablishmentUser> &users) {
    for (const client::EstablishmentUser &user : users) {
        if (!user.principal)
            continue;
        m_principal->setText(tr("%1 %2 — %3").arg(user.firstName, user.lastName, user.email));
        // Only the first user may edit the fiche (the service refuses the others too).
        setEditable(user.displayName == m_myDisplayName);
    }
}

void EstablishmentDialog::accept() {
    if (m_busy)
        return;
    client::EstablishmentFile fiche;
    fiche.siret = m_siret;
    for (const auto &[name, value] : fieldsOf(fiche))
        *value = m_fields.value(name)->text().trimmed();
    m_errors.clearAll();
    m_busy = true;
    showMessage(m_message, tr("Enregistrement auprès du service de l'ASP…"), MessageTone::Neutral);
    m_client->updateEstablishment(
        m_siret, fiche,
        client::within(this, [this](const client::Outcome<client::EstablishmentFile> &o) {
            m_busy = false;
            if (!o.isOk()) {
                for (const client::FieldError &field : o.error().fields)
                    m_errors.set(field.field, field.message);
                return fail(o.error());
            }
            fill(o.value());
            showMessage(m_message, tr("Fiche enregistrée."), MessageTone::Success);
            emit saved();
        }));
}

} // namespace apdesk::ui
