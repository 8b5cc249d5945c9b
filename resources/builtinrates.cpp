#include "builtinrates.h"

#include <QFile>

// Q_INIT_RESOURCE may not be used inside a namespace (Qt's documentation).
static void initResources() {
    Q_INIT_RESOURCE(apdesk_resources);
}

namespace apdesk::resources {

QByteArray builtInRatesJson() {
    // In a static library the resource must be registered explicitly before first use.
    initResources();
    QFile file(QStringLiteral(":/rates/rates.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace apdesk::resources
