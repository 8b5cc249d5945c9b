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
                         QAnyStringView code) {
    for (const auto &[value, candidate] : codes) {
        if (QAnyStringView::equal(code, QLatin1StringView(candidate)))
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

QDate toDate(QByteArrayView iso) {
    // 'YYYY-MM-DD' read digit by digit: a claim's lines are read by the hundred thousand, and
    // QDate::fromString first makes a QString of each.
    const auto digits = [&iso](qsizetype from, qsizetype count) {
        int value = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            if (iso[i] < '0' || iso[i] > '9')
                return -1;
            value = value * 10 + (iso[i] - '0');
        }
        return value;
    };
    if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-')
        return {};
    const int year = digits(0, 4);
    const int month = digits(5, 2);
    const int day = digits(8, 2);
    return year < 0 || month < 0 || day < 0 ? QDate() : QDate(year, month, day);
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

QVariant pay(const std::optional<domain::HourlyPay> &pay) {
    return pay ? QVariant(pay->tenThousandths()) : QVariant();
}

QString text(const QString &value) {
    const QString trimmed = value.trimmed();
    return trimmed.isNull() ? QStringLiteral("") : trimmed;
}

QVariantList employeeColumns(const Employee &employee) {
    return {employee.nir,
            text(employee.matricule),
            text(employee.lastName),
            text(employee.firstName),
            date(employee.entryDate),
            date(employee.exitDate),
            employee.forfaitJours ? 1 : 0,
            employee.forfaitJours ? QVariant() : QVariant(employee.weeklyHours.hundredths()),
            employee.grossHourlyPay.tenThousandths(),
            pay(employee.usualNetHourlyPay),
            contractCode(employee.contract)};
}

QString sectorCode(SectorCategory sector) {
    return codeOf(sectors, sector);
}
std::optional<SectorCategory> toSector(QAnyStringView code) {
    return valueOf(sectors, code);
}
QString contractCode(ContractKind kind) {
    return codeOf(contracts, kind);
}
std::optional<ContractKind> toContract(QAnyStringView code) {
    return valueOf(contracts, code);
}
QString statusCode(ClaimStatus status) {
    return codeOf(statuses, status);
}
std::optional<ClaimStatus> toStatus(QAnyStringView code) {
    return valueOf(statuses, code);
}
QString outboxStateCode(OutboxState state) {
    return codeOf(outboxStates, state);
}
std::optional<OutboxState> toOutboxState(QAnyStringView code) {
    return valueOf(outboxStates, code);
}

} // namespace apdesk::store::stored
