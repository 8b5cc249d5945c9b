#pragma once

// A store file with one establishment and one claim, for the tests that run apdesk-cli's file
// commands on it.

#include "store/claimrepository.h"
#include "store/establishmentrepository.h"
#include "store/store.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace apdesk::testing {

// Creates the store at `path` with the establishment 73282932000074 (Paris) and a claim in
// preparation for `month` on decision 075-2021-0042 (id 1), then closes it.
inline bool createStore(const QString &path, const QDate &month = QDate(2021, 4, 1)) {
    auto opened = store::Store::open(path);
    if (!opened)
        return false;
    const auto store = std::move(opened).value();
    store::Establishment establishment;
    establishment.siret = QStringLiteral("73282932000074");
    establishment.name = QStringLiteral("Boulangerie Martin");
    establishment.departement = QStringLiteral("75");
    const auto id = store->establishments().add(establishment);
    return id && store->claims().create(*id, QStringLiteral("075-2021-0042"), month);
}

inline QJsonObject parseJson(const QString &text) {
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

inline QString csvData(const QString &name) {
    return QStringLiteral(APDESK_TEST_DATA_DIR "/csv/") + name;
}

} // namespace apdesk::testing
