#include "portfoliowindow.h"

#include "claim/decisionsync.h"
#include "portfoliofilter.h"
#include "portfoliomodel.h"
#include "store/claimcomputer.h"
#include "store/store.h"
#include "widgets/formhelpers.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace apdesk::ui {

PortfolioWindow::PortfolioWindow(const store::Store &store, const store::ClaimComputer &computer,
                                 QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_store(store)
    , m_computer(computer)
    , m_model(new PortfolioModel(this))
    , m_filter(new PortfolioFilter(this)) {
    setObjectName(QStringLiteral("portfolioWindow"));
    setWindowTitle(tr("Portefeuille des établissements — AP Desk"));
    m_filter->setSourceModel(m_model);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("portfolioSearch"));
    m_search->setPlaceholderText(tr("nom ou SIRET"));
    m_search->setClearButtonEnabled(true);
    m_show = new QComboBox(this);
    m_show->setObjectName(QStringLiteral("portfolioShow"));
    m_show->addItem(tr("Tous les établissements"), int(PortfolioFilter::Show::All));
    m_show->addItem(tr("Ceux qui ont un problème"), int(PortfolioFilter::Show::Problems));
    m_show->addItem(tr("Délai de dépôt proche ou dépassé"), int(PortfolioFilter::Show::Deadlines));
    m_show->addItem(tr("Contingent presque ou tout utilisé"),
                    int(PortfolioFilter::Show::Contingents));
    m_show->addItem(tr("Des mois restent à déposer"), int(PortfolioFilter::Show::MonthsToFile));
    auto *filters = new QHBoxLayout;
    filters->addWidget(labelFor(m_search, tr("&Rechercher :"), this));
    filters->addWidget(m_search, 1);
    filters->addWidget(labelFor(m_show, tr("A&fficher :"), this));
    filters->addWidget(m_show);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("portfolioTable"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PortfolioModel::Problem, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    auto *tableLabel =
        labelFor(m_view, tr("É&tablissements (Entrée pour ouvrir la demande à déposer) :"), this);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("portfolioSummary"));
    m_summary->setWordWrap(true);

    m_open = new QPushButton(tr("&Ouvrir la demande"), this);
    m_open->setObjectName(QStringLiteral("portfolioOpenButton"));
    m_refresh = new QPushButton(tr("A&ctualiser"), this);
    m_refresh->setObjectName(QStringLiteral("portfolioRefreshButton"));
    auto *close = new QPushButton(tr("Fermer"), this);
    close->setObjectName(QStringLiteral("portfolioCloseButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_refresh);
    buttons->addStretch();
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(tableLabel);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    resize(1100, 520);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearch(text);
        updateSummary();
    });
    connect(m_show, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setShow(PortfolioFilter::Show(m_show->currentData().toInt()));
        updateSummary();
    });
    connect(m_view, &QTableView::activated, this, &PortfolioWindow::openCurrent);
    connect(m_open, &QPushButton::clicked, this, &PortfolioWindow::openCurrent);
    connect(m_refresh, &QPushButton::clicked, this, &PortfolioWindow::refresh);
    connect(close, &QPushButton::clicked, this, &QWidget::close);
    connect(new QShortcut(QKeySequence::Cancel, this), &QShortcut::activated, this,
            &QWidget::close);
    connect(&m_reading, &QFutureWatcherBase::finished, this, &PortfolioWindow::showRead);
}

PortfolioWindow::~PortfolioWindow() {
    // The worker reads the store and the computer this window was given: it ends first.
    m_reading.waitForFinished();
}

void PortfolioWindow::setOnline(client::AspClient *client, const QStringList &sirets) {
    m_client = client;
    m_sirets = client ? sirets : QStringList();
}

void PortfolioWindow::refresh() {
    if (m_busy) {
        m_readAgain = true;
        return;
    }
    m_busy = true;
    m_refresh->setEnabled(false);
    m_fetchErrors.clear();
    if (m_client && !m_sirets.isEmpty())
        fetchDecisions();
    else
        startReading();
}

