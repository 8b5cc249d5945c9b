#include "claimlistpanel.h"

#include "claimlistmodel.h"
#include "widgets/formhelpers.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace apdesk::ui {

ClaimListPanel::ClaimListPanel(const store::Store &store, const store::ClaimComputer &computer,
                               QWidget *parent)
    : QWidget(parent)
    , m_model(new ClaimListModel(store, computer, this)) {
    setObjectName(QStringLiteral("claimListPanel"));
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("claimList"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *label = labelFor(m_view, tr("&Demandes de l'établissement (Entrée pour ouvrir) :"), this);

    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("claimListState"));
    m_state->setWordWrap(true);

    m_create = new QPushButton(tr("Créer une &nouvelle demande"), this);
    m_create->setObjectName(QStringLiteral("createClaimButton"));
    m_open = new QPushButton(tr("&Ouvrir la demande"), this);
    m_open->setObjectName(QStringLiteral("openClaimButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_create);
    buttons->addWidget(m_open);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(label);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_state);

    const auto openCurrent = [this] {
        const qint64 id = m_model->claimIdAt(m_view->currentIndex().row());
        if (id > 0)
            emit openClaimRequested(id);
    };
    // Enter and a double click both "activate" a row.
    connect(m_view, &QTableView::activated, this, openCurrent);
    connect(m_open, &QPushButton::clicked, this, openCurrent);
    connect(m_create, &QPushButton::clicked, this,
            [this] { emit createClaimRequested(m_model->establishmentId()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ClaimListPanel::updateState);
    updateState();
}

void ClaimListPanel::setEstablishment(qint64 establishmentId) {
    // The workspace sets its establishment again at each login and refresh; every claim is
    // computed to list it, so the same establishment keeps its list (open windows update it).
    if (establishmentId == m_model->establishmentId())
        return;
    QString error;
    if (!m_model->setEstablishment(establishmentId, &error))
        m_state->setText(error);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
}

qint64 ClaimListPanel::establishmentId() const {
    return m_model->establishmentId();
}

void ClaimListPanel::refresh(qint64 claimId) {
    QString error;
    if (!m_model->refresh(&error))
        m_state->setText(error);
    const int row = claimId > 0 ? m_model->rowOfClaim(claimId) : 0;
    if (row >= 0 && row < m_model->rowCount())
        m_view->setCurrentIndex(m_model->index(row, 0));
}

void ClaimListPanel::updateState() {
    const bool any = m_model->establishmentId() > 0;
    m_create->setEnabled(any);
    m_open->setEnabled(m_model->rowCount() > 0);
    if (!any)
        m_state->setText(tr("Choisissez un établissement pour voir ses demandes."));
    else if (m_model->rowCount() == 0)
        m_state->setText(tr("Aucune demande pour cet établissement : « Créer une nouvelle "
                            "demande » avec le code secret de la notification de décision."));
    else
        m_state->setText(tr("%n demande(s).", nullptr, m_model->rowCount()));
}

} // namespace apdesk::ui
