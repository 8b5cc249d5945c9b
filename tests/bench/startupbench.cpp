// apdesk-bench-startup — how long AP Desk takes to show its first window, next to a bare Qt
// window showing a small form (issue 15: within 1.5× of it), each a whole process from its
// start to its first paint, wall time and CPU time (every thread), median of --runs runs taken
// in turns. Both sides print their figures through the same quitAfterFirstPaint
// (ui/app/firstpaintprobe.h); this program starts them and reads what they print. Run it on a
// screen, or under Xvfb with tests/bench/startup.sh:
//
//   cmake --preset bench && cmake --build --preset bench --target apdesk-bench-startup apdesk
//   tests/bench/startup.sh [--runs N]
//
// The data folder is made by a first, unmeasured run of AP Desk (the store and the embedded
// service's database created), so that the runs measure the start of a returning clerk.
// Exit code 2 when the ratio is over 1.5.
#include "app/firstpaintprobe.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFormLayout>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstring>
#include <optional>

namespace {

constexpr double target = 1.5;

// The bare window: a small login-like form, nothing else.
int showBareWindow(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QWidget window;
    auto *form = new QFormLayout(&window);
    form->addRow(QStringLiteral("Identifiant"), new QLineEdit(&window));
    auto *password = new QLineEdit(&window);
    password->setEchoMode(QLineEdit::Password);
    form->addRow(QStringLiteral("Mot de passe"), password);
    form->addRow(new QPushButton(QStringLiteral("Se connecter"), &window));
    window.show();
    apdesk::ui::quitAfterFirstPaint(&window);
    return QApplication::exec();
}

struct Run {
    qint64 wallMs = 0;
    qint64 cpuMs = 0;
};

// Starts the program and reads its "painted EPOCH_MS CPU_MS" line.
std::optional<Run> runOnce(const QString &program, const QStringList &arguments) {
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const qint64 started = QDateTime::currentMSecsSinceEpoch();
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return std::nullopt;
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> words = line.split(' ');
        if (words.size() == 3 && words.at(0) == "painted")
            return Run{words.at(1).toLongLong() - started, words.at(2).toLongLong()};
    }
    return std::nullopt;
}

qint64 median(QList<qint64> values) {
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[]) {
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--bare") == 0)
            return showBareWindow(argc, argv);
    }
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("runs of each"),
                                        QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption apdeskOption(
        QStringLiteral("apdesk"), QStringLiteral("the apdesk program"), QStringLiteral("PATH"),
        QStringLiteral(APDESK_BIN_DIR "/apdesk"));
    parser.addOptions({runsOption, apdeskOption});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    QTextStream out(stdout);

    QTemporaryDir data;
    const QString bare = QCoreApplication::applicationFilePath();
    const QStringList bareArguments{QStringLiteral("--bare")};
    const QString apdesk = parser.value(apdeskOption);
    const QStringList apdeskArguments{QStringLiteral("--data-dir"), data.path(),
                                      QStringLiteral("--quit-after-first-paint")};
    // Unmeasured: the data folder made, the libraries in the page cache.
    if (!runOnce(apdesk, apdeskArguments) || !runOnce(bare, bareArguments)) {
        out << "a first run did not paint its window (no screen? run tests/bench/startup.sh)\n";
        return 1;
    }
    QList<qint64> bareWall, bareCpu, apdeskWall, apdeskCpu;
    for (int i = 0; i < runs; ++i) {
        const auto b = runOnce(bare, bareArguments);
        const auto a = runOnce(apdesk, apdeskArguments);
        if (!a || !b) {
            out << "run " << i + 1 << " did not paint its window\n";
            return 1;
        }
        bareWall << b->wallMs;
        bareCpu << b->cpuMs;
        apdeskWall << a->wallMs;
        apdeskCpu << a->cpuMs;
    }
    const double wallRatio =
        double(median(apdeskWall)) / double(std::max<qint64>(1, median(bareWall)));
    const double cpuRatio =
        double(median(apdeskCpu)) / double(std::max<qint64>(1, median(bareCpu)));
    out << "Start-up until the first window is painted, median of " << runs << " runs each\n";
    out << QStringLiteral("%1 %2 %3\n").arg(QString(), -14).arg("wall", 9).arg("CPU", 9);
    out << QStringLiteral("%1 %2 %3\n")
               .arg("bare window", -14)
               .arg(QStringLiteral("%1 ms").arg(median(bareWall)), 9)
               .arg(QStringLiteral("%1 ms").arg(median(bareCpu)), 9);
    out << QStringLiteral("%1 %2 %3\n")
               .arg("apdesk", -14)
               .arg(QStringLiteral("%1 ms").arg(median(apdeskWall)), 9)
               .arg(QStringLiteral("%1 ms").arg(median(apdeskCpu)), 9);
    out << QStringLiteral("%1 %2 %3   target ≤ %4× (wall): %5\n")
               .arg("ratio", -14)
               .arg(QStringLiteral("%1×").arg(wallRatio, 0, 'f', 2), 9)
               .arg(QStringLiteral("%1×").arg(cpuRatio, 0, 'f', 2), 9)
               .arg(target, 0, 'f', 1)
               .arg(wallRatio <= target ? QStringLiteral("PASS") : QStringLiteral("OVER"));
    return wallRatio <= target ? 0 : 2;
}