// Every establishment's decisions at once (the network access manager queues them); the
// portfolio is read once the last has answered, with what could be fetched.
void PortfolioWindow::fetchDecisions() {
    m_summary->setText(
        tr("Actualisation des décisions de %n établissement(s)…", nullptr, int(m_sirets.size())));
    auto waiting = std::make_shared<qsizetype>(m_sirets.size());
    for (const QString &siret : std::as_const(m_sirets)) {
        refreshCachedDecisions(*m_client, m_store, siret, this,
                               [this, waiting, siret](const QString &error) {
                                   if (!error.isEmpty())
                                       m_fetchErrors << tr("%1 : %2").arg(siret, error);
                                   if (--*waiting == 0)
                                       startReading();
                               });
    }
}

void PortfolioWindow::startReading() {
    const store::ClaimHistory *history = m_computer.history();
    if (!history) { // the built-in rates table did not read: nothing can be computed
        m_summary->setText(m_computer.error());
        m_busy = false;
        m_refresh->setEnabled(true);
        return;
    }
    m_summary->setText(tr("Lecture du portefeuille…"));
    const store::Store *store = &m_store;
    const QDate today = m_store.now().toLocalTime().date();
    m_reading.setFuture(QtConcurrent::run(
        [store, history, today] { return store::Portfolio(*store, *history).read(today); }));
}

void PortfolioWindow::showRead() {
    const auto result = m_reading.result();
    m_busy = false;
    m_refresh->setEnabled(true);
    if (!result) {
        m_summary->setText(
            tr("Le portefeuille n'a pas pu être lu : %1").arg(result.error().message));
    } else {
        // The row chosen stays chosen across a refresh.
        const QModelIndex current = m_view->currentIndex();
        const qint64 chosen =
            current.isValid()
                ? m_model->entry(m_filter->mapToSource(current).row()).establishment.id
                : 0;
        m_model->setEntries(result.value());
        for (int row = 0; row < m_filter->rowCount(); ++row) {
            const QModelIndex index = m_filter->index(row, 0);
            if (m_model->entry(m_filter->mapToSource(index).row()).establishment.id == chosen ||
                (chosen == 0 && row == 0)) {
                m_view->setCurrentIndex(index);
                break;
            }
        }
        m_view->resizeColumnsToContents();
        updateSummary();
    }
    emit read();
    if (m_readAgain) {
        m_readAgain = false;
        refresh();
    }
}

void PortfolioWindow::updateSummary() {
    if (m_busy)
        return;
    int urgent = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto problem = m_model->entry(row).problem;
        urgent += problem == store::PortfolioProblem::DeadlinePassed ||
                  problem == store::PortfolioProblem::DeadlineNear ||
                  problem == store::PortfolioProblem::ContingentUsedUp;
    }
    // Two sentences, each with its own count for its plural.
    m_summary->setText(
        tr("%n établissement(s) affiché(s) sur %1.", nullptr, m_filter->rowCount())
            .arg(m_model->rowCount()) +
        QLatin1Char(' ') +
        tr("%n à traiter en priorité (délai proche ou dépassé, contingent épuisé).", nullptr,
           urgent) +
        (m_fetchErrors.isEmpty()
             ? QString()
             : QLatin1Char(' ') + tr("Décisions non actualisées (celles gardées sur cet "
                                     "ordinateur sont montrées) pour %1.")
                                      .arg(m_fetchErrors.join(QStringLiteral(" ; ")))));
    m_open->setEnabled(m_filter->rowCount() > 0);
}

void PortfolioWindow::openCurrent() {
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const store::PortfolioEntry &entry = m_model->entry(m_filter->mapToSource(current).row());
    // The claim of the month to file first; else the latest one; else a new one.
    const auto next = entry.nextDeadline();
    const qint64 claim = next && next->claimId != 0 ? next->claimId : entry.latestClaimId;
    if (claim != 0)
        emit openClaimRequested(claim);
    else
        emit createClaimRequested(entry.establishment.id);
}

} // namespace apdesk::ui
