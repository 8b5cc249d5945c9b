#include "carryoverdialog.h"

#include "carryovermodel.h"
#include "gridtext.h"
#include "widgets/formhelpers.h"
#include "widgets/spacetoggle.h"

#include "domain/frenchtext.h"
#include "store/claimrepository.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace apdesk::ui {

CarryOverDialog::CarryOverDialog(store::CarryOverPlan plan, QWidget *parent)
    : QDialog(parent)
    , m_model(new CarryOverModel(std::move(plan), this))
    , m_view(new QTableView(this))
    , m_hours(new QCheckBox(this))
    , m_summary(new QLabel(this)) {
    setObjectName(QStringLiteral("carryOverDialog"));
    const store::CarryOverPlan &p = m_model->plan();
    const QString previous = gridtext::monthYear(p.previous.month);
    setWindowTitle(tr("Reprendre le mois précédent"));

    auto *intro = new QLabel(
        domain::frenchtext::elideBeforeMonths(
            tr("Les salariés de la demande de %1 (version %2, %3) pour celle de %4, avec ce qui a "
               "changé depuis. Cochez ceux à reprendre : leur contrat et leur salaire sont repris "
               "tels qu'ils sont aujourd'hui. Rien n'est écrit avant « Reprendre », et Ctrl+Z "
               "l'annule en une fois.")
                .arg(previous)
                .arg(p.previous.version)
                .arg(store::ClaimRepository::statusText(p.previous.status).toLower(),
                     gridtext::monthYear(p.target.month))),
        this);
    intro->setWordWrap(true);

    m_summary->setObjectName(QStringLiteral("carryOverSummary"));
    m_summary->setWordWrap(true);
    m_summary->setText(summary());
    m_summary->setAccessibleName(summary());

    m_view->setObjectName(QStringLiteral("carryOverView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    // A row as high as its changes need: they wrap rather than being cut.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(CarryOverModel::Changes, QHeaderView::Stretch);
    m_view->setTabKeyNavigation(false);
    auto *label = labelFor(
        m_view, domain::frenchtext::elideBeforeMonths(tr("&Salariés de %1").arg(previous)), this);
    toggleRowsWithSpace(m_view,
                        [this](int row) { m_model->setChecked(row, !m_model->isChecked(row)); });

    m_hours->setText(domain::frenchtext::elideBeforeMonths(
        tr("Reprendre aussi les &heures : celles de la dernière semaine entière de %1, au "
           "prorata des jours de chaque semaine")
            .arg(previous)));
    m_hours->setObjectName(QStringLiteral("carryOverHours"));

    auto *buttons = new QDialogButtonBox(this);
    m_take = buttons->addButton(tr("&Reprendre"), QDialogButtonBox::AcceptRole);
    m_take->setObjectName(QStringLiteral("carryOverTake"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setText(tr("Annuler"));
    connect(m_take, &QPushButton::clicked, this, &QDialog::accept);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_model, &CarryOverModel::checkedChanged, this, &CarryOverDialog::updateTakeButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_summary);
    layout->addWidget(label);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_hours);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 170, fontMetrics().lineSpacing() * 30);
    updateTakeButton();
    m_view->setFocus();
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, CarryOverModel::Name));
}

store::ClaimChange CarryOverDialog::change() const {
    return m_model->plan().change(m_model->chosenIds(), m_hours->isChecked());
}

QString CarryOverDialog::summary() const {
    int arrivals = 0;
    int departures = 0;
    int changed = 0;
    for (const store::CarryOverItem &item : m_model->plan().items) {
        arrivals += item.movement == store::CarryOverMovement::Arrives;
        departures += item.movement == store::CarryOverMovement::Leaves ||
                      item.movement == store::CarryOverMovement::Left;
        changed += !item.changes.isEmpty();
    }
    const int employees = int(m_model->plan().items.size()) - arrivals;
    return tr("%n salarié(s) le mois précédent", nullptr, employees) + QStringLiteral(" · ") +
           tr("%n arrivée(s)", nullptr, arrivals) + QStringLiteral(" · ") +
           tr("%n départ(s)", nullptr, departures) + QStringLiteral(" · ") +
           tr("%n changement(s) de contrat ou de salaire", nullptr, changed);
}

void CarryOverDialog::updateTakeButton() {
    const int chosen = int(m_model->chosenIds().size());
    m_take->setEnabled(chosen > 0);
    m_take->setText(tr("&Reprendre %n salarié(s)", nullptr, chosen));
}

} // namespace apdesk::ui
