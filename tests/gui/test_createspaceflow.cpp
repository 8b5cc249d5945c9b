// End to end against the embedded service, through the program's windows: space creation →
// account request → 3 mails → first login with the forced password change → login → request for
// prior authorisation → decision mail with its code → claim with an employee and hours → sent →
// validated → paid → logout.
#include "account/accountrequestpage.h"
#include "account/changepassworddialog.h"
#include "account/createspacewizard.h"
#include "account/loginpage.h"
#include "claim/aspstatusdialog.h"
#include "claim/claimdocument.h"
#include "claim/claimwindow.h"
#include "claim/createclaimdialog.h"
#include "claim/hoursgridmodel.h"
#include "claim/hoursgridview.h"
#include "establishment/authorisationdialog.h"
#include "establishment/workspacepage.h"
#include "mainwindow.h"
#include "store/claimlinerepository.h"
#include "store/claimrepository.h"
#include "store/employeerepository.h"
#include "store/establishmentrepository.h"
#include "support/accessibility.h"
#include "support/guihelpers.h"
#include "support/servicefixture.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QClipboard>
#include <QDateEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QWizard>

using namespace apdesk::ui;

class TestCreateSpaceFlow final : public QObject {
    Q_OBJECT

private slots:
    void fromSpaceCreationToPayment();
    void aTakenSiretNamesTheUserToContact();
    void theWrittenQuestionReplacesThePictureForAScreenReader();
};

namespace {

void fillRequestForm(AccountRequestPage *page, const QString &email) {
    const QList<QPair<const char *, QString>> fields{
        {"establishment.name", QStringLiteral("Boulangerie du Centre")},
        {"establishment.street", QStringLiteral("12 rue des Lilas")},
        {"establishment.postalCode", QStringLiteral("57000")},
        {"establishment.city", QStringLiteral("Metz")},
        {"establishment.email", email},
        {"establishment.emailConfirmation", email},
        {"establishment.phone", QStringLiteral("03 87 12 34 56")},
        {"contact.lastName", QStringLiteral("Martin")},
        {"contact.firstName", QStringLiteral("Claire")},
        {"contact.email", email},
        {"contact.emailConfirmation", email},
        {"contact.phone", QStringLiteral("03 87 12 34 57")},
        {"secretAnswer", QStringLiteral("Thionville")},
    };
    for (const auto &[name, value] : fields) {
        auto *edit = page->findChild<QLineEdit *>(QLatin1String(name));
        QVERIFY2(edit, name);
        typeInto(edit, value);
    }
}

} // namespace

