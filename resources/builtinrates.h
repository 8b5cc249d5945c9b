#pragma once

#include <QByteArray>

namespace apdesk::resources {

// The rates table compiled into the program (resources/rates/rates.json), as bytes for
// apdesk::domain::RatesTable::parse(). Reading the resource lives here, not in the domain, which
// does no I/O.
QByteArray builtInRatesJson();

} // namespace apdesk::resources
