#include "cells.hpp"
#include "ligestat/pay.hpp"

#include <cmath>
#include <limits>

namespace ligestat {
namespace {

using test::column;
using test::isBadInput;
using test::isNotAvailable;
using test::kBlank;
using test::noFilter;
using test::onlyGroup;
using test::repeated;

using test::kNaN;
constexpr double kInf = std::numeric_limits<double>::infinity();

TEST(PayIndex, FteWeightedMeans) {
    const Range pay = column({100.0, 130.0, 150.0});
    const Range gender = column({"K", "K", "M"});
    const Range fte = column({1.0, 2.0, 3.0});
    // Women: (1*100 + 2*130) / (1 + 2) = 360 / 3 = 120; men: 3*150 / 3 = 150.
    // Index: 100 * 120 / 150 = 80.
    const auto index = payIndex(pay, gender, &fte, noFilter());
    ASSERT_TRUE(index.ok());
    EXPECT_DOUBLE_EQ(index.value(), 80.0);
}

TEST(PayIndex, HeadcountMeansWithoutFte) {
    const Range pay = column({100.0, 110.0, 120.0, 100.0, 150.0, 200.0});
    const Range gender = column({"K", "K", "K", "M", "M", "M"});
    // Women: (100 + 110 + 120) / 3 = 110; men: (100 + 150 + 200) / 3 = 150.
    // Index: 100 * 110 / 150 = 73.333...
    const auto index = payIndex(pay, gender, nullptr, noFilter());
    ASSERT_TRUE(index.ok());
    EXPECT_DOUBLE_EQ(index.value(), 100.0 * 110.0 / 150.0);
}

TEST(PayIndex, FteSumExactlyAtTheMinimumIsShown) {
    const Range pay = column({100.0, 100.0, 100.0});
    const Range gender = column({"K", "K", "M"});
    const Range fte = column({1.0, 2.0, 3.0});  // women 1 + 2 = 3.0 >= 3
    // Equal means: index 100 * 100 / 100 = 100.
    const auto index = payIndex(pay, gender, &fte, noFilter());
    ASSERT_TRUE(index.ok());
    EXPECT_DOUBLE_EQ(index.value(), 100.0);
}

TEST(PayIndex, FteSumJustBelowTheMinimumIsSuppressed) {
    const Range pay = column({100.0, 100.0, 100.0});
    const Range gender = column({"K", "K", "M"});
    const Range fte = column({1.0, 1.999, 3.0});  // women 2.999 < 3
    EXPECT_TRUE(isNotAvailable(payIndex(pay, gender, &fte, noFilter())));
    const Range fewMen = column({1.0, 2.0, 2.999});  // men 2.999 < 3
    EXPECT_TRUE(isNotAvailable(payIndex(pay, gender, &fewMen, noFilter())));
}

TEST(PayIndex, FteSumWithBinaryRoundingCountsAsTheMinimum) {
    // Ten women at 0.3 FTE: 3.0 to a person, 2.9999999999999996 in binary.
    Range pay = repeated(100.0, 11);
    Range gender = repeated("K", 10);
    gender.cells.push_back("M");
    gender.rows = 11;
    Range fte = repeated(0.3, 10);
    fte.cells.push_back(3.0);
    fte.rows = 11;
    // Women 100, men 100: index 100.
    const auto index = payIndex(pay, gender, &fte, noFilter());
    ASSERT_TRUE(index.ok());
    EXPECT_DOUBLE_EQ(index.value(), 100.0);
}

TEST(PayIndex, HeadcountMustReachTheMinimumWithoutFte) {
    const Range pay = column({100.0, 100.0, 100.0, 100.0, 100.0});
    const Range gender = column({"K", "K", "M", "M", "M"});  // 2 women, 3 men
    EXPECT_TRUE(isNotAvailable(payIndex(pay, gender, nullptr, noFilter())));            // 2 < 3
    EXPECT_TRUE(isNotAvailable(payIndex(pay, gender, nullptr, noFilter(), 2.5)));       // 2 < 2.5
    const auto shown = payIndex(pay, gender, nullptr, noFilter(), 2.0);                 // 2 >= 2
    ASSERT_TRUE(shown.ok());
    EXPECT_DOUBLE_EQ(shown.value(), 100.0);
}

TEST(PayIndex, TextAndBlankPayRowsAreLeftOutNotZero) {
    const Range pay = column({100.0, 130.0, "n/a", kBlank, 150.0});
    const Range gender = column({"K", "K", "K", "K", "M"});
    const Range fte = column({1.0, 2.0, 5.0, 5.0, 3.0});
    // As in FteWeightedMeans: the text and blank rows neither pull the women's
    // mean to 0 nor add their 5 + 5 FTE: (100 + 260) / 3 = 120, index 80.
    const auto index = payIndex(pay, gender, &fte, noFilter());
    ASSERT_TRUE(index.ok());
    EXPECT_DOUBLE_EQ(index.value(), 80.0);
    // Without fte the two left-out women do not count in the headcount: 2 < 3.
    EXPECT_TRUE(isNotAvailable(payIndex(pay, gender, nullptr, noFilter(), 3.0)));
}

TEST(PayIndex, OtherGendersAreLeftOut) {
    const Range pay = column({100.0, 130.0, 1.0, 1.0, 150.0});
    const Range gender = column({"K", "K", "X", kBlank, "M"});
    const Range fte = column({1.0, 2.0, 3.0, 3.0, 3.0});
    // Same women and men as FteWeightedMeans: 80.
    const auto index = payIndex(pay, gender, &fte, noFilter());
    ASSERT_TRUE(index.ok());
    EXPECT_DOUBLE_EQ(index.value(), 80.0);
}

TEST(PayIndex, ZeroFteIsAllowedAndWeighsNothing) {
    const Range pay = column({100.0, 130.0, 999.0, 150.0});
    const Range gender = column({"K", "K", "K", "M"});
    const Range fte = column({1.0, 2.0, 0.0, 3.0});
    // The 0-FTE row adds 0 * 999 and 0 FTE: still 360 / 3 = 120, index 80.
    const auto index = payIndex(pay, gender, &fte, noFilter());
    ASSERT_TRUE(index.ok());
    EXPECT_DOUBLE_EQ(index.value(), 80.0);
}

TEST(PayIndex, EmptyFteOnAUsedRowLeavesTheRowOut) {
    const Range pay = column({100.0, 130.0, 999.0, 150.0});
    const Range gender = column({"K", "K", "K", "M"});
    const Range fte = column({1.0, 2.0, kBlank, 3.0});
    // The row without FTE is left out: 120 vs 150, index 80.
    const auto index = payIndex(pay, gender, &fte, noFilter());
    ASSERT_TRUE(index.ok());
    EXPECT_DOUBLE_EQ(index.value(), 80.0);
}

TEST(PayIndex, NegativeOrTextFteOnAUsedRowIsBadInput) {
    const Range pay = column({100.0, 130.0, 150.0});
    const Range gender = column({"K", "K", "M"});
    const Range negative = column({1.0, -2.0, 3.0});
    const Range text = column({1.0, "two", 3.0});
    EXPECT_TRUE(isBadInput(payIndex(pay, gender, &negative, noFilter())));
    EXPECT_TRUE(isBadInput(payIndex(pay, gender, &text, noFilter())));
}

TEST(PayIndex, BadFteOnARowThatIsNotUsedDoesNotMatter) {
    const Range pay = column({100.0, 130.0, "none", 5.0, 150.0});
    const Range gender = column({"K", "K", "K", "X", "M"});
    const Range fte = column({1.0, 2.0, "two", -1.0, 3.0});
    // Row 3 has text pay, row 4 an unknown gender: neither is used. Index 80.
    const auto index = payIndex(pay, gender, &fte, noFilter());
    ASSERT_TRUE(index.ok());
    EXPECT_DOUBLE_EQ(index.value(), 80.0);
}

TEST(PayIndex, MismatchedShapesAreBadInput) {
    const Range pay = column({100.0, 130.0, 150.0});
    const Range gender = column({"K", "K", "M"});
    const Range shortGender = column({"K", "M"});
    const Range shortFte = column({1.0, 2.0});
    EXPECT_TRUE(isBadInput(payIndex(pay, shortGender, nullptr, noFilter(), 0.0)));
    EXPECT_TRUE(isBadInput(payIndex(pay, gender, &shortFte, noFilter(), 0.0)));
    const Range shortGroups = column({"A", "A"});
    EXPECT_TRUE(isBadInput(payIndex(pay, gender, nullptr, onlyGroup(shortGroups, "A"), 0.0)));
}

TEST(PayIndex, SameCellCountButOtherShapeIsBadInput) {
    Range pay;  // 2 x 2
    pay.rows = 2;
    pay.cols = 2;
    pay.cells = {100.0, 130.0, 150.0, 150.0};
    const Range gender = column({"K", "K", "M", "M"});  // 4 x 1
    EXPECT_TRUE(isBadInput(payIndex(pay, gender, nullptr, noFilter(), 0.0)));
}

TEST(PayIndex, MultiColumnRangesOfEqualShapeWork) {
    Range pay;
    pay.rows = 2;
    pay.cols = 2;
    pay.cells = {100.0, 200.0, 300.0, 400.0};
    Range gender = pay;
    gender.cells = {"K", "M", "K", "M"};
    // Women (100 + 300) / 2 = 200, men (200 + 400) / 2 = 300: 100 * 200 / 300.
    const auto index = payIndex(pay, gender, nullptr, noFilter(), 2.0);
    ASSERT_TRUE(index.ok());
    EXPECT_DOUBLE_EQ(index.value(), 100.0 * 200.0 / 300.0);
}

TEST(PayIndex, RaggedRangeIsBadInput) {
    Range pay;
    pay.rows = 3;
    pay.cols = 1;
    pay.cells = {100.0, 130.0};  // claims 3 cells, has 2
    Range gender = pay;
    gender.cells = {"K", "M"};
    EXPECT_TRUE(isBadInput(payIndex(pay, gender, nullptr, noFilter(), 0.0)));
}

TEST(PayIndex, GroupFilterMatchesTextCaseInsensitivelyAndTrimmed) {
    const Range pay = column({100.0, 200.0, 300.0, 400.0, 1000.0, 1000.0});
    const Range gender = column({"K", "M", "K", "M", "K", "M"});
    const Range groups = column({"Læge", " LÆGE ", "læge", "LÆGE", "Sygeplejerske", "Sygeplejerske"});
    // Læge: women 100, 300 (mean 200); men 200, 400 (mean 300): 100 * 200 / 300.
    const auto index = payIndex(pay, gender, nullptr, onlyGroup(groups, "\u00A0læge"), 2.0);
    ASSERT_TRUE(index.ok());
    EXPECT_DOUBLE_EQ(index.value(), 100.0 * 200.0 / 300.0);
}

TEST(PayIndex, GroupFilterNumbersEqualNumbersOnly) {
    const Range pay = column({100.0, 200.0, 500.0, 500.0});
    const Range gender = column({"K", "M", "K", "M"});
    const Range groups = column({7.0, 7.0, "7", "7"});
    // Number 7: women 100, men 200 -> 50. Text "7": 500 vs 500 -> 100.
    const auto byNumber = payIndex(pay, gender, nullptr, onlyGroup(groups, 7.0), 1.0);
    ASSERT_TRUE(byNumber.ok());
    EXPECT_DOUBLE_EQ(byNumber.value(), 50.0);
    const auto byText = payIndex(pay, gender, nullptr, onlyGroup(groups, "7"), 1.0);
    ASSERT_TRUE(byText.ok());
    EXPECT_DOUBLE_EQ(byText.value(), 100.0);
}

TEST(PayIndex, EmptyGroupMatchesEmptyAndBlankCells) {
    const Range pay = column({100.0, 200.0, 900.0, 900.0});
    const Range gender = column({"K", "M", "K", "M"});
    const Range groups = column({kBlank, " ", "A", "A"});
    // An empty `group` selects the rows whose group is empty or blank: 100 vs 200 -> 50.
    const auto index = payIndex(pay, gender, nullptr, onlyGroup(groups, kBlank), 1.0);
    ASSERT_TRUE(index.ok());
    EXPECT_DOUBLE_EQ(index.value(), 50.0);
}

TEST(PayIndex, NegativeZeroIsTheGroupZero) {
    const Range pay = column({100.0, 200.0});
    const Range gender = column({"K", "M"});
    const Range groups = column({0.0, -0.0});
    // Both rows are group 0: 100 * 100 / 200 = 50.
    const auto index = payIndex(pay, gender, nullptr, onlyGroup(groups, 0.0), 1.0);
    ASSERT_TRUE(index.ok());
    EXPECT_DOUBLE_EQ(index.value(), 50.0);
}

TEST(PayIndex, BadFteOnAFilteredOutRowDoesNotMatter) {
    const Range pay = column({100.0, 200.0, 300.0});
    const Range gender = column({"K", "M", "K"});
    const Range fte = column({1.0, 1.0, "x"});
    const Range groups = column({"A", "A", "B"});
    // Group A: 100 vs 200 -> 50; row 3 (group B) is never read.
    const auto index = payIndex(pay, gender, &fte, onlyGroup(groups, "a"), 1.0);
    ASSERT_TRUE(index.ok());
    EXPECT_DOUBLE_EQ(index.value(), 50.0);
}

TEST(PayIndex, GroupWithNobodyIsNotAvailable) {
    const Range pay = column({100.0, 200.0});
    const Range gender = column({"K", "M"});
    const Range groups = column({"A", "A"});
    EXPECT_TRUE(isNotAvailable(payIndex(pay, gender, nullptr, onlyGroup(groups, "B"), 0.0)));
}

TEST(PayIndex, NoWomenOrZeroMenMeanIsNotAvailable) {
    const Range pay = column({0.0, 0.0, 100.0});
    const Range gender = column({"M", "M", "K"});
    // Men's mean 0: 100 * 100 / 0 has no value.
    EXPECT_TRUE(isNotAvailable(payIndex(pay, gender, nullptr, noFilter(), 0.0)));
    const Range onlyMen = column({"M", "M", "M"});
    EXPECT_TRUE(isNotAvailable(payIndex(pay, onlyMen, nullptr, noFilter(), 0.0)));
}

TEST(PayIndex, InvalidMinimumIsBadInput) {
    const Range pay = column({100.0, 200.0});
    const Range gender = column({"K", "M"});
    for (const double minimum : {-1.0, kNaN, kInf}) {
        EXPECT_TRUE(isBadInput(payIndex(pay, gender, nullptr, noFilter(), minimum))) << minimum;
    }
}

TEST(PayIndex, NonFiniteNumbersOnUsedRowsAreBadInput) {
    const Range gender = column({"K", "M"});
    const Range nanPay = column({kNaN, 200.0});
    const Range infPay = column({100.0, -kInf});
    EXPECT_TRUE(isBadInput(payIndex(nanPay, gender, nullptr, noFilter(), 1.0)));
    EXPECT_TRUE(isBadInput(payIndex(infPay, gender, nullptr, noFilter(), 1.0)));
    const Range pay = column({100.0, 200.0});
    const Range nanFte = column({1.0, kNaN});
    const Range infFte = column({kInf, 1.0});
    EXPECT_TRUE(isBadInput(payIndex(pay, gender, &nanFte, noFilter(), 1.0)));
    EXPECT_TRUE(isBadInput(payIndex(pay, gender, &infFte, noFilter(), 1.0)));
}

TEST(PayIndex, OverflowingSumsAreBadInput) {
    const Range pay = column({1e308, 1e308, 1.0});
    const Range gender = column({"K", "K", "M"});
    // 1e308 + 1e308 overflows to infinity: no figure can be shown.
    EXPECT_TRUE(isBadInput(payIndex(pay, gender, nullptr, noFilter(), 1.0)));
}

}  // namespace
}  // namespace ligestat
