#pragma once

#include "httpmessage.h"
#include "router.h"
#include "serviceconfig.h"
#include "simclock.h"

#include <QFuture>
#include <QObject>
#include <QUrl>

#include <memory>

namespace apdesk::sqlite {
class Database;
}

namespace apdesk::aspsim {

class HttpServerAdapter;
class ServiceContext;

// The simulated ASP service: its database (through app/sqlite), its routes, its HTTP server.
// Everything it owns lives on the thread that called start(), which must run an event loop and
// must also destroy it (EmbeddedService does both on its own QThread; apdesk-asp-sim on the main
// thread).
class AspService final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AspService)

public:
    // Opens the database, applies the seed and listens. nullptr and a French *error on failure.
    static std::unique_ptr<AspService> start(const ServiceConfig &config, QString *error);
    ~AspService() override;

    quint16 port() const { return m_port; }
    // "http://127.0.0.1:PORT" (the address listened on).
    QUrl url() const;

private:
    explicit AspService(const ServiceConfig &config);
    QFuture<HttpReply> handle(const HttpRequest &request);

    ServiceConfig m_config;
    std::shared_ptr<SimClock> m_clock;
    std::unique_ptr<sqlite::Database> m_db;
    std::unique_ptr<ServiceContext> m_ctx;
    Router m_router;
    HttpServerAdapter *m_http = nullptr;
    quint16 m_port = 0;
};

} // namespace apdesk::aspsim
