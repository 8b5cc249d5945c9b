#pragma once

#include "sqlite/migration.h"

namespace apdesk::aspsim {

// The service's own database schema (app/sqlite runs the migrations). Times are integer seconds of
// service time (SimClock); nothing secret is kept in clear: passwords and secret answers as
// Argon2id strings, tokens as BLAKE2b hashes. (A decision's secret code is no login secret: the
// decision route hands it to the establishment's users, as the notification mail does.)
sqlite::Migrations serviceMigrations();

} // namespace apdesk::aspsim
