#pragma once

#include "serviceconfig.h"

#include <QObject>
#include <QSemaphore>
#include <QString>
#include <QUrl>

#include <memory>

class QThread;

namespace apdesk::aspsim {

class AspService;

// Runs the simulated ASP service on its own thread, for apdesk (embedded default: admin routes
// on, the database a file in the program's data folder) and for tests:
//
//     EmbeddedService service;
//     if (!service.start(config)) { show(service.errorString()); }
//     client.setBaseUrl(service.url());      // the port is known once start() returns
//     ...
//     service.stop();                         // also done by the destructor
//
// The HTTP server and the database connection are created inside the service thread and
// destroyed there before it ends (DESIGN.md, Threads). start() and stop() block the caller while
// the service opens (seed included) or closes; call them from any thread but the service's.
// begin() and waitUntilStarted() are start() in two halves, so that the program builds its
// window on one core while the service opens its database on the other.
class EmbeddedService final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmbeddedService)

public:
    explicit EmbeddedService(QObject *parent = nullptr);
    ~EmbeddedService() override;

    // False (and errorString()) when the database cannot be opened or the port not bound.
    bool start(const ServiceConfig &config);
    // Starts opening the service and returns at once, the first time it is called only (a
    // program that asks again, say from a fallback timer, does not retry an opening that
    // failed); nothing else may be asked of the object
    // (but stop()) before opened() is emitted or waitUntilStarted() is called, which blocks
    // until it is open and says as start().
    void begin(const ServiceConfig &config);
    bool waitUntilStarted();
    void stop();

    bool isRunning() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    // "http://127.0.0.1:PORT"; empty when not running.
    QUrl url() const { return m_url; }
    QString errorString() const { return m_error; }
    // A fresh secret for ServiceConfig::adminSecret: 256 random bits.
    static QByteArray newAdminSecret();

signals:
    // After begin(), on this object's thread: the service has opened, or failed to (then
    // waitUntilStarted() returns at once).
    void opened();

private:
    // Starts opening on the service's thread; `announce`: emit opened() when done.
    void open(const ServiceConfig &config, bool announce);

    QThread *m_thread = nullptr;
    QObject *m_host = nullptr; // lives on m_thread; the service is created and deleted there
    std::unique_ptr<AspService> m_service;
    quint16 m_port = 0;
    QUrl m_url;
    QString m_error;
    // Released by the service thread once AspService::start() returned, whatever it returned:
    // what that thread wrote above is then visible to the waiting one.
    QSemaphore m_opened;
    bool m_opening = false;
    bool m_begun = false; // begin() was called
};

} // namespace apdesk::aspsim
