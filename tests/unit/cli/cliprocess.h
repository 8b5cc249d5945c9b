#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTest>

// Runs the built apdesk-cli (the real executable, as a user or a script would) and collects what
// it printed.
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

inline QString cliPath() {
    return QStringLiteral(APDESK_BIN_DIR "/apdesk-cli");
}

// `input`: written to its standard input, which is then closed (a password, for send/status).
inline CliRun
runCli(const QStringList &arguments,
       const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
       const QByteArray &input = {}) {
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(cliPath(), arguments);
    process.write(input);
    process.closeWriteChannel();
    CliRun run;
    if (!process.waitForFinished(30'000) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        QTest::qFail(qPrintable(QStringLiteral("apdesk-cli %1 did not finish: %2")
                                    .arg(arguments.join(u' '), process.errorString())),
                     __FILE__, __LINE__);
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}
