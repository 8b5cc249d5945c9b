#pragma once

#include "command.h"

#include <QCoreApplication>

namespace apdesk::cli {

// `apdesk-cli --db STORE pdf --claim N OUTPUT.pdf`: the claim's control pack
// (exchange::ControlPack), computed as `claims` computes it. The only command that draws text:
// main() gives it a QGuiApplication on the offscreen platform.
class PdfCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(PdfCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString help() const override;
    bool usesStore() const override { return true; }
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace apdesk::cli
