// The login screen against the embedded service: wrong passwords with the attempts left, the
// lockout and its live countdown, the unlock through the service clock, an unreachable service,
// "Se souvenir de moi" and "Travailler hors ligne".
#include "account/loginpage.h"
#include "mainwindow.h"
#include "support/guihelpers.h"
#include "support/servicefixture.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>

using namespace apdesk::ui;

namespace {

const QString goodPassword = QStringLiteral("Valide2026!");

void attempt(LoginPage &page, const QString &identifier, const QString &password) {
    typeInto(child<QLineEdit>(&page, "identifierEdit"), identifier);
    typeInto(child<QLineEdit>(&page, "passwordEdit"), password);
    QTest::keyClick(child<QLineEdit>(&page, "passwordEdit"), Qt::Key_Return);
}

// "… dans 29:58." → 1798
int secondsLeft(const QString &message) {
    const auto match = QRegularExpression(QStringLiteral("(\\d+):(\\d\\d)")).match(message);
    return match.hasMatch() ? match.captured(1).toInt() * 60 + match.captured(2).toInt() : -1;
}

} // namespace

class TestLoginFlow final : public QObject {
    Q_OBJECT

private slots:
    void wrongPasswordsThenLockoutWithCountdownThenUnlock() {
        ServiceFixture fx;
        QVERIFY2(fx.isReady(), qPrintable(fx.error()));
        const auto account =
            fx.createAccount(validSiret(21), QStringLiteral("a.b@exemple.fr"), goodPassword);
        LoginPage page(&fx.client(), &fx.credentials(), &fx.settings());
        page.show();
        QSignalSpy loggedIn(&page, &LoginPage::loggedIn);

        attempt(page, account.identifier, QStringLiteral("Mauvais1!"));
        QTRY_VERIFY(labelText(&page, "loginMessage").contains(QStringLiteral("2 tentatives")));
        attempt(page, account.identifier, QStringLiteral("Mauvais2!"));
        QTRY_VERIFY(labelText(&page, "loginMessage").contains(QStringLiteral("1 tentative avant")));
        attempt(page, account.identifier, QStringLiteral("Mauvais3!"));
        QTRY_VERIFY(labelText(&page, "loginMessage").contains(QStringLiteral("verrouillé")));

        // A live countdown from the service's retryAfterSeconds. The button stays usable: the
        // service decides, not this screen.
        auto *button = child<QPushButton>(&page, "loginButton");
        QVERIFY(button->isEnabled());
        const int first = secondsLeft(labelText(&page, "loginMessage"));
        QVERIFY2(first > 1700 && first <= 1800, qPrintable(labelText(&page, "loginMessage")));
        QTRY_VERIFY_WITH_TIMEOUT(secondsLeft(labelText(&page, "loginMessage")) < first, 3000);
        screenshot(&page, QStringLiteral("09-login-locked"));

        // Even the right password is refused while locked, and the service's figure shows again.
        attempt(page, account.identifier, goodPassword);
        auto *passwordEdit = child<QLineEdit>(&page, "passwordEdit");
        QTRY_VERIFY(passwordEdit->text().isEmpty()); // the service answered "locked"
        QVERIFY(labelText(&page, "loginMessage").contains(QStringLiteral("verrouillé")));
        QCOMPARE(loggedIn.count(), 0);

        // The service's clock moves 30 minutes on while this screen still counts down: the
        // account is unlocked there, and a try from this same screen (Enter) logs in.
        fx.advanceClock(30 * 60 + 1);
        QVERIFY(secondsLeft(labelText(&page, "loginMessage")) > 1700);
        attempt(page, account.identifier, goodPassword);
        QTRY_COMPARE_WITH_TIMEOUT(loggedIn.count(), 1, 10000);
        QVERIFY(!labelText(&page, "loginMessage").contains(QStringLiteral("verrouillé")));
    }

    void anUnreachableServiceSaysWorkCanGoOnOffline() {
        ServiceFixture fx;
        QVERIFY2(fx.isReady(), qPrintable(fx.error()));
        fx.setOnline(false);
        LoginPage page(&fx.client(), &fx.credentials(), &fx.settings());
        page.show();
        attempt(page, QStringLiteral("quelquun"), QStringLiteral("x"));
        QTRY_VERIFY(labelText(&page, "loginMessage").contains(QStringLiteral("hors ligne")));
        QTRY_COMPARE(page.focusWidget(), child<QPushButton>(&page, "workOfflineButton"));
    }

    void workOfflineOpensTheWorkAreaWithoutASession() {
        ServiceFixture fx;
        QVERIFY2(fx.isReady(), qPrintable(fx.error()));
        MainWindow window(fx.services());
        window.show();
        QTest::mouseClick(child<QPushButton>(&window, "workOfflineButton"), Qt::LeftButton);
        QVERIFY(child<QWidget>(&window, "workspacePage")->isVisible());
        QVERIFY(!window.isLoggedIn());
        // What needs the service asks to log in.
        auto *login = child<QPushButton>(&window, "workspaceLoginButton");
        QVERIFY(login->isVisible());
        QTest::mouseClick(login, Qt::LeftButton);
        QVERIFY(window.loginPage()->isVisible());
    }

