// After login: the fiche établissement (contact editable, first user's identity read-only),
// "Utilisateurs" (the first user adds one, who sets a secret question at first login),
// "Ajouter un établissement" (a second SIRET on the same login, then the switcher), and an
// expired session that returns to login without losing what was typed.
#include "account/changepassworddialog.h"
#include "account/createspacewizard.h"
#include "account/loginpage.h"
#include "establishment/establishmentdialog.h"
#include "establishment/usersdialog.h"
#include "establishment/workspacepage.h"
#include "mainwindow.h"
#include "support/guihelpers.h"
#include "support/servicefixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QTableWidget>
#include <QWizard>

using namespace apdesk::ui;

namespace {

const QString principalPassword = QStringLiteral("Principal1!");

void logIn(MainWindow &window, const QString &identifier, const QString &password) {
    LoginPage *login = window.loginPage();
    typeInto(child<QLineEdit>(login, "identifierEdit"), identifier);
    typeInto(child<QLineEdit>(login, "passwordEdit"), password);
    QTest::keyClick(child<QLineEdit>(login, "passwordEdit"), Qt::Key_Return);
}

// The first user of a new establishment, logged in on a main window showing the work area.
struct PrincipalSession {
    ServiceFixture fx;
    ServiceFixture::Account account;
    std::unique_ptr<MainWindow> window;

    bool start(int siretIndex, const QString &email) {
        if (!fx.isReady())
            return false;
        account = fx.createAccount(validSiret(siretIndex), email, principalPassword);
        window = std::make_unique<MainWindow>(fx.services());
        window->show();
        logIn(*window, account.identifier, principalPassword);
        return QTest::qWaitFor([this] { return window->workspace()->establishmentCount() == 1; },
                               10000);
    }
};

} // namespace

class TestEstablishmentFlow final : public QObject {
    Q_OBJECT

private slots:
    void ficheKeepsTheFirstUserReadOnlyAndSavesTheContact() {
        PrincipalSession session;
        QVERIFY2(session.start(41, QStringLiteral("k.l@exemple.fr")),
                 qPrintable(session.fx.error()));
        const auto &account = session.account;
        MainWindow &window = *session.window;
        QTest::mouseClick(child<QPushButton>(&window, "openFicheButton"), Qt::LeftButton);
        auto *fiche = window.findChild<EstablishmentDialog *>();
        QVERIFY(fiche);
        QTRY_VERIFY(labelText(fiche, "principalIdentity").contains(account.email));
        auto *phone = child<QLineEdit>(fiche, "contact.phone");
        QTRY_VERIFY(!phone->isReadOnly());
        // The first user's identity is a label, not a field: it cannot be edited.
        QVERIFY(!fiche->findChild<QLineEdit *>(QStringLiteral("principal.email")));

        typeInto(phone, QStringLiteral("06 12 34 56 78")); // a mobile: refused by the service
        QTest::mouseClick(child<QPushButton>(fiche, "saveEstablishment"), Qt::LeftButton);
        QTRY_VERIFY(!labelText(fiche, "contact.phoneError").isEmpty());
        typeInto(phone, QStringLiteral("01 23 45 67 89"));
        typeInto(child<QLineEdit>(fiche, "contact.lastName"), QStringLiteral("Nouveau"));
        QTest::mouseClick(child<QPushButton>(fiche, "saveEstablishment"), Qt::LeftButton);
        QTRY_COMPARE(labelText(fiche, "establishmentMessage"),
                     QStringLiteral("Fiche enregistrée."));
        screenshot(fiche, QStringLiteral("12-fiche"));
        fiche->close();
        QTest::mouseClick(child<QPushButton>(&window, "openFicheButton"), Qt::LeftButton);
        EstablishmentDialog *again = nullptr;
        QTRY_VERIFY((again = visibleTopLevel<EstablishmentDialog>()));
        QTRY_COMPARE(child<QLineEdit>(again, "contact.lastName")->text(),
                     QStringLiteral("Nouveau"));
    }

