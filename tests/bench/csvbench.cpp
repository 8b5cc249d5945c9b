// apdesk-bench-csv: reading alone, in process, with Google Benchmark — the CSV reader over a
// generated 100,000-line hours file, and the hours format on top of it (cells parsed and
// checked).
#include "exchange/csvreader.h"
#include "exchange/hourscsv.h"
#include "exchange/samplefiles.h"

#include <QBuffer>

#include <benchmark/benchmark.h>

namespace {

const QByteArray &hoursFile() {
    static const QByteArray bytes = [] {
        QByteArray data;
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        apdesk::exchange::SampleFiles::writeHours(buffer, 20'000, QDate(2021, 3, 1), 5);
        return data;
    }();
    return bytes;
}

void csvRecords(benchmark::State &state) {
    QByteArray bytes = hoursFile();
    for (auto _ : state) {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        apdesk::exchange::CsvReader reader(buffer);
        apdesk::exchange::CsvRecord record;
        qsizetype records = 0;
        while (reader.next(record))
            ++records;
        benchmark::DoNotOptimize(records);
    }
    state.SetBytesProcessed(state.iterations() * bytes.size());
}
BENCHMARK(csvRecords)->Unit(benchmark::kMillisecond);

void hoursRows(benchmark::State &state) {
    QByteArray bytes = hoursFile();
    for (auto _ : state) {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        const auto file = apdesk::exchange::HoursCsv::read(buffer);
        benchmark::DoNotOptimize(file.rows.size());
    }
    state.SetBytesProcessed(state.iterations() * bytes.size());
}
BENCHMARK(hoursRows)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
