// The regression's core alone (issue #10, "Speed"): the explained-pay-gap fit
// of 1,000,000 rows x 40 regressors (intercept, 38 numeric factors, the women
// dummy) on one thread, no office and no cells: the design is built in memory
// as the reader would leave it, so the time is the least-squares fit and the
// figures. Prints the best and the median of the repetitions and a
// machine-readable "RESULT regression_fit <rows> <seconds>" line (the median).
#include "detail/regression_model.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdint>
#include <cstdlib>
#include <ctime>
#include <random>
#include <vector>

namespace {

ligestat::detail::RegressionDesign makeDesign(std::size_t rows, std::size_t numeric, unsigned seed) {
    std::mt19937_64 random(seed);
    std::normal_distribution<double> normal(0, 1);
    ligestat::detail::RegressionDesign design;
    design.sheetRows = rows;
    design.numericCount = numeric;
    design.numeric.reserve(rows * numeric);
    for (std::size_t row = 0; row < rows; ++row) {
        double y = 10;
        for (std::size_t j = 0; j < numeric; ++j) {
            const double x = normal(random);
            design.numeric.push_back(x);
            y += 0.01 * static_cast<double>(j % 5) * x;
        }
        const bool woman = (random() & 1) != 0;
        design.woman.push_back(woman ? 1 : 0);
        ++(woman ? design.women : design.men);
        design.y.push_back(y - (woman ? 0.03 : 0) + 0.1 * normal(random));
        design.sheetRowOf.push_back(row);
    }
    return design;
}

// 100,000 rows, 4 numeric factors, a job title with 1,000 values (absorbed by
// within-group demeaning, never a 100,000 x 1,000 matrix) and a 5-level factor.
ligestat::detail::RegressionDesign makeManyTitles(std::size_t rows, unsigned seed) {
    auto design = makeDesign(rows, 4, seed);
    std::mt19937_64 random(seed + 1);
    for (const std::uint32_t levels : {1000u, 5u}) {
        ligestat::detail::CategoryFactor factor;
        factor.levelCount = levels;
        for (std::size_t row = 0; row < rows; ++row) {
            const auto level = static_cast<std::uint32_t>(row < levels ? row : random() % levels);
            factor.levels.push_back(level);
            design.y[row] += 0.0001 * level;
        }
        design.categories.push_back(factor);
    }
    return design;
}

}  // namespace

int main(int argc, char** argv) {
    const std::size_t rows = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 1000000;
    const int reps = argc > 2 ? std::atoi(argv[2]) : 5;
    const auto design = makeDesign(rows, 38, 2026);
    std::vector<double> seconds, cpuSeconds;
    double coefficient = 0;
    for (int rep = 0; rep < reps; ++rep) {
        const auto start = std::chrono::steady_clock::now();
        const std::clock_t cpuStart = std::clock();
        const auto fit = ligestat::detail::fitRegression(design, true);
        cpuSeconds.push_back(static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC);
        seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        coefficient = fit.coefficients[static_cast<std::size_t>(fit.layout.womenColumn)];
    }
    std::sort(seconds.begin(), seconds.end());
    std::sort(cpuSeconds.begin(), cpuSeconds.end());
    std::printf("regression fit, %zu rows x 40 regressors: best %.3f s, median %.3f s wall; best %.3f s CPU "
                "(women coefficient %.4f)\n",
                rows, seconds.front(), seconds[seconds.size() / 2], cpuSeconds.front(), coefficient);
    std::printf("RESULT regression_fit %zu %.6f\n", rows, seconds[seconds.size() / 2]);

    const auto titles = makeManyTitles(100000, 2027);
    const auto start = std::chrono::steady_clock::now();
    const std::clock_t cpuStart = std::clock();
    const auto fit = ligestat::detail::fitRegression(titles, true);
    std::printf("regression fit, 100000 rows, 4 numeric + 1,000-level title (absorbed) + 5-level factor: "
                "%.3f s wall, %.3f s CPU, %zu columns besides the absorbed levels, rank %zu\n",
                std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(),
                static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC, fit.layout.columns, fit.rank);
}
