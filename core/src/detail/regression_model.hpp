// Inside the explained-pay-gap regression (analysis.md §1): the rows a model
// uses, read once from the cells (regression_design.cpp), and the
// least-squares fit on them (regression_fit.cpp). Kept apart from the public
// header so that the bench and the tests can fit a design without cells.
#pragma once

#include "ligestat/regression.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace ligestat::detail {

// One category factor over the used rows: each row's value as a level number
// in first-seen order among the used rows.
struct CategoryFactor {
    std::vector<std::uint32_t> levels;  // per used row
    std::uint32_t levelCount = 0;
    std::uint32_t reference = 0;        // the most frequent level, ties: first seen
};

// The used rows of one call, as numbers.
struct RegressionDesign {
    std::size_t sheetRows = 0;
    std::vector<std::size_t> sheetRowOf;  // per used row
    std::vector<double> y;                // ln(pay / fte)
    std::vector<std::uint8_t> woman;      // 1 = woman, 0 = man
    std::size_t numericCount = 0;
    std::vector<double> numeric;          // used rows x numericCount, row-major
    std::vector<CategoryFactor> categories;
    std::size_t rowsLeftOut = 0;
    std::size_t women = 0;
    std::size_t men = 0;

    std::size_t rows() const { return y.size(); }
};

// Reads the cells by the rules of regression.hpp; BadInput for shapes or
// NaN/inf, never NotAvailable (the model's rules are checked on the fit).
Result<RegressionDesign> readRegressionDesign(const RegressionData& data);

// Above this many levels a category factor is absorbed instead of made dummies.
inline constexpr std::uint32_t kAbsorbedLevels = 100;

// Where each regressor sits in the model's columns: intercept (absent when a
// factor is absorbed), numeric factors, category dummies, last the women dummy.
struct ModelLayout {
    bool intercept = true;
    std::size_t numericStart = 0;
    std::size_t numericCount = 0;
    std::vector<std::vector<int>> dummyColumn;  // per category, per level; -1: none
    int womenColumn = -1;                       // -1: model without the women dummy
    std::size_t columns = 0;
    std::optional<std::size_t> absorbed;        // category factor absorbed, if any
    std::vector<int> factorOfColumn;            // -1: intercept or women; else factor number
};
ModelLayout layoutModel(const RegressionDesign& design, bool withWomen);

// The least-squares fit, with R's dqrdc2 rule for dropped columns.
struct RegressionFit {
    ModelLayout layout;
    std::vector<double> coefficients;      // per column; 0 when dropped
    std::vector<bool> kept;                // per column
    std::vector<double> unscaledVariance;  // per column: diag of (X'X)^-1, kept ones
    std::size_t rank = 0;                  // includes the absorbed levels
    double residualSumOfSquares = 0;
    double degreesOfFreedom = 0;
    std::vector<double> groupEffects;      // per level of the absorbed factor
};
RegressionFit fitRegression(const RegressionDesign& design, bool withWomen);

// The fitted y of a used row: x·b plus the absorbed group's effect.
double fittedValue(const RegressionDesign& design, const RegressionFit& fit, std::size_t row);

// Adds each factor's part of a used row's fitted y (numeric factors first,
// then category factors) to `parts`.
void addFactorParts(const RegressionDesign& design, const RegressionFit& fit, std::size_t row,
                    std::vector<double>& parts);

}  // namespace ligestat::detail
