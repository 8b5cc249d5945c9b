#pragma once

#include "exchange/hourscsv.h"

#include <atomic>
#include <future>

class QIODevice;

namespace apdesk::cli {

// An hours file read and checked on a second core while the store is opened and read: the
// file needs no store, and on two cores the import's time is then the longer of the two, not
// their sum. A file (which ends) is read from the start; a pipe or a device (which may never
// end, or not for long) only once start() says nothing can refuse the import without it.
// Going before take(), it stops the reading within a thousand lines and waits for it: a
// refusal is not held back by a large file.
class HoursReadAhead final {
    Q_DISABLE_COPY_MOVE(HoursReadAhead)

public:
    explicit HoursReadAhead(QIODevice &device);
    ~HoursReadAhead();

    // Starts reading if it has not started yet.
    void start();
    // The file's rows and problems, once read (read here if no thread could be had).
    exchange::HoursFile take();

private:
    QIODevice &m_device;
    std::atomic<bool> m_stop = false;
    std::future<exchange::HoursFile> m_file;
};

} // namespace apdesk::cli
