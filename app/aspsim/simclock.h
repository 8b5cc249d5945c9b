#pragma once

#include <QDateTime>

#include <atomic>

namespace apdesk::aspsim {

// The service's time: the system clock plus an offset that only the admin route (POST /sim/clock)
// and tests move forward, so that 30-minute lockouts, 48-hour mail delays and 15-minute windows
// are tested without waiting. Read from the service thread and from the embedding program.
class SimClock final {
public:
    QDateTime now() const;
    qint64 nowSecs() const { return now().toSecsSinceEpoch(); }
    void advance(qint64 seconds) { m_offsetSecs += seconds; }
    qint64 offsetSecs() const { return m_offsetSecs; }

private:
    std::atomic<qint64> m_offsetSecs{0};
};

} // namespace apdesk::aspsim
