#include "createspacewizard.h"

#include "accountrequestpage.h"
#include "securitycheckpage.h"
#include "siretpage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace apdesk::ui {

namespace {

// The last page: what the extranet's guide says happens after "ENVOYER".
class RequestSentPage final : public QWizardPage {
public:
    explicit RequestSentPage(QWidget *parent = nullptr)
        : QWizardPage(parent)
        , m_text(new QLabel(this)) {
        setTitle(CreateSpaceWizard::tr("Votre demande a été envoyée"));
        m_text->setObjectName(QStringLiteral("requestSentText"));
        m_text->setWordWrap(true);
        m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_text);
        layout->addStretch();
    }

    void initializePage() override {
        m_text->setText(
            CreateSpaceWizard::tr(
                "<p>Après validation de votre demande, l'ASP vous enverra <b>3 courriels</b> "
                "dans un délai de <b>48 heures</b> au plus, à l'adresse <b>%1</b> :</p>"
                "<ol><li>votre identifiant ;</li><li>votre mot de passe provisoire, à changer "
                "à la première connexion ;</li><li>la confirmation de votre habilitation.</li></ol>"
                "<p>L'identifiant et le mot de passe y figurent entre crochets [ ] : ne recopiez "
                "pas les crochets.</p>"
                "<p>Si vous ne les recevez pas, regardez dans le dossier des courriers "
                "indésirables (spam), puis contactez l'assistance : "
                "<a href=\"mailto:contact-ap@asp-public.fr\">contact-ap@asp-public.fr</a>.</p>"
                "<p>Dans AP Desk, ces courriels arrivent dans la <b>Messagerie</b>.</p>")
                .arg(field(QStringLiteral("contactEmail")).toString().trimmed().toHtmlEscaped()));
    }

private:
    QLabel *m_text;
};

} // namespace

CreateSpaceWizard::CreateSpaceWizard(client::AspClient *client, QWidget *parent)
    : QWizard(parent)
    , m_siretPage(new SiretPage(this))
    , m_securityPage(new SecurityCheckPage(client, this))
    , m_requestPage(new AccountRequestPage(client, this)) {
    setObjectName(QStringLiteral("createSpaceWizard"));
    setWindowTitle(tr("Créer mon espace"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(SiretPageId, m_siretPage);
    setPage(SecurityPageId, m_securityPage);
    setPage(RequestPageId, m_requestPage);
    setPage(SentPageId, new RequestSentPage(this));
    setButtonText(QWizard::FinishButton, tr("Terminer"));
    resize(720, 640);

    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == SentPageId)
            emit requestSent(field(QStringLiteral("contactEmail")).toString().trimmed());
    });
}

} // namespace apdesk::ui
