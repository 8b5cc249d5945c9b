// "Mot de passe" (forgotten) and "J'ai oublié mon identifiant", against the embedded service,
// with the extranet's verbatim messages.
#include "account/loginpage.h"
#include "account/recoverydialog.h"
#include "mainwindow.h"
#include "support/accessibility.h"
#include "support/guihelpers.h"
#include "support/servicefixture.h"

#include <QPushButton>

#include <source_location>

using namespace apdesk::ui;

namespace {

const QString wrongAnswerMessage = QStringLiteral(
    "Cette réponse est incorrecte. Nous ne pouvons pas vous envoyer un nouveau mot de passe.");
const QString secretsNotSetMessage = QStringLiteral(
    "L'ensemble des secrets (question/réponse secrètes) n'étant pas renseigné pour votre compte "
    "utilisateur, merci de bien vouloir prendre contact avec le support spécifique de votre "
    "application");

// "7 + 5 = ?" → "12"
QString solve(const QString &operation) {
    const auto m =
        QRegularExpression(QStringLiteral("(\\d+)\\s*([-+x×*])\\s*(\\d+)")).match(operation);
    if (!m.hasMatch())
        return {};
    const int a = m.captured(1).toInt();
    const int b = m.captured(3).toInt();
    const QString op = m.captured(2);
    return QString::number(op == QLatin1String("+")   ? a + b
                           : op == QLatin1String("-") ? a - b
                                                      : a * b);
}

RecoveryDialog *openPasswordRecovery(MainWindow &window, const QString &identifier) {
    typeInto(child<QLineEdit>(window.loginPage(), "identifierEdit"), identifier);
    QTest::mouseClick(child<QPushButton>(window.loginPage(), "forgotPasswordLink"), Qt::LeftButton);
    return window.findChild<RecoveryDialog *>();
}

// Called more than once in a test: a failure is reported at the caller's line (a QTRY in here
// would name only itself).
void passTheOperation(RecoveryDialog *dialog,
                      const std::source_location &where = std::source_location::current()) {
    if (!QTest::qWaitFor(
            [&] { return labelText(dialog, "operationLabel").contains(QLatin1Char('=')); })) {
        QTest::qFail(qPrintable(QStringLiteral("no operation to pass, the label says \"%1\"")
                                    .arg(labelText(dialog, "operationLabel"))),
                     where.file_name(), int(where.line()));
        return;
    }
    typeInto(child<QLineEdit>(dialog, "operationResultEdit"),
             solve(labelText(dialog, "operationLabel")));
    QTest::mouseClick(child<QPushButton>(dialog, "continueButton"), Qt::LeftButton);
}

} // namespace

class TestRecoveryFlow final : public QObject {
    Q_OBJECT

private slots:
    void forgottenPasswordWrongThenRightAnswer() {
        ServiceFixture fx;
        QVERIFY2(fx.isReady(), qPrintable(fx.error()));
        const auto account = fx.createAccount(validSiret(31), QStringLiteral("e.f@exemple.fr"),
                                              QStringLiteral("Premier1!"));
        MainWindow window(fx.services());
        window.show();
        RecoveryDialog *dialog = openPasswordRecovery(window, account.identifier);
        QVERIFY(dialog);
        QCOMPARE(child<QLineEdit>(dialog, "recoveryIdentifierEdit")->text(), account.identifier);
        passTheOperation(dialog);
        QTRY_COMPARE(labelText(dialog, "secretQuestionLabel"),
                     QStringLiteral("Quelle est votre ville de naissance ?"));

        typeInto(child<QLineEdit>(dialog, "secretAnswerEdit"), QStringLiteral("Nancy"));
        QTest::mouseClick(child<QPushButton>(dialog, "continueButton"), Qt::LeftButton);
        QTRY_COMPARE(labelText(dialog, "recoveryMessage"), wrongAnswerMessage);
        screenshot(dialog, QStringLiteral("10-recovery-wrong-answer"));

        // The request is spent: the dialog starts again at the operation, the message stays.
        QVERIFY(labelText(dialog, "secretQuestionLabel").isEmpty());
        QCOMPARE(labelText(dialog, "recoveryMessage"), wrongAnswerMessage);
        passTheOperation(dialog);
        QTRY_VERIFY(!labelText(dialog, "secretQuestionLabel").isEmpty());

        // Case, accents and spaces around do not matter.
        typeInto(child<QLineEdit>(dialog, "secretAnswerEdit"), QStringLiteral("  METZ "));
        QTest::mouseClick(child<QPushButton>(dialog, "continueButton"), Qt::LeftButton);
        QTRY_VERIFY2(labelText(dialog, "recoveryDoneLabel").contains(QStringLiteral("courriel")),
                     qPrintable(labelText(dialog, "recoveryMessage")));
        const QString newPassword =
            fx.bracketedValueInMail(account.email, QStringLiteral("nouveau mot de passe"));
        QVERIFY(!newPassword.isEmpty());

        // The new password works, and must be changed at once.
        int status = 0;
        const QJsonObject session = fx.send("POST", QStringLiteral("/api/v1/sessions"),
                                            {{QStringLiteral("identifier"), account.identifier},
                                             {QStringLiteral("password"), newPassword}},
                                            &status);
        QCOMPARE(status, 200);
        QVERIFY(session.value(QStringLiteral("mustChangePassword")).toBool());
    }

