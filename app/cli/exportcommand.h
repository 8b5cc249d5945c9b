#pragma once

#include "command.h"

#include <QCoreApplication>

namespace apdesk::cli {

// `apdesk-cli --db STORE export employees|hours …`: writes an establishment's employees or a
// claim's hours in the formats `import` reads (docs/csv-formats.md), so that export then import
// gives the same claim.
class ExportCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString help() const override;
    bool usesStore() const override { return true; }
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace apdesk::cli
