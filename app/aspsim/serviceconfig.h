#pragma once

#include "connectionlimits.h"

#include <QByteArray>
#include <QHostAddress>
#include <QString>

#include <memory>

namespace apdesk::aspsim {

class SimClock;

// How a simulated ASP service runs (the options of apdesk-asp-sim, or what apdesk passes when it
// embeds the service).
struct ServiceConfig {
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0; // 0: a free port the system picks
    QString databasePath;
    bool admin = false; // the /sim routes (mailbox, clock, captcha answers, network switch)
    // Non-empty: the /sim routes answer only requests that carry it in an X-Sim-Admin header
    // (403 otherwise). The program sets one per run for its embedded service, so that no other
    // local process reads its temporary passwords or moves its clock (issue 17); empty (the
    // standalone apdesk-asp-sim --admin, tests): the routes are open to whoever reaches the port.
    QByteArray adminSecret;
    qint64 validationDelaySecs = 0; // service time the ASP takes to validate an account request
    QByteArray seedJson;            // pre-existing accounts and establishments (see docs/aspsim.md)
    // Every establishment created by an account validation gets an accepted demo decision (this
    // calendar year of service time, 10,000 hours, 50 employees) and its notification mail, so
    // that claims can be tried at once. apdesk turns it on for its embedded service;
    // apdesk-asp-sim with --demo-decisions.
    bool demoDecisions = false;
    // The service's clock, when the caller wants to hold it too (tests, a program without the
    // admin routes); null: the service has its own. SimClock is safe to move from any thread;
    // what became due is then handled at the next request.
    std::shared_ptr<SimClock> clock;
    ConnectionLimits limits;
    // Service time between two steps of a received claim's instruction (En attente de
    // validation → En cours d'instruction → Validée → Paiement demandé → Paiement effectué);
    // 0: the claims only move through the admin routes.
    qint64 claimStepSecs = 24 * 3600;
    // Service time the administration takes to decide a request for prior authorisation (DAP):
    // 48 hours, after which silence is acceptance; -1: only the admin route decides.
    qint64 authorisationDelaySecs = 48 * 3600;
    // Password resets and identifier recoveries started within 15 minutes of service time, all
    // accounts together (each account and each identifier or address typed: 5).
    int maxRecoveryStarts = 500;
};

} // namespace apdesk::aspsim
