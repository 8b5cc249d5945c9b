#pragma once

// The moment a window has painted for the first time, for what can wait until the clerk sees
// it (the embedded service opens then) and for start-up benchmarks. Header-only and Qt Widgets
// only, so that the benchmark's bare window, which links nothing of AP Desk, is measured by the
// very same code (tests/bench/startupbench.cpp).

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <sys/resource.h>

#include <cstdio>
#include <functional>

namespace apdesk::ui {

// Calls `then` once, after `window`'s first paint has been flushed to the screen (from the
// event loop, after the paint event that drew it).
class FirstPaint final : public QObject {
public:
    FirstPaint(QWidget *window, std::function<void()> then)
        : QObject(window)
        , m_then(std::move(then)) {
        window->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() == QEvent::Paint && m_then) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, this, std::exchange(m_then, {}));
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_then;
};

// --quit-after-first-paint: prints "painted EPOCH_MS CPU_MS" on standard output — the
// wall-clock time of the first paint and the CPU time the whole process (every thread) had
// used — then quits.
inline void quitAfterFirstPaint(QWidget *window) {
    new FirstPaint(window, [] {
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        const auto ms = [](const timeval &t) {
            return t.tv_sec * 1000LL + t.tv_usec / 1000;
        };
        std::printf("painted %lld %lld\n", QDateTime::currentMSecsSinceEpoch(),
                    ms(usage.ru_utime) + ms(usage.ru_stime));
        std::fflush(stdout);
        QCoreApplication::exit(0);
    });
}

} // namespace apdesk::ui
