#pragma once

#include "command.h"

#include <QCoreApplication>

namespace apdesk::cli {

// `apdesk-cli compute CLAIM.json [--rates RATES.json]`: computes a claim written in the
// "apdesk-claim" JSON format (docs/claim-json.md) with the built-in rates table (or another
// one), and prints the "apdesk-claim-result" JSON: per employee and week the cap, worked,
// treated-as-worked, chômées; per employee the amounts with the rate rows used and their
// sources; totals; problems with their level.
class ComputeCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(ComputeCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace apdesk::cli
