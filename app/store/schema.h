#pragma once

#include "sqlite/migration.h"

namespace apdesk::store {

// The client store's migrations, in order. To change the schema, append a migration to the
// list in schema.cpp; never edit one that has shipped (files in the field are at its version).
class Schema final {
public:
    static const sqlite::Migrations &migrations();
    static int latestVersion() { return int(migrations().size()); }
};

} // namespace apdesk::store
