#include "store/settingsrepository.h"

#include "storetesthelpers.h"

using namespace apdesk::store;
using namespace apdesk::testing;

class TestSettingsRepository final : public QObject {
    Q_OBJECT

private slots:
    void init() {
        QVERIFY(m_dir.isValid());
        m_store = openStore(m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_counter)));
        QVERIFY(m_store);
    }
    void cleanup() { m_store.reset(); }

    void aKeyNeverSetHasNoValue() {
        const auto value = settings().value("ui/last-establishment");
        QVERIFY(value);
        QVERIFY(!value.value().has_value());
        QCOMPARE(settings().value("ui/last-establishment", "none"), QString("none"));
    }

    void setsAndOverwritesAValue() {
        QVERIFY(settings().setValue("ui/language", "fr"));
        QCOMPARE(settings().value("ui/language").value(), std::optional<QString>("fr"));
        QVERIFY(settings().setValue("ui/language", "en"));
        QCOMPARE(settings().value("ui/language", {}), QString("en"));
        QVERIFY(settings().setValue("ui/empty", QString()));
        QCOMPARE(settings().value("ui/empty").value(), std::optional<QString>(""));
    }

    void removesAValue() {
        QVERIFY(settings().setValue("k", "v"));
        QVERIFY(settings().remove("k"));
        QVERIFY(!settings().value("k").value().has_value());
        QVERIFY(settings().remove("never-set"));
    }

    void refusesAnEmptyKey() {
        const auto set = settings().setValue("", "v");
        QVERIFY(!set);
        QCOMPARE(set.error().kind, ErrorKind::Invalid);
    }

private:
    const SettingsRepository &settings() const { return m_store->settings(); }

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestSettingsRepository)
#include "test_settingsrepository.moc"
