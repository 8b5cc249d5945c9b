#include "domain/passwordpolicy.h"

#include <QTest>

using apdesk::domain::PasswordRule;
namespace PasswordPolicy = apdesk::domain::PasswordPolicy;

using Rules = QList<PasswordRule>;

class TestPasswordPolicy final : public QObject {
    Q_OBJECT

private slots:
    void reportsEachUnmetRuleSeparately_data() {
        QTest::addColumn<QString>("password");
        QTest::addColumn<Rules>("unmet");
        const auto length = PasswordRule::MinimumLength;
        const auto digit = PasswordRule::Digit;
        const auto special = PasswordRule::SpecialCharacter;
        QTest::newRow("all met") << "Soleil-2026" << Rules{};
        QTest::newRow("exactly 8") << "abcdef1!" << Rules{};
        QTest::newRow("too short only") << "ab1!" << Rules{length};
        QTest::newRow("7 characters") << "abcde1!" << Rules{length};
        QTest::newRow("no digit only") << "Soleil-deux" << Rules{digit};
        QTest::newRow("no special only") << "Soleil2026" << Rules{special};
        QTest::newRow("a space is not special") << "Soleil 2026" << Rules{special};
        QTest::newRow("accented letters are not special") << "ééééé2026" << Rules{special};
        QTest::newRow("euro sign is special") << QStringLiteral("prix2026€") << Rules{};
        QTest::newRow("nothing met") << "abc" << Rules{length, digit, special};
        QTest::newRow("empty") << "" << Rules{length, digit, special};
        // Eight code points, eleven UTF-16 units: the length counts characters.
        QTest::newRow("emoji count once")
            << QStringLiteral("\U0001F600\U0001F600\U0001F6001abcd") << Rules{};
        QTest::newRow("seven code points in UTF-16 pairs")
            << QStringLiteral("\U0001F600\U0001F600\U0001F600\U0001F600\U0001F600\U0001F6001")
            << Rules{length};
    }
    void reportsEachUnmetRuleSeparately() {
        QFETCH(QString, password);
        QFETCH(Rules, unmet);
        QCOMPARE(PasswordPolicy::unmetRules(password), unmet);
        QCOMPARE(PasswordPolicy::isAcceptable(password), unmet.isEmpty());
    }

    void describesEveryRuleInFrench() {
        QCOMPARE(PasswordPolicy::allRules(),
                 (Rules{PasswordRule::MinimumLength, PasswordRule::Digit,
                        PasswordRule::SpecialCharacter}));
        QCOMPARE(PasswordPolicy::describe(PasswordRule::MinimumLength),
                 QStringLiteral("Au moins 8 caractères"));
        QCOMPARE(PasswordPolicy::describe(PasswordRule::Digit),
                 QStringLiteral("Au moins un chiffre"));
        QVERIFY(PasswordPolicy::describe(PasswordRule::SpecialCharacter)
                    .startsWith(QStringLiteral("Au moins un caractère spécial")));
    }
};

QTEST_GUILESS_MAIN(TestPasswordPolicy)
#include "test_passwordpolicy.moc"
