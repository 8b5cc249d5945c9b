#include "mail/mailboxmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using apdesk::ui::MailboxModel;

namespace {

MailboxModel::Mail mail(int id, const QString &subject, const QString &sentAt) {
    return {QString::number(id),
            QStringLiteral("notifications-ap@asp-public.fr"),
            QStringLiteral("a@b.fr"),
            subject,
            QStringLiteral("Corps ") + subject,
            QDateTime::fromString(sentAt, Qt::ISODate)};
}

} // namespace

class TestMailboxModel final : public QObject {
    Q_OBJECT

private slots:
    void listsNewestFirstAndCountsUnread() {
        MailboxModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy unread(&model, &MailboxModel::unreadCountChanged);
        model.setMails(
            {mail(1, QStringLiteral("identifiant"), QStringLiteral("2026-11-29T08:00:00Z")),
             mail(2, QStringLiteral("mot de passe"), QStringLiteral("2026-11-29T08:00:01Z")),
             mail(3, QStringLiteral("habilitation"), QStringLiteral("2026-11-29T08:00:02Z"))});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.data(model.index(0, MailboxModel::SubjectColumn)).toString(),
                 QStringLiteral("habilitation"));
        QCOMPARE(model.unreadCount(), 3);
        QCOMPARE(unread.count(), 1);
        QVERIFY(model.data(model.index(0, 0), Qt::FontRole).value<QFont>().bold());
        QVERIFY(model.data(model.index(0, 0), Qt::AccessibleTextRole)
                    .toString()
                    .startsWith(QStringLiteral("Non lu")));

        model.markRead(0);
        QCOMPARE(model.unreadCount(), 2);
        QVERIFY(!model.data(model.index(0, 0), Qt::FontRole).value<QFont>().bold());
        model.markRead(0); // twice is once
        QCOMPARE(unread.count(), 2);
    }

    void readStateSurvivesAReloadAndARestart() {
        MailboxModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<MailboxModel::Mail> mails{
            mail(7, QStringLiteral("a"), QStringLiteral("2026-11-29T08:00:00Z")),
            mail(8, QStringLiteral("b"), QStringLiteral("2026-11-29T09:00:00Z"))};
        model.setMails(mails);
        model.markRead(1);
        model.setMails(mails);
        QCOMPARE(model.unreadCount(), 1);

        MailboxModel restarted;
        restarted.setReadIds(model.readIds());
        restarted.setMails(mails);
        QCOMPARE(restarted.unreadCount(), 1);
        QVERIFY(restarted.data(restarted.index(1, 0), MailboxModel::ReadRole).toBool());
    }
};

QTEST_MAIN(TestMailboxModel)
#include "test_mailboxmodel.moc"
