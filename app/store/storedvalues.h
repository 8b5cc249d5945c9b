#pragma once

#include "store/records.h"

#include <QAnyStringView>
#include <QByteArrayView>
#include <QVariant>

#include <optional>

// How the store's values are written in SQLite columns, and read back. Internal to app/store.
namespace apdesk::store::stored {

QVariant date(const QDate &date);      // 'YYYY-MM-DD', NULL for a null date
QDate toDate(const QVariant &value);   // a null QDate for NULL or bad text
QDate toDate(QByteArrayView iso);      // the same from the column's UTF-8 bytes
QVariant month(const QDate &month);    // 'YYYY-MM'
QDate toMonth(const QVariant &value);  // the first day of the month
QVariant timestamp(const QDateTime &); // ISO 8601 UTC with milliseconds
QDateTime toTimestamp(const QVariant &value);

// Ten-thousandths of a euro, NULL for nullopt.
QVariant pay(const std::optional<domain::HourlyPay> &pay);
// A trimmed text for a NOT NULL DEFAULT '' column: '' for an empty one, never a null QString,
// which Qt binds as NULL and the column refuses.
QString text(const QString &value);
// An employee's columns after id and establishment_id, in the table's order: nir, matricule,
// last_name, first_name, entry_date, exit_date, forfait_jours, weekly_hours_hundredths,
// gross_hourly_pay_ten_thousandths, usual_net_hourly_pay_ten_thousandths, contract_kind.
QVariantList employeeColumns(const Employee &employee);

QString sectorCode(SectorCategory sector);
std::optional<SectorCategory> toSector(QAnyStringView code);
QString contractCode(ContractKind kind);
std::optional<ContractKind> toContract(QAnyStringView code);
QString statusCode(ClaimStatus status);
std::optional<ClaimStatus> toStatus(QAnyStringView code);
QString outboxStateCode(OutboxState state);
std::optional<OutboxState> toOutboxState(QAnyStringView code);

} // namespace apdesk::store::stored
