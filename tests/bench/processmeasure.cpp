#include "processmeasure.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTextStream>

#include <sys/resource.h>

Measure measure(const QString &what, const QString &program, const QStringList &arguments) {
    QProcess self;
    self.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    self.start(QCoreApplication::applicationFilePath(),
               QStringList{QStringLiteral("--measure"), program} + arguments);
    Measure m;
    m.what = what;
    if (!self.waitForFinished(-1))
        return m;
    const QStringList fields =
        QString::fromUtf8(self.readAllStandardOutput()).trimmed().split(u' ');
    if (fields.size() == 3) {
        m.wallSeconds = fields[0].toDouble() / 1000.0;
        m.peakKib = fields[1].toLong();
        m.exitCode = fields[2].toInt();
    }
    return m;
}

int runMeasured(const QStringList &programAndArguments) {
    QProcess child;
    child.setStandardOutputFile(QProcess::nullDevice());
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    child.start(programAndArguments.first(), programAndArguments.mid(1));
    if (!child.waitForFinished(-1))
        return 1;
    const qint64 wallMs = timer.elapsed();
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    QTextStream(stdout) << wallMs << ' ' << usage.ru_maxrss << ' '
                        << (child.exitStatus() == QProcess::NormalExit ? child.exitCode() : -1)
                        << '\n';
    return 0;
}
