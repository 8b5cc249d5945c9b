#include "simclock.h"

namespace apdesk::aspsim {

QDateTime SimClock::now() const {
    return QDateTime::currentDateTimeUtc().addSecs(m_offsetSecs);
}

} // namespace apdesk::aspsim
