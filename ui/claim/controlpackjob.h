#pragma once

#include "core/expected.h"

#include <QDate>
#include <QFuture>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QProgressDialog;
class QTimer;

namespace apdesk::store {
class ClaimComputer;
}

namespace apdesk::ui {

// « Dossier de contrôle (PDF)… » of the claim window: the claim computed with its reasons and
// its control pack written (exchange::ControlPack) on a worker thread, behind a progress dialog
// whose « Annuler » stops the writing and removes the file. The worker shares only counters with
// this object, which polls them. Destroyed before its end (the window closed, the program
// quitting), the job cancels the writing and waits for the worker, which reads through the
// claims' computer.
class ControlPackJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ControlPackJob)

public:
    // Starts at once; `parent` is the window the progress dialog is modal to.
    ControlPackJob(const store::ClaimComputer &computer, qint64 claimId, const QDate &today,
                   const QString &path, QWidget *parent);
    ~ControlPackJob() override;

    QProgressDialog *progress() const { return m_progress; }
    // The job's progress dialog, not shown (it shows itself after 300 ms of writing).
    static QProgressDialog *makeProgressDialog(QWidget *parent);
    bool wasCancelled() const { return m_shared->cancelled; }

signals:
    // `error` empty: written, `pages` long.
    void finished(const QString &path, int pages, const QString &error);

private:
    struct Shared {
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{0};
        std::atomic<bool> cancelled{false};
    };

    void poll();

    std::shared_ptr<Shared> m_shared;
    QFuture<Expected<int, QString>> m_future;
    QProgressDialog *m_progress = nullptr;
    QTimer *m_poll = nullptr;
};

} // namespace apdesk::ui
