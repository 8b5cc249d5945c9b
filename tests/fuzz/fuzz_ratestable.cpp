// The rates table of --rates: every section, row and field.
#include "domain/claim/ratestable.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    // Any input is read or refused with a message; neither may crash.
    const auto table = apdesk::domain::RatesTable::parse(
        QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!table)
        (void)table.error().size();
    return 0;
}
