#include "claimwindow.h"

#include "addemployeescommand.h"
#include "aspstatusdialog.h"
#include "carryoverdialog.h"
#include "checksmodel.h"
#include "claimdocument.h"
#include "claimemployeesdialog.h"
#include "controlpackjob.h"
#include "gridfootermodel.h"
#include "gridtext.h"
#include "hoursgrideditor.h"
#include "hoursgridmodel.h"
#include "hoursgridview.h"
#include "hoursimport.h"
#include "sendingmonitor.h"
#include "whyamountdialog.h"
#include "widgets/formhelpers.h"

#include "domain/frenchtext.h"
#include "domain/siret.h"
#include "store/claimcomputer.h"
#include "store/claimrepository.h"
#include "store/store.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace apdesk::ui {

namespace {

// « Salariés de la demande (Ctrl+E) », the shortcut as the platform writes it (⌘E on a Mac).
QString withShortcut(const QString &text, const QKeySequence &shortcut) {
    if (shortcut.isEmpty())
        return text;
    return QStringLiteral("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText));
}

} // namespace

ClaimWindow *ClaimWindow::open(const AppServices &services, const store::ClaimComputer &computer,
                               qint64 claimId, QString *error, QWidget *parent) {
    auto document = ClaimDocument::open(*services.store, computer, claimId, error);
    if (!document)
        return nullptr;
    return new ClaimWindow(services, computer, std::move(document), parent);
}

ClaimWindow::ClaimWindow(const AppServices &services, const store::ClaimComputer &computer,
                         std::unique_ptr<ClaimDocument> document, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_computer(computer)
    , m_document(std::move(document)) {
    setObjectName(QStringLiteral("claimWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_grid = new HoursGridModel(m_document.get(), this);
    m_editor = new HoursGridEditor(m_grid, this);
    m_footer = new GridFooterModel(m_grid, this);
    m_checks = new ChecksModel(m_document.get(), this);

    buildGrid();
    buildChecks();
    buildActions();
    updateHeading();
    resize(1200, 760);
    // The grid is what the clerk works in: the checks panel starts a few lines high.
    if (auto *dock = findChild<QDockWidget *>(QStringLiteral("checksDock")))
        resizeDocks({dock}, {fontMetrics().height() * 10}, Qt::Vertical);

    connect(m_editor, &HoursGridEditor::failed, this, &ClaimWindow::showError);
    connect(m_document.get(), &ClaimDocument::rowsChanged, this, [this] {
        showMessage(m_message, {}, MessageTone::Neutral);
        emit claimChanged(claimId());
    });
    connect(m_document.get(), &ClaimDocument::reloaded, this, [this] {
        // What was said of the claim before (a queued sending, an error) may no longer hold.
        showMessage(m_message, {}, MessageTone::Neutral);
        statusBar()->clearMessage();
        updateHeading();
        updateActions();
        emit claimChanged(claimId());
    });
}

ClaimWindow::~ClaimWindow() {
    // ~QWidget hides the views, and hidden headers still ask the models for their text: the
    // widgets go while the document the models read is alive.
    const auto children = findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(children);
}

qint64 ClaimWindow::claimId() const {
    return m_document->claimId();
}

void ClaimWindow::buildGrid() {
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("claimHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message = messageLabel(this);
    m_message->setObjectName(QStringLiteral("claimMessage"));

    m_view = new HoursGridView(this);
    m_view->setGrid(m_grid, m_editor);
    auto *gridLabel = labelFor(m_view, tr("&Heures des salariés"), this);

    // The totals: a one-row table with the grid's columns, under it, scrolled with it.
    m_footerView = new QTableView(this);
    m_footerView->setObjectName(QStringLiteral("gridFooter"));
    m_footerView->setAccessibleName(tr("Totaux de la demande"));
    m_footerView->setModel(m_footer);
    m_footerView->horizontalHeader()->hide();
    m_footerView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_footerView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_footerView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_footerView->setFocusPolicy(Qt::TabFocus);
    m_footerView->verticalHeader()->setFixedWidth(m_view->verticalHeader()->width());
    m_footerView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_footerView->verticalHeader()->setDefaultSectionSize(
        m_view->verticalHeader()->defaultSectionSize());
    m_footerView->setFixedHeight(m_view->verticalHeader()->defaultSectionSize() +
                                 2 * m_footerView->frameWidth() + 2);
    connect(m_view->horizontalScrollBar(), &QScrollBar::valueChanged,
            m_footerView->horizontalScrollBar(), &QScrollBar::setValue);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, m_footerView,
            [this](int column, int, int size) { m_footerView->setColumnWidth(column, size); });
    // Each column as wide as its header's longest line ("Sem. 06/04–12/04", "Indemnisables")
    // and its widest figure, so that no header is cut.
    const auto fitColumns = [this] {
        const QFontMetrics header(m_view->horizontalHeader()->font());
        const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
        for (int c = 0; c < m_grid->columnCount(); ++c) {
            const bool amount = m_grid->column(c).week < 0 && c != 0;
            int width = digit * (amount ? 14 : 7);
            const QStringList lines =
                m_grid->headerData(c, Qt::Horizontal).toString().split(QLatin1Char('\n'));
            for (const QString &line : lines)
                width = std::max(width, header.horizontalAdvance(line) + 2 * digit);
            m_view->setColumnWidth(c, width);
        }
        m_view->horizontalHeader()->setFixedHeight(m_view->fontMetrics().height() * 2 + 12);
    };
    fitColumns();
    connect(m_grid, &QAbstractItemModel::modelReset, this, fitColumns);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_heading);
    layout->addWidget(m_message);
    layout->addWidget(gridLabel);
    layout->addWidget(m_view, 1);
    layout->setSpacing(4);
    layout->addWidget(m_footerView);
    setCentralWidget(central);
    connect(m_view, &HoursGridView::explainRequested, this, &ClaimWindow::explain);
    if (m_grid->rowCount() > 0)
        m_view->setCurrentIndex(m_grid->index(0, 0));
}

void ClaimWindow::buildChecks() {
    auto *dock = new QDockWidget(tr("Contrôles"), this);
    dock->setObjectName(QStringLiteral("checksDock"));
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    auto *panel = new QWidget(dock);
    m_checksSummary = new QLabel(panel);
    m_checksSummary->setObjectName(QStringLiteral("checksSummary"));
    m_checksView = new QTableView(panel);
    m_checksView->setObjectName(QStringLiteral("checksView"));
    m_checksView->setModel(m_checks);
    m_checksView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_checksView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_checksView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_checksView->setWordWrap(false);
    m_checksView->verticalHeader()->hide();
    m_checksView->horizontalHeader()->setStretchLastSection(true);
    m_checksView->setColumnWidth(ChecksModel::Level, 130);
    m_checksView->setColumnWidth(ChecksModel::Employee, 180);
    m_checksView->setColumnWidth(ChecksModel::Week, 100);
    auto *label = labelFor(m_checksView, tr("&Contrôles"), panel);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(6, 4, 6, 4);
    auto *top = new QHBoxLayout;
    top->addWidget(label);
    top->addWidget(m_checksSummary, 1);
    layout->addLayout(top);
    layout->addWidget(m_checksView);
    dock->setWidget(panel);
    addDockWidget(Qt::BottomDockWidgetArea, dock);

    const auto summarise = [this] {
        m_checksSummary->setText(m_checks->summary());
        m_checksSummary->setAccessibleName(m_checks->summary());
    };
    summarise();
    connect(m_checks, &ChecksModel::refreshed, this, summarise);
    // Enter or a double click on a problem goes to its cell.
    connect(m_checksView, &QTableView::activated, this,
            [this](const QModelIndex &index) { goToProblem(index.row()); });
}

void ClaimWindow::buildActions() {
    auto *bar = new QToolBar(tr("Demande"), this);
    bar->setObjectName(QStringLiteral("claimToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_employeesAction = bar->addAction(tr("&Salariés…"), this, &ClaimWindow::openEmployees);
    m_employeesAction->setObjectName(QStringLiteral("employeesAction"));
    m_employeesAction->setToolTip(
        withShortcut(tr("Salariés de la demande"), m_employeesAction->shortcut()));
    m_employeesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_importAction = bar->addAction(tr("&Importer des heures…"), this, &ClaimWindow::importHours);
    m_importAction->setObjectName(QStringLiteral("importHoursAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_carryOverAction = bar->addAction(tr("Reprendre le &mois précédent…"), this,
                                       [this] { carryOverPreviousMonth(); });
    m_carryOverAction->setObjectName(QStringLiteral("carryOverAction"));
    m_carryOverAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    bar->addSeparator();

    QAction *undo =
        stackAction(bar, tr("Annuler"), true, QKeySequence::keyBindings(QKeySequence::Undo));
    undo->setObjectName(QStringLiteral("undoAction"));
    QAction *redo = stackAction(bar, tr("Rétablir"), false,
                                QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Y)} +
                                    QKeySequence::keyBindings(QKeySequence::Redo));
    redo->setObjectName(QStringLiteral("redoAction"));
    bar->addSeparator();
    QAction *why = bar->addAction(tr("Pourquoi ce montant ?"), this, [this] {
        if (m_view->currentIndex().isValid())
            explain(m_view->currentIndex().row());
    });
    why->setObjectName(QStringLiteral("explainToolAction"));
    // Its shortcut belongs to the grid (where the current employee is): said in the tooltip.
    why->setToolTip(withShortcut(why->text(), QKeySequence(Qt::CTRL | Qt::Key_I)));
    QAction *checks = new QAction(tr("Aller aux contrôles"), this);
    checks->setShortcut(QKeySequence(Qt::Key_F6));
    connect(checks, &QAction::triggered, this, [this] {
        (m_checksView->hasFocus() ? static_cast<QWidget *>(m_view) : m_checksView)->setFocus();
    });
    addAction(checks);
    bar->addSeparator();
    m_sendAction = bar->addAction(tr("En&voyer à l'UD…"), this, [this] { sendToAdministration(); });
    m_sendAction->setObjectName(QStringLiteral("sendAction"));
    m_sendAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_statusAction = bar->addAction(tr("Suivi à l'&ASP…"), this, [this] { showAspStatus(); });
    m_statusAction->setObjectName(QStringLiteral("aspStatusAction"));
    bar->addSeparator();
    QAction *pack =
        bar->addAction(tr("&Dossier de contrôle…"), this, &ClaimWindow::exportControlPack);
    pack->setObjectName(QStringLiteral("controlPackAction"));
    pack->setToolTip(
        withShortcut(tr("Dossier de contrôle de la demande, en PDF"), pack->shortcut()));
    pack->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    // The « » » button a narrow window shows for the actions that do not fit.
    if (auto *more = bar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button")))
        more->setAccessibleName(tr("Autres actions de la demande"));
    addToolBar(Qt::TopToolBarArea, bar);
    updateActions();
}

// « Annuler » or « Rétablir », in `bar`, with what it would undo or redo in its tooltip and its
// button's accessible description (« Annuler : Collage de 3 × 2 cases (Ctrl+Z) »), not in its
// text: QUndoStack's own actions put it there, and the tool bar then no longer had room for
// « Envoyer à l'UD… ».
QAction *ClaimWindow::stackAction(QToolBar *bar, const QString &text, bool undo,
                                  const QList<QKeySequence> &shortcuts) {
    QUndoStack *stack = m_editor->undoStack();
    auto *action = bar->addAction(text);
    action->setShortcuts(shortcuts);
    QWidget *button = bar->widgetForAction(action);
    const auto describe = [action, button, text](const QString &step) {
        const QString what = step.isEmpty() ? text : tr("%1 : %2").arg(text, step);
        action->setToolTip(withShortcut(what, action->shortcut()));
        if (button)
            button->setAccessibleDescription(what);
    };
    if (undo) {
        connect(action, &QAction::triggered, stack, &QUndoStack::undo);
        connect(stack, &QUndoStack::canUndoChanged, action, &QAction::setEnabled);
        connect(stack, &QUndoStack::undoTextChanged, action, describe);
        action->setEnabled(stack->canUndo());
        describe(stack->undoText());
    } else {
        connect(action, &QAction::triggered, stack, &QUndoStack::redo);
        connect(stack, &QUndoStack::canRedoChanged, action, &QAction::setEnabled);
        connect(stack, &QUndoStack::redoTextChanged, action, describe);
        action->setEnabled(stack->canRedo());
        describe(stack->redoText());
    }
    return action;
}

void ClaimWindow::updateActions() {
    const bool editable = m_document->isEditable();
    m_employeesAction->setEnabled(editable);
    m_importAction->setEnabled(editable);
    m_carryOverAction->setEnabled(editable);
    m_sendAction->setEnabled(m_services.sending && canBeSent());
    const store::ClaimStatus status = m_document->assembled().record.status;
    m_statusAction->setEnabled(m_services.client && (status == store::ClaimStatus::Sent ||
                                                     status == store::ClaimStatus::Refused));
}

AspStatusDialog *ClaimWindow::showAspStatus() {
    if (!m_statusAction->isEnabled())
        return nullptr;
    const store::AssembledClaim &a = m_document->assembled();
    auto *dialog =
        new AspStatusDialog(m_services.client, a.establishment.siret, a.record.decisionNumber,
                            a.record.month, a.record.version, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AspStatusDialog::correctionRequested, this, [this, dialog] {
        if (startCorrection())
            dialog->accept();
    });
    dialog->open();
    return dialog;
}

bool ClaimWindow::startCorrection() {
    const store::Claim &record = m_document->assembled().record;
    const auto created = m_services.store->claims().createCorrection(record.id);
    if (created) {
        emit correctionOpened(created->id);
        return true;
    }
    if (created.error().kind == store::ErrorKind::Duplicate) {
        // Asked for again: the correction made the first time is the one to work on.
        if (const auto claims = m_services.store->claims().listFor(record.establishmentId)) {
            for (const store::Claim &claim : claims.value()) {
                if (claim.decisionNumber == record.decisionNumber && claim.month == record.month &&
                    claim.version == record.version + 1) {
                    emit correctionOpened(claim.id);
                    return true;
                }
            }
        }
    }
    showError(created.error().message);
    return false;
}

bool ClaimWindow::canBeSent() const {
    const store::ClaimStatus status = m_document->assembled().record.status;
    return status == store::ClaimStatus::Refused ||
           (status == store::ClaimStatus::Preparation && m_document->isEditable());
}

QMessageBox *ClaimWindow::sendToAdministration() {
    if (!m_services.sending || !canBeSent())
        return nullptr;
    // The document's own count: the panel catches up with edits a moment later.
    if (const int blocking = m_document->blockingCount(); blocking > 0) {
        showError(tr("La demande n'est pas envoyée : %n problème(s) bloquant(s) à corriger "
                     "d'abord (panneau « Contrôles »).",
                     nullptr, blocking));
        m_checks->refresh();
        goToProblem(0); // blocking problems come first
        return nullptr;
    }
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Envoyer à l'UD"),
                        domain::frenchtext::elideBeforeMonths(
                            tr("Une fois envoyée, la demande de %1 ne pourra plus être "
                               "modifiée. Elle partira dès que le service de l'ASP "
                               "répondra, une seule fois même si l'envoi est "
                               "interrompu.\n\nEnvoyer la demande ?")
                                .arg(gridtext::monthYear(m_document->assembled().record.month))),
                        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("sendConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *send = box->addButton(tr("&Envoyer"), QMessageBox::AcceptRole);
    send->setObjectName(QStringLiteral("confirmSendButton"));
    box->addButton(tr("Annuler"), QMessageBox::RejectRole);
    box->setDefaultButton(send);
    connect(box, &QMessageBox::finished, this, [this, box, send] {
        if (box->clickedButton() == send)
            queueForSending();
    });
    box->open();
    return box;
}

void ClaimWindow::queueForSending() {
    QString error;
    if (!m_services.sending->send(claimId(), &error)) {
        showError(error);
        return;
    }
    if (!m_document->reload(&error)) {
        showError(error);
        return;
    }
    showMessage(m_message,
                tr("La demande est dans la file d'envoi : elle ne se modifie plus et partira dès "
                   "que le service de l'ASP répondra."),
                MessageTone::Neutral);
    emit claimChanged(claimId());
}

void ClaimWindow::updateHeading() {
    const store::AssembledClaim &a = m_document->assembled();
    const domain::Decision &d = a.claim.decision;
    const QString month = gridtext::monthYear(a.record.month);
    setWindowTitle(
        a.record.version == 1
            ? domain::frenchtext::elideBeforeMonths(tr("Demande de %1 — %2").arg(month))
                  .arg(a.establishment.name)
            : domain::frenchtext::elideBeforeMonths(tr("Demande de %1, version %2 — %3").arg(month))
                  .arg(a.record.version)
                  .arg(a.establishment.name));
    QString decision;
    if (a.decisionKnown) {
        decision = tr("Décision %1 : %2, du %3 au %4, %5 h autorisées.")
                       .arg(d.number,
                            d.form == domain::ReductionForm::TemporaryClosure
                                ? tr("fermeture temporaire (heures chômées saisies)")
                                : tr("réduction de l'horaire (heures travaillées saisies)"),
                            QLocale().toString(d.start, QLocale::ShortFormat),
                            QLocale().toString(d.end, QLocale::ShortFormat),
                            gridtext::hours(d.authorisedHours));
    } else {
        decision = tr("Décision %1 : inconnue de cet ordinateur (connectez-vous pour la "
                      "récupérer) ; la demande est calculée comme une réduction d'horaire.")
                       .arg(a.record.decisionNumber);
    }
    QString state;
    switch (a.record.status) {
    case store::ClaimStatus::Queued:
        state = tr("En file d'envoi : la demande partira dès que le service de l'ASP répondra ; "
                   "elle ne se modifie plus.");
        break;
    case store::ClaimStatus::Sent:
        state = tr("Envoyée à l'ASP : la demande ne se modifie plus.");
        break;
    case store::ClaimStatus::Refused:
        state = tr("Refusée par l'ASP (le motif est dans la messagerie) : elle peut être "
                   "envoyée de nouveau.");
        break;
    case store::ClaimStatus::Preparation:
        state = m_document->isEditable()
                    ? tr("En préparation : chaque saisie est enregistrée aussitôt.")
                    : tr("Ce mois ne peut plus être modifié.");
        break;
    }
    m_heading->setText(domain::frenchtext::elideBeforeMonths(
                           tr("<b>Demande d'indemnisation de %1</b> — %2, SIRET %3<br>%4<br>%5")
                               .arg(month.toHtmlEscaped()))
                           .arg(a.establishment.name.toHtmlEscaped(),
                                domain::Siret::formatted(a.establishment.siret),
                                decision.toHtmlEscaped(), state.toHtmlEscaped()));
}

void ClaimWindow::showError(const QString &message) {
    showMessage(m_message, message, MessageTone::Error);
    statusBar()->showMessage(message, 15000);
}

void ClaimWindow::explain(int row) {
    if (row < 0 || row >= m_document->rowCount())
        return;
    auto *dialog = new WhyAmountDialog(*m_document, row, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ClaimWindow::goToProblem(int row) {
    if (row < 0 || row >= m_checks->rowCount())
        return;
    const QModelIndex cell = m_grid->indexOf(m_checks->problem(row));
    if (!cell.isValid()) {
        statusBar()->showMessage(m_checks->problem(row).message, 15000);
        return;
    }
    m_view->setCurrentIndex(cell);
    m_view->scrollTo(cell);
    m_view->setFocus();
}

void ClaimWindow::openEmployees() {
    auto *dialog = new ClaimEmployeesDialog(*m_services.store, *m_document, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ClaimWindow::exportControlPack() {
    const QString suggested =
        tr("dossier-controle-%1.pdf")
            .arg(m_document->assembled().record.month.toString(QStringLiteral("yyyy-MM")));
    const QString path = QFileDialog::getSaveFileName(this, tr("Dossier de contrôle (PDF)"),
                                                      suggested, tr("Documents PDF (*.pdf)"));
    if (!path.isEmpty())
        writeControlPack(path);
}

ControlPackJob *ClaimWindow::writeControlPack(const QString &path) {
    auto *job = new ControlPackJob(m_computer, claimId(),
                                   m_services.store->now().toLocalTime().date(), path, this);
    connect(job, &ControlPackJob::finished, this,
            [this, job](const QString &written, int pages, const QString &error) {
                if (error.isEmpty())
                    statusBar()->showMessage(
                        tr("Dossier de contrôle écrit : %1 (%n page(s)).", nullptr, pages)
                            .arg(QDir::toNativeSeparators(written)),
                        15000);
                else if (job->wasCancelled())
                    statusBar()->showMessage(error, 15000);
                else
                    QMessageBox::warning(this, tr("Dossier de contrôle (PDF)"), error);
                emit controlPackWritten(written, error);
            });
    return job;
}

CarryOverDialog *ClaimWindow::carryOverPreviousMonth() {
    if (!m_document->isEditable())
        return nullptr;
    auto plan = store::CarryOver(*m_services.store).plan(claimId());
    if (!plan) {
        showError(plan.error().message);
        return nullptr;
    }
    const QString previous = gridtext::monthYear(plan->previous.month);
    auto *dialog = new CarryOverDialog(std::move(plan).value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, previous] {
        auto command = std::make_unique<AddEmployeesCommand>(
            *m_services.store, *m_document, dialog->change(), QString(),
            [this](const QString &error) { showError(error); });
        if (!command->applyNow()) {
            showError(command->error());
            return;
        }
        const int taken = int(command->added().size());
        command->setText(domain::frenchtext::elideBeforeMonths(
            tr("Reprise de %n salarié(s) de %1", nullptr, taken).arg(previous)));
        m_editor->undoStack()->push(command.release());
        statusBar()->showMessage(
            domain::frenchtext::elideBeforeMonths(
                tr("%n salarié(s) repris de %1 ; Ctrl+Z annule la reprise.", nullptr, taken)
                    .arg(previous)),
            15000);
    });
    dialog->open();
    return dialog;
}

void ClaimWindow::importHours() {
    const QString path = CsvImportDialog::chooseFile(this, tr("Importer des heures"));
    if (!path.isEmpty())
        importHoursFile(path);
}

CsvImportDialog *ClaimWindow::importHoursFile(const QString &path) {
    if (!m_document->isEditable())
        return nullptr;
    auto *dialog = new CsvImportDialog(tr("Importer des heures dans la demande"), this);
    dialog->setObjectName(QStringLiteral("hoursImportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CsvImportDialog::importRequested, this, [this, dialog] {
        const auto *file = dialog->file<HoursToImport>();
        if (!file)
            return;
        auto command =
            std::make_unique<HoursImportCommand>(*m_services.store, *m_document, file->lines);
        if (!command->importNow()) {
            dialog->showError(command->error());
            return;
        }
        // One step of the undo stack, the employees the file brought included.
        m_editor->undoStack()->push(command.release());
        dialog->accept();
    });
    dialog->open();
    dialog->start(path, hoursReader(*m_services.store, *m_document));
    return dialog;
}

} // namespace apdesk::ui