void TestCreateSpaceFlow::fromSpaceCreationToPayment() {
    ServiceFixture fx;
    QVERIFY2(fx.isReady(), qPrintable(fx.error()));
    MainWindow window(fx.services());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    screenshot(&window, QStringLiteral("01-login"));

    // "CRÉER MON ESPACE" opens the wizard.
    QTest::mouseClick(child<QPushButton>(&window, "createSpaceButton"), Qt::LeftButton);
    auto *wizard = window.findChild<CreateSpaceWizard *>();
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());

    // Step 1: the SIRET is checked as typed; Next stays disabled until it is valid.
    auto *siret = child<QLineEdit>(wizard, "siretEdit");
    typeInto(siret, QStringLiteral("123 456 789"));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(!labelText(wizard, "siretFeedback").isEmpty());
    const QString newSiret = validSiret(11);
    typeInto(siret, newSiret.left(3) + QLatin1Char(' ') + newSiret.mid(3, 3) + QLatin1Char(' ') +
                        newSiret.mid(6, 3) + QLatin1Char(' ') + newSiret.mid(9));
    QVERIFY(labelText(wizard, "siretFeedback").startsWith(QStringLiteral("SIRET valide")));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    screenshot(wizard, QStringLiteral("02-wizard-siret"));
    wizard->next();

    // Step 2: "Contrôle de sécurité". The button says VALIDER; the terms box is required.
    QCOMPARE(wizard->currentId(), int(CreateSpaceWizard::SecurityPageId));
    QCOMPARE(wizard->button(QWizard::NextButton)->text(), QStringLiteral("VALIDER"));
    auto *picture = child<QLabel>(wizard, "captchaPicture");
    QTRY_VERIFY(!picture->pixmap().isNull());
    QVERIFY(!child<QToolButton>(wizard, "newCaptchaButton")->toolTip().isEmpty());
    typeInto(child<QLineEdit>(wizard, "captchaAnswerEdit"), fx.latestCaptchaAnswer().toLower());
    wizard->next();
    QCOMPARE(labelText(wizard, "securityMessage"),
             QStringLiteral("N'oubliez pas de cocher les conditions générales d'utilisation avant "
                            "de valider votre demande."));
    screenshot(wizard, QStringLiteral("03-wizard-security"));
    child<QCheckBox>(wizard, "cguCheck")->setChecked(true);
    wizard->next();
    QTRY_COMPARE(wizard->currentId(), int(CreateSpaceWizard::RequestPageId));

    // Step 3: the account request, with the extranet's verbatim messages.
    auto *request = wizard->requestPage();
    QCOMPARE(wizard->button(QWizard::NextButton)->text(), QStringLiteral("ENVOYER"));
    wizard->next();
    QCOMPARE(labelText(request, "requestMessage"),
             QStringLiteral("Tous les champs obligatoires (marqués d'un *) ne sont pas "
                            "renseignés."));
    // Field limits: 28 characters for the street, 38 for the complement, counted live.
    auto *street = child<QLineEdit>(request, "establishment.street");
    typeInto(street, QStringLiteral("123456789 avenue des Champs-Elysees"));
    QCOMPARE(street->text().size(), AccountRequestPage::StreetMaxLength);
    QCOMPARE(labelText(request, "establishment.streetCounter"),
             QStringLiteral("28 / 28 caractères"));
    auto *complement = child<QLineEdit>(request, "establishment.streetComplement");
    typeInto(complement, QString(50, QLatin1Char('b')));
    QCOMPARE(complement->text().size(), AccountRequestPage::ComplementMaxLength);
    QCOMPARE(labelText(request, "establishment.streetComplementCounter"),
             QStringLiteral("38 / 38 caractères"));
    complement->clear();
    // Checked at the field: a mobile is not a landline, the e-mail pair must match.
    typeInto(child<QLineEdit>(request, "contact.phone"), QStringLiteral("06 12 34 56 78"));
    child<QLineEdit>(request, "contact.lastName")->setFocus();
    QVERIFY(!labelText(request, "contact.phoneError").isEmpty());
    typeInto(child<QLineEdit>(request, "contact.email"), QStringLiteral("a@exemple.fr"));
    typeInto(child<QLineEdit>(request, "contact.emailConfirmation"),
             QStringLiteral("b@exemple.fr"));
    child<QLineEdit>(request, "contact.lastName")->setFocus();
    QCOMPARE(labelText(request, "contact.emailConfirmationError"),
             QStringLiteral("Les deux adresses électroniques saisies ne sont pas identiques."));
    // Pasting into an e-mail field is refused and said so next to the field.
    QApplication::clipboard()->setText(QStringLiteral("copie@exemple.fr"));
    auto *establishmentEmail = child<QLineEdit>(request, "establishment.email");
    establishmentEmail->clear();
    establishmentEmail->setFocus();
    QTest::keySequence(establishmentEmail, QKeySequence::Paste);
    QVERIFY(establishmentEmail->text().isEmpty());
    QVERIFY(labelText(request, "establishment.emailError").contains(QStringLiteral("collage")));
    QVERIFY(child<QLabel>(request, "manualEntryNote")->isVisibleTo(request));

    const QString email = QStringLiteral("claire.martin@boulangerie-centre.fr");
    fillRequestForm(request, email);
    screenshot(wizard, QStringLiteral("04-wizard-request"));
    wizard->next();
    QCOMPARE(labelText(request, "requestMessage"),
             QStringLiteral("N'oubliez pas de cocher les conditions générales d'utilisation avant "
                            "de valider votre demande."));
    child<QCheckBox>(request, "requestCguCheck")->setChecked(true);
    wizard->next();
    QTRY_COMPARE(wizard->currentId(), int(CreateSpaceWizard::SentPageId));
    const QString sent = labelText(wizard, "requestSentText");
    QVERIFY(sent.contains(QStringLiteral("3 courriels")));
    QVERIFY(sent.contains(QStringLiteral("48 heures")));
    QVERIFY(sent.contains(QStringLiteral("indésirables")));
    QVERIFY(sent.contains(QStringLiteral("contact-ap@asp-public.fr")));
    screenshot(wizard, QStringLiteral("05-wizard-sent"));
    wizard->accept();

    // The 3 mails reach the Messagerie; the unread count shows on the main window.
    QTRY_VERIFY_WITH_TIMEOUT(window.mailButton()->text().contains(QStringLiteral("3")), 10000);
    window.openMailbox();
    auto *mailList = window.findChild<QTableView *>(QStringLiteral("mailList"));
    QVERIFY(mailList);
    QCOMPARE(mailList->model()->rowCount(), 3);
    auto *reader = window.findChild<QTextBrowser *>(QStringLiteral("mailReader"));
    // The Messagerie is a dialog window with its own Fermer, as a screen reader announces it.
    QWidget *mailbox = mailList->window();
    QCOMPARE(QAccessible::queryAccessibleInterface(mailbox)->role(), QAccessible::Dialog);
    QVERIFY(child<QPushButton>(mailbox, "closeMailboxButton")->isVisible());
    // Each cell says its own column: the date (and that it is unread), the recipient, the subject.
    QVERIFY2(
        apdesk::testing::cellName(mailList, 0, 0).startsWith(QStringLiteral("Non lu, reçu le ")),
        qPrintable(apdesk::testing::cellName(mailList, 0, 0)));
    QCOMPARE(apdesk::testing::cellName(mailList, 0, 1), QStringLiteral("À : %1").arg(email));
    QVERIFY(apdesk::testing::cellName(mailList, 0, 2).startsWith(QStringLiteral("Objet : ")));
    // The list taking the focus makes a row current but opens nothing: all 3 stay unread.
    mailList->setFocus();
    QTRY_VERIFY(mailList->currentIndex().isValid());
    QTest::qWait(50);
    QVERIFY(reader->toPlainText().isEmpty());
    QVERIFY(window.mailButton()->text().contains(QStringLiteral("3")));
    // Enter opens the current mail and marks it read.
    QTest::keyClick(mailList, Qt::Key_Return);
    QVERIFY(!reader->toPlainText().isEmpty());
    QTRY_VERIFY(window.mailButton()->text().contains(QStringLiteral("2")));
    QVERIFY(mailbox->isVisible()); // Enter went to the list, not to the dialog's buttons
    // A screen reader's action on another row's cell opens that mail.
    QAccessibleInterface *cell =
        QAccessible::queryAccessibleInterface(mailList)->tableInterface()->cellAt(2, 2);
    QVERIFY(cell && cell->actionInterface());
    const QString subject2 = mailList->model()->index(2, 2).data().toString();
    cell->actionInterface()->doAction(QAccessibleActionInterface::toggleAction());
    QTRY_VERIFY(reader->toPlainText().contains(subject2));
    QTRY_VERIFY(window.mailButton()->text().contains(QStringLiteral("1")));
    screenshot(mailList, QStringLiteral("06-mailbox"));

    // First login: the identifiant pasted from the mail with its brackets and spaces.
    const QString identifier = fx.bracketedValueInMail(email, QStringLiteral("identifiant"));
    const QString password = fx.bracketedValueInMail(email, QStringLiteral("mot de passe"));
    QVERIFY(!identifier.isEmpty() && !password.isEmpty());
    auto *login = window.loginPage();
    auto *identifierEdit = child<QLineEdit>(login, "identifierEdit");
    identifierEdit->clear();
    identifierEdit->setFocus();
    QApplication::clipboard()->setText(QStringLiteral("  [") + identifier + QStringLiteral("] "));
    QTest::keySequence(identifierEdit, QKeySequence::Paste);
    QCOMPARE(identifierEdit->text(), identifier);
    auto *passwordEdit = child<QLineEdit>(login, "passwordEdit");
    QApplication::clipboard()->setText(QLatin1Char('[') + password + QLatin1Char(']'));
    passwordEdit->setFocus();
    QTest::keySequence(passwordEdit, QKeySequence::Paste);
    QCOMPARE(passwordEdit->text(), password);
    QTest::keyClick(passwordEdit, Qt::Key_Return);

    // The forced "Changement du mot de passe", with its live checklist.
    ChangePasswordDialog *change = nullptr;
    QTRY_VERIFY((change = window.findChild<ChangePasswordDialog *>()) && change->isVisible());
    QVERIFY(!change->findChild<QLineEdit *>(QStringLiteral("currentPasswordEdit")));
    typeInto(child<QLineEdit>(change, "newPasswordEdit"), QStringLiteral("court"));
    QVERIFY(labelText(change, "passwordRule0").contains(QStringLiteral("non respectée")));
    const QString newPassword = QStringLiteral("Boulange2026!");
    typeInto(child<QLineEdit>(change, "newPasswordEdit"), newPassword);
    typeInto(child<QLineEdit>(change, "confirmPasswordEdit"), newPassword);
    QVERIFY(labelText(change, "passwordRuleMatch").contains(QStringLiteral(": respectée")));
    screenshot(change, QStringLiteral("07-change-password"));
    QTest::mouseClick(child<QPushButton>(change, "changePasswordButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(labelText(login, "loginMessage").contains(QStringLiteral("changé")),
                             10000);

    // Login with the new password opens the work area, with prenom.nom at the top right.
    typeInto(identifierEdit, identifier);
    typeInto(passwordEdit, newPassword);
    QTest::keyClick(passwordEdit, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(window.isLoggedIn(), 10000);
    QCOMPARE(window.displayName(), QStringLiteral("claire.martin"));
    QCOMPARE(window.userButton()->text(), QStringLiteral("claire.martin"));
    QTRY_COMPARE(window.workspace()->establishmentCount(), 1);
    QCOMPARE(window.workspace()->currentSiret(), newSiret);
    // The login's establishment is kept on this computer for offline work (Metz: 57).
    const auto local = fx.services().store->establishments().list();
    QVERIFY(local.isOk());
    QCOMPARE(local.value().size(), 1);
    QCOMPARE(local.value().constFirst().siret, newSiret);
    QCOMPARE(local.value().constFirst().departement, QStringLiteral("57"));
    screenshot(&window, QStringLiteral("08-workspace"));

    // A request for prior authorisation, November 2026 to January 2027, which the
    // administration accepts: the decision's notification brings its secret code.
    QTest::mouseClick(child<QPushButton>(window.workspace(), "openAuthorisationsButton"),
                      Qt::LeftButton);
    AuthorisationDialog *dap = nullptr;
    QTRY_VERIFY((dap = window.findChild<AuthorisationDialog *>()) != nullptr);
    child<QDateEdit>(dap, "periodStartEdit")->setDate(QDate(2026, 11, 1));
    child<QDateEdit>(dap, "periodEndEdit")->setDate(QDate(2027, 1, 31));
    child<QSpinBox>(dap, "employeesSpin")->setValue(3);
    typeInto(child<QLineEdit>(dap, "hoursEdit"), QStringLiteral("500"));
    QSignalSpy submitted(dap, &AuthorisationDialog::submitted);
    QTest::mouseClick(child<QPushButton>(dap, "sendAuthorisationButton"), Qt::LeftButton);
    QVERIFY(submitted.wait(10000));
    int status = 0;
    fx.send("POST",
            QStringLiteral("/sim/authorisation-requests/%1/decision")
                .arg(submitted.at(0).at(0).toLongLong()),
            {{"accept", true}}, &status);
    QCOMPARE(status, 200);
    dap->close();
    const QString code = fx.bracketedValueInMail(email, QStringLiteral("notification de décision"));
    QCOMPARE(code.size(), 10);

    // A claim for November 2026 with that code.
    QTest::mouseClick(child<QPushButton>(window.workspace(), "createClaimButton"), Qt::LeftButton);
    CreateClaimDialog *create = nullptr;
    QTRY_VERIFY((create = window.findChild<CreateClaimDialog *>()) != nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(labelText(create, "decisionsState").contains(QStringLiteral("à jour")),
                             10000);
    auto *codeEdit = child<QLineEdit>(create, "secretCodeEdit");
    QTest::keyClicks(codeEdit, code);
    QTest::keyClick(codeEdit, Qt::Key_Return);
    child<QCalendarWidget>(create, "monthCalendar")->setSelectedDate(QDate(2026, 11, 15));
    QTest::mouseClick(child<QPushButton>(create, "createClaimButton"), Qt::LeftButton);
    ClaimWindow *claim = nullptr;
    QTRY_VERIFY((claim = window.findChild<ClaimWindow *>()) != nullptr);

    // An employee of the establishment joins the claim; 10 h worked the week of 9 November
    // (11 November off: a cap of 28 h) are typed in the grid.
    const apdesk::store::Store &store = *fx.services().store;
    apdesk::store::Employee employee;
    employee.establishmentId = claim->document()->assembled().establishment.id;
    employee.nir = QStringLiteral("185057800608491");
    employee.matricule = QStringLiteral("001");
    employee.lastName = QStringLiteral("Dupont");
    employee.firstName = QStringLiteral("Paul");
    employee.entryDate = QDate(2020, 1, 6);
    employee.weeklyHours = apdesk::domain::Hours::fromWholeHours(35);
    employee.grossHourlyPay = apdesk::domain::HourlyPay::fromCents(1600);
    employee.usualNetHourlyPay = apdesk::domain::HourlyPay::fromCents(1250);
    const qint64 employeeId = store.employees().add(employee).value();
    QVERIFY(store.claimLines().addEmployees(claim->claimId(), {employeeId}));
    QString error;
    QVERIFY2(claim->document()->reload(&error), qPrintable(error));
    HoursGridView *grid = claim->gridView();
    int workedColumn = -1;
    for (int section = 0; section < claim->gridModel()->columnCount(); ++section) {
        const auto column = claim->gridModel()->column(section);
        if (column.week == 2 && column.field == HoursGridModel::Field::Worked)
            workedColumn = section;
    }
    QVERIFY(workedColumn >= 0);
    claim->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(claim));
    grid->setFocus();
    grid->setCurrentIndex(claim->gridModel()->index(0, workedColumn));
    QTest::keyClick(grid, '1'); // the first key opens the cell's editor, as a clerk types
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("0"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(claim->document()->totalHours().hundredths(), qint64(1800));

    // Sent to the UD, then instructed and paid by the administration.
    QMessageBox *confirm = claim->sendToAdministration();
    QVERIFY(confirm);
    QTest::mouseClick(child<QPushButton>(confirm, "confirmSendButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(store.claims().find(claim->claimId())->status,
                              apdesk::store::ClaimStatus::Sent, 10000);
    // Its number, from the acknowledgement mailed to the establishment.
    QString number;
    for (const QJsonValue &mail : fx.mailsTo(email)) {
        const QString subject = mail[QStringLiteral("subject")].toString();
        if (subject.contains(QStringLiteral("demande d'indemnisation n° ")))
            number = subject.section(QStringLiteral("n° "), 1).section(QLatin1Char(' '), 0, 0);
    }
    QVERIFY(number.startsWith(QStringLiteral("DI-")));
    for (int step = 0; step < 4; ++step) {
        fx.send("POST", QStringLiteral("/sim/claims/%1/advance").arg(number), {}, &status);
        QCOMPARE(status, 200);
    }
    AspStatusDialog *followUp = claim->showAspStatus();
    QVERIFY(followUp);
    QTRY_COMPARE_WITH_TIMEOUT(followUp->history()->rowCount(), 5, 10000);
    const QString paid = QLocale().toCurrencyString(
        claim->document()->totalAllocation().cents() / 100.0, QStringLiteral("€"));
    QVERIFY2(
        labelText(followUp, "aspSummary").contains(QStringLiteral("Montant payé : %1").arg(paid)),
        qPrintable(labelText(followUp, "aspSummary")));
    bool paidMail = false;
    for (const QJsonValue &mail : fx.mailsTo(email))
        paidMail = paidMail || mail[QStringLiteral("subject")].toString().endsWith(
                                   QStringLiteral("Paiement effectué"));
    QVERIFY(paidMail);
    screenshot(followUp, QStringLiteral("09-paid"));
    followUp->close();
    claim->close();

    // "Déconnexion" from the prenom.nom menu.
    window.findChild<QAction *>(QStringLiteral("logoutAction"))->trigger();
    QVERIFY(!window.isLoggedIn());
    QVERIFY(window.loginPage()->isVisible());
    QVERIFY(labelText(login, "loginMessage").contains(QStringLiteral("déconnecté")));
}

void TestCreateSpaceFlow::aTakenSiretNamesTheUserToContact() {
    ServiceFixture fx;
    QVERIFY2(fx.isReady(), qPrintable(fx.error()));
    const QString siret = validSiret(12);
    fx.createAccount(siret, QStringLiteral("jean.dupont@exemple.fr"));

    CreateSpaceWizard wizard(&fx.client());
    wizard.show();
    typeInto(child<QLineEdit>(&wizard, "siretEdit"), siret);
    wizard.next();
    QTRY_VERIFY(!child<QLabel>(&wizard, "captchaPicture")->pixmap().isNull());
    typeInto(child<QLineEdit>(&wizard, "captchaAnswerEdit"), fx.latestCaptchaAnswer());
    child<QCheckBox>(&wizard, "cguCheck")->setChecked(true);
    wizard.next();
    QTRY_VERIFY(labelText(&wizard, "securityMessage").contains(QStringLiteral("j***@exemple.fr")));
    QCOMPARE(wizard.currentId(), int(CreateSpaceWizard::SecurityPageId));
    // The picture was used: a new one is drawn for the next attempt.
    QTRY_VERIFY(!child<QLabel>(&wizard, "captchaPicture")->pixmap().isNull());
}

// A user who cannot see the picture: the link beside it, pressed through its accessibility
// action as a screen reader does, draws a question in words; the answer field is named for it
// and describes it; a wrong answer draws a new question; the right one, in figures, moves on.
void TestCreateSpaceFlow::theWrittenQuestionReplacesThePictureForAScreenReader() {
    ServiceFixture fx;
    QVERIFY2(fx.isReady(), qPrintable(fx.error()));
    CreateSpaceWizard wizard(&fx.client());
    wizard.show();
    typeInto(child<QLineEdit>(&wizard, "siretEdit"), validSiret(13));
    wizard.next();
    QTRY_VERIFY(!child<QLabel>(&wizard, "captchaPicture")->pixmap().isNull());
    auto *link = child<QPushButton>(&wizard, "captchaAlternativeLink");
    QAccessibleInterface *linkInterface = QAccessible::queryAccessibleInterface(link);
    QVERIFY(linkInterface && linkInterface->actionInterface());
    QVERIFY2(linkInterface->text(QAccessible::Name).contains("question écrite"),
             qPrintable(linkInterface->text(QAccessible::Name)));
    linkInterface->actionInterface()->doAction(QAccessibleActionInterface::pressAction());

    auto *question = child<QLabel>(&wizard, "captchaQuestion");
    QTRY_VERIFY(question->text().endsWith(QStringLiteral("Répondez en chiffres.")));
    QVERIFY(question->isVisible());
    QVERIFY(!child<QLabel>(&wizard, "captchaPicture")->isVisible());
    auto *answer = child<QLineEdit>(&wizard, "captchaAnswerEdit");
    QCOMPARE(answer->accessibleName(), QStringLiteral("Réponse à la question, en chiffres"));
    QCOMPARE(answer->accessibleDescription(), question->text());
    QCOMPARE(child<QToolButton>(&wizard, "newCaptchaButton")->accessibleName(),
             QStringLiteral("Nouvelle question"));
    QCOMPARE(apdesk::testing::unnamedControls(&wizard), QStringList());
    screenshot(&wizard, QStringLiteral("wizard-security-question"));

    // A wrong answer: refused, and a new question replaces the one used.
    const QString firstId = fx.latestCaptchaId();
    child<QCheckBox>(&wizard, "cguCheck")->setChecked(true);
    typeInto(answer, QString::number(fx.latestCaptchaAnswer().toInt() + 1));
    wizard.next();
    QTRY_VERIFY(labelText(&wizard, "securityMessage").contains("contrôle de sécurité"));
    QCOMPARE(wizard.currentId(), int(CreateSpaceWizard::SecurityPageId));
    QTRY_VERIFY(fx.latestCaptchaId() != firstId && !answer->accessibleDescription().isEmpty());
    QVERIFY(question->text().endsWith(QStringLiteral("Répondez en chiffres.")));

    // The right answer, typed and sent with Enter.
    typeInto(answer, fx.latestCaptchaAnswer());
    QTest::keyClick(answer, Qt::Key_Return);
    QTRY_COMPARE(wizard.currentId(), int(CreateSpaceWizard::RequestPageId));
    QVERIFY(!wizard.field(QStringLiteral("registrationToken")).toString().isEmpty());
    typeInto(child<QLineEdit>(wizard.requestPage(), "contact.email"),
             QStringLiteral("lea@exemple.fr"));

    // Back, the picture can be had again.
    wizard.back();
    QCOMPARE(wizard.currentId(), int(CreateSpaceWizard::SecurityPageId));
    QTRY_VERIFY(question->text().endsWith(QStringLiteral("Répondez en chiffres.")));
    QTest::mouseClick(link, Qt::LeftButton);
    QTRY_VERIFY(!child<QLabel>(&wizard, "captchaPicture")->pixmap().isNull());
    QVERIFY(!question->isVisible());
    QCOMPARE(answer->accessibleName(), QStringLiteral("Caractères de l'image"));
    // Forward again: the space is made already, and the request form kept what was typed.
    wizard.next();
    QCOMPARE(wizard.currentId(), int(CreateSpaceWizard::RequestPageId));
    QCOMPARE(child<QLineEdit>(wizard.requestPage(), "contact.email")->text(),
             QStringLiteral("lea@exemple.fr"));
}

APDESK_GUI_TEST_MAIN(TestCreateSpaceFlow)
#include "test_createspaceflow.moc"
