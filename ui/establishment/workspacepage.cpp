#include "workspacepage.h"

#include "claim/claimlistpanel.h"
#include "domain/siret.h"
#include "store/establishmentrepository.h"
#include "store/store.h"
#include "widgets/formhelpers.h"

#include "store/records.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace apdesk::ui {

WorkspacePage::WorkspacePage(store::Store *store, const store::ClaimComputer &computer,
                             QWidget *parent)
    : QWidget(parent)
    , m_store(store) {
    setObjectName(QStringLiteral("workspacePage"));

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("workspaceHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    m_switcher = new QComboBox(this);
    m_switcher->setObjectName(QStringLiteral("establishmentSwitcher"));
    m_switcherLabel = labelFor(m_switcher, tr("Établissement &courant :"), this);
    auto *switchRow = new QHBoxLayout;
    switchRow->addWidget(m_switcherLabel);
    switchRow->addWidget(m_switcher, 1);

    m_current = new QLabel(this);
    m_current->setObjectName(QStringLiteral("currentEstablishment"));
    m_current->setWordWrap(true);
    m_current->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_fiche = new QPushButton(tr("Fiche établissement"), this);
    m_fiche->setObjectName(QStringLiteral("openFicheButton"));
    m_users = new QPushButton(tr("Utilisateurs"), this);
    m_users->setObjectName(QStringLiteral("openUsersButton"));
    m_authorisations = new QPushButton(tr("Autorisations préalables"), this);
    m_authorisations->setObjectName(QStringLiteral("openAuthorisationsButton"));
    m_decisions = new QPushButton(tr("Décisions"), this);
    m_decisions->setObjectName(QStringLiteral("openDecisionsButton"));
    m_add = new QPushButton(tr("Ajouter un établissement"), this);
    m_add->setObjectName(QStringLiteral("addEstablishmentButton"));
    m_login = new QPushButton(tr("Se connecter"), this);
    m_login->setObjectName(QStringLiteral("workspaceLoginButton"));
    // Every establishment of this computer at once, online or not.
    m_portfolio = new QPushButton(tr("&Portefeuille"), this);
    m_portfolio->setObjectName(QStringLiteral("openPortfolioButton"));
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_fiche);
    actions->addWidget(m_users);
    actions->addWidget(m_authorisations);
    actions->addWidget(m_decisions);
    actions->addWidget(m_add);
    actions->addWidget(m_login);
    actions->addStretch();
    actions->addWidget(m_portfolio);

    auto *localBox = new QGroupBox(tr("Demandes d'indemnisation"), this);
    auto *localLayout = new QVBoxLayout(localBox);
    m_local = new QLabel(localBox);
    m_local->setObjectName(QStringLiteral("localSummary"));
    m_local->setWordWrap(true);
    localLayout->addWidget(m_local);
    m_claims = new ClaimListPanel(*store, computer, localBox);
    localLayout->addWidget(m_claims, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addWidget(m_heading);
    layout->addLayout(switchRow);
    layout->addWidget(m_current);
    layout->addLayout(actions);
    layout->addSpacing(16);
    layout->addWidget(localBox, 1);

    connect(m_switcher, &QComboBox::currentIndexChanged, this, [this] {
        updateCurrent();
        emit establishmentChanged(currentSiret());
    });
    connect(m_claims, &ClaimListPanel::openClaimRequested, this,
            &WorkspacePage::openClaimRequested);
    connect(m_claims, &ClaimListPanel::createClaimRequested, this,
            &WorkspacePage::createClaimRequested);
    connect(m_fiche, &QPushButton::clicked, this,
            [this] { emit openEstablishmentRequested(currentSiret()); });
    connect(m_users, &QPushButton::clicked, this,
            [this] { emit openUsersRequested(currentSiret()); });
    connect(m_authorisations, &QPushButton::clicked, this,
            [this] { emit openAuthorisationsRequested(currentSiret()); });
    connect(m_decisions, &QPushButton::clicked, this,
            [this] { emit openDecisionsRequested(currentSiret()); });
    connect(m_add, &QPushButton::clicked, this, &WorkspacePage::addEstablishmentRequested);
    connect(m_login, &QPushButton::clicked, this, &WorkspacePage::loginRequested);
    connect(m_portfolio, &QPushButton::clicked, this, &WorkspacePage::openPortfolioRequested);
    showOffline();
}

void WorkspacePage::showOnline(const QList<client::EstablishmentFile> &establishments) {
    m_online = true;
    m_establishments = establishments;
    QList<QPair<QString, QString>> entries;
    for (const client::EstablishmentFile &e : establishments)
        entries.append({e.siret, e.establishment.name});
    fillSwitcher(entries);
    m_heading->setText(tr("Espace de travail"));
    const bool any = !establishments.isEmpty();
    m_fiche->setVisible(any);
    m_users->setVisible(any);
    m_authorisations->setVisible(any);
    m_decisions->setVisible(any);
    m_add->setVisible(true);
    m_login->setVisible(false);
    updateCurrent();
    updateLocalSummary();
}

void WorkspacePage::fillSwitcher(const QList<QPair<QString, QString>> &siretsAndNames) {
    const QString previous = currentSiret();
    {
        const QSignalBlocker blocker(m_switcher);
        m_switcher->clear();
        for (const auto &[siret, name] : siretsAndNames)
            m_switcher->addItem(
                QStringLiteral("%1 — %2").arg(name, domain::Siret::formatted(siret)), siret);
        const int keep = m_switcher->findData(previous);
        m_switcher->setCurrentIndex(keep >= 0 ? keep : 0);
    }
    const bool several = siretsAndNames.size() > 1;
    m_switcher->setVisible(several);
    m_switcherLabel->setVisible(several);
}

void WorkspacePage::showOffline() {
    m_online = false;
    m_establishments = {};
    // Offline, the establishments are those this computer keeps.
    QList<QPair<QString, QString>> entries;
    if (const auto local = m_store->establishments().list()) {
        for (const store::Establishment &e : local.value())
            entries.append({e.siret, e.name});
    }
    fillSwitcher(entries);
    m_heading->setText(tr("Travail hors ligne"));
    m_fiche->setVisible(false);
    m_users->setVisible(false);
    m_authorisations->setVisible(false);
    // Offline, the decisions kept on this computer.
    m_decisions->setVisible(!entries.isEmpty());
    m_add->setVisible(false);
    m_login->setVisible(true);
    updateCurrent();
    updateLocalSummary();
}

QString WorkspacePage::currentSiret() const {
    return m_switcher->currentData().toString();
}

int WorkspacePage::establishmentCount() const {
    return int(m_establishments.size());
}

QStringList WorkspacePage::onlineSirets() const {
    QStringList sirets;
    if (m_online)
        for (const client::EstablishmentFile &e : m_establishments)
            sirets << e.siret;
    return sirets;
}

store::Establishment WorkspacePage::currentEstablishment() const {
    const QString siret = currentSiret();
    if (const auto local = m_store->establishments().list(); local && !siret.isEmpty()) {
        for (const store::Establishment &e : local.value()) {
            if (e.siret == siret)
                return e;
        }
    }
    return {};
}

void WorkspacePage::updateCurrent() {
    const store::Establishment local = currentEstablishment();
    m_claims->setEstablishment(local.id);
    if (!m_online) {
        QString text = tr("Vous travaillez sur cet ordinateur sans être connecté. Ce qui "
                          "demande le service de l'ASP (fiche établissement, utilisateurs, "
                          "envoi des demandes, nouvelles décisions) vous invitera à vous "
                          "connecter.");
        if (local.id > 0) {
            text.prepend(
                tr("%1\nSIRET %2\n\n").arg(local.name, domain::Siret::formatted(local.siret)));
        }
        m_current->setText(text);
        return;
    }
    if (m_establishments.isEmpty()) {
        m_current->setText(tr("Aucun établissement n'est encore rattaché à votre compte : il le "
                              "sera dès que l'ASP aura validé la demande."));
        return;
    }
    for (const client::EstablishmentFile &e : std::as_const(m_establishments)) {
        if (e.siret != currentSiret())
            continue;
        m_current->setText(tr("%1\nSIRET %2\n%3 %4")
                               .arg(e.establishment.name, domain::Siret::formatted(currentSiret()),
                                    e.establishment.postalCode, e.establishment.city));
    }
}

void WorkspacePage::updateLocalSummary() {
    const auto establishments = m_store->establishments().list();
    const int count = establishments ? int(establishments->size()) : 0;
    m_local->setText(tr("Données de cet ordinateur : %n établissement(s) enregistré(s). "
                        "Chaque saisie est enregistrée aussitôt.",
                        nullptr, count));
}

} // namespace apdesk::ui
