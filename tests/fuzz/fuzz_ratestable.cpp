// The rates table of --rates: every section, row and field.
#include "domain/claim/ratestable.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    apdesk::domain::RatesTable::parse(
        QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
