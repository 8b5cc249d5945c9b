#include "cli/command.h"
#include "cli/commandtable.h"
#include "cli/dispatcher.h"

#include <QTest>
#include <QTextStream>

using apdesk::cli::Command;
using apdesk::cli::Dispatcher;
namespace ExitCode = apdesk::cli::ExitCode;

namespace {

// A command that records how it was called, standing for the commands later issues add.
class FakeCommand final : public Command {
public:
    FakeCommand(QString name, int exitCode, QStringList *calls, bool usesStore = false)
        : m_name(std::move(name))
        , m_exitCode(exitCode)
        , m_calls(calls)
        , m_usesStore(usesStore) {}
    QString name() const override { return m_name; }
    QString summary() const override { return QStringLiteral("résumé de %1").arg(m_name); }
    QString help() const override { return QStringLiteral("aide de %1\n").arg(m_name); }
    bool usesStore() const override { return m_usesStore; }
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override {
        m_calls->append(m_name + u':' + arguments.join(u','));
        out << "sortie\n";
        err << (m_exitCode == 0 ? "" : "erreur\n");
        return m_exitCode;
    }

private:
    QString m_name;
    int m_exitCode;
    QStringList *m_calls;
    bool m_usesStore;
};

struct Outcome {
    int exitCode;
    QString out;
    QString err;
};

} // namespace

class TestDispatcher final : public QObject {
    Q_OBJECT

private:
    QStringList m_calls;

    Outcome dispatch(const QStringList &arguments) {
        std::vector<std::unique_ptr<Command>> commands;
        commands.push_back(std::make_unique<FakeCommand>(QStringLiteral("compute"), 0, &m_calls));
        commands.push_back(std::make_unique<FakeCommand>(QStringLiteral("import"),
                                                         ExitCode::Failure, &m_calls,
                                                         /*usesStore=*/true));
        const Dispatcher dispatcher(std::move(commands));
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        const int code = dispatcher.run(arguments, outStream, errStream);
        outStream.flush();
        errStream.flush();
        return {code, out, err};
    }

private slots:
    void init() { m_calls.clear(); }

    void handsTheRestOfTheLineToTheCommand() {
        const Outcome outcome = dispatch({"compute", "a", "b c"});
        QCOMPARE(outcome.exitCode, ExitCode::Success);
        QCOMPARE(m_calls, QStringList{"compute:a,b c"});
        QCOMPARE(outcome.out, QStringLiteral("sortie\n"));
        QCOMPARE(outcome.err, QString());
    }

    void passesOnTheCommandsExitCode() {
        const Outcome outcome = dispatch({"import"});
        QCOMPARE(outcome.exitCode, ExitCode::Failure);
        QCOMPARE(m_calls, QStringList{"import:"});
        QCOMPARE(outcome.err, QStringLiteral("erreur\n"));
    }

    void listsEveryCommandInTheOverview() {
        const Outcome outcome = dispatch({"--help"});
        QCOMPARE(outcome.exitCode, ExitCode::Success);
        QVERIFY(m_calls.isEmpty());
        QVERIFY2(outcome.out.contains(QStringLiteral("\n  compute  résumé de compute\n")),
                 qPrintable(outcome.out));
        QVERIFY2(outcome.out.contains(QStringLiteral("\n  import   résumé de import\n")),
                 qPrintable(outcome.out));
        // Every exit code a script may meet, the store and partial-import ones too (issue 17).
        for (const char *code :
             {"0 réussite", "1 échec", "2 ligne de commande", "3 fichier", "4 import partiel"})
            QVERIFY2(outcome.out.contains(QString::fromUtf8(code)), code);
    }

