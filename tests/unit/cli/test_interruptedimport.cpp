#include "cliprocess.h"
#include "exchangetesthelpers.h"

#include "exchange/samplefiles.h"
#include "store/claimlinerepository.h"
#include "store/employeerepository.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace apdesk;
using namespace apdesk::testing;

namespace {
bool writeFile(const QString &path, const std::function<bool(QIODevice &)> &write) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && write(file);
}
} // namespace

// An import killed in the middle of its transaction leaves the store exactly as it was; and the
// benchmark's generator and import, small enough for the suite.
class TestInterruptedImport final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void aKilledImportLeavesTheStoreAsItWas() {
        QVERIFY(m_dir.isValid());
        const QString db = m_dir.filePath("killed.sqlite");
        const QDate march(2021, 3, 1);
        QVERIFY(createStore(db, march));
        const int employees = 20'000;
        const QString employeesFile = m_dir.filePath("employees.csv");
        const QString hoursFile = m_dir.filePath("hours.csv");
        const QString fewHours = m_dir.filePath("few-hours.csv");
        QVERIFY(writeFile(employeesFile, [&](QIODevice &d) {
            return exchange::SampleFiles::writeEmployees(d, employees);
        }));
        QVERIFY(writeFile(hoursFile, [&](QIODevice &d) {
            return exchange::SampleFiles::writeHours(d, employees, march, 5);
        }));
        QVERIFY(writeFile(fewHours, [&](QIODevice &d) {
            return exchange::SampleFiles::writeHours(d, 3, march, 5);
        }));
        QCOMPARE(runCli({"import", "--db", db, "employees", employeesFile}).exitCode, 0);
        QCOMPARE(runCli({"import", "--db", db, "hours", "--claim", "1", fewHours}).exitCode, 0);

        QList<store::Employee> employeesBefore;
        QList<store::ClaimLine> linesBefore;
        {
            auto store = store::Store::open(db).value();
            employeesBefore = *store->employees().listFor(1);
            linesBefore = *store->claimLines().linesOf(1);
        }
        QCOMPARE(employeesBefore.size(), employees);
        QCOMPARE(linesBefore.size(), 15);

        // Killed once it has written its first slice of rows inside the transaction.
        QProcess import;
        import.start(cliPath(), {"import", "--db", db, "hours", "--claim", "1", "--progress",
                                 "--partial", hoursFile});
        QVERIFY(import.waitForStarted());
        QString progress;
        QTRY_VERIFY_WITH_TIMEOUT((progress += QString::fromUtf8(import.readAllStandardError()))
                                     .contains(QStringLiteral("Écriture : 5000 / 100000 lignes")),
                                 120'000);
        import.kill();
        QVERIFY(import.waitForFinished());
        QCOMPARE(import.exitStatus(), QProcess::CrashExit);

        {
            // The store opens (its checks pass) and holds exactly what it held before.
            auto opened = store::Store::open(db);
            QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
            auto store = std::move(opened).value();
            QCOMPARE(*store->employees().listFor(1), employeesBefore);
            QCOMPARE(*store->claimLines().linesOf(1), linesBefore);
        }

        // The same import, left to finish, writes every line.
        const CliRun finished = runCli({"import", "--db", db, "hours", "--claim", "1", hoursFile});
        QCOMPARE(finished.exitCode, 0);
        QCOMPARE(parseJson(finished.out)["written"].toInt(), employees * 5);
    }

    // The benchmark's path at 1,000 lines: 200 employees × 5 weeks of March 2021.
    void generatedFilesImportAndCompute() {
        QVERIFY(m_dir.isValid());
        const QString db = m_dir.filePath("smoke.sqlite");
        const QDate march(2021, 3, 1);
        QVERIFY(createStore(db, march));
        const QString employeesFile = m_dir.filePath("smoke-employees.csv");
        const QString hoursFile = m_dir.filePath("smoke-hours.csv");
        QVERIFY(writeFile(employeesFile, [](QIODevice &d) {
            return exchange::SampleFiles::writeEmployees(d, 200);
        }));
        QVERIFY(writeFile(hoursFile, [&](QIODevice &d) {
            return exchange::SampleFiles::writeHours(d, 200, march, 5);
        }));
        QCOMPARE(runCli({"import", "--db", db, "employees", employeesFile}).exitCode, 0);
        const CliRun hours = runCli({"import", "--db", db, "hours", "--claim", "1", hoursFile});
        QCOMPARE(hours.exitCode, 0);
        QCOMPARE(parseJson(hours.out)["written"].toInt(), 1000);
        const CliRun claims = runCli({"claims", "--db", db});
        QCOMPARE(claims.exitCode, 0);
        const QJsonObject claim = parseJson(claims.out)["claims"].toArray()[0].toObject();
        QCOMPARE(claim["employees"].toInt(), 200);
        QCOMPARE(claim["lines"].toInt(), 1000);
        QCOMPARE(claim["blockingProblems"].toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestInterruptedImport)
#include "test_interruptedimport.moc"
