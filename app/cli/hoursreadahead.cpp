#include "hoursreadahead.h"

#include <QIODevice>

#include <system_error>

namespace apdesk::cli {

HoursReadAhead::HoursReadAhead(QIODevice &device)
    : m_device(device) {
    if (!m_device.isSequential())
        start();
}

HoursReadAhead::~HoursReadAhead() {
    m_stop = true; // then m_file's destructor waits for the reading to stop
}

void HoursReadAhead::start() {
    if (m_file.valid())
        return;
    const auto read = [this] {
        return exchange::HoursCsv::read(m_device, [this](qint64) { return !m_stop; });
    };
    try {
        m_file = std::async(std::launch::async, read);
    } catch (const std::system_error &) {
        m_file = std::async(std::launch::deferred, read); // on this thread, in take()
    }
}

exchange::HoursFile HoursReadAhead::take() {
    start();
    return m_file.get();
}

} // namespace apdesk::cli
