#pragma once

#include "command.h"

#include <QCoreApplication>

namespace apdesk::cli {

// `apdesk-cli --db STORE status [--service URL]`: each claim of the store with its state in the
// program (preparation, queued, sent, refused), its outbox entry, and the ASP's status of it
// (number, version, status with its history, amounts, payment), as JSON for scripts.
class StatusCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(StatusCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString help() const override;
    bool usesStore() const override { return true; }
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace apdesk::cli
