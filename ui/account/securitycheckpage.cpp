#include "securitycheckpage.h"

#include "client/aspclient.h"
#include "widgets/formhelpers.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QStyle>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWizard>

namespace apdesk::ui {

SecurityCheckPage::SecurityCheckPage(client::AspClient *client, QWidget *parent)
    : QWizardPage(parent)
    , m_client(client) {
    setTitle(tr("Contrôle de sécurité"));
    setSubTitle(tr("Recopiez les caractères de l'image (ou répondez à la question écrite qui "
                   "peut la remplacer), acceptez les conditions générales d'utilisation, puis "
                   "cliquez sur « VALIDER »."));
    setButtonText(QWizard::NextButton, tr("VALIDER"));

    m_picture = new QLabel(this);
    m_picture->setObjectName(QStringLiteral("captchaPicture"));
    m_picture->setMinimumSize(200, 70);
    m_picture->setFrameShape(QFrame::Box);
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setAccessibleName(tr("Image de contrôle de sécurité"));

    m_question = new QLabel(this);
    m_question->setObjectName(QStringLiteral("captchaQuestion"));
    m_question->setWordWrap(true);
    m_question->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_question->setVisible(false);

    m_newCheck = new QToolButton(this);
    m_newCheck->setObjectName(QStringLiteral("newCaptchaButton"));
    m_newCheck->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_newCheck->setText(QStringLiteral("⟲"));

    m_switchCheck = linkButton(QString(), this);
    m_switchCheck->setObjectName(QStringLiteral("captchaAlternativeLink"));

    m_answer = new QLineEdit(this);
    m_answer->setObjectName(QStringLiteral("captchaAnswerEdit"));
    m_answer->setMaxLength(12);
    m_answerLabel = labelFor(m_answer, QString(), this);

    m_cgu = new QCheckBox(tr("Accepter les conditions générales d'utilisation"), this);
    m_cgu->setObjectName(QStringLiteral("cguCheck"));
    QPushButton *readTerms = linkButton(tr("Lire les conditions générales d'utilisation"), this);
    readTerms->setObjectName(QStringLiteral("readCguLink"));

    m_message = messageLabel(this);
    m_message->setObjectName(QStringLiteral("securityMessage"));

    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_picture);
    checkRow->addWidget(m_question);
    checkRow->addWidget(m_newCheck, 0, Qt::AlignVCenter);
    checkRow->addStretch();

    auto *form = new QFormLayout;
    form->addRow(checkRow);
    form->addRow(QString(), m_switchCheck);
    form->addRow(m_answerLabel, m_answer);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_cgu);
    layout->addWidget(readTerms, 0, Qt::AlignLeft);
    layout->addWidget(m_message);
    layout->addStretch();

    registerField(QStringLiteral("registrationToken"), this, "registrationToken",
                  SIGNAL(registrationTokenChanged()));

    connect(m_newCheck, &QToolButton::clicked, this, &SecurityCheckPage::loadNewCheck);
    connect(m_switchCheck, &QPushButton::clicked, this, [this] {
        useCheck(m_check == Check::Picture ? Check::Question : Check::Picture);
        m_answer->setFocus();
    });
    connect(readTerms, &QPushButton::clicked, this, &SecurityCheckPage::showTerms);
    connect(m_answer, &QLineEdit::returnPressed, this, [this] {
        if (wizard())
            wizard()->next();
    });
    showCheck(Check::Picture);
}

void SecurityCheckPage::initializePage() {
    setRegistrationToken({});
    showMessage(m_message, QString(), MessageTone::Neutral);
    loadNewCheck();
}

void SecurityCheckPage::cleanupPage() {
    setRegistrationToken({});
    m_answer->clear();
}

bool SecurityCheckPage::isComplete() const {
    return !m_busy;
}

void SecurityCheckPage::setRegistrationToken(const QString &token) {
    if (token == m_registrationToken)
        return;
    m_registrationToken = token;
    emit registrationTokenChanged();
}

