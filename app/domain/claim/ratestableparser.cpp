#include "ratestableparser.h"

#include "domain/decimaltext.h"

#include <QJsonDocument>
#include <QJsonValue>

namespace apdesk::domain {

namespace {

const QStringList categoryKeys = {QStringLiteral("common"), QStringLiteral("protected"),
                                  QStringLiteral("closed"), QStringLiteral("apld")};

QString describe(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::Undefined:
        return RatesTableParser::tr("rien");
    case QJsonValue::Null:
        return RatesTableParser::tr("null");
    case QJsonValue::String:
        return RatesTableParser::tr("« %1 »").arg(value.toString());
    case QJsonValue::Double:
        return RatesTableParser::tr("le nombre %1 (sans guillemets)").arg(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return RatesTableParser::tr("une liste");
    case QJsonValue::Object:
        return RatesTableParser::tr("un objet");
    }
    return {};
}

} // namespace

bool RatesTableParser::fail(const QString &field, const QString &expected, const QString &found) {
    m_error = tr("Table des taux, section « %1 », ligne %2, champ « %3 » : %4 attendu, %5 "
                 "trouvé.")
                  .arg(m_current.section)
                  .arg(m_current.number)
                  .arg(field, expected, found);
    return false;
}

// A per-category object ({common, protected, closed, apld}) with a key of none of them: a typing
// error that would otherwise leave that category's value out without a word.
bool RatesTableParser::onlyCategoryKeys(const QJsonObject &group, const QString &field) {
    for (auto it = group.constBegin(); it != group.constEnd(); ++it) {
        if (!categoryKeys.contains(it.key()))
            return fail(field + QLatin1Char('.') + it.key(),
                        tr("un champ common, protected, closed ou apld"), tr("un champ inconnu"));
    }
    return true;
}

bool RatesTableParser::readOrigin(const QJsonObject &row, const QString &section, int number,
                                  RowOrigin &origin, const QSet<QString> &fields) {
    m_current = RowOrigin{section, number, {}, {}, {}};
    const QSet<QString> common = {QStringLiteral("from"), QStringLiteral("source"),
                                  QStringLiteral("note")};
    for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
        if (!common.contains(it.key()) && !fields.contains(it.key()))
            return fail(it.key(), tr("un champ connu"), tr("un champ inconnu"));
    }
    const QJsonValue from = row.value(QStringLiteral("from"));
    const QDate date = QDate::fromString(from.toString(), Qt::ISODate);
    if (!from.isString() || !date.isValid())
        return fail(QStringLiteral("from"), tr("une date AAAA-MM-JJ"), describe(from));
    if (m_previousFrom.isValid() && date <= m_previousFrom) {
        return fail(QStringLiteral("from"),
                    tr("une date après celle de la ligne précédente (%1)")
                        .arg(m_previousFrom.toString(Qt::ISODate)),
                    describe(from));
    }
    const QJsonValue source = row.value(QStringLiteral("source"));
    if (!source.isString() || source.toString().trimmed().isEmpty())
        return fail(QStringLiteral("source"), tr("la source juridique de la ligne"),
                    describe(source));
    const QJsonValue note = row.value(QStringLiteral("note"));
    if (!note.isUndefined() && !note.isString())
        return fail(QStringLiteral("note"), tr("un texte"), describe(note));
    m_previousFrom = date;
    m_current.from = date;
    m_current.source = source.toString();
    m_current.note = note.toString();
    origin = m_current;
    return true;
}

std::optional<qint64> RatesTableParser::readHundredths(const QJsonObject &row, const QString &field,
                                                       bool nullable, bool &isNull) {
    return readHundredths(row.value(field), field, nullable, isNull);
}

std::optional<qint64> RatesTableParser::readHundredths(const QJsonValue &value,
                                                       const QString &field, bool nullable,
                                                       bool &isNull) {
    isNull = value.isNull();
    if (isNull && nullable)
        return std::nullopt;
    const auto parsed = decimaltext::parseHundredths(value.toString());
    if (!value.isString() || !parsed || *parsed <= 0) {
        fail(field,
             nullable ? tr("un nombre positif entre guillemets (\"8.03\") ou null")
                      : tr("un nombre positif entre guillemets (\"8.03\")"),
             describe(value));
        isNull = false;
        return std::nullopt;
    }
    return *parsed;
}

