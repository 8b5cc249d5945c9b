#include "simclock.h"

namespace apdesk::aspsim {

QDateTime SimClock::now() const {
    const QDateTime base = m_stoppedAt.isValid() ? m_stoppedAt : QDateTime::currentDateTimeUtc();
    return base.addSecs(m_offsetSecs);
}

} // namespace apdesk::aspsim
