#pragma once

#include "command.h"

#include <QCoreApplication>

namespace apdesk::cli {

// `apdesk-cli --db STORE carry-over --claim N [--hours] [--leave-out NIR,…] [--apply]`:
// « Reprendre le mois précédent » for scripts (store::CarryOver) — the employees of the
// establishment's claim of the month before, with what changed since, and their hours pattern,
// as JSON; with --apply, those that can be taken (less --leave-out) are put on claim N, with
// their hours when --hours is given, in one transaction.
class CarryOverCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CarryOverCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString help() const override;
    bool usesStore() const override { return true; }
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace apdesk::cli
