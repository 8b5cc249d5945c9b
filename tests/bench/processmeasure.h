#pragma once

#include <QString>
#include <QStringList>

// One program run, measured from outside: its wall time and its peak resident memory.
struct Measure {
    QString what;
    double wallSeconds = 0;
    long peakKib = 0; // ru_maxrss of the child, KiB on Linux
    int exitCode = -1;
};

// Runs `program` through a fresh copy of this benchmark started with --measure, so that
// getrusage(RUSAGE_CHILDREN) in that copy sees that one child only: every program (ours and
// sqlite3) is timed the same way.
Measure measure(const QString &what, const QString &program, const QStringList &arguments);

// The --measure side: runs the program with QProcess, prints "wall_ms peak_kib exit_code".
int runMeasured(const QStringList &programAndArguments);
