#pragma once

#include <QDate>

class QIODevice;

namespace apdesk::exchange {

// Generates an employees file and an hours file of any size, in the documented formats, with
// valid NIRs and the ways of writing clerks use ("7h30", decimal commas): the data of the
// import benchmark and of the tests that need a large file. Deterministic.
class SampleFiles final {
public:
    // `count` employees, matricules M000001…, 35 h a week (one in ten 28 h), pay varied.
    static bool writeEmployees(QIODevice &device, int count);
    // One line per employee and per Monday of the weeks meeting `month` (at most `weeks`
    // weeks), by matricule: worked hours varied ("7h30", "10,5", "3.25"), sometimes a week of
    // sick leave; never above a week's cap, so the claim computes without blocking problems.
    static bool writeHours(QIODevice &device, int employees, const QDate &month, int weeks);
    // The NIR of the i-th generated employee (15 characters).
    static QString nir(int index);
    static QString matricule(int index);
};

} // namespace apdesk::exchange
