// The claim JSON of apdesk-cli compute: reading, then the engine on what was read.
#include "domain/claim/claimengine.h"
#include "domain/claim/claimjson.h"
#include "domain/claim/ratestable.h"

#include <QFile>

namespace {
const apdesk::domain::RatesTable &rates() {
    static const apdesk::domain::RatesTable table = [] {
        QFile file(QStringLiteral(APDESK_RATES_JSON));
        file.open(QIODevice::ReadOnly);
        return *apdesk::domain::RatesTable::parse(file.readAll());
    }();
    return table;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto input = apdesk::domain::ClaimJson::read(bytes);
    if (!input)
        return 0;
    const auto result = apdesk::domain::ClaimEngine(rates()).compute(input->claim);
    apdesk::domain::ClaimJson::write(input->claim, result, input->problems);
    return 0;
}
