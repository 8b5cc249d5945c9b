#pragma once

#include "command.h"

#include <QCoreApplication>

namespace apdesk::cli {

// `apdesk-cli --db STORE send [--claim N | --all-ready] [--service URL]`: "Envoyer à l'UD" for
// firms that file many establishments. The claims named are checked and queued in the store's
// outbox (client::ClaimOutbox), then everything due in the outbox is sent, exactly once however
// often the command runs: a claim the service could not be reached for waits in the outbox for
// the next `send` (or the program) to send it.
class SendCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(SendCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString help() const override;
    bool usesStore() const override { return true; }
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace apdesk::cli
