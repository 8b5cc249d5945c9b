#include "embeddedservice.h"

#include "aspservice.h"
#include "secrets.h"

#include <QThread>

#include <utility>

namespace apdesk::aspsim {

EmbeddedService::EmbeddedService(QObject *parent)
    : QObject(parent) {}

EmbeddedService::~EmbeddedService() {
    stop();
}

bool EmbeddedService::start(const ServiceConfig &config) {
    if (isRunning()) {
        return true;
    }
    open(config, false);
    return waitUntilStarted();
}

void EmbeddedService::begin(const ServiceConfig &config) {
    if (std::exchange(m_begun, true)) {
        return;
    }
    open(config, true);
}

void EmbeddedService::open(const ServiceConfig &config, bool announce) {
    if (m_thread) {
        return;
    }
    m_error.clear();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("aspsim"));
    m_host = new QObject;
    m_host->moveToThread(m_thread);
    m_thread->start();
    m_opening = true;
    QMetaObject::invokeMethod(
        m_host,
        [this, config, announce] {
            m_service = AspService::start(config, &m_error);
            if (m_service) {
                m_port = m_service->port();
                m_url = m_service->url();
            }
            m_opened.release();
            if (announce)
                QMetaObject::invokeMethod(this, &EmbeddedService::opened, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

bool EmbeddedService::waitUntilStarted() {
    if (m_opening) {
        m_opened.acquire();
        m_opening = false;
    }
    if (!m_service) {
        stop();
        return false;
    }
    return true;
}

QByteArray EmbeddedService::newAdminSecret() {
    secrets::initialize();
    return secrets::newToken();
}

void EmbeddedService::stop() {
    if (!m_thread) {
        return;
    }
    if (m_opening) {
        m_opened.acquire();
        m_opening = false;
    }
    QMetaObject::invokeMethod(
        m_host, [this] { m_service.reset(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_host;
    m_host = nullptr;
    delete m_thread;
    m_thread = nullptr;
    m_port = 0;
    m_url.clear();
}

} // namespace apdesk::aspsim
