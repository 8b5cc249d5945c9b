#pragma once

#include <QDateTime>

#include <atomic>

namespace apdesk::aspsim {

// The service's time: the system clock plus an offset that only the admin route (POST /sim/clock)
// and tests move forward, so that 30-minute lockouts, 48-hour mail delays and 15-minute windows
// are tested without waiting. Read from the service thread and from the embedding program.
class SimClock final {
public:
    SimClock() = default;
    // A clock stopped at `at`: only advance() moves it. For tests that check times to the second
    // (a lock's last second, equal countdowns) while their requests take a variable time: on a
    // busy machine a second of system time can pass between two requests.
    explicit SimClock(const QDateTime &at)
        : m_stoppedAt(at.toUTC()) {}

    QDateTime now() const;
    qint64 nowSecs() const { return now().toSecsSinceEpoch(); }
    void advance(qint64 seconds) { m_offsetSecs += seconds; }
    qint64 offsetSecs() const { return m_offsetSecs; }

private:
    std::atomic<qint64> m_offsetSecs{0};
    const QDateTime m_stoppedAt; // invalid: the clock follows the system clock
};

} // namespace apdesk::aspsim
