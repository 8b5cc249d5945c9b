#include "domain/frenchtext.h"

#include <QTest>

using apdesk::domain::frenchtext::elideBeforeMonths;

class TestFrenchText final : public QObject {
    Q_OBJECT

private slots:
    void elidesDeBeforeAVowelMonth_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("avril") << "La demande de avril 2026"
                               << "La demande d'avril 2026";
        QTest::newRow("août") << "Salariés de août 2026"
                              << "Salariés d'août 2026";
        QTest::newRow("octobre, sentence start") << "De octobre à novembre"
                                                 << "D'octobre à novembre";
        QTest::newRow("twice") << "celle de avril pour celle de mai"
                               << "celle d'avril pour celle de mai";
        QTest::newRow("consonant month") << "Demande de mai 2026"
                                         << "Demande de mai 2026";
        QTest::newRow("a word, not a month") << "de octobres et de avrils"
                                             << "de octobres et de avrils";
        QTest::newRow("inside a word") << "garde avril"
                                       << "garde avril";
        QTest::newRow("English") << "Claim for April 2026"
                                 << "Claim for April 2026";
    }
    void elidesDeBeforeAVowelMonth() {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(elideBeforeMonths(text), expected);
    }
};

QTEST_GUILESS_MAIN(TestFrenchText)
#include "test_frenchtext.moc"
