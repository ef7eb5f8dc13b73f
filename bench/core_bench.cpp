// Scenario 4 of the benchmark: the core alone, on one thread, no office.
// Grouped FTE-weighted pay index (payIndexTable) over 1,000,000 seeded rows
// shaped like the generated HR data (200 job titles, K/M and a few other
// gender codes, part-time FTE, some empty pay). Plain chrono with
// repetitions; prints the best and the median, and one machine-readable
// "RESULT <name> <rows> <seconds>" line (the median) for bench/bench.py.
#include "ligestat/pay.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

namespace {

struct Columns {
    ligestat::Range pay, gender, fte, title;
};

Columns makeRows(std::size_t rows, unsigned seed) {
    std::mt19937_64 random(seed);
    std::uniform_real_distribution<double> pay(28000, 90000);
    std::uniform_int_distribution<int> percent(0, 99);
    std::uniform_int_distribution<int> titleOf(0, 199);
    const double partTime[] = {0.9, 0.8, 0.75, 0.5, 0.37};
    std::vector<std::string> titles;
    for (int t = 0; t < 200; ++t) titles.push_back("Stillingsbetegnelse nr. " + std::to_string(t));
    std::vector<ligestat::Cell> p, g, f, t;
    p.reserve(rows), g.reserve(rows), f.reserve(rows), t.reserve(rows);
    for (std::size_t i = 0; i < rows; ++i) {
        const int r = percent(random);
        if (r < 2)
            p.emplace_back();  // an empty pay: left out
        else
            p.emplace_back(pay(random));
        g.emplace_back(std::string(r < 55 ? "K" : r < 98 ? "M" : r < 99 ? "Kvinde" : "x"));
        f.emplace_back(percent(random) < 79 ? 1.0 : partTime[percent(random) % 5]);
        t.emplace_back(titles[titleOf(random)]);
    }
    return {ligestat::Range::column(std::move(p)), ligestat::Range::column(std::move(g)),
            ligestat::Range::column(std::move(f)), ligestat::Range::column(std::move(t))};
}

}  // namespace

int main(int argc, char** argv) {
    const std::size_t rows = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 1'000'000;
    const int repetitions = argc > 2 ? std::atoi(argv[2]) : 7;
    const Columns data = makeRows(rows, 2026);
    std::vector<double> seconds;
    std::size_t groups = 0;
    for (int rep = 0; rep < repetitions; ++rep) {
        const auto started = std::chrono::steady_clock::now();
        auto table = ligestat::payIndexTable(data.pay, data.gender, data.fte, data.title);
        seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
        if (!table.ok()) {
            std::fprintf(stderr, "payIndexTable failed\n");
            return 1;
        }
        groups = table.value().size();
    }
    std::sort(seconds.begin(), seconds.end());
    const double median = seconds[seconds.size() / 2];
    std::printf("core payIndexTable: %zu rows, %zu groups, %d runs: best %.1f ms, median %.1f ms (%.1f ns/row)\n",
                rows, groups, repetitions, seconds.front() * 1e3, median * 1e3, median * 1e9 / rows);
    std::printf("RESULT payIndexTable %zu %.6f\n", rows, median);
    return 0;
}