void SecurityCheckPage::useCheck(Check check) {
    showCheck(check);
    loadNewCheck();
}

void SecurityCheckPage::showCheck(Check check) {
    m_check = check;
    const bool picture = check == Check::Picture;
    m_picture->setVisible(picture);
    m_question->setVisible(!picture);
    m_switchCheck->setText(picture ? tr("Je ne peux pas lire l'image : répondre à une question "
                                        "écrite à la place")
                                   : tr("Revenir à l'image"));
    m_newCheck->setAccessibleName(picture ? tr("Nouvelle image") : tr("Nouvelle question"));
    m_newCheck->setToolTip(picture ? tr("Afficher une nouvelle image : utile si les caractères "
                                        "de celle-ci sont difficiles à lire.")
                                   : tr("Poser une nouvelle question."));
    m_answerLabel->setText(picture ? tr("Caractères de l'&image *")
                                   : tr("&Réponse à la question, en chiffres *"));
    m_answer->setAccessibleName(accessibleText(m_answerLabel->text()));
}

void SecurityCheckPage::loadNewCheck() {
    m_captchaId.clear();
    // Only the latest request's answer counts: a picture drawn slowly must not replace the
    // question asked after it.
    const int request = ++m_checkRequests;
    m_answer->clear();
    m_answer->setAccessibleDescription({});
    auto failed = [this](const client::ApiError &error) {
        showMessage(m_message, error.message, MessageTone::Error);
    };
    if (m_check == Check::Question) {
        m_question->setText(tr("Chargement de la question…"));
        m_client->fetchCaptchaQuestion(
            client::within(this, [this, failed, request](const auto &outcome) {
                if (request != m_checkRequests)
                    return;
                if (!outcome.isOk()) {
                    m_question->setText(tr("Question indisponible"));
                    failed(outcome.error());
                    return;
                }
                m_captchaId = outcome.value().id;
                m_question->setText(outcome.value().question);
                // Read out again when the answer field takes the focus.
                m_answer->setAccessibleDescription(outcome.value().question);
            }));
        return;
    }
    m_picture->setText(tr("Chargement de l'image…"));
    m_client->fetchCaptcha(client::within(this, [this, failed, request](const auto &outcome) {
        if (request != m_checkRequests)
            return;
        if (!outcome.isOk()) {
            m_picture->setText(tr("Image indisponible"));
            failed(outcome.error());
            return;
        }
        QPixmap pixmap;
        pixmap.loadFromData(outcome.value().png, "PNG");
        m_picture->setPixmap(pixmap);
        m_captchaId = outcome.value().id;
    }));
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
    m_newCheck->setEnabled(!busy);
    m_switchCheck->setEnabled(!busy);
    emit completeChanged();
}

void SecurityCheckPage::submit() {
    if (m_busy)
        return;
    if (m_answer->text().trimmed().isEmpty()) {
        showMessage(m_message,
                    m_check == Check::Picture ? tr("Recopiez les caractères de l'image.")
                                              : tr("Répondez à la question, en chiffres."),
                    MessageTone::Error);
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
    m_client->createSpace(field(QStringLiteral("siret")).toString(), m_captchaId,
                          m_answer->text().trimmed(), m_cgu->isChecked(),
                          client::within(this, [this](const client::Outcome<QString> &outcome) {
                              setBusy(false);
                              if (outcome.isOk()) {
                                  showMessage(m_message, QString(), MessageTone::Neutral);
                                  setRegistrationToken(outcome.value());
                                  wizard()->next();
                                  return;
                              }
                              showMessage(m_message, outcome.error().message, MessageTone::Error);
                              // A picture or a question is single use: any refusal needs a new one.
                              if (!outcome.error().isUnreachable())
                                  loadNewCheck();
                              m_answer->setFocus();
                          }));
}

} // namespace apdesk::ui
