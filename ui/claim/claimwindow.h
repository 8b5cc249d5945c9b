#pragma once

#include "app/appservices.h"

#include <QKeySequence>
#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QMessageBox;
class QTableView;
class QToolBar;

namespace apdesk::store {
class ClaimComputer;
}

namespace apdesk::ui {

class AspStatusDialog;
class CarryOverDialog;
class ChecksModel;
class ControlPackJob;
class CsvImportDialog;
class ClaimDocument;
class GridFooterModel;
class HoursGridEditor;
class HoursGridModel;
class HoursGridView;

// The screen a clerk spends the month in: one claim's hours grid with its totals footer, the
// "Contrôles" panel, the employees of the claim and the import of hours, undo and redo. Every
// change is saved at once; the window has no Save button.
class ClaimWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimWindow)

public:
    // Null with `error` set when the claim cannot be read.
    static ClaimWindow *open(const AppServices &services, const store::ClaimComputer &computer,
                             qint64 claimId, QString *error, QWidget *parent = nullptr);
    ~ClaimWindow() override;

    qint64 claimId() const;
    ClaimDocument *document() const { return m_document.get(); }
    HoursGridModel *gridModel() const { return m_grid; }
    HoursGridView *gridView() const { return m_view; }
    HoursGridEditor *editor() const { return m_editor; }
    ChecksModel *checksModel() const { return m_checks; }
    QTableView *checksView() const { return m_checksView; }
    QTableView *footerView() const { return m_footerView; }

    void explain(int row);
    void openEmployees();
    // « Reprendre le mois précédent… »: the previous month's employees with what changed since,
    // in a window-modal dialog (returned, already open); « Reprendre » writes the clerk's choice
    // as one undo step. Null, with the reason shown, when there is nothing to take.
    CarryOverDialog *carryOverPreviousMonth();
    void importHours();
    // Reads, previews and imports an hours file into the claim (the file chooser's part).
    CsvImportDialog *importHoursFile(const QString &path);
    // « Dossier de contrôle… »: asks where, then writeControlPack.
    void exportControlPack();
    // Writes the claim's control pack to `path` in the background, behind a progress dialog
    // with « Annuler »; controlPackWritten says how it ended.
    ControlPackJob *writeControlPack(const QString &path);
    // Puts the cursor on the cell of the checks panel's problem `row`.
    void goToProblem(int row);
    // "Envoyer à l'UD": a blocking problem stops it (its cell is selected); otherwise, once the
    // clerk confirms (the returned box, already open), the claim is queued, read-only from then
    // on, and leaves as soon as the service answers. Null when nothing is asked.
    QMessageBox *sendToAdministration();
    // "Suivi à l'ASP…": the claim's status and its dated steps at the ASP, fetched now.
    AspStatusDialog *showAspStatus();
    // "Corriger": the next version of this sent claim, made (or found, when it exists already)
    // and announced by correctionOpened. False, with the reason shown, when it cannot be made.
    bool startCorrection();

signals:
    // The claim's employees or hours changed (the list of claims shows its totals).
    void claimChanged(qint64 claimId);
    // The correction of this claim that startCorrection made or found, to open.
    void correctionOpened(qint64 claimId);
    // `error` empty: the control pack was written to `path`.
    void controlPackWritten(const QString &path, const QString &error);

private:
    ClaimWindow(const AppServices &services, const store::ClaimComputer &computer,
                std::unique_ptr<ClaimDocument> document, QWidget *parent);
    void buildActions();
    QAction *stackAction(QToolBar *bar, const QString &text, bool undo,
                         const QList<QKeySequence> &shortcuts);
    void buildGrid();
    void buildChecks();
    void updateHeading();
    void updateActions();
    // In preparation (its month still open), or refused by the ASP.
    bool canBeSent() const;
    void queueForSending();
    void showError(const QString &message);

    AppServices m_services;
    const store::ClaimComputer &m_computer;
    std::unique_ptr<ClaimDocument> m_document;
    HoursGridModel *m_grid = nullptr;
    HoursGridEditor *m_editor = nullptr;
    GridFooterModel *m_footer = nullptr;
    ChecksModel *m_checks = nullptr;
    HoursGridView *m_view = nullptr;
    QTableView *m_footerView = nullptr;
    QTableView *m_checksView = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_checksSummary = nullptr;
    QLabel *m_message = nullptr;
    QAction *m_employeesAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_carryOverAction = nullptr;
    QAction *m_sendAction = nullptr;
    QAction *m_statusAction = nullptr;
};

} // namespace apdesk::ui
