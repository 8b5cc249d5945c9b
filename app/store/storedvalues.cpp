#include "store/storedvalues.h"

#include <QTimeZone>

#include <array>
#include <utility>

namespace apdesk::store::stored {

namespace {
template <typename E, std::size_t N>
QString codeOf(const std::array<std::pair<E, const char *>, N> &codes, E value) {
    for (const auto &[candidate, code] : codes) {
        if (candidate == value)
            return QString::fromLatin1(code);
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char *>, N> &codes,
                         const QString &code) {
    for (const auto &[value, candidate] : codes) {
        if (code == QLatin1String(candidate))
            return value;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<SectorCategory, const char *>, 3> sectors{{
    {SectorCategory::Common, "common"},
    {SectorCategory::S1, "s1"},
    {SectorCategory::S1bis, "s1bis"},
}};
constexpr std::array<std::pair<ContractKind, const char *>, 3> contracts{{
    {ContractKind::Ordinary, "ordinary"},
    {ContractKind::Apprentice, "apprentice"},
    {ContractKind::Professionalisation, "professionalisation"},
}};
constexpr std::array<std::pair<ClaimStatus, const char *>, 4> statuses{{
    {ClaimStatus::Preparation, "preparation"},
    {ClaimStatus::Queued, "queued"},
    {ClaimStatus::Sent, "sent"},
    {ClaimStatus::Refused, "refused"},
}};
constexpr std::array<std::pair<OutboxState, const char *>, 3> outboxStates{{
    {OutboxState::Pending, "pending"},
    {OutboxState::Sent, "sent"},
    {OutboxState::Rejected, "rejected"},
}};
} // namespace

QVariant date(const QDate &date) {
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate toDate(const QVariant &value) {
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant month(const QDate &month) {
    return month.isValid() ? QVariant(month.toString(QStringLiteral("yyyy-MM"))) : QVariant();
}

QDate toMonth(const QVariant &value) {
    return QDate::fromString(value.toString(), QStringLiteral("yyyy-MM"));
}

QVariant timestamp(const QDateTime &moment) {
    return moment.isValid() ? QVariant(moment.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

QDateTime toTimestamp(const QVariant &value) {
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

QVariant cents(const std::optional<domain::Money> &money) {
    return money ? QVariant(money->cents()) : QVariant();
}

std::optional<domain::Money> toOptionalMoney(const QVariant &value) {
    if (value.isNull())
        return std::nullopt;
    return domain::Money::fromCents(value.toLongLong());
}

QString sectorCode(SectorCategory sector) {
    return codeOf(sectors, sector);
}
std::optional<SectorCategory> toSector(const QString &code) {
    return valueOf(sectors, code);
}
QString contractCode(ContractKind kind) {
    return codeOf(contracts, kind);
}
std::optional<ContractKind> toContract(const QString &code) {
    return valueOf(contracts, code);
}
QString statusCode(ClaimStatus status) {
    return codeOf(statuses, status);
}
std::optional<ClaimStatus> toStatus(const QString &code) {
    return valueOf(statuses, code);
}
QString outboxStateCode(OutboxState state) {
    return codeOf(outboxStates, state);
}
std::optional<OutboxState> toOutboxState(const QString &code) {
    return valueOf(outboxStates, code);
}

} // namespace apdesk::store::stored
