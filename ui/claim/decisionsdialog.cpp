#include "decisionsdialog.h"

#include "decisionsync.h"
#include "decisiontext.h"
#include "gridtext.h"
#include "widgets/formhelpers.h"

#include "domain/claim/claimchecks.h"
#include "domain/siret.h"
#include "store/claimassembler.h"
#include "store/claimrepository.h"
#include "store/decisioncacherepository.h"
#include "store/store.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace apdesk::ui {

DecisionListModel::DecisionListModel(const store::Store &store, QString siret,
                                     qint64 establishmentId, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_siret(std::move(siret))
    , m_establishmentId(establishmentId) {}

bool DecisionListModel::refresh(QString *error) {
    beginResetModel();
    m_rows.clear();
    const auto decisions = m_store.decisionCache().listForSiret(m_siret);
    const auto claims = m_establishmentId ? m_store.claims().listFor(m_establishmentId)
                                          : store::Result<QList<store::Claim>>::ok({});
    if (decisions && claims) {
        for (const store::CachedDecision &decision : decisions.value()) {
            Row row{
                decision,
                domain::ClaimChecks::filingDeadline(store::ClaimAssembler::toDecision(decision)),
                {}};
            for (const store::Claim &claim : claims.value()) {
                if (claim.decisionNumber == decision.number)
                    row.claimedMonths.append(claim.month);
            }
            std::sort(row.claimedMonths.begin(), row.claimedMonths.end());
            m_rows.append(row);
        }
    } else if (error) {
        *error = !decisions ? decisions.error().message : claims.error().message;
    }
    endResetModel();
    return decisions && claims;
}

int DecisionListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DecisionListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString DecisionListModel::text(const Row &row, int column) const {
    const store::CachedDecision &d = row.decision;
    switch (column) {
    case Number:
        return d.number;
    case Period:
        return tr("du %1 au %2").arg(gridtext::date(d.periodStart), gridtext::date(d.periodEnd));
    case Form:
        return decisiontext::form(d.form);
    case Scheme:
        return decisiontext::scheme(d.scheme);
    case AuthorisedHours:
        return tr("%1 h").arg(gridtext::hours(d.authorisedHours));
    case Headcount:
        return QString::number(d.authorisedHeadcount);
    case Deadline: {
        // Said in words, not by colour alone.
        const qint64 days = m_store.now().date().daysTo(row.deadline);
        if (days < 0)
            return tr("%1 — dépassée").arg(gridtext::date(row.deadline));
        if (days == 0)
            return tr("%1 (aujourd'hui)").arg(gridtext::date(row.deadline));
        return tr("%1 (dans %n jour(s))", nullptr, int(days)).arg(gridtext::date(row.deadline));
    }
    case Claims: {
        if (row.claimedMonths.isEmpty())
            return tr("aucune");
        QStringList months;
        for (const QDate &month : row.claimedMonths)
            months << gridtext::monthYear(month);
        return months.join(QStringLiteral(", "));
    }
    case FetchedAt:
        return QLocale().toString(d.fetchedAt.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm"));
    default:
        return {};
    }
}

QVariant DecisionListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(row, index.column());
    case Qt::AccessibleTextRole:
        return tr("Décision %1, %2 : %3")
            .arg(row.decision.number, headerData(index.column(), Qt::Horizontal).toString(),
                 text(row, index.column()));
    case Qt::TextAlignmentRole:
        if (index.column() == AuthorisedHours || index.column() == Headcount)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant DecisionListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal ||
        (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Décision");
    case Period:
        return tr("Période autorisée");
    case Form:
        return tr("Forme");
    case Scheme:
        return tr("Dispositif");
    case AuthorisedHours:
        return tr("Heures autorisées");
    case Headcount:
        return tr("Salariés");
    case Deadline:
        return tr("Date limite de dépôt");
    case Claims:
        return tr("Demandes sur cet ordinateur");
    case FetchedAt:
        return tr("Enregistrée le");
    default:
        return {};
    }
}

DecisionsDialog::DecisionsDialog(const store::Store &store, const QString &siret,
                                 const QString &name, qint64 establishmentId,
                                 client::AspClient *client, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_siret(siret)
    , m_client(client) {
    setObjectName(QStringLiteral("decisionsDialog"));
    setWindowTitle(tr("Décisions d'autorisation — %1").arg(name));
    auto *heading = new QLabel(
        tr("%1 — SIRET %2\nLes décisions d'autorisation de l'établissement, chacune avec la date "
           "limite "
           "de dépôt des demandes qu'elle couvre. Le code secret figure sur la notification de "
           "décision reçue dans la Messagerie.")
            .arg(name, domain::Siret::formatted(siret)),
        this);
    heading->setWordWrap(true);

    m_model = new DecisionListModel(store, siret, establishmentId, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("decisionsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    auto *listLabel = labelFor(m_view, tr("&Décisions de l'établissement"), this);

    m_message = messageLabel(this);
    m_message->setObjectName(QStringLiteral("decisionsMessage"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    if (m_client) {
        m_fetch = buttons->addButton(tr("&Actualiser"), QDialogButtonBox::ActionRole);
        m_fetch->setObjectName(QStringLiteral("fetchDecisionsButton"));
        connect(m_fetch, &QPushButton::clicked, this, &DecisionsDialog::fetch);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(listLabel);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(1200, 420);

    showCached(QString());
    if (m_client)
        fetch();
}

void DecisionsDialog::fetch() {
    if (!m_client)
        return;
    m_fetch->setEnabled(false);
    showMessage(m_message, tr("Actualisation auprès de l'ASP…"), MessageTone::Neutral);
    refreshCachedDecisions(*m_client, m_store, m_siret, this, [this](const QString &error) {
        m_fetch->setEnabled(true);
        showCached(error);
        emit decisionsRefreshed(error);
    });
}

void DecisionsDialog::showCached(const QString &fetchError) {
    QString readError;
    m_model->refresh(&readError);
    m_view->resizeColumnsToContents();
    if (!readError.isEmpty()) {
        showMessage(m_message, readError, MessageTone::Error);
    } else if (!fetchError.isEmpty()) {
        showMessage(m_message,
                    tr("Les décisions n'ont pas pu être actualisées : %1 Celles enregistrées sur "
                       "cet ordinateur restent utilisables.")
                        .arg(fetchError),
                    MessageTone::Error);
    } else if (m_model->rowCount() == 0) {
        showMessage(m_message,
                    m_client ? tr("Aucune décision pour cet établissement. Une décision arrive "
                                  "après une demande d'autorisation préalable acceptée.")
                             : tr("Aucune décision enregistrée sur cet ordinateur pour cet "
                                  "établissement : connectez-vous pour les récupérer."),
                    MessageTone::Neutral);
    } else {
        showMessage(m_message,
                    m_client ? tr("%n décision(s), à jour.", nullptr, m_model->rowCount())
                             : tr("Hors ligne : %n décision(s) enregistrée(s) sur cet ordinateur.",
                                  nullptr, m_model->rowCount()),
                    MessageTone::Neutral);
    }
}

} // namespace apdesk::ui