    // The "prenom.nom" account button as a screen reader drives it: it takes the focus, its
    // accessibility action opens the menu, the open menu is in the accessibility tree with its
    // entries, and an entry's own action logs out.
    void theAccountMenuOpensFromItsAccessibilityAction() {
        ServiceFixture fx;
        QVERIFY2(fx.isReady(), qPrintable(fx.error()));
        const auto account =
            fx.createAccount(validSiret(23), QStringLiteral("e.f@exemple.fr"), goodPassword);
        MainWindow window(fx.services());
        window.show();
        attempt(*window.loginPage(), account.identifier, goodPassword);
        QTRY_VERIFY_WITH_TIMEOUT(window.isLoggedIn(), 10000);
        QPushButton *button = window.userButton();
        QTRY_VERIFY(button->isVisible());
        QVERIFY(button->focusPolicy() & Qt::TabFocus);

        QAccessibleInterface *buttonA11y = QAccessible::queryAccessibleInterface(button);
        QVERIFY(buttonA11y && buttonA11y->actionInterface());
        QCOMPARE(buttonA11y->text(QAccessible::Name),
                 QStringLiteral("Compte de %1").arg(window.displayName()));
        const QStringList actions = buttonA11y->actionInterface()->actionNames();
        QVERIFY2(actions.contains(QAccessibleActionInterface::showMenuAction()),
                 qPrintable(actions.join(u',')));

        // The menu runs its own event loop while open: look at it from inside that loop.
        QStringList entries;
        bool pressed = false;
        QTimer::singleShot(100, this, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            QAccessibleInterface *menuA11y = QAccessible::queryAccessibleInterface(menu);
            if (!menuA11y || menuA11y->role() != QAccessible::PopupMenu)
                return;
            for (int i = 0; i < menuA11y->childCount(); ++i) {
                QAccessibleInterface *entry = menuA11y->child(i);
                entries << entry->text(QAccessible::Name);
                if (entry->text(QAccessible::Name) == u"Déconnexion" && entry->actionInterface()) {
                    entry->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
                    pressed = true;
                }
            }
            // Qt's menu entry action triggers its QAction but leaves the menu open, as a
            // keyboard user would close it with Escape.
            menu->close();
        });
        buttonA11y->actionInterface()->doAction(QAccessibleActionInterface::showMenuAction());
        QCOMPARE(entries, (QStringList{"Changer de mot de passe", "Déconnexion"}));
        QVERIFY(pressed);
        QTRY_VERIFY(!window.isLoggedIn());
        QTRY_VERIFY(window.loginPage()->isVisible());
    }

    void rememberMeKeepsTheIdentifierInSettingsAndThePasswordInTheKeyring() {
        ServiceFixture fx;
        QVERIFY2(fx.isReady(), qPrintable(fx.error()));
        const auto account =
            fx.createAccount(validSiret(22), QStringLiteral("c.d@exemple.fr"), goodPassword);
        {
            LoginPage page(&fx.client(), &fx.credentials(), &fx.settings());
            QSignalSpy loggedIn(&page, &LoginPage::loggedIn);
            auto *remember = child<QCheckBox>(&page, "rememberCheck");
            QTRY_VERIFY(remember->isEnabled());
            remember->setChecked(true);
            attempt(page, account.identifier, goodPassword);
            QTRY_COMPARE_WITH_TIMEOUT(loggedIn.count(), 1, 10000);
            QTRY_VERIFY(fx.credentials().contains(account.identifier));
        }
        QCOMPARE(fx.settings().value(QStringLiteral("login/rememberedIdentifier")).toString(),
                 account.identifier);
        // The settings file never holds the password.
        fx.settings().sync();
        QFile ini(fx.dataDir() + QStringLiteral("/apdesk.ini"));
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains(goodPassword.toUtf8()));

        LoginPage next(&fx.client(), &fx.credentials(), &fx.settings());
        QCOMPARE(child<QLineEdit>(&next, "identifierEdit")->text(), account.identifier);
        QTRY_COMPARE(child<QLineEdit>(&next, "passwordEdit")->text(), goodPassword);
    }

    void withoutAKeyringRememberMeIsDisabledAndSaysWhy() {
        ServiceFixture fx;
        QVERIFY2(fx.isReady(), qPrintable(fx.error()));
        fx.credentials().setAvailable(false);
        LoginPage page(&fx.client(), &fx.credentials(), &fx.settings());
        auto *remember = child<QCheckBox>(&page, "rememberCheck");
        QTRY_VERIFY(!remember->toolTip().isEmpty());
        QVERIFY(!remember->isEnabled());
        QVERIFY(remember->toolTip().contains(QStringLiteral("trousseau")));
    }
};

APDESK_GUI_TEST_MAIN(TestLoginFlow)
#include "test_loginflow.moc"
