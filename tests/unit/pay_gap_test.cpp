#include "cells.hpp"
#include "ligestat/pay.hpp"

#include <limits>

namespace ligestat {
namespace {

using test::column;
using test::isBadInput;
using test::isNotAvailable;
using test::kBlank;
using test::noFilter;
using test::onlyGroup;

using test::kNaN;

TEST(ParseStatistic, KnownWordsInAnyCase) {
    EXPECT_EQ(parseStatistic(Cell("mean")).value(), Statistic::Mean);
    EXPECT_EQ(parseStatistic(Cell(" Gennemsnit ")).value(), Statistic::Mean);
    EXPECT_EQ(parseStatistic(Cell("MEDIAN")).value(), Statistic::Median);
}

TEST(ParseStatistic, AbsentOrBlankIsMean) {
    EXPECT_EQ(parseStatistic(kBlank).value(), Statistic::Mean);
    EXPECT_EQ(parseStatistic(Cell("  ")).value(), Statistic::Mean);
}

TEST(ParseStatistic, AnythingElseIsBadInput) {
    EXPECT_TRUE(isBadInput(parseStatistic(Cell("average"))));
    EXPECT_TRUE(isBadInput(parseStatistic(Cell("medián"))));
    EXPECT_TRUE(isBadInput(parseStatistic(Cell(1.0))));
}

TEST(PayGap, Mean) {
    const Range pay = column({100.0, 200.0, 200.0, 300.0, 400.0});
    const Range gender = column({"K", "K", "M", "M", "M"});
    // Women (100 + 200) / 2 = 150, men (200 + 300 + 400) / 3 = 300.
    // (300 - 150) / 300 * 100 = 50.
    const auto gap = payGap(pay, gender, Statistic::Mean, noFilter());
    ASSERT_TRUE(gap.ok());
    EXPECT_DOUBLE_EQ(gap.value(), 50.0);
}

TEST(PayGap, MedianOfOddCounts) {
    const Range pay = column({900.0, 100.0, 200.0, 500.0, 300.0, 100.0});
    const Range gender = column({"K", "K", "K", "M", "M", "M"});
    // Women sorted 100, 200, 900: median 200. Men sorted 100, 300, 500: 300.
    // (300 - 200) / 300 * 100 = 33.33...
    const auto gap = payGap(pay, gender, Statistic::Median, noFilter());
    ASSERT_TRUE(gap.ok());
    EXPECT_DOUBLE_EQ(gap.value(), 100.0 / 3.0);
}

TEST(PayGap, MedianOfEvenCountsIsTheMeanOfTheTwoMiddleValues) {
    const Range pay = column({1000.0, 300.0, 100.0, 200.0, 600.0, 400.0});
    const Range gender = column({"K", "K", "K", "K", "M", "M"});
    // Women sorted 100, 200, 300, 1000: (200 + 300) / 2 = 250.
    // Men 400, 600: (400 + 600) / 2 = 500. (500 - 250) / 500 * 100 = 50.
    const auto gap = payGap(pay, gender, Statistic::Median, noFilter());
    ASSERT_TRUE(gap.ok());
    EXPECT_DOUBLE_EQ(gap.value(), 50.0);
}

TEST(PayGap, NegativeWhenWomenArePaidMore) {
    const Range pay = column({120.0, 100.0});
    const Range gender = column({"K", "M"});
    // (100 - 120) / 100 * 100 = -20.
    const auto gap = payGap(pay, gender, Statistic::Mean, noFilter());
    ASSERT_TRUE(gap.ok());
    EXPECT_DOUBLE_EQ(gap.value(), -20.0);
}

TEST(PayGap, TextBlankAndOtherRowsAreLeftOut) {
    const Range pay = column({100.0, "vakant", kBlank, 200.0, 5.0, 200.0});
    const Range gender = column({"K", "K", "K", "M", "X", kBlank});
    // Women: only 100. Men: only 200. (200 - 100) / 200 * 100 = 50.
    const auto gap = payGap(pay, gender, Statistic::Mean, noFilter());
    ASSERT_TRUE(gap.ok());
    EXPECT_DOUBLE_EQ(gap.value(), 50.0);
}

TEST(PayGap, GroupFilter) {
    const Range pay = column({100.0, 200.0, 300.0, 300.0});
    const Range gender = column({"K", "M", "K", "M"});
    const Range groups = column({"Åben", "åBEN", "Lukket", "Lukket"});
    // Åben: (200 - 100) / 200 * 100 = 50.
    const auto gap = payGap(pay, gender, Statistic::Mean, onlyGroup(groups, "ÅBEN"));
    ASSERT_TRUE(gap.ok());
    EXPECT_DOUBLE_EQ(gap.value(), 50.0);
}

TEST(PayGap, NeedsWomenAndMenWithANonZeroMenFigure) {
    const Range pay = column({100.0, 200.0});
    EXPECT_TRUE(isNotAvailable(payGap(pay, column({"K", "K"}), Statistic::Mean, noFilter())));
    EXPECT_TRUE(isNotAvailable(payGap(pay, column({"M", "M"}), Statistic::Median, noFilter())));
    const Range zeroMen = column({100.0, 0.0});
    EXPECT_TRUE(isNotAvailable(payGap(zeroMen, column({"K", "M"}), Statistic::Mean, noFilter())));
}

TEST(PayGap, MismatchedShapesAndNonFinitePayAreBadInput) {
    EXPECT_TRUE(isBadInput(payGap(column({100.0}), column({"K", "M"}), Statistic::Mean, noFilter())));
    EXPECT_TRUE(isBadInput(payGap(column({kNaN, 1.0}), column({"K", "M"}), Statistic::Mean, noFilter())));
}

TEST(PayGap, OverflowingMeanIsBadInput) {
    // 1e308 + 1e308 is infinite; the median of the same data is fine.
    const Range pay = column({1e308, 1e308, 1e308});
    const Range gender = column({"K", "M", "M"});
    EXPECT_TRUE(isBadInput(payGap(pay, gender, Statistic::Mean, noFilter())));
    // Medians: women 1e308, men 1e308 / 2 + 1e308 / 2 = 1e308: gap 0.
    const auto median = payGap(pay, gender, Statistic::Median, noFilter());
    ASSERT_TRUE(median.ok());
    EXPECT_DOUBLE_EQ(median.value(), 0.0);
}

TEST(VariablePayGap, OnlyRecipientsCount) {
    const Range amount = column({100.0, 200.0, 600.0, 0.0, kBlank, "x", -50.0, 400.0, 0.0, 0.0});
    const Range gender = column({"K", "K", "K", "K", "K", "K", "K", "M", "M", "M"});
    // Women with amount > 0: 100, 200, 600 (mean 300, median 200). Men: 400.
    // Mean: (400 - 300) / 400 * 100 = 25. Median: (400 - 200) / 400 * 100 = 50.
    const auto mean = variablePayGap(amount, gender, Statistic::Mean, noFilter());
    ASSERT_TRUE(mean.ok());
    EXPECT_DOUBLE_EQ(mean.value(), 25.0);
    const auto median = variablePayGap(amount, gender, Statistic::Median, noFilter());
    ASSERT_TRUE(median.ok());
    EXPECT_DOUBLE_EQ(median.value(), 50.0);
}

TEST(VariablePayGap, NoRecipientsOfOneGenderIsNotAvailable) {
    const Range amount = column({100.0, 0.0, -5.0});
    const Range gender = column({"K", "M", "M"});
    EXPECT_TRUE(isNotAvailable(variablePayGap(amount, gender, Statistic::Mean, noFilter())));
}

TEST(RecipientShare, EmptyCountsAsZeroAndTextIsLeftOut) {
    const Range amount = column({100.0, 0.0, kBlank, "ukendt", 50.0, 0.0, 10.0, kBlank});
    const Range gender = column({"K", "K", "K", "K", "K", "M", "M", "M"});
    // Women: 100, 0, empty(0), 50 count (the text row does not): 2 of 4 = 0.5.
    const auto women = recipientShare(amount, gender, Cell("K"), noFilter());
    ASSERT_TRUE(women.ok());
    EXPECT_DOUBLE_EQ(women.value(), 0.5);
    // Men: 0, 10, empty(0): 1 of 3.
    const auto men = recipientShare(amount, gender, Cell(" mand "), noFilter());
    ASSERT_TRUE(men.ok());
    EXPECT_DOUBLE_EQ(men.value(), 1.0 / 3.0);
}

TEST(RecipientShare, NegativeAmountIsAWorkerButNoRecipient) {
    const Range amount = column({-10.0, 20.0});
    const Range gender = column({"F", "W"});
    // 1 of 2 women receive an amount > 0.
    const auto share = recipientShare(amount, gender, Cell("Woman"), noFilter());
    ASSERT_TRUE(share.ok());
    EXPECT_DOUBLE_EQ(share.value(), 0.5);
}

TEST(RecipientShare, SexMustBeAWomenOrMenCode) {
    const Range amount = column({1.0});
    const Range gender = column({"K"});
    EXPECT_TRUE(isBadInput(recipientShare(amount, gender, Cell("X"), noFilter())));
    EXPECT_TRUE(isBadInput(recipientShare(amount, gender, kBlank, noFilter())));
    EXPECT_TRUE(isBadInput(recipientShare(amount, gender, Cell(1.0), noFilter())));
}

TEST(RecipientShare, NobodyOfThatSexIsNotAvailable) {
    EXPECT_TRUE(isNotAvailable(recipientShare(column({1.0}), column({"K"}), Cell("M"), noFilter())));
}

TEST(RecipientShare, GroupFilterAndShapes) {
    const Range amount = column({1.0, 0.0, 1.0});
    const Range gender = column({"K", "K", "K"});
    const Range groups = column({"Ø", "ø", "Æ"});
    // Ø: 1 of 2.
    const auto share = recipientShare(amount, gender, Cell("K"), onlyGroup(groups, "ø"));
    ASSERT_TRUE(share.ok());
    EXPECT_DOUBLE_EQ(share.value(), 0.5);
    EXPECT_TRUE(isBadInput(recipientShare(column({1.0}), gender, Cell("K"), noFilter())));
}

}  // namespace
}  // namespace ligestat