    void aUserWhoNeverLoggedInCannotResetAndIsToldWhy() {
        ServiceFixture fx;
        QVERIFY2(fx.isReady(), qPrintable(fx.error()));
        const auto account = fx.createAccount(validSiret(32), QStringLiteral("g.h@exemple.fr"));
        MainWindow window(fx.services());
        window.show();
        RecoveryDialog *dialog = openPasswordRecovery(window, account.identifier);
        QVERIFY(dialog);
        passTheOperation(dialog);
        QTRY_COMPARE(labelText(dialog, "recoveryMessage"), secretsNotSetMessage);
        screenshot(dialog, QStringLiteral("11-recovery-secrets-not-set"));
        QVERIFY(labelText(dialog, "secretQuestionLabel").isEmpty()); // no question shown
    }

    void forgottenIdentifierByEmailAndSecretQuestion() {
        ServiceFixture fx;
        QVERIFY2(fx.isReady(), qPrintable(fx.error()));
        const auto account = fx.createAccount(validSiret(33), QStringLiteral("i.j@exemple.fr"),
                                              QStringLiteral("Premier1!"));
        MainWindow window(fx.services());
        window.show();
        QTest::mouseClick(child<QPushButton>(window.loginPage(), "forgotIdentifierLink"),
                          Qt::LeftButton);
        auto *dialog = window.findChild<RecoveryDialog *>();
        QVERIFY(dialog);
        // The operation is asked here too (issue 17), before the question.
        typeInto(child<QLineEdit>(dialog, "recoveryEmailEdit"), account.email);
        QTRY_VERIFY(labelText(dialog, "operationLabel").contains(QLatin1Char('=')));
        screenshot(dialog, QStringLiteral("13-recovery-identifier-operation"));
        passTheOperation(dialog);
        QTRY_COMPARE(labelText(dialog, "secretQuestionLabel"),
                     QStringLiteral("Quelle est votre ville de naissance ?"));
        screenshot(dialog, QStringLiteral("13-recovery-identifier-question"));
        QCOMPARE(apdesk::testing::unnamedControls(dialog), QStringList());
        typeInto(child<QLineEdit>(dialog, "secretAnswerEdit"), QStringLiteral("metz"));
        QTest::mouseClick(child<QPushButton>(dialog, "continueButton"), Qt::LeftButton);
        QTRY_VERIFY(labelText(dialog, "recoveryDoneLabel").contains(QStringLiteral("identifiant")));
        QTRY_COMPARE(fx.bracketedValueInMail(account.email, QStringLiteral("rappel")),
                     account.identifier);
        // The address typed joins the Messagerie.
        QVERIFY(fx.services().mailWatcher->addresses().contains(account.email));
    }
};

APDESK_GUI_TEST_MAIN(TestRecoveryFlow)
#include "test_recoveryflow.moc"
