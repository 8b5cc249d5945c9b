#pragma once

#include "command.h"

#include <QCoreApplication>

namespace apdesk::cli {

// `apdesk-cli read employees|hours FILE`: reads and checks a CSV file without any store, and
// prints its dialect, its valid rows and its problems as JSON (docs/csv-formats.md).
class ReadCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(ReadCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace apdesk::cli
