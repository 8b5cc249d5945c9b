#pragma once

#include "command.h"

#include <QCoreApplication>

namespace apdesk::cli {

// `apdesk-cli check-id TYPE VALEUR`: checks an identifier or a contact value with the domain's
// parsers, prints its normalised form (exit 0) or the French reason it is refused (exit 1).
// Types: siret, siren, nir, phone, landline, postcode, email.
class CheckIdCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CheckIdCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace apdesk::cli
