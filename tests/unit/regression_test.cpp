// The explained-pay-gap regression's rules (analysis.md §1, functions.md
// "Explained pay gap"): when it answers #N/A or Err:502 instead of figures,
// and Logib's rating. The figures themselves are checked against R's lm() in
// regression_oracle_test.cpp.
#include "cells.hpp"

#include "ligestat/regression.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>

namespace ligestat {
namespace {

using test::isBadInput;
using test::isNotAvailable;

// `rows` rows, alternating women and men, pay rising with a numeric factor.
struct Columns {
    Range pay, gender, numeric;

    explicit Columns(std::size_t rows) {
        std::vector<Cell> pays, genders, numbers;
        for (std::size_t row = 0; row < rows; ++row) {
            const double x = static_cast<double>(row % 7);
            pays.push_back(30000 + 1000 * x + 37 * static_cast<double>((row * 13) % 11) - (row % 2 ? 0 : 500));
            genders.push_back(Cell(std::string(row % 2 ? "M" : "K")));
            numbers.push_back(x);
        }
        pay = Range::column(pays);
        gender = Range::column(genders);
        numeric = Range::column(numbers);
    }
    RegressionData data() const { return RegressionData{&pay, &gender, &numeric, nullptr, nullptr}; }
};

TEST(Regression, FortyNineRowsAreNotEnough) {
    const Columns columns(49);
    EXPECT_TRUE(isNotAvailable(payRegression(columns.data())));
    EXPECT_TRUE(isNotAvailable(payGapDecomposition(columns.data())));
    EXPECT_TRUE(isNotAvailable(expectedPay(columns.data())));
    EXPECT_TRUE(payRegression(Columns(50).data()).ok());
}

TEST(Regression, NoWomanOrNoManIsNotAvailable) {
    Columns columns(60);
    for (auto& cell : columns.gender.cells) cell = Cell(std::string("M"));
    EXPECT_TRUE(isNotAvailable(payRegression(columns.data())));
    for (auto& cell : columns.gender.cells) cell = Cell(std::string("K"));
    EXPECT_TRUE(isNotAvailable(payRegression(columns.data())));
}

TEST(Regression, WomenDummyExplainedByTheFactorsIsNotAvailable) {
    Columns columns(60);
    for (std::size_t row = 0; row < 60; ++row) columns.numeric.cells[row] = row % 2 ? 0.0 : 1.0;  // = women dummy
    EXPECT_TRUE(isNotAvailable(payRegression(columns.data())));
    EXPECT_TRUE(isNotAvailable(payGapDecomposition(columns.data())));
    EXPECT_TRUE(isNotAvailable(expectedPay(columns.data())));
}

TEST(Regression, PayTheModelFitsExactlyHasNoTestAndIsNotAvailable) {
    Columns columns(60);
    for (auto& cell : columns.pay.cells) cell = 30000.0;  // every pay the same: no residual, no t
    EXPECT_TRUE(isNotAvailable(payRegression(columns.data())));
    EXPECT_TRUE(isNotAvailable(payGapDecomposition(columns.data())));
    EXPECT_TRUE(isNotAvailable(expectedPay(columns.data())));
}

TEST(Regression, ShapesThatDifferAreBadInput) {
    const Columns columns(60);
    const Range shortFactor = Range::column(std::vector<Cell>(59, Cell(1.0)));
    EXPECT_TRUE(isBadInput(payRegression(RegressionData{&columns.pay, &columns.gender, &shortFactor, nullptr, nullptr})));
    EXPECT_TRUE(isBadInput(payRegression(RegressionData{&columns.pay, &columns.gender, nullptr, &shortFactor, nullptr})));
    const Range shortGender = Range::column(std::vector<Cell>(59, Cell(std::string("K"))));
    EXPECT_TRUE(isBadInput(expectedPay(RegressionData{&columns.pay, &shortGender, nullptr, nullptr, nullptr})));
    Range ragged = columns.numeric;
    ragged.cols = 2;  // cells do not fill rows x cols
    EXPECT_TRUE(isBadInput(payGapDecomposition(RegressionData{&columns.pay, &columns.gender, &ragged, nullptr, nullptr})));
}

TEST(Regression, NanOrInfinityIsBadInput) {
    Columns columns(60);
    columns.numeric.cells[3] = std::numeric_limits<double>::quiet_NaN();
    EXPECT_TRUE(isBadInput(payRegression(columns.data())));
    Columns infinitePay(60);
    infinitePay.pay.cells[4] = std::numeric_limits<double>::infinity();
    EXPECT_TRUE(isBadInput(payRegression(infinitePay.data())));
}

TEST(Regression, NegativeOrTextFteIsBadInputAsEverywhere) {
    const Columns columns(60);
    Range fte = Range::column(std::vector<Cell>(60, Cell(1.0)));
    fte.cells[5] = -1.0;
    EXPECT_TRUE(isBadInput(payRegression(RegressionData{&columns.pay, &columns.gender, nullptr, nullptr, &fte})));
    fte.cells[5] = Cell(std::string("full"));
    EXPECT_TRUE(isBadInput(payRegression(RegressionData{&columns.pay, &columns.gender, nullptr, nullptr, &fte})));
}

TEST(Regression, ExpectedPayIsNotAvailableOnRowsNotUsed) {
    Columns columns(61);
    columns.pay.cells[0] = Cell(std::string("Pay"));
    const auto expected = expectedPay(columns.data());
    ASSERT_TRUE(expected.ok());
    EXPECT_FALSE(expected.value()[0].has_value());
    EXPECT_TRUE(expected.value()[1].has_value());
}

TEST(Regression, LogibRatingCutsToThreeDecimals) {
    EXPECT_EQ(ratePayGap(-0.2, 0.051), PayGapRating::NotSignificant);
    EXPECT_EQ(ratePayGap(-0.0261, 0.01), PayGapRating::WithinLimit);
    EXPECT_EQ(ratePayGap(-0.0259, 0.01), PayGapRating::WithinTarget);  // 2.59 % cuts to 2.5 %
    EXPECT_EQ(ratePayGap(-0.0250999, 0.01), PayGapRating::WithinTarget);  // 0.025 after the cut
    EXPECT_EQ(ratePayGap(0.0509, 0.05), PayGapRating::WithinLimit);      // 0.050 after the cut, p = 0.05 counts
    EXPECT_EQ(ratePayGap(-0.051, 0.0), PayGapRating::AboveLimit);
}

}  // namespace
}  // namespace ligestat
