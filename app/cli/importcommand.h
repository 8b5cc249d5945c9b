#pragma once

#include "command.h"

#include <QCoreApplication>

namespace apdesk::cli {

// `apdesk-cli --db STORE import employees|hours …`: reads and checks a CSV file apart from the
// store, then writes it in one transaction — all of it, or with --partial its valid lines only.
// The same code path as the program's import (app/exchange, then store::ImportRepository).
class ImportCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString help() const override;
    bool usesStore() const override { return true; }
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace apdesk::cli
