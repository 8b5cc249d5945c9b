#include "controlpackjob.h"

#include "exchange/controlpack.h"
#include "store/claimcomputer.h"
#include "store/claimrepository.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QProgressBar>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent>

namespace apdesk::ui {

QProgressDialog *ControlPackJob::makeProgressDialog(QWidget *parent) {
    auto *progress =
        new QProgressDialog(tr("Écriture du dossier de contrôle…"), tr("Annuler"), 0, 0, parent);
    progress->setObjectName(QStringLiteral("controlPackProgress"));
    // A bar of our own, so that a screen reader names what it measures.
    auto *bar = new QProgressBar;
    bar->setAccessibleName(tr("Avancement de l'écriture du dossier de contrôle"));
    progress->setBar(bar);
    progress->setRange(0, 0);
    progress->setWindowTitle(tr("Dossier de contrôle (PDF)"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    return progress;
}

ControlPackJob::ControlPackJob(const store::ClaimComputer &computer, qint64 claimId,
                               const QDate &today, const QString &path, QWidget *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>()) {
    m_progress = makeProgressDialog(parent);
    connect(m_progress, &QProgressDialog::canceled, this, [this] { m_shared->cancelled = true; });

    using R = Expected<int, QString>;
    auto *watcher = new QFutureWatcher<R>(this);
    connect(watcher, &QFutureWatcher<R>::finished, this, [this, watcher, path] {
        const R written = watcher->result();
        m_poll->stop();
        // Closing a progress dialog emits canceled(): it is not the clerk's « Annuler ».
        disconnect(m_progress, &QProgressDialog::canceled, this, nullptr);
        m_progress->close();
        emit finished(path, written ? written.value() : 0, written ? QString() : written.error());
        deleteLater();
    });
    const std::shared_ptr<Shared> shared = m_shared;
    const store::ClaimComputer *source = &computer;
    m_future = QtConcurrent::run([source, claimId, today, path, shared]() -> R {
        const auto computed = source->compute(claimId, today);
        if (!computed)
            return R::fail(computed.error().message);
        const store::AssembledClaim &assembled = computed->assembled;
        exchange::ControlPackInfo info;
        info.establishmentName = assembled.establishment.name;
        info.decisionKnown = assembled.decisionKnown;
        info.version = assembled.record.version;
        info.status = store::ClaimRepository::statusText(assembled.record.status);
        info.programVersion = QStringLiteral(APDESK_VERSION);
        info.printedAt = QDateTime::currentDateTime();
        return exchange::ControlPack::write(path, info, assembled.claim, computed->result,
                                            [shared](qsizetype done, qsizetype total) {
                                                shared->total = total;
                                                shared->done = done;
                                                return !shared->cancelled.load();
                                            });
    });
    watcher->setFuture(m_future);
    m_poll = new QTimer(this);
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &ControlPackJob::poll);
    m_poll->start();
}

ControlPackJob::~ControlPackJob() {
    m_shared->cancelled = true;
    m_future.waitForFinished();
    delete m_progress;
}

void ControlPackJob::poll() {
    const qint64 total = m_shared->total;
    if (total > 0 && m_progress->maximum() != total)
        m_progress->setMaximum(int(total));
    if (total > 0)
        m_progress->setValue(int(m_shared->done.load()));
}

} // namespace apdesk::ui
