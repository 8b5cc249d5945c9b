#include "csvimportdialog.h"

#include "csvproblemsmodel.h"
#include "widgets/formhelpers.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace apdesk::ui {

namespace {

constexpr int progressRange = 1000;

CsvReadOutcome readFile(const QString &path, const CsvImportDialog::Reader &reader,
                        const std::shared_ptr<std::atomic_bool> &stop,
                        QPromise<CsvReadOutcome> &promise) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CsvReadOutcome outcome;
        exchange::CsvProblem problem;
        problem.message = CsvImportDialog::tr("Le fichier « %1 » ne peut pas être lu : %2.")
                              .arg(QDir::toNativeSeparators(path), file.errorString());
        outcome.problems << problem;
        return outcome;
    }
    const qint64 size = qMax<qint64>(1, file.size());
    promise.setProgressRange(0, progressRange);
    const exchange::ReadProgress progress = [&](qint64 bytesRead) {
        promise.setProgressValue(int(qMin<qint64>(progressRange, bytesRead * progressRange / size)));
        return !stop->load();
    };
    CsvReadOutcome outcome = reader(file, progress);
    if (stop->load())
        outcome.cancelled = true;
    return outcome;
}

} // namespace

CsvImportDialog::CsvImportDialog(const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_stop(std::make_shared<std::atomic_bool>(false)) {
    setObjectName(QStringLiteral("csvImportDialog"));
    setWindowTitle(title);
    setWindowModality(Qt::WindowModal);

    m_fileLabel = new QLabel(this);
    m_fileLabel->setObjectName(QStringLiteral("importFile"));
    m_fileLabel->setWordWrap(true);
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("importSummary"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, progressRange);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Lecture du fichier"));

    m_problems = new CsvProblemsModel(this);
    m_problemsView = new QTableView(this);
    m_problemsView->setObjectName(QStringLiteral("importProblems"));
    m_problemsView->setModel(m_problems);
    m_problemsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problemsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problemsView->setWordWrap(true);
    m_problemsView->verticalHeader()->hide();
    m_problemsView->horizontalHeader()->setStretchLastSection(true);
    m_problemsView->setColumnWidth(CsvProblemsModel::Line,
                                   fontMetrics().horizontalAdvance(QStringLiteral("Ligne 00000")));
    m_problemsView->setColumnWidth(CsvProblemsModel::FileColumn,
                                   fontMetrics().horizontalAdvance(QStringLiteral("00 (Heures hebdomadaires)  ")));
    m_problemsView->setColumnWidth(CsvProblemsModel::Level,
                                   fontMetrics().horizontalAdvance(QStringLiteral("Avertissement  ")));
    auto *problemsLabel = labelFor(m_problemsView, tr("&Problèmes du fichier"), this);

    m_message = messageLabel(this);
    m_message->setObjectName(QStringLiteral("importMessage"));

    m_buttons = new QDialogButtonBox(this);
    m_import = m_buttons->addButton(tr("&Importer les lignes valides"),
                                    QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importValidLines"));
    m_import->setEnabled(false);
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setText(tr("Annuler"));
    m_cancel->setObjectName(QStringLiteral("importCancel"));
    connect(m_import, &QPushButton::clicked, this, [this] {
        showMessage(m_message, {}, MessageTone::Neutral);
        m_import->setEnabled(false);
        emit importRequested();
    });
    connect(m_cancel, &QPushButton::clicked, this, &CsvImportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_fileLabel);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(problemsLabel);
    layout->addWidget(m_problemsView, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(760, 440);

    connect(&m_watcher, &QFutureWatcher<CsvReadOutcome>::progressValueChanged, m_progress,
            &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcher<CsvReadOutcome>::finished, this,
            &CsvImportDialog::showPreview);
}

CsvImportDialog::~CsvImportDialog() {
    m_stop->store(true);
    m_watcher.waitForFinished();
}

QString CsvImportDialog::chooseFile(QWidget *parent, const QString &title) {
    return QFileDialog::getOpenFileName(parent, title, QString(),
                                        tr("Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)"));
}

bool CsvImportDialog::start(const QString &path, Reader reader) {
    m_fileLabel->setText(tr("Fichier : %1").arg(QDir::toNativeSeparators(path)));
    if (!QFileInfo(path).isReadable()) {
        m_progress->hide();
        showError(tr("Le fichier « %1 » ne peut pas être lu.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    m_reading = true;
    m_stop->store(false);
    m_outcome = {};
    m_problems->setProblems({});
    m_progress->setValue(0);
    m_progress->show();
    m_status->setText(tr("Lecture et contrôle du fichier…"));
    m_import->setEnabled(false);
    auto stop = m_stop;
    m_watcher.setFuture(QtConcurrent::run(
        [path, reader = std::move(reader), stop](QPromise<CsvReadOutcome> &promise) {
            promise.addResult(readFile(path, reader, stop, promise));
        }));
    return true;
}

bool CsvImportDialog::isReading() const {
    return m_reading;
}

void CsvImportDialog::setImportText(const QString &text) {
    m_import->setText(text);
}

void CsvImportDialog::showError(const QString &message) {
    showMessage(m_message, message, MessageTone::Error);
    m_import->setEnabled(!m_reading && !m_outcome.cancelled && m_outcome.validLines() > 0);
}

void CsvImportDialog::reject() {
    if (m_reading) {
        m_stop->store(true);
        m_cancel->setEnabled(false);
        m_status->setText(tr("Arrêt de la lecture…"));
        return; // closes once the worker stopped (showPreview)
    }
    QDialog::reject();
}

void CsvImportDialog::showPreview() {
    m_reading = false;
    m_outcome = m_watcher.future().resultCount() > 0 ? m_watcher.future().result()
                                                     : CsvReadOutcome{};
    m_progress->setValue(progressRange);
    m_progress->hide();
    m_cancel->setEnabled(true);
    if (m_outcome.cancelled) {
        emit readFinished();
        QDialog::reject();
        return;
    }
    m_problems->setProblems(m_outcome.problems);
    m_problemsView->resizeRowsToContents();
    QString summary = tr("%n ligne(s) lue(s)", nullptr, m_outcome.dataLines) +
                      QStringLiteral(" : ") +
                      tr("%n ligne(s) valide(s)", nullptr, m_outcome.validLines()) +
                      QStringLiteral(", ") +
                      tr("%n ligne(s) refusée(s)", nullptr, m_outcome.invalidLines) +
                      QStringLiteral(".");
    if (!m_outcome.note.isEmpty())
        summary += QLatin1Char('\n') + m_outcome.note;
    m_status->setText(summary);
    m_status->setAccessibleName(summary);
    m_import->setEnabled(m_outcome.validLines() > 0);
    if (m_import->isEnabled())
        m_import->setDefault(true);
    emit readFinished();
}

} // namespace apdesk::ui
