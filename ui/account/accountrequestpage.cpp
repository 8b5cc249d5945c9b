#include "accountrequestpage.h"

#include "client/aspclient.h"
#include "domain/emailaddress.h"
#include "domain/frenchphone.h"
#include "domain/postalcode.h"
#include "domain/secretquestions.h"
#include "widgets/formhelpers.h"
#include "widgets/nopastelineedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QWizard>

namespace apdesk::ui {

namespace {

const QString mandatoryMessage() {
    return AccountRequestPage::tr(
        "Tous les champs obligatoires (marqués d'un *) ne sont pas renseignés.");
}

const QString cguMessage() {
    return AccountRequestPage::tr("N'oubliez pas de cocher les conditions générales "
                                  "d'utilisation avant de valider votre demande.");
}

} // namespace

AccountRequestPage::AccountRequestPage(client::AspClient *client, QWidget *parent)
    : QWizardPage(parent)
    , m_client(client) {
    setTitle(tr("Création de compte d'accès à l'extranet Activité Partielle"));
    setSubTitle(tr("Les champs marqués d'un * sont obligatoires. Les adresses électroniques "
                   "se saisissent deux fois, à la main."));
    setButtonText(QWizard::NextButton, tr("ENVOYER"));

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);

    auto *establishment = new QGroupBox(tr("Établissement"), content);
    auto *e = new QFormLayout(establishment);
    addText(e, QStringLiteral("establishment.name"), tr("Dénomination *"), 100);
    addText(e, QStringLiteral("establishment.street"), tr("Libellé de voie *"), StreetMaxLength,
            Counter::Shown);
    addText(e, QStringLiteral("establishment.streetComplement"), tr("Complément d'adresse"),
            ComplementMaxLength, Counter::Shown);
    addText(e, QStringLiteral("establishment.postalCode"), tr("Code postal *"), 5);
    addText(e, QStringLiteral("establishment.city"), tr("Ville *"), 100);
    addEmail(e, QStringLiteral("establishment.email"), tr("Adresse électronique *"));
    addEmail(e, QStringLiteral("establishment.emailConfirmation"),
             tr("Confirmation de l'adresse électronique *"));
    addText(e, QStringLiteral("establishment.phone"), tr("Téléphone fixe *"), 20);
    layout->addWidget(establishment);

    auto *contact = new QGroupBox(tr("Personne à contacter"), content);
    auto *c = new QFormLayout(contact);
    addText(c, QStringLiteral("contact.lastName"), tr("Nom *"), 100);
    addText(c, QStringLiteral("contact.firstName"), tr("Prénom *"), 100);
    addEmail(c, QStringLiteral("contact.email"), tr("Adresse électronique *"));
    addEmail(c, QStringLiteral("contact.emailConfirmation"),
             tr("Confirmation de l'adresse électronique *"));
    addText(c, QStringLiteral("contact.phone"), tr("Téléphone fixe *"), 20);
    layout->addWidget(contact);

    auto *pasteNote = new QLabel(tr("Saisie manuelle obligatoire : le copier-coller est désactivé "
                                    "dans les champs d'adresse électronique."),
                                 content);
    pasteNote->setObjectName(QStringLiteral("manualEntryNote"));
    pasteNote->setWordWrap(true);
    layout->addWidget(pasteNote);

    auto *secret = new QGroupBox(tr("Question secrète"), content);
    auto *s = new QFormLayout(secret);
    m_question = new QComboBox(secret);
    m_question->setObjectName(QStringLiteral("secretQuestionCombo"));
    m_question->addItems(domain::secretQuestions());
    s->addRow(labelFor(m_question, tr("Question secrète *"), secret), m_question);
    addText(s, QStringLiteral("secretAnswer"), tr("Réponse *"), 200);
    layout->addWidget(secret);

    m_cgu = new QCheckBox(tr("Accepter les conditions générales d'utilisation"), content);
    m_cgu->setObjectName(QStringLiteral("requestCguCheck"));
    layout->addWidget(m_cgu);
    m_message = messageLabel(content);
    m_message->setObjectName(QStringLiteral("requestMessage"));
    layout->addWidget(m_message);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    registerField(QStringLiteral("contactEmail"), m_edits.value(QStringLiteral("contact.email")));
}

QLineEdit *AccountRequestPage::addText(QFormLayout *form, const QString &name, const QString &label,
                                       int maxLength, Counter counter) {
    auto *edit = new QLineEdit(form->parentWidget());
    edit->setObjectName(name);
    edit->setMaxLength(maxLength);
    m_errors.addRow(form, name, labelFor(edit, label, form->parentWidget()), edit,
                    counter == Counter::Shown ? withCounter(edit, maxLength) : nullptr);
    m_edits.insert(name, edit);
    if (label.contains(QLatin1Char('*')))
        m_mandatory.append(name);
    connect(edit, &QLineEdit::editingFinished, this, [this, name] { checkField(name); });
    return edit;
}

NoPasteLineEdit *AccountRequestPage::addEmail(QFormLayout *form, const QString &name,
                                              const QString &label) {
    auto *edit = new NoPasteLineEdit(form->parentWidget());
    edit->setObjectName(name);
    m_errors.addRow(form, name, labelFor(edit, label, form->parentWidget()), edit);
    m_edits.insert(name, edit);
    m_mandatory.append(name);
    connect(edit, &QLineEdit::editingFinished, this, [this, name] { checkField(name); });
    connect(edit, &NoPasteLineEdit::pasteRefused, this, [this, name] {
        m_errors.set(name, tr("Le collage est refusé dans ce champ : saisissez l'adresse à la "
                              "main."));
    });
    return edit;
}

