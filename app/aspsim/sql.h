#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <optional>

namespace apdesk::aspsim {

// The few lines every statement of the service needs: prepare, bind in order, run, and log
// SQLite's text when that fails (the caller answers 500; the simulator never shows SQL to users).
class Sql final {
public:
    explicit Sql(QSqlDatabase db)
        : m_db(std::move(db)) {}

    // Runs the statement; the returned query is positioned before the first row, or nullopt.
    std::optional<QSqlQuery> run(const QString &statement, const QVariantList &values = {}) const;
    // Runs a statement that changes rows; false when it failed.
    bool exec(const QString &statement, const QVariantList &values = {}) const;
    // The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &statement, const QVariantList &values = {}) const;

    QSqlDatabase &database() { return m_db; }

private:
    QSqlDatabase m_db;
};

} // namespace apdesk::aspsim
