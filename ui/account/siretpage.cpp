#include "siretpage.h"

#include "domain/siret.h"
#include "widgets/formhelpers.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace apdesk::ui {

SiretPage::SiretPage(QWidget *parent)
    : QWizardPage(parent) {
    setTitle(tr("Créer mon espace"));
    setSubTitle(tr("Saisissez le numéro SIRET de l'établissement (14 chiffres, espaces et points "
                   "acceptés). Un espace est créé par établissement."));

    m_siret = new QLineEdit(this);
    m_siret->setObjectName(QStringLiteral("siretEdit"));
    m_siret->setPlaceholderText(QStringLiteral("356 000 000 09075"));
    m_feedback = messageLabel(this);
    m_feedback->setObjectName(QStringLiteral("siretFeedback"));

    auto *form = new QFormLayout(this);
    form->addRow(labelFor(m_siret, tr("Numéro &SIRET *"), this), m_siret);
    form->addRow(QString(), m_feedback);

    registerField(QStringLiteral("siret"), this, "siret", SIGNAL(siretChanged()));
    connect(m_siret, &QLineEdit::textChanged, this, &SiretPage::check);
}

void SiretPage::check() {
    const QString text = m_siret->text();
    if (text.trimmed().isEmpty()) {
        showMessage(m_feedback, QString(), MessageTone::Neutral);
    } else if (const auto siret = domain::Siret::parse(text)) {
        showMessage(m_feedback, tr("SIRET valide : %1").arg(siret->formatted()),
                    MessageTone::Success);
    } else {
        showMessage(m_feedback, siret.error(), MessageTone::Error);
    }
    emit siretChanged();
    emit completeChanged();
}

bool SiretPage::isComplete() const {
    return domain::Siret::parse(m_siret->text()).isOk();
}

QString SiretPage::siret() const {
    const auto siret = domain::Siret::parse(m_siret->text());
    return siret ? siret->digits() : QString();
}

} // namespace apdesk::ui