    void answersHelpForACommandWithoutRunningIt_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("help NAME") << QStringList{"help", "import"};
        QTest::newRow("NAME --help") << QStringList{"import", "--help"};
        QTest::newRow("NAME -h") << QStringList{"import", "-h"};
        QTest::newRow("NAME args --help") << QStringList{"import", "file.csv", "--help"};
    }
    void answersHelpForACommandWithoutRunningIt() {
        QFETCH(QStringList, arguments);
        const Outcome outcome = dispatch(arguments);
        QCOMPARE(outcome.exitCode, ExitCode::Success);
        QCOMPARE(outcome.out, QStringLiteral("aide de import\n"));
        QCOMPARE(outcome.err, QString());
        QVERIFY(m_calls.isEmpty());
    }

    // Issue 6 writes `apdesk-cli --db FILE import …`: the store may come before the command.
    void movesALeadingStoreAfterTheCommandName_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("call");
        QTest::newRow("--db FILE NAME args")
            << QStringList{"--db", "a.sqlite", "import", "hours", "x.csv"}
            << "import:--db,a.sqlite,hours,x.csv";
        QTest::newRow("--db FILE NAME")
            << QStringList{"--db", "a.sqlite", "import"} << "import:--db,a.sqlite";
        QTest::newRow("NAME --db FILE, unchanged")
            << QStringList{"import", "--db", "a.sqlite", "x.csv"} << "import:--db,a.sqlite,x.csv";
    }
    void movesALeadingStoreAfterTheCommandName() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, call);
        const Outcome outcome = dispatch(arguments);
        QCOMPARE(outcome.exitCode, ExitCode::Failure); // the fake import's own code
        QCOMPARE(m_calls, QStringList{call});
    }

    void answersHelpAfterALeadingStore() {
        const Outcome outcome = dispatch({"--db", "a.sqlite", "import", "--help"});
        QCOMPARE(outcome.exitCode, ExitCode::Success);
        QCOMPARE(outcome.out, QStringLiteral("aide de import\n"));
        QVERIFY(m_calls.isEmpty());
    }

    void namesTheCommandsThatTakeAStoreInTheOverview() {
        const Outcome outcome = dispatch({"--help"});
        QVERIFY2(outcome.out.contains(QStringLiteral("--db DONNÉES")), qPrintable(outcome.out));
        QVERIFY2(outcome.out.contains(QStringLiteral("(import)")), qPrintable(outcome.out));
    }

    void reportsUsageErrorsWithExitCode2_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("err");
        QTest::newRow("unknown command")
            << QStringList{"claims"}
            << "Commande inconnue : « claims ». Commandes disponibles : compute, import. Voir "
               "« apdesk-cli --help ».\n";
        QTest::newRow("unknown option")
            << QStringList{"-q"} << "Option inconnue : « -q ». Voir « apdesk-cli --help ».\n";
        QTest::newRow("help of an unknown command")
            << QStringList{"help", "claims"}
            << "Commande inconnue : « claims ». Commandes disponibles : compute, import.\n";
        const QString noFile = "L'option --db attend le fichier de données : apdesk-cli --db "
                               "DONNÉES COMMANDE [ARGUMENTS…].\n";
        QTest::newRow("--db alone") << QStringList{"--db"} << noFile;
        QTest::newRow("--db then an option") << QStringList{"--db", "--help"} << noFile;
        QTest::newRow("--db without its file, then the command")
            << QStringList{"--db", "import", "hours", "x.csv"} << noFile;
        QTest::newRow("--db FILE without a command")
            << QStringList{"--db", "a.sqlite"}
            << "« --db a.sqlite » doit être suivi d'une commande qui utilise un fichier de "
               "données (import) ; rien n'a été donné. Voir « apdesk-cli --help ».\n";
        QTest::newRow("--db before a command without a store")
            << QStringList{"--db", "a.sqlite", "compute", "c.json"}
            << "« --db a.sqlite » doit être suivi d'une commande qui utilise un fichier de "
               "données (import) ; « compute » a été donné. Voir « apdesk-cli --help ».\n";
        QTest::newRow("--db before an unknown command")
            << QStringList{"--db", "a.sqlite", "claims"}
            << "« --db a.sqlite » doit être suivi d'une commande qui utilise un fichier de "
               "données (import) ; « claims » a été donné. Voir « apdesk-cli --help ».\n";
        QTest::newRow("--db twice")
            << QStringList{"--db", "a.sqlite", "import", "--db", "b.sqlite", "x.csv"}
            << "Le fichier de données est indiqué deux fois : --db s'emploie une seule fois, "
               "avant ou après le nom de la commande.\n";
    }
    void reportsUsageErrorsWithExitCode2() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, err);
        const Outcome outcome = dispatch(arguments);
        QCOMPARE(outcome.exitCode, ExitCode::Usage);
        QCOMPARE(outcome.err, err);
        QCOMPARE(outcome.out, QString());
        QVERIFY(m_calls.isEmpty());
    }

    void noArgumentsShowsTheOverviewOnStderr() {
        const Outcome outcome = dispatch({});
        QCOMPARE(outcome.exitCode, ExitCode::Usage);
        QCOMPARE(outcome.out, QString());
        QVERIFY(outcome.err.startsWith(QStringLiteral("Aucune commande indiquée.\n\nUsage")));
    }

    void versionLineNamesTheTool() {
        const Outcome outcome = dispatch({"--version"});
        QCOMPARE(outcome.exitCode, ExitCode::Success);
        QCOMPARE(outcome.out, Dispatcher::versionLine() + u'\n');
        QVERIFY(outcome.out.startsWith(QStringLiteral("apdesk-cli ")));
    }

    void everyCommandOfTheTableHasANameSummaryAndHelp() {
        const auto commands = apdesk::cli::allCommands();
        QVERIFY(!commands.empty());
        QStringList names;
        for (const auto &command : commands) {
            QVERIFY(!command->name().isEmpty());
            QVERIFY(!command->name().startsWith(u'-'));
            QVERIFY2(!names.contains(command->name()), qPrintable(command->name()));
            names << command->name();
            QVERIFY(!command->summary().isEmpty());
            QVERIFY(!command->summary().contains(u'\n'));
            QVERIFY2(
                command->help().startsWith(QStringLiteral("Usage : apdesk-cli ") + command->name()),
                qPrintable(command->help()));
        }
        QVERIFY(names.contains(QStringLiteral("check-id")));
    }
};

QTEST_GUILESS_MAIN(TestDispatcher)
#include "test_dispatcher.moc"