bool RatesTableParser::readRates(const QJsonArray &rows) {
    m_previousFrom = {};
    for (int i = 0; i < rows.size(); ++i) {
        RateRow row;
        const QJsonObject object = rows.at(i).toObject();
        if (!readOrigin(object, QStringLiteral("rates"), i + 1, row.origin,
                        {QStringLiteral("indemnity"), QStringLiteral("allocation")}))
            return false;
        for (const QString &kind : {QStringLiteral("indemnity"), QStringLiteral("allocation")}) {
            const QJsonValue group = object.value(kind);
            if (!group.isObject())
                return fail(kind, tr("un objet {common, protected, closed, apld}"),
                            describe(group));
            if (!onlyCategoryKeys(group.toObject(), kind))
                return false;
            auto &target = kind == QLatin1String("indemnity") ? row.indemnity : row.allocation;
            for (int c = 0; c < rateCategoryCount; ++c) {
                const QString field = kind + QLatin1Char('.') + categoryKeys[c];
                const QJsonValue value = group.toObject().value(categoryKeys[c]);
                if (value.isNull())
                    continue;
                const auto parsed = decimaltext::parseHundredths(value.toString());
                if (!value.isString() || !parsed || *parsed <= 0 || *parsed > 10000)
                    return fail(field, tr("un pourcentage entre guillemets (\"70\") ou null"),
                                describe(value));
                target[c] = *parsed;
            }
        }
        m_table.m_rates.append(row);
    }
    return true;
}

bool RatesTableParser::readFloors(const QJsonArray &rows) {
    m_previousFrom = {};
    for (int i = 0; i < rows.size(); ++i) {
        FloorRow row;
        const QJsonObject object = rows.at(i).toObject();
        if (!readOrigin(object, QStringLiteral("floors"), i + 1, row.origin,
                        {QStringLiteral("indemnity"), QStringLiteral("allocationCommon"),
                         QStringLiteral("allocation70"), QStringLiteral("allocationApld")}))
            return false;
        bool isNull = false;
        const auto indemnity = readHundredths(object, QStringLiteral("indemnity"), false, isNull);
        if (!indemnity)
            return false;
        const auto common =
            readHundredths(object, QStringLiteral("allocationCommon"), false, isNull);
        if (!common)
            return false;
        const auto seventy = readHundredths(object, QStringLiteral("allocation70"), true, isNull);
        if (!seventy && !isNull)
            return false;
        const auto apld = readHundredths(object, QStringLiteral("allocationApld"), true, isNull);
        if (!apld && !isNull)
            return false;
        row.indemnity = Money::fromCents(*indemnity);
        row.allocationCommon = Money::fromCents(*common);
        if (seventy)
            row.allocation70 = Money::fromCents(*seventy);
        if (apld)
            row.allocationApld = Money::fromCents(*apld);
        m_table.m_floors.append(row);
    }
    return true;
}

bool RatesTableParser::readSmic(const QJsonArray &rows) {
    m_previousFrom = {};
    for (int i = 0; i < rows.size(); ++i) {
        SmicRow row;
        const QJsonObject object = rows.at(i).toObject();
        if (!readOrigin(object, QStringLiteral("smic"), i + 1, row.origin,
                        {QStringLiteral("hourlyGross")}))
            return false;
        bool isNull = false;
        const auto gross = readHundredths(object, QStringLiteral("hourlyGross"), false, isNull);
        if (!gross)
            return false;
        row.hourlyGross = Money::fromCents(*gross);
        m_table.m_smic.append(row);
    }
    return true;
}

bool RatesTableParser::readPayCaps(const QJsonArray &rows) {
    m_previousFrom = {};
    for (int i = 0; i < rows.size(); ++i) {
        PayCapRow row;
        const QJsonObject object = rows.at(i).toObject();
        if (!readOrigin(object, QStringLiteral("payCaps"), i + 1, row.origin,
                        {QStringLiteral("indemnitySmicMultiple"),
                         QStringLiteral("allocationSmicMultiple"), QStringLiteral("netPayCap")}))
            return false;
        bool isNull = false;
        // One multiple for every category, or one per category.
        const QString indemnityCap = QStringLiteral("indemnitySmicMultiple");
        const QJsonValue caps = object.value(indemnityCap);
        if (caps.isObject()) {
            if (!onlyCategoryKeys(caps.toObject(), indemnityCap))
                return false;
            for (int c = 0; c < rateCategoryCount; ++c) {
                // Each category given, null when not capped: a missing one is a typing error.
                row.indemnitySmicMultiple[c] =
                    readHundredths(caps.toObject().value(categoryKeys[c]),
                                   indemnityCap + QLatin1Char('.') + categoryKeys[c], true, isNull);
                if (!row.indemnitySmicMultiple[c] && !isNull)
                    return false;
            }
        } else {
            const auto all = readHundredths(object, indemnityCap, true, isNull);
            if (!all && !isNull)
                return false;
            row.indemnitySmicMultiple.fill(all);
        }
        row.allocationSmicMultiple =
            readHundredths(object, QStringLiteral("allocationSmicMultiple"), true, isNull);
        if (!row.allocationSmicMultiple && !isNull)
            return false;
        const auto net = readFlag(object, QStringLiteral("netPayCap"));
        if (!net)
            return false;
        row.netPayCap = *net;
        m_table.m_payCaps.append(row);
    }
    return true;
}

