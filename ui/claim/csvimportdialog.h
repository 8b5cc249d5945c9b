#pragma once

#include "exchange/csvproblem.h"
#include "exchange/csvreader.h"

#include <QDialog>
#include <QFutureWatcher>

#include <any>
#include <atomic>
#include <functional>
#include <memory>

class QDialogButtonBox;
class QIODevice;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace apdesk::ui {

class CsvProblemsModel;

// What reading a file gives the preview: its problems and line counts, and what was read (an
// exchange::EmployeeFile, an HoursFile with its match…) for the caller to import.
struct CsvReadOutcome {
    QList<exchange::CsvProblem> problems; // in file order
    int dataLines = 0;                    // lines read after the header
    int invalidLines = 0;                 // lines refused for a blocking problem
    bool cancelled = false;               // the reading was stopped: nothing is to be imported
    QString note;                         // shown under the counts, may be empty
    std::any file;                        // the reader's own result

    int validLines() const { return dataLines - invalidLines; }
};

// The import of a CSV file, whatever it holds: the file is read and checked on a worker thread
// with a progress bar and "Annuler" (the UI thread never waits on a large file), then its
// preview — the count of valid and refused lines and each problem with its line, column and
// message — and "Importer les lignes valides". The dialog writes nothing: on that button it
// emits importRequested(), and its owner writes the lines (one transaction) and then calls
// accept(), or showError() to keep it open with the reason. "Annuler" during the reading stops
// it and closes the dialog; afterwards it closes it. Open it with open() (window-modal).
class CsvImportDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvImportDialog)

public:
    // Runs on the worker thread with the opened file: reads and checks it, calling `progress`
    // with the bytes read (it returns false once the user cancelled: stop and say so in
    // CsvReadOutcome::cancelled). It must not touch widgets or the store's UI-thread objects;
    // capture what it needs by value.
    using Reader =
        std::function<CsvReadOutcome(QIODevice &device, const exchange::ReadProgress &progress)>;

    explicit CsvImportDialog(const QString &title, QWidget *parent = nullptr);
    // Stops a reading still running and waits for the worker to notice (at most a thousand
    // lines).
    ~CsvImportDialog() override;

    // The usual file chooser for CSV files (QFileDialog); empty when the user gave up.
    static QString chooseFile(QWidget *parent, const QString &title);

    // Opens `path` and reads it with `reader` on a worker thread. A file that cannot be opened
    // is said at once in the dialog (false).
    bool start(const QString &path, Reader reader);

    bool isReading() const;
    // Valid once readFinished() was emitted.
    const CsvReadOutcome &outcome() const { return m_outcome; }
    // What the reader put in CsvReadOutcome::file, or null.
    template <typename File> const File *file() const {
        return std::any_cast<File>(&m_outcome.file);
    }
    CsvProblemsModel *problemsModel() const { return m_problems; }
    // The text of the import button ("Importer les lignes valides" by default).
    void setImportText(const QString &text);
    // The owner could not import: shows why; the dialog stays open.
    void showError(const QString &message);
    // "Annuler" (and Escape): during the reading, stops it and closes once the worker stopped.
    void reject() override;

signals:
    // The reading ended (outcome().cancelled when stopped) and the preview is shown.
    void readFinished();
    // "Importer les lignes valides" was chosen: the owner imports outcome().file.
    void importRequested();

private:
    void showPreview();

    CsvProblemsModel *m_problems = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QTableView *m_problemsView = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_cancel = nullptr;
    QFutureWatcher<CsvReadOutcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_stop;
    CsvReadOutcome m_outcome;
    bool m_reading = false;
};

} // namespace apdesk::ui
