#include "authorisationdialog.h"

#include "client/aspclient.h"
#include "domain/hours.h"
#include "widgets/formhelpers.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace apdesk::ui {

namespace {

QString shortDate(const QDate &date) {
    return QLocale().toString(date, QLocale::ShortFormat);
}

} // namespace

AuthorisationRequestsModel::AuthorisationRequestsModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void AuthorisationRequestsModel::setRequests(QList<client::AuthorisationRequest> requests) {
    beginResetModel();
    m_requests = std::move(requests);
    endResetModel();
}

int AuthorisationRequestsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_requests.size());
}

int AuthorisationRequestsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuthorisationRequestsModel::formLabel(int form) {
    switch (form) {
    case 1:
        return tr("Réduction horaire, tout l'établissement");
    case 2:
        return tr("Réduction horaire, partie de l'établissement");
    case 3:
        return tr("Fermeture temporaire, tout l'établissement");
    default:
        return tr("Fermeture temporaire, partie de l'établissement");
    }
}

QString AuthorisationRequestsModel::stateText(const client::AuthorisationRequest &r) {
    if (r.state == QLatin1String("accepted"))
        return tr("Acceptée : décision n° %1").arg(r.decisionNumber);
    if (r.state == QLatin1String("refused"))
        return tr("Refusée : %1").arg(r.reason);
    return tr("Envoyée, en attente de réponse");
}

QVariant AuthorisationRequestsModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_requests.size())
        return {};
    const client::AuthorisationRequest &r = m_requests.at(index.row());
    if (role == Qt::TextAlignmentRole && (index.column() == Hours || index.column() == Employees))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Submitted:
        return shortDate(r.submittedAt.toLocalTime().date());
    case Period:
        return tr("du %1 au %2").arg(shortDate(r.periodStart), shortDate(r.periodEnd));
    case Form:
        return formLabel(r.form);
    case Hours:
        return domain::Hours::fromHundredths(r.hours).toString(QLocale());
    case Employees:
        return r.employees;
    case State:
        return stateText(r);
    default:
        return {};
    }
}

QVariant AuthorisationRequestsModel::headerData(int section, Qt::Orientation orientation,
                                                int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Submitted:
        return tr("Envoyée le");
    case Period:
        return tr("Période");
    case Form:
        return tr("Forme");
    case Hours:
        return tr("Heures");
    case Employees:
        return tr("Salariés");
    case State:
        return tr("Réponse de l'administration");
    default:
        return {};
    }
}