bool RatesTableParser::readAnnualCaps(const QJsonArray &rows) {
    m_previousFrom = {};
    for (int i = 0; i < rows.size(); ++i) {
        AnnualHourCapRow row;
        const QJsonObject object = rows.at(i).toObject();
        if (!readOrigin(object, QStringLiteral("annualHourCaps"), i + 1, row.origin,
                        {QStringLiteral("hours")}))
            return false;
        bool isNull = false;
        const auto hours = readHundredths(object, QStringLiteral("hours"), false, isNull);
        if (!hours)
            return false;
        row.hours = Hours::fromHundredths(*hours);
        m_table.m_annualHourCaps.append(row);
    }
    return true;
}

std::optional<bool> RatesTableParser::readFlag(const QJsonObject &row, const QString &field) {
    const QJsonValue value = row.value(field);
    if (!value.isBool()) {
        fail(field, tr("true ou false"), describe(value));
        return std::nullopt;
    }
    return value.toBool();
}

bool RatesTableParser::readApldRules(const QJsonArray &rows) {
    m_previousFrom = {};
    const QString better = QStringLiteral("commonLawAllocationWhenHigher");
    for (int i = 0; i < rows.size(); ++i) {
        ApldRuleRow row;
        const QJsonObject object = rows.at(i).toObject();
        if (!readOrigin(object, QStringLiteral("apld"), i + 1, row.origin, {better}))
            return false;
        const auto flag = readFlag(object, better);
        if (!flag)
            return false;
        row.commonLawAllocationWhenHigher = *flag;
        m_table.m_apldRules.append(row);
    }
    return true;
}

bool RatesTableParser::readApprenticeRules(const QJsonArray &rows) {
    m_previousFrom = {};
    const QString equals = QStringLiteral("allocationEqualsIndemnityBelowSmic");
    const QString atMost = QStringLiteral("allocationAtMostIndemnity");
    for (int i = 0; i < rows.size(); ++i) {
        ApprenticeRuleRow row;
        const QJsonObject object = rows.at(i).toObject();
        if (!readOrigin(object, QStringLiteral("apprentices"), i + 1, row.origin, {equals, atMost}))
            return false;
        const auto equal = readFlag(object, equals);
        if (!equal)
            return false;
        const auto capped = readFlag(object, atMost);
        if (!capped)
            return false;
        row.allocationEqualsIndemnityBelowSmic = *equal;
        row.allocationAtMostIndemnity = *capped;
        m_table.m_apprenticeRules.append(row);
    }
    return true;
}

Checked<RatesTable> RatesTableParser::parse(const QByteArray &json) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return Checked<RatesTable>::fail(
            tr("La table des taux n'est pas un document JSON valide (position %1 : %2).")
                .arg(error.offset)
                .arg(error.errorString()));
    }
    const QJsonObject root = document.object();
    using Reader = bool (RatesTableParser::*)(const QJsonArray &);
    const QList<QPair<QString, Reader>> sections = {
        {QStringLiteral("rates"), &RatesTableParser::readRates},
        {QStringLiteral("floors"), &RatesTableParser::readFloors},
        {QStringLiteral("smic"), &RatesTableParser::readSmic},
        {QStringLiteral("payCaps"), &RatesTableParser::readPayCaps},
        {QStringLiteral("annualHourCaps"), &RatesTableParser::readAnnualCaps},
        {QStringLiteral("apld"), &RatesTableParser::readApldRules},
        {QStringLiteral("apprentices"), &RatesTableParser::readApprenticeRules},
    };
    for (const auto &[name, reader] : sections) {
        const QJsonValue rows = root.value(name);
        if (!rows.isArray() || rows.toArray().isEmpty()) {
            // Tables written for a program older than these sections: the amounts of APLD
            // claims and of apprentices would be wrong without them, so the table is refused
            // with what to add.
            if (rows.isUndefined() && (name == QLatin1String("apld") ||
                                       name == QLatin1String("apprentices"))) {
                return Checked<RatesTable>::fail(
                    tr("Table des taux : la section « %1 » manque. Depuis décembre 2026, les "
                       "règles de l'APLD et des apprentis sont dans la table ; reprenez cette "
                       "section de resources/rates/rates.json (docs/claim-json.md, « Table des "
                       "taux »).")
                        .arg(name));
            }
            return Checked<RatesTable>::fail(
                tr("Table des taux : la section « %1 » manque ou est vide (une liste de lignes "
                   "datées est attendue).")
                    .arg(name));
        }
        for (const QJsonValue &row : rows.toArray()) {
            if (!row.isObject()) {
                return Checked<RatesTable>::fail(
                    tr("Table des taux, section « %1 » : chaque ligne doit être un objet.")
                        .arg(name));
            }
        }
        if (!(this->*reader)(rows.toArray()))
            return Checked<RatesTable>::fail(m_error);
    }
    return Checked<RatesTable>::ok(m_table);
}

Checked<RatesTable> RatesTable::parse(const QByteArray &json) {
    RatesTableParser parser;
    return parser.parse(json);
}

} // namespace apdesk::domain
