#include "aspservice.h"

#include "accountvalidation.h"
#include "apierror.h"
#include "authorisationdecisions.h"
#include "claiminstruction.h"
#include "httpserveradapter.h"
#include "routes.h"
#include "schema.h"
#include "secrets.h"
#include "seed.h"
#include "servicecontext.h"

#include "sqlite/database.h"

#include <QCoreApplication>
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
    sqlite::OpenOptions options;
    options.mark = sqlite::FileMark::serviceDatabase();
    auto opened = sqlite::Database::open(config.databasePath, serviceMigrations(), options);
    if (!opened) {
        *error = opened.error().message;
        return nullptr;
    }
    service->m_db = std::move(opened).value();
    service->m_ctx = std::make_unique<ServiceContext>(config, service->m_db.get(),
                                                      service->m_clock.get(), service.get());
    if (!service->m_ctx->rates) {
        *error = ServiceContext::tr("La table des taux intégrée au service ne se lit pas.");
        return nullptr;
    }
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
    installDecisionRoutes(service->m_router, ctx);
    installClaimRoutes(service->m_router, ctx);
    installAuthorisationRoutes(service->m_router, ctx);
    if (config.admin) {
        installAdminRoutes(service->m_router, ctx);
        installDecisionAdminRoutes(service->m_router, ctx);
        installClaimAdminRoutes(service->m_router, ctx);
        installAuthorisationAdminRoutes(service->m_router, ctx);
    }
    AspService *self = service.get();
    service->m_http = new HttpServerAdapter(
        [self](const HttpRequest &request) { return self->handle(request); }, service.get());
    service->m_port = service->m_http->listen(config.address, config.port, config.limits);
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
    // What the workers started ends before anything goes. Their continuations run on this
    // thread, delivered to this object and to the HTTP side, and Qt 6.4 asserts that such a
    // context still exists when its work ends — also when the undelivered continuation is
    // dropped with this object. So wait for the workers and deliver what they left (requests in
    // flight get their answers; this thread takes no new request meanwhile), until none is left.
    // Then the HTTP side goes, and the database closes on this same thread.
    if (m_ctx) {
        do {
            m_ctx->pool.waitForDone();
            QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
            QCoreApplication::sendPostedEvents(m_http, QEvent::MetaCall);
        } while (m_ctx->pool.activeThreadCount() > 0);
    }
    delete m_http;
    m_http = nullptr;
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
    if (request.path.startsWith(QLatin1String("/sim/")) && !m_ctx->config.adminSecret.isEmpty() &&
        !secrets::sameSecret(request.simAdmin, m_ctx->config.adminSecret)) {
        return QtFuture::makeReadyFuture(apierror::reply(
            403, QStringLiteral("admin_secret_required"),
            ServiceContext::tr("Les routes d'administration de ce service sont réservées au "
                               "programme qui l'a démarré.")));
    }
    if (request.path.startsWith(QLatin1String("/api/")) && !m_ctx->online) {
        return QtFuture::makeReadyFuture(apierror::reply(
            503, QStringLiteral("service_unavailable"),
            ServiceContext::tr("Le service de l'ASP est momentanément indisponible. Vos "
                               "demandes seront envoyées dès son retour.")));
    }
    // Account requests whose validation delay has passed are validated on the way (lazily: the
    // clock only matters when someone asks).
    accountvalidation::processDue(*m_ctx);
    authorisationdecisions::processDue(*m_ctx);
    claiminstruction::processDue(*m_ctx);
    return m_router.dispatch(request);
}

} // namespace apdesk::aspsim
