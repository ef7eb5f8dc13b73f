// Scenario 4 of the benchmark: the core alone, on one thread, no office.
// Grouped FTE-weighted pay index (payIndexTable) over 1,000,000 seeded rows
// shaped like the generated HR data (200 job titles, K/M and a few other
// gender codes, part-time FTE, some empty pay). Plain chrono with
// repetitions; prints the best and the median, and one machine-readable
// "RESULT <name> <rows> <seconds>" line (the median) for bench/bench.py.
#include "ligestat/pay.hpp"
#include "ligestat/year_on_year.hpp"

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

// Scenario 6 in the core: two lists of `rows` employees, 5 % leavers and 5 %
// joiners, this year in another order; ids are numbers, every 7th as text.
struct YearLists {
    ligestat::Range idNow, idBefore, gender, payNow, payBefore, fteNow, fteBefore, level, levelBefore, levels;
};

YearLists makeYears(std::size_t rows, unsigned seed) {
    std::mt19937_64 random(seed);
    std::uniform_int_distribution<int> percent(0, 99);
    std::vector<std::size_t> order(rows);
    for (std::size_t i = 0; i < rows; ++i) order[i] = i < rows * 95 / 100 ? i + 1 : rows + i;  // joiners
    std::shuffle(order.begin(), order.end(), random);
    const char* levels[] = {"Chef", "Leder", "Medarbejder"};
    YearLists y;
    std::vector<ligestat::Cell> idNow, idBefore, gender, payNow, payBefore, fte, level, levelBefore;
    for (std::size_t i = 0; i < rows; ++i) {
        const double id = static_cast<double>(i + 1);
        idBefore.emplace_back(id);
        payBefore.emplace_back(30000.0 + percent(random) * 300);
        levelBefore.emplace_back(std::string(levels[1 + percent(random) % 2]));
        const double now = static_cast<double>(order[i]);
        idNow.emplace_back(i % 7 == 0 ? ligestat::Cell(" " + std::to_string(order[i])) : ligestat::Cell(now));
        gender.emplace_back(std::string(percent(random) < 55 ? "K" : "M"));
        payNow.emplace_back(30000.0 + percent(random) * 320);
        fte.emplace_back(percent(random) < 80 ? 1.0 : 0.8);
        level.emplace_back(std::string(levels[percent(random) % 3]));
    }
    y.idNow = ligestat::Range::column(std::move(idNow));
    y.idBefore = ligestat::Range::column(std::move(idBefore));
    y.gender = ligestat::Range::column(std::move(gender));
    y.payNow = ligestat::Range::column(std::move(payNow));
    y.payBefore = ligestat::Range::column(std::move(payBefore));
    y.fteNow = ligestat::Range::column(fte);
    y.fteBefore = ligestat::Range::column(std::move(fte));
    y.level = ligestat::Range::column(std::move(level));
    y.levelBefore = ligestat::Range::column(std::move(levelBefore));
    y.levels = ligestat::Range::column({std::string("Chef"), std::string("Leder"), std::string("Medarbejder")});
    return y;
}

template <class Call>
void timeYearOnYear(const char* name, std::size_t rows, int repetitions, Call&& call) {
    std::vector<double> seconds;
    for (int rep = 0; rep < repetitions; ++rep) {
        const auto started = std::chrono::steady_clock::now();
        if (!call()) {
            std::fprintf(stderr, "%s failed\n", name);
            std::exit(1);
        }
        seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
    }
    std::sort(seconds.begin(), seconds.end());
    const double median = seconds[seconds.size() / 2];
    std::printf("core %s: %zu + %zu rows: median %.1f ms\n", name, rows, rows, median * 1e3);
    std::printf("RESULT %s %zu %.6f\n", name, rows, median);
}

void benchYearOnYear(std::size_t rows, int repetitions) {
    const YearLists y = makeYears(rows, 2026);
    const ligestat::GroupFilter all{};
    timeYearOnYear("staffFlows", rows, repetitions,
                   [&] { return ligestat::staffFlows(y.idNow, y.gender, y.idBefore, y.gender).ok(); });
    timeYearOnYear("payDevelopment", rows, repetitions, [&] {
        return ligestat::payDevelopment(y.idNow, y.payNow, y.idBefore, y.payBefore, y.gender, &y.fteNow,
                                        &y.fteBefore, all).ok();
    });
    timeYearOnYear("allowanceRound", rows, repetitions, [&] {
        return ligestat::allowanceRound(y.idNow, y.payNow, y.idBefore, y.payBefore, y.gender, all).ok();
    });
    timeYearOnYear("promotions", rows, repetitions, [&] {
        return ligestat::promotions(y.idNow, y.level, y.idBefore, y.levelBefore, y.gender, y.levels).ok();
    });
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
    benchYearOnYear(100'000, repetitions);
    return 0;
}
