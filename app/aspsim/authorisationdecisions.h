#pragma once

#include "authorisationstore.h"
#include "httpmessage.h"

#include <QString>

namespace apdesk::aspsim {

class ServiceContext;

// The simulated administration's answer to a request for prior authorisation (DAP): it decides
// ServiceConfig::authorisationDelaySecs of service time after the submission (48 h by default:
// the COVID-era rule that silence is acceptance — DOMAIN.md section 2), handled lazily when a
// request comes, or at once through the admin route. It refuses a period longer than the rules
// allow (refusalOf); otherwise it accepts, and the decision is granted and notified with its
// secret code (decisiongrant). A refusal is mailed with its reason.
namespace authorisationdecisions {

// Why the terms cannot be authorised, in French; empty when they can. Droit commun: 12 months
// for a period starting before 1 July 2021, 3 months from then on (décret 2020-1316);
// APLD: 6 months at a time (décret 2020-926).
QString refusalOf(const Decision &terms);

void processDue(ServiceContext &ctx);

// Decides the request now (admin): accepted (whatever the rules say) or refused with `reason`.
// 200 with the request; 409 when it was decided already.
HttpReply decideNow(ServiceContext &ctx, const AuthorisationRequest &request, bool accept,
                    const QString &reason);

} // namespace authorisationdecisions

} // namespace apdesk::aspsim
