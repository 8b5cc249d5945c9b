#pragma once

#include "command.h"

#include <QCoreApplication>

namespace apdesk::cli {

// `apdesk-cli --db STORE claims`: the store's claims with their totals, computed by the claim
// engine from the stored lines (store::ClaimAssembler); `--claim N --detail` prints one claim's
// full result in the "apdesk-claim-result" JSON of `compute`.
class ClaimsCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(ClaimsCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString help() const override;
    bool usesStore() const override { return true; }
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace apdesk::cli
