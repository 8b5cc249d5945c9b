#include "establishmentdialog.h"

#include "client/aspclient.h"
#include "domain/siret.h"
#include "widgets/formhelpers.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace apdesk::ui {

namespace {

bool isSessionProblem(const client::ApiError &error) {
    return error.code == QLatin1String("session_expired") ||
           error.code == QLatin1String("not_authenticated");
}

QString valueAt(const QJsonObject &establishment, const QString &name) {
    const qsizetype dot = name.indexOf(QLatin1Char('.'));
    const QString group = name.left(dot);
    const QString key = name.mid(dot + 1);
    return group == QLatin1String("contact")
               ? establishment.value(QStringLiteral("contact")).toObject().value(key).toString()
               : establishment.value(key).toString();
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
    if (isSessionProblem(error))
        emit sessionExpired();
}

void EstablishmentDialog::load() {
    const QString base = QStringLiteral("/api/v1/establishments/") + m_siret;
    QPointer<EstablishmentDialog> self(this);
    m_client->getJson(base, [self](const client::Outcome<QJsonDocument> &outcome) {
        if (!self)
            return;
        if (!outcome.isOk())
            return self->fail(outcome.error());
        self->fill(outcome.value().object());
    });
    m_client->getJson(
        base + QStringLiteral("/users"), [self](const client::Outcome<QJsonDocument> &outcome) {
            if (!self)
                return;
            if (!outcome.isOk())
                return self->fail(outcome.error());
            self->fillPrincipal(outcome.value().object().value(QStringLiteral("users")).toArray());
        });
}

void EstablishmentDialog::fill(const QJsonObject &establishment) {
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it)
        it.value()->setText(valueAt(establishment, it.key()));
}

void EstablishmentDialog::fillPrincipal(const QJsonArray &users) {
    for (const QJsonValue &value : users) {
        const QJsonObject user = value.toObject();
        if (!user.value(QStringLiteral("principal")).toBool())
            continue;
        m_principal->setText(tr("%1 %2 — %3")
                                 .arg(user.value(QStringLiteral("firstName")).toString(),
                                      user.value(QStringLiteral("lastName")).toString(),
                                      user.value(QStringLiteral("email")).toString()));
        // Only the first user may edit the fiche (the service refuses the others too).
        setEditable(user.value(QStringLiteral("displayName")).toString() == m_myDisplayName);
    }
}

void EstablishmentDialog::accept() {
    if (m_busy)
        return;
    QJsonObject body;
    QJsonObject contact;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QString key = it.key().section(QLatin1Char('.'), 1);
        const QString value = it.value()->text().trimmed();
        if (it.key().startsWith(QLatin1String("contact.")))
            contact.insert(key, value);
        else
            body.insert(key, value);
    }
    body.insert(QStringLiteral("contact"), contact);
    m_errors.clearAll();
    m_busy = true;
    showMessage(m_message, tr("Enregistrement auprès du service de l'ASP…"), MessageTone::Neutral);
    QPointer<EstablishmentDialog> self(this);
    m_client->sendJson("PATCH", QStringLiteral("/api/v1/establishments/") + m_siret, body,
                       [self](const client::Outcome<QJsonDocument> &outcome) {
                           if (!self)
                               return;
                           self->m_busy = false;
                           if (!outcome.isOk()) {
                               for (const auto &field : outcome.error().fields)
                                   self->m_errors.set(field.field, field.message);
                               return self->fail(outcome.error());
                           }
                           self->fill(outcome.value().object());
                           showMessage(self->m_message, tr("Fiche enregistrée."),
                                       MessageTone::Success);
                           emit self->saved(outcome.value().object());
                       });
}

} // namespace apdesk::ui
