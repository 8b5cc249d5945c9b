#include "securitycheckpage.h"

#include "client/aspclient.h"
#include "siretpage.h"
#include "widgets/formhelpers.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPointer>
#include <QPushButton>
#include <QStyle>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWizard>

namespace apdesk::ui {

SecurityCheckPage::SecurityCheckPage(client::AspClient *client, const SiretPage *siretPage,
                                     QWidget *parent)
    : QWizardPage(parent)
    , m_client(client)
    , m_siretPage(siretPage) {
    setTitle(tr("Contrôle de sécurité"));
    setSubTitle(tr("Recopiez les caractères de l'image, acceptez les conditions générales "
                   "d'utilisation, puis cliquez sur « VALIDER »."));
    setButtonText(QWizard::NextButton, tr("VALIDER"));

    m_picture = new QLabel(this);
    m_picture->setObjectName(QStringLiteral("captchaPicture"));
    m_picture->setMinimumSize(200, 70);
    m_picture->setFrameShape(QFrame::Box);
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setAccessibleName(tr("Image de contrôle de sécurité"));

    m_newPicture = new QToolButton(this);
    m_newPicture->setObjectName(QStringLiteral("newCaptchaButton"));
    m_newPicture->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_newPicture->setText(QStringLiteral("⟲"));
    m_newPicture->setToolTip(tr("Afficher une nouvelle image : utile si les caractères de celle-ci "
                                "sont difficiles à lire."));
    m_newPicture->setAccessibleName(tr("Nouvelle image"));

    m_answer = new QLineEdit(this);
    m_answer->setObjectName(QStringLiteral("captchaAnswerEdit"));
    m_answer->setMaxLength(12);

    m_cgu = new QCheckBox(tr("Accepter les conditions générales d'utilisation"), this);
    m_cgu->setObjectName(QStringLiteral("cguCheck"));
    QPushButton *readTerms = linkButton(tr("Lire les conditions générales d'utilisation"), this);
    readTerms->setObjectName(QStringLiteral("readCguLink"));

    m_message = messageLabel(this);
    m_message->setObjectName(QStringLiteral("securityMessage"));

    auto *pictureRow = new QHBoxLayout;
    pictureRow->addWidget(m_picture);
    pictureRow->addWidget(m_newPicture, 0, Qt::AlignVCenter);
    pictureRow->addStretch();

    auto *form = new QFormLayout;
    form->addRow(pictureRow);
    form->addRow(labelFor(m_answer, tr("Caractères de l'&image *"), this), m_answer);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_cgu);
    layout->addWidget(readTerms, 0, Qt::AlignLeft);
    layout->addWidget(m_message);
    layout->addStretch();

    connect(m_newPicture, &QToolButton::clicked, this, &SecurityCheckPage::loadNewPicture);
    connect(readTerms, &QPushButton::clicked, this, &SecurityCheckPage::showTerms);
    connect(m_answer, &QLineEdit::returnPressed, this, [this] {
        if (wizard())
            wizard()->next();
    });
}

void SecurityCheckPage::initializePage() {
    m_registrationToken.clear();
    showMessage(m_message, QString(), MessageTone::Neutral);
    loadNewPicture();
}

void SecurityCheckPage::cleanupPage() {
    m_registrationToken.clear();
    m_answer->clear();
}

void SecurityCheckPage::loadNewPicture() {
    m_captchaId.clear();
    m_answer->clear();
    m_picture->setText(tr("Chargement de l'image…"));
    QPointer<SecurityCheckPage> self(this);
    m_client->fetchCaptcha([self](const client::Outcome<client::Captcha> &outcome) {
        if (!self)
            return;
        if (!outcome.isOk()) {
            self->m_picture->setText(tr("Image indisponible"));
            showMessage(self->m_message, outcome.error().message, MessageTone::Error);
            return;
        }
        QPixmap pixmap;
        pixmap.loadFromData(outcome.value().png, "PNG");
        self->m_picture->setPixmap(pixmap);
        self->m_captchaId = outcome.value().id;
    });
}

void SecurityCheckPage::showTerms() {
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Conditions générales d'utilisation"));
    auto *text = new QTextBrowser(&dialog);
    text->setObjectName(QStringLiteral("cguText"));
    text->setAccessibleName(tr("Conditions générales d'utilisation"));
    QFile file(QStringLiteral(":/cgu/cgu_fr.html"));
    if (file.open(QIODevice::ReadOnly))
        text->setHtml(QString::fromUtf8(file.readAll()));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog.resize(640, 520);
    dialog.exec();
}

bool SecurityCheckPage::validatePage() {
    if (!m_registrationToken.isEmpty())
        return true;
    submit();
    return false; // the answer moves the wizard on
}

void SecurityCheckPage::setBusy(bool busy) {
    m_busy = busy;
    m_answer->setReadOnly(busy);
    m_newPicture->setEnabled(!busy);
    if (wizard())
        wizard()->button(QWizard::NextButton)->setEnabled(!busy);
}

void SecurityCheckPage::submit() {
    if (m_busy)
        return;
    if (m_answer->text().trimmed().isEmpty()) {
        showMessage(m_message, tr("Recopiez les caractères de l'image."), MessageTone::Error);
        m_answer->setFocus();
        return;
    }
    if (!m_cgu->isChecked()) {
        showMessage(m_message,
                    tr("N'oubliez pas de cocher les conditions générales d'utilisation avant de "
                       "valider votre demande."),
                    MessageTone::Error);
        m_cgu->setFocus();
        return;
    }
    setBusy(true);
    showMessage(m_message, tr("Vérification auprès du service de l'ASP…"), MessageTone::Neutral);
    QPointer<SecurityCheckPage> self(this);
    m_client->createSpace(m_siretPage->siret(), m_captchaId, m_answer->text().trimmed(),
                          m_cgu->isChecked(), [self](const client::Outcome<QString> &outcome) {
                              if (!self)
                                  return;
                              self->setBusy(false);
                              if (outcome.isOk()) {
                                  showMessage(self->m_message, QString(), MessageTone::Neutral);
                                  self->m_registrationToken = outcome.value();
                                  self->wizard()->next();
                                  return;
                              }
                              showMessage(self->m_message, outcome.error().message,
                                          MessageTone::Error);
                              // A picture is single use: any refusal needs a new one.
                              if (!outcome.error().isUnreachable())
                                  self->loadNewPicture();
                              self->m_answer->setFocus();
                          });
}

} // namespace apdesk::ui
