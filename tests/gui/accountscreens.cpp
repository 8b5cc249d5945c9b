// apdesk-account-screens SCREEN — shows one of the account screens against the embedded simulated
// service (a validated account, its mails) and stays open until closed, so that
// ../shared/tools/a11y-tree can list what a screen reader is given of it:
//
//   ../shared/tools/a11y-tree build/dev/bin/tests/apdesk-account-screens question
//
// SCREEN is one of: siret, picture, question (the "CRÉER MON ESPACE" wizard at its SIRET page, its
// security check with the picture, or with the written question), request (the account request
// form), password, identifier (the recovery dialogs), change (the forced password change with
// the secret question), mailbox (Messagerie), fiche (Fiche établissement), users. The program
// reaches these through clicks and service answers that a11y-tree cannot drive; the screens
// shown here are the program's own classes, built as the program builds them.
#include "support/guihelpers.h"
#include "support/servicefixture.h"

#include "account/changepassworddialog.h"
#include "account/createspacewizard.h"
#include "account/recoverydialog.h"
#include "account/securitycheckpage.h"
#include "establishment/establishmentdialog.h"
#include "establishment/usersdialog.h"
#include "i18n.h"
#include "mail/mailboxwindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QTextStream>

using namespace apdesk;

namespace {

const QString password = QStringLiteral("Principal1!");
const QString email = QStringLiteral("ecran@exemple.fr");

int usage() {
    QTextStream(stderr) << "usage: apdesk-account-screens siret|picture|question|request|"
                           "password|identifier|change|mailbox|fiche|users\n";
    return 2;
}

// The wizard at the page the screen names, moved there as a user would.
std::unique_ptr<QWidget> wizardAt(ServiceFixture &fx, const QString &screen) {
    auto wizard = std::make_unique<ui::CreateSpaceWizard>(&fx.client());
    wizard->show();
    if (screen == "siret")
        return wizard;
    wizard->findChild<QLineEdit *>(QStringLiteral("siretEdit"))->setText(validSiret(40));
    wizard->next();
    if (screen == "question")
        wizard->securityPage()->useCheck(ui::SecurityCheckPage::Check::Question);
    if (screen == "request") {
        QTest::qWait(500); // the picture arrives
        wizard->findChild<QLineEdit *>(QStringLiteral("captchaAnswerEdit"))
            ->setText(fx.latestCaptchaAnswer());
        wizard->findChild<QCheckBox *>(QStringLiteral("cguCheck"))->setChecked(true);
        wizard->next();
        if (!QTest::qWaitFor(
                [&] { return wizard->currentId() == ui::CreateSpaceWizard::RequestPageId; }, 5000))
            QTextStream(stderr) << "the request page was not reached\n";
    }
    return wizard;
}

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2)
        return usage();
    const QString screen = args.at(1);
    apdesk::i18n::installTranslations(app, QStringLiteral("fr"));

    ServiceFixture fx;
    if (!fx.isReady()) {
        QTextStream(stderr) << fx.error() << '\n';
        return 1;
    }
    std::unique_ptr<QWidget> shown;
    if (QStringList{"siret", "picture", "question", "request"}.contains(screen)) {
        shown = wizardAt(fx, screen);
    } else if (screen == "password" || screen == "identifier") {
        shown = std::make_unique<ui::RecoveryDialog>(
            &fx.client(), screen == "password" ? ui::RecoveryDialog::Mode::Password
                                               : ui::RecoveryDialog::Mode::Identifier);
    } else if (screen == "change") {
        const ServiceFixture::Account account = fx.createAccount(validSiret(41), email);
        shown = std::make_unique<ui::ChangePasswordDialog>(
            &fx.client(),
            ui::ChangePasswordDialog::Options{account.identifier, account.password, true, true});
    } else if (screen == "mailbox") {
        fx.createAccount(validSiret(42), email);
        const ui::AppServices services = fx.services();
        services.mailWatcher->addAddress(email);
        shown = std::make_unique<ui::MailboxWindow>(services.mailModel, services.mailWatcher);
    } else if (screen == "fiche" || screen == "users") {
        const QString siret = validSiret(43);
        const ServiceFixture::Account account = fx.createAccount(siret, email, password);
        std::optional<client::Outcome<client::Session>> session;
        fx.client().login(account.identifier, password,
                          [&](const client::Outcome<client::Session> &o) { session = o; });
        if (!QTest::qWaitFor([&] { return session.has_value(); }, 10000) || !session->isOk())
            return 1;
        fx.client().setSessionToken(session->value().token);
        if (screen == "fiche")
            shown = std::make_unique<ui::EstablishmentDialog>(&fx.client(), siret,
                                                              session->value().user.displayName);
        else
            shown = std::make_unique<ui::UsersDialog>(&fx.client(), siret);
    } else {
        return usage();
    }
    shown->show();
    return QApplication::exec();
}
