#pragma once

#include "command.h"

#include <QCoreApplication>

namespace apdesk::cli {

// `apdesk-cli --db STORE portfolio`: every establishment of the store with its current
// decision, the hours used and left, the months filed, in preparation and not claimed, the
// filing deadlines and the worst problem, most urgent first (store::Portfolio), as JSON.
class PortfolioCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(PortfolioCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString help() const override;
    bool usesStore() const override { return true; }
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace apdesk::cli
