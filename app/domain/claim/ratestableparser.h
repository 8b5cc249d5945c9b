#pragma once

#include "domain/claim/ratestable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace apdesk::domain {

// Reads resources/rates/rates.json into a RatesTable. Numbers are JSON strings ("70", "8.03",
// "4.5", "1607") so that no value ever goes through a double. Unknown fields are refused: a
// misspelt "allocation70" must not silently become "no floor".
class RatesTableParser final {
    Q_DECLARE_TR_FUNCTIONS(RatesTableParser)

public:
    Checked<RatesTable> parse(const QByteArray &json);

private:
    bool readOrigin(const QJsonObject &row, const QString &section, int number, RowOrigin &origin,
                    const QSet<QString> &fields);
    std::optional<qint64> readHundredths(const QJsonObject &row, const QString &field,
                                         bool nullable, bool &isNull);
    std::optional<qint64> readHundredths(const QJsonValue &value, const QString &field,
                                         bool nullable, bool &isNull);
    bool readRates(const QJsonArray &rows);
    bool readFloors(const QJsonArray &rows);
    bool readSmic(const QJsonArray &rows);
    bool readPayCaps(const QJsonArray &rows);
    bool readAnnualCaps(const QJsonArray &rows);
    bool readApldRules(const QJsonArray &rows);
    bool readApprenticeRules(const QJsonArray &rows);
    // A true/false field of `row`.
    std::optional<bool> readFlag(const QJsonObject &row, const QString &field);
    bool onlyCategoryKeys(const QJsonObject &group, const QString &field);
    bool fail(const QString &field, const QString &expected, const QString &found);

    RatesTable m_table;
    RowOrigin m_current; // the row being read, for messages
    QDate m_previousFrom;
    QString m_error;
};

} // namespace apdesk::domain