AuthorisationDialog::AuthorisationDialog(client::AspClient *client, const QString &siret,
                                         const QString &name, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_siret(siret) {
    setObjectName(QStringLiteral("authorisationDialog"));
    setWindowTitle(tr("Autorisations préalables — %1").arg(name));
    m_model = new AuthorisationRequestsModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("authorisationRequestsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    auto *listLabel = labelFor(m_view, tr("&Liste des demandes d'autorisation"), this);
    m_message = messageLabel(this);
    m_message->setObjectName(QStringLiteral("authorisationMessage"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(listLabel);
    layout->addWidget(m_view, 1);
    layout->addWidget(buildForm());
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(900, 620);
    refresh();
}

QWidget *AuthorisationDialog::buildForm() {
    auto *box = new QGroupBox(tr("Nouvelle demande d'autorisation préalable"), this);
    m_motive = new QComboBox(box);
    m_motive->setObjectName(QStringLiteral("motiveCombo"));
    m_motive->addItem(tr("1 — Conjoncture économique"), 1);
    m_motive->addItem(tr("2 — Difficultés d'approvisionnement en matières premières ou énergie"),
                      2);
    m_motive->addItem(tr("3 — Sinistre ou intempéries de caractère exceptionnel"), 3);
    m_motive->addItem(tr("4 — Transformation, restructuration ou modernisation"), 4);
    m_motive->addItem(tr("5 — Autre circonstance de caractère exceptionnel"), 5);
    const QDate today = QDate::currentDate();
    m_start = new QDateEdit(QDate(today.year(), today.month(), 1), box);
    m_start->setObjectName(QStringLiteral("periodStartEdit"));
    m_start->setCalendarPopup(true);
    m_end = new QDateEdit(QDate(today.year(), today.month(), 1).addMonths(3).addDays(-1), box);
    m_end->setObjectName(QStringLiteral("periodEndEdit"));
    m_end->setCalendarPopup(true);
    m_form = new QComboBox(box);
    m_form->setObjectName(QStringLiteral("formCombo"));
    for (int form = 1; form <= 4; ++form)
        m_form->addItem(AuthorisationRequestsModel::formLabel(form), form);
    m_scheme = new QComboBox(box);
    m_scheme->setObjectName(QStringLiteral("schemeCombo"));
    m_scheme->addItem(tr("Droit commun"), QStringLiteral("common"));
    m_scheme->addItem(tr("Activité partielle de longue durée (APLD)"), QStringLiteral("apld"));
    m_employees = new QSpinBox(box);
    m_employees->setObjectName(QStringLiteral("employeesSpin"));
    m_employees->setRange(1, 1000000);
    m_hours = new QLineEdit(box);
    m_hours->setObjectName(QStringLiteral("hoursEdit"));
    m_hours->setPlaceholderText(tr("par exemple 1 200"));
    m_send = new QPushButton(tr("En&voyer la demande"), box);
    m_send->setObjectName(QStringLiteral("sendAuthorisationButton"));
    connect(m_send, &QPushButton::clicked, this, &AuthorisationDialog::submit);

    auto *form = new QFormLayout(box);
    form->addRow(tr("&Motif *"), m_motive);
    form->addRow(tr("&Début de la période *"), m_start);
    form->addRow(tr("&Fin de la période *"), m_end);
    form->addRow(tr("F&orme de la réduction *"), m_form);
    form->addRow(tr("&Régime *"), m_scheme);
    form->addRow(tr("&Salariés concernés *"), m_employees);
    form->addRow(tr("&Heures demandées *"), m_hours);
    form->addRow(QString(), m_send);
    return box;
}

void AuthorisationDialog::showMessage(const QString &text, bool error) {
    ui::showMessage(m_message, text, error ? MessageTone::Error : MessageTone::Success);
}

void AuthorisationDialog::refresh() {
    m_client->fetchAuthorisationRequests(
        m_siret,
        client::within(
            this, [this](const client::Outcome<QList<client::AuthorisationRequest>> &answer) {
                if (answer.isOk())
                    m_model->setRequests(answer.value());
                else
                    showMessage(
                        tr("Les demandes n'ont pas pu être lues : %1").arg(answer.error().message),
                        true);
                m_view->resizeColumnsToContents();
                emit refreshed();
            }));
}

void AuthorisationDialog::submit() {
    const auto hours = domain::Hours::parse(m_hours->text());
    if (!hours || hours->isZero()) {
        showMessage(tr("Heures demandées : %1")
                        .arg(hours ? tr("un nombre d'heures supérieur à zéro est attendu.")
                                   : hours.error()),
                    true);
        m_hours->setFocus();
        return;
    }
    if (m_end->date() < m_start->date()) {
        showMessage(tr("La fin de la période ne peut pas précéder son début."), true);
        m_end->setFocus();
        return;
    }
    client::AuthorisationRequest request;
    request.motive = m_motive->currentData().toInt();
    request.periodStart = m_start->date();
    request.periodEnd = m_end->date();
    request.form = m_form->currentData().toInt();
    request.scheme = m_scheme->currentData().toString();
    request.employees = m_employees->value();
    request.hours = hours->hundredths();
    m_send->setEnabled(false);
    m_client->submitAuthorisationRequest(
        m_siret, request,
        client::within(this, [this](const client::Outcome<client::AuthorisationRequest> &answer) {
            m_send->setEnabled(true);
            if (!answer.isOk()) {
                QString text = answer.error().message;
                for (const client::FieldError &field : answer.error().fields)
                    text += QLatin1Char('\n') + field.message;
                showMessage(text, true);
                return;
            }
            showMessage(tr("Demande n° %1 envoyée : l'administration répond sous 48 "
                           "heures ; sans réponse, elle est acceptée. La décision et son "
                           "code secret arriveront dans la Messagerie.")
                            .arg(answer.value().id),
                        false);
            emit submitted(answer.value().id);
            refresh();
        }));
}

} // namespace apdesk::ui
