#include "aspstatusdialog.h"

#include "client/aspclient.h"
#include "widgets/formhelpers.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace apdesk::ui {

namespace {

QString euros(qint64 cents) {
    return QLocale().toCurrencyString(double(cents) / 100.0, QStringLiteral("€"));
}

QString dateTime(const QDateTime &at) {
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

AspHistoryModel::AspHistoryModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void AspHistoryModel::setHistory(QList<client::SentClaim::StatusChange> history) {
    beginResetModel();
    m_history = std::move(history);
    endResetModel();
}

int AspHistoryModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_history.size());
}

int AspHistoryModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AspHistoryModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_history.size() ||
        (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return {};
    const client::SentClaim::StatusChange &change = m_history.at(index.row());
    switch (index.column()) {
    case Date:
        return dateTime(change.at);
    case Status:
        return change.label;
    case Reason:
        return change.reason;
    default:
        return {};
    }
}

QVariant AspHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Status:
        return tr("Statut");
    case Reason:
        return tr("Motif");
    default:
        return {};
    }
}

AspStatusDialog::AspStatusDialog(client::AspClient *client, const QString &siret,
                                 const QString &decisionNumber, const QDate &month, int version,
                                 QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_siret(siret)
    , m_decisionNumber(decisionNumber)
    , m_month(month.toString(QStringLiteral("yyyy-MM")))
    , m_version(version) {
    setObjectName(QStringLiteral("aspStatusDialog"));
    setWindowTitle(
        tr("Suivi à l'ASP — %1").arg(QLocale().toString(month, QStringLiteral("MMMM yyyy"))));
    m_summary = new QLabel(tr("Lecture du statut auprès de l'ASP…"), this);
    m_summary->setObjectName(QStringLiteral("aspSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_history = new AspHistoryModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("aspHistoryView"));
    m_view->setModel(m_history);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    auto *label = labelFor(m_view, tr("&Étapes de la demande à l'ASP"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *again = buttons->addButton(tr("&Actualiser"), QDialogButtonBox::ActionRole);
    again->setObjectName(QStringLiteral("refreshAspStatusButton"));
    connect(again, &QPushButton::clicked, this, &AspStatusDialog::refresh);
    m_correct =
        buttons->addButton(tr("&Corriger (nouvelle version)…"), QDialogButtonBox::ActionRole);
    m_correct->setObjectName(QStringLiteral("correctClaimButton"));
    m_correct->setVisible(false);
    connect(m_correct, &QPushButton::clicked, this, &AspStatusDialog::correctionRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(label);
    layout->addWidget(m_view);
    layout->addWidget(buttons);
    resize(640, 360);
    refresh();
}

void AspStatusDialog::refresh() {
    m_client->fetchClaims(
        m_siret,
        client::within(this, [this](const client::Outcome<QList<client::SentClaim>> &answer) {
            if (!answer.isOk()) {
                m_correct->setVisible(false);
                m_summary->setText(
                    tr("Le statut n'a pas pu être lu : %1").arg(answer.error().message));
            } else {
                display(answer.value());
            }
            emit refreshed();
        }));
}

void AspStatusDialog::display(const QList<client::SentClaim> &claims) {
    // The ASP lists the latest version of each month.
    const client::SentClaim *latest = nullptr;
    for (const client::SentClaim &claim : claims) {
        if (claim.decisionNumber == m_decisionNumber && claim.month == m_month)
            latest = &claim;
    }
    const bool finished = latest && latest->version == m_version &&
                          (latest->status == client::SentClaim::Paid ||
                           latest->status == client::SentClaim::Rejected);
    m_correct->setVisible(finished);
    if (!latest || latest->version < m_version) {
        m_summary->setText(
            m_version == 1
                ? tr("L'ASP n'a pas encore reçu cette demande.")
                : tr("L'ASP n'a pas encore reçu la version %1 de cette demande.").arg(m_version));
        m_history->setHistory({});
        return;
    }
    QString text;
    if (latest->version > m_version) {
        text =
            tr("Cette version a été remplacée à l'ASP par la version %1 :").arg(latest->version) +
            QStringLiteral("<br>");
    }
    text += tr("Demande n° %1, version %2 : <b>%3</b>")
                .arg(latest->number.toHtmlEscaped())
                .arg(latest->version)
                .arg(latest->statusLabel.toHtmlEscaped());
    if (!latest->reason.isEmpty())
        text += QStringLiteral("<br>") + tr("Motif : %1").arg(latest->reason.toHtmlEscaped());
    text += QStringLiteral("<br>") +
            tr("Calculé par l'ASP : indemnités %1, allocation %2.")
                .arg(euros(latest->indemnityCents), euros(latest->allocationCents));
    if (latest->paidCents >= 0)
        text += QStringLiteral("<br>") + tr("Montant payé : %1.").arg(euros(latest->paidCents));
    if (finished) {
        text += QStringLiteral("<br>") +
                tr("Une erreur à rectifier se corrige dans une nouvelle version de la demande "
                   "(« Corriger ») : l'ASP la paie en tenant compte de ce qu'elle a déjà payé.");
    }
    m_summary->setText(text);
    m_history->setHistory(latest->history);
    m_view->resizeColumnsToContents();
}

} // namespace apdesk::ui