    void anExpiredSessionReturnsToLoginAndKeepsWhatWasTyped() {
        PrincipalSession session;
        QVERIFY2(session.start(42, QStringLiteral("m.n@exemple.fr")),
                 qPrintable(session.fx.error()));
        ServiceFixture &fx = session.fx;
        const auto &account = session.account;
        MainWindow &window = *session.window;
        QTest::mouseClick(child<QPushButton>(&window, "openFicheButton"), Qt::LeftButton);
        auto *fiche = window.findChild<EstablishmentDialog *>();
        QVERIFY(fiche);
        auto *city = child<QLineEdit>(fiche, "establishment.city");
        QTRY_VERIFY(!city->isReadOnly());
        typeInto(city, QStringLiteral("Montigny-les-Metz"));

        fx.advanceClock(31 * 60); // sessions expire after 30 minutes idle
        QTest::mouseClick(child<QPushButton>(fiche, "saveEstablishment"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoggedIn(), 10000);
        QVERIFY(window.loginPage()->isVisible());
        QVERIFY(labelText(window.loginPage(), "loginMessage").contains(QStringLiteral("expiré")));
        QVERIFY(fiche->isVisible());
        QCOMPARE(city->text(), QStringLiteral("Montigny-les-Metz"));

        // Logged in again, the same dialog saves what was typed.
        logIn(window, account.identifier, principalPassword);
        QTRY_VERIFY_WITH_TIMEOUT(window.isLoggedIn(), 10000);
        QTest::mouseClick(child<QPushButton>(fiche, "saveEstablishment"), Qt::LeftButton);
        QTRY_COMPARE(labelText(fiche, "establishmentMessage"),
                     QStringLiteral("Fiche enregistrée."));
    }

    void theFirstUserAddsAUserWhoChoosesASecretAtFirstLogin() {
        PrincipalSession session;
        QVERIFY2(session.start(43, QStringLiteral("o.p@exemple.fr")),
                 qPrintable(session.fx.error()));
        ServiceFixture &fx = session.fx;
        MainWindow &window = *session.window;
        QTest::mouseClick(child<QPushButton>(&window, "openUsersButton"), Qt::LeftButton);
        auto *users = window.findChild<UsersDialog *>();
        QVERIFY(users);
        auto *table = child<QTableWidget>(users, "usersTable");
        QTRY_COMPARE(table->rowCount(), 1);
        const QString added = QStringLiteral("quentin.roux@exemple.fr");
        typeInto(child<QLineEdit>(users, "newUserLastName"), QStringLiteral("Roux"));
        typeInto(child<QLineEdit>(users, "newUserFirstName"), QStringLiteral("Quentin"));
        typeInto(child<QLineEdit>(users, "newUserEmail"), added);
        QTest::mouseClick(child<QPushButton>(users, "addUserButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 2, 10000);
        QVERIFY(fx.services().mailWatcher->addresses().contains(added));
        screenshot(users, QStringLiteral("13-users"));

        QString identifier, password;
        QTRY_VERIFY_WITH_TIMEOUT(
            !(identifier = fx.bracketedValueInMail(added, QStringLiteral("identifiant")))
                    .isEmpty() &&
                !(password = fx.bracketedValueInMail(added, QStringLiteral("mot de passe")))
                     .isEmpty(),
            10000);
        users->close();
        window.logout();

        // The new user's first login asks for a password and a secret question.
        logIn(window, identifier, password);
        ChangePasswordDialog *change = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((change = visibleTopLevel<ChangePasswordDialog>()), 10000);
        QVERIFY(change->findChild<QComboBox *>(QStringLiteral("secretQuestionCombo")));
        typeInto(child<QLineEdit>(change, "newPasswordEdit"), QStringLiteral("Quentin2026#"));
        typeInto(child<QLineEdit>(change, "confirmPasswordEdit"), QStringLiteral("Quentin2026#"));
        typeInto(child<QLineEdit>(change, "secretAnswerEdit"), QStringLiteral("Brest"));
        QTest::mouseClick(child<QPushButton>(change, "changePasswordButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            labelText(window.loginPage(), "loginMessage").contains(QStringLiteral("changé")),
            10000);
        logIn(window, identifier, QStringLiteral("Quentin2026#"));
        QTRY_VERIFY_WITH_TIMEOUT(window.isLoggedIn(), 10000);
        QCOMPARE(window.displayName(), QStringLiteral("quentin.roux"));
    }

    void aSecondEstablishmentAttachesToTheLoginAndTheSwitcherAppears() {
        PrincipalSession session;
        QVERIFY2(session.start(44, QStringLiteral("r.s@exemple.fr")),
                 qPrintable(session.fx.error()));
        ServiceFixture &fx = session.fx;
        const auto &account = session.account;
        MainWindow &window = *session.window;
        QVERIFY(!child<QComboBox>(&window, "establishmentSwitcher")->isVisible());

        QTest::mouseClick(child<QPushButton>(&window, "addEstablishmentButton"), Qt::LeftButton);
        auto *wizard = window.findChild<CreateSpaceWizard *>();
        QVERIFY(wizard);
        const QString second = validSiret(45);
        typeInto(child<QLineEdit>(wizard, "siretEdit"), second);
        wizard->next();
        QTRY_VERIFY(!child<QLabel>(wizard, "captchaPicture")->pixmap().isNull());
        typeInto(child<QLineEdit>(wizard, "captchaAnswerEdit"), fx.latestCaptchaAnswer());
        child<QCheckBox>(wizard, "cguCheck")->setChecked(true);
        wizard->next();
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(CreateSpaceWizard::RequestPageId),
                                  10000);
        const QList<QPair<const char *, QString>> fields{
            {"establishment.name", QStringLiteral("Boulangerie Annexe")},
            {"establishment.street", QStringLiteral("3 place Saint-Louis")},
            {"establishment.postalCode", QStringLiteral("57000")},
            {"establishment.city", QStringLiteral("Metz")},
            {"establishment.email", account.email},
            {"establishment.emailConfirmation", account.email},
            {"establishment.phone", QStringLiteral("03 87 00 00 01")},
            {"contact.lastName", QStringLiteral("Dupont")},
            {"contact.firstName", QStringLiteral("Jeanne")},
            {"contact.email", account.email},
            {"contact.emailConfirmation", account.email},
            {"contact.phone", QStringLiteral("03 87 00 00 02")},
            {"secretAnswer", QStringLiteral("Metz")}};
        for (const auto &[name, value] : fields)
            typeInto(wizard->findChild<QLineEdit *>(QLatin1String(name)), value);
        child<QCheckBox>(wizard, "requestCguCheck")->setChecked(true);
        wizard->next();
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(CreateSpaceWizard::SentPageId), 10000);
        wizard->accept();

        QTRY_COMPARE_WITH_TIMEOUT(window.workspace()->establishmentCount(), 2, 10000);
        auto *switcher = child<QComboBox>(&window, "establishmentSwitcher");
        QVERIFY(switcher->isVisible());
        switcher->setCurrentIndex(switcher->findData(second));
        QCOMPARE(window.workspace()->currentSiret(), second);
        screenshot(&window, QStringLiteral("14-workspace-two-establishments"));
    }
};

APDESK_GUI_TEST_MAIN(TestEstablishmentFlow)
#include "test_establishmentflow.moc"
