#include "aspservice.h"

#include "accountvalidation.h"
#include "apierror.h"
#include "httpserveradapter.h"
#include "routes.h"
#include "schema.h"
#include "secrets.h"
#include "seed.h"
#include "servicecontext.h"

#include "sqlite/database.h"

#include <QFuture>

namespace apdesk::aspsim {

AspService::AspService(const ServiceConfig &config)
    : m_config(config)
    , m_clock(config.clock ? config.clock : std::make_shared<SimClock>()) {}

std::unique_ptr<AspService> AspService::start(const ServiceConfig &config, QString *error) {
    if (!secrets::initialize()) {
        *error = ServiceContext::tr("La bibliothèque libsodium n'a pas pu être initialisée.");
        return nullptr;
    }
    std::unique_ptr<AspService> service(new AspService(config));
    auto opened = sqlite::Database::open(config.databasePath, serviceMigrations());
    if (!opened) {
        *error = opened.problem().message;
        return nullptr;
    }
    service->m_db = opened.take();
    service->m_ctx = std::make_unique<ServiceContext>(config, service->m_db.get(),
                                                      service->m_clock.get(), service.get());
    if (!config.seedJson.isEmpty()) {
        const QString seedError = Seed::apply(*service->m_ctx, config.seedJson);
        if (!seedError.isEmpty()) {
            *error = seedError;
            return nullptr;
        }
    }
    ServiceContext &ctx = *service->m_ctx;
    installDocumentRoutes(service->m_router, ctx);
    installSpaceRoutes(service->m_router, ctx);
    installSessionRoutes(service->m_router, ctx);
    installRecoveryRoutes(service->m_router, ctx);
    installEstablishmentRoutes(service->m_router, ctx);
    if (config.admin) {
        installAdminRoutes(service->m_router, ctx);
    }
    AspService *self = service.get();
    service->m_http = new HttpServerAdapter(
        [self](const HttpRequest &request) { return self->handle(request); }, service.get());
    service->m_port = service->m_http->listen(config.address, config.port);
    if (service->m_port == 0) {
        *error = ServiceContext::tr("Le service ne peut pas écouter sur %1:%2 (%3).")
                     .arg(config.address.toString())
                     .arg(config.port)
                     .arg(service->m_http->errorString());
        return nullptr;
    }
    return service;
}

AspService::~AspService() {
    // Stop taking requests, let the workers finish (their results are then dropped: their
    // continuations belong to this object), then close the database on this same thread.
    delete m_http;
    m_http = nullptr;
    if (m_ctx) {
        m_ctx->pool.waitForDone();
    }
    m_ctx.reset();
    m_db.reset();
}

QUrl AspService::url() const {
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_config.address.toString());
    url.setPort(m_port);
    return url;
}

QFuture<HttpReply> AspService::handle(const HttpRequest &request) {
    if (request.path.startsWith(QLatin1String("/api/")) && !m_ctx->online) {
        return QtFuture::makeReadyFuture(apierror::reply(
            503, QStringLiteral("service_unavailable"),
            ServiceContext::tr("Le service de l'ASP est momentanément indisponible. Vos "
                               "demandes seront envoyées dès son retour.")));
    }
    // Account requests whose validation delay has passed are validated on the way (lazily: the
    // clock only matters when someone asks).
    accountvalidation::processDue(*m_ctx);
    return m_router.dispatch(request);
}

} // namespace apdesk::aspsim