QWidget *AccountRequestPage::withCounter(QLineEdit *edit, int maxLength) {
    // A live count of the characters typed, since the extranet cuts these fields short.
    auto *row = new QWidget(edit->parentWidget());
    auto *counter = new QLabel(row);
    counter->setObjectName(edit->objectName() + QStringLiteral("Counter"));
    auto update = [edit, counter, maxLength] {
        counter->setText(tr("%1 / %2 caractères").arg(edit->text().size()).arg(maxLength));
        edit->setAccessibleDescription(counter->text());
    };
    update();
    connect(edit, &QLineEdit::textChanged, counter, update);
    auto *box = new QHBoxLayout(row);
    box->setContentsMargins(0, 0, 0, 0);
    edit->setParent(row);
    box->addWidget(edit, 1);
    box->addWidget(counter);
    return row;
}

void AccountRequestPage::initializePage() {
    m_sent = false;
    showMessage(m_message, QString(), MessageTone::Neutral);
}

void AccountRequestPage::checkField(const QString &name) {
    const QString text = m_edits.value(name)->text().trimmed();
    m_errors.clear(name);
    if (text.isEmpty())
        return; // "mandatory" is said once, for the whole form, at ENVOYER
    if (name.endsWith(QLatin1String(".email"))) {
        if (const auto email = domain::EmailAddress::parse(text); !email)
            m_errors.set(name, email.error());
        checkEmailPair(name.section(QLatin1Char('.'), 0, 0));
    } else if (name.endsWith(QLatin1String(".emailConfirmation"))) {
        checkEmailPair(name.section(QLatin1Char('.'), 0, 0));
    } else if (name.endsWith(QLatin1String(".phone"))) {
        if (const auto phone = domain::FrenchPhone::parseLandline(text); !phone)
            m_errors.set(name, phone.error());
    } else if (name.endsWith(QLatin1String(".postalCode"))) {
        if (const auto code = domain::PostalCode::parse(text); !code)
            m_errors.set(name, code.error());
    }
}

void AccountRequestPage::checkEmailPair(const QString &prefix) {
    const QString confirmationName = prefix + QStringLiteral(".emailConfirmation");
    const QString typed = m_edits.value(prefix + QStringLiteral(".email"))->text().trimmed();
    const QString again = m_edits.value(confirmationName)->text().trimmed();
    if (again.isEmpty() || typed.isEmpty()) {
        return;
    }
    if (typed.compare(again, Qt::CaseInsensitive) != 0)
        m_errors.set(confirmationName,
                     tr("Les deux adresses électroniques saisies ne sont pas identiques."));
    else
        m_errors.clear(confirmationName);
}

bool AccountRequestPage::checkAll() {
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it)
        checkField(it.key());
    for (const QString &name : std::as_const(m_mandatory)) {
        if (m_edits.value(name)->text().trimmed().isEmpty()) {
            showMessage(m_message, mandatoryMessage(), MessageTone::Error);
            m_edits.value(name)->setFocus();
            return false;
        }
    }
    if (!m_cgu->isChecked()) {
        showMessage(m_message, cguMessage(), MessageTone::Error);
        m_cgu->setFocus();
        return false;
    }
    if (m_errors.any()) {
        showMessage(m_message, tr("Corrigez les champs signalés avant d'envoyer la demande."),
                    MessageTone::Error);
        if (QWidget *field = m_errors.firstFieldInError())
            field->setFocus();
        return false;
    }
    return true;
}

client::AccountRequest AccountRequestPage::request() const {
    auto text = [this](const char *name) {
        return m_edits.value(QLatin1String(name))->text().trimmed();
    };
    client::AccountRequest r;
    r.registrationToken = field(QStringLiteral("registrationToken")).toString();
    r.establishment = {text("establishment.name"),
                       text("establishment.street"),
                       text("establishment.streetComplement"),
                       text("establishment.postalCode"),
                       text("establishment.city"),
                       text("establishment.email"),
                       text("establishment.emailConfirmation"),
                       text("establishment.phone")};
    r.contact = {text("contact.lastName"), text("contact.firstName"), text("contact.email"),
                 text("contact.emailConfirmation"), text("contact.phone")};
    r.secretQuestion = m_question->currentText();
    r.secretAnswer = text("secretAnswer");
    r.cguAccepted = m_cgu->isChecked();
    return r;
}

bool AccountRequestPage::validatePage() {
    if (m_sent)
        return true;
    submit();
    return false;
}

bool AccountRequestPage::isComplete() const {
    return !m_busy;
}

void AccountRequestPage::setBusy(bool busy) {
    m_busy = busy;
    emit completeChanged();
}

void AccountRequestPage::submit() {
    if (m_busy || !checkAll())
        return;
    setBusy(true);
    showMessage(m_message, tr("Envoi de la demande au service de l'ASP…"), MessageTone::Neutral);
    m_client->requestAccount(
        request(), client::within(this, [this](const client::Outcome<client::Done> &outcome) {
            setBusy(false);
            if (outcome.isOk()) {
                m_sent = true;
                showMessage(m_message, QString(), MessageTone::Neutral);
                wizard()->next();
                return;
            }
            const client::ApiError &error = outcome.error();
            for (const client::FieldError &field : error.fields)
                m_errors.set(field.field, field.message);
            showMessage(m_message, error.message, MessageTone::Error);
            if (QWidget *field = m_errors.firstFieldInError())
                field->setFocus();
        }));
}

} // namespace apdesk::ui
