#include "cells.hpp"
#include "ligestat/pay.hpp"

#include <string>

namespace ligestat {
namespace {

using test::column;
using test::isBadInput;
using test::kBlank;

TEST(PayIndexTable, OneRowPerGroupInFirstSeenOrder) {
    const Range groups = column({"Læge", "Sygeplejerske", " LÆGE ", kBlank, "læge", "  ", 7.0, "Sygeplejerske"});
    const Range gender = column({"K", "K", "K", "K", "M", "M", "M", "M"});
    const Range pay = column({100.0, 300.0, 130.0, 1.0, 150.0, 1.0, 500.0, 400.0});
    const Range fte = column({1.0, 2.999, 2.0, 9.0, 3.0, 9.0, 1.0, 5.0});
    const auto table = payIndexTable(pay, gender, fte, groups);
    ASSERT_TRUE(table.ok());
    // Empty and blank group cells belong to no group: three groups remain.
    ASSERT_EQ(table.value().size(), 3u);

    // Læge (rows 1, 3, 5): women FTE 1 + 2 = 3, mean (100 + 260) / 3 = 120;
    // men FTE 3, mean 150; index 100 * 120 / 150 = 80. Shown as first seen.
    const PayIndexRow& doctors = table.value()[0];
    EXPECT_EQ(std::get<std::string>(doctors.group), "Læge");
    EXPECT_DOUBLE_EQ(doctors.womenFte, 3.0);
    EXPECT_DOUBLE_EQ(doctors.menFte, 3.0);
    EXPECT_FALSE(doctors.suppressed);
    EXPECT_DOUBLE_EQ(doctors.womenMean, 120.0);
    EXPECT_DOUBLE_EQ(doctors.menMean, 150.0);
    EXPECT_DOUBLE_EQ(doctors.index, 80.0);

    // Sygeplejerske: women FTE 2.999 < 3: suppressed, FTEs still given.
    const PayIndexRow& nurses = table.value()[1];
    EXPECT_EQ(std::get<std::string>(nurses.group), "Sygeplejerske");
    EXPECT_DOUBLE_EQ(nurses.womenFte, 2.999);
    EXPECT_DOUBLE_EQ(nurses.menFte, 5.0);
    EXPECT_TRUE(nurses.suppressed);

    // The number 7: no women at all.
    const PayIndexRow& seven = table.value()[2];
    EXPECT_EQ(std::get<double>(seven.group), 7.0);
    EXPECT_DOUBLE_EQ(seven.womenFte, 0.0);
    EXPECT_DOUBLE_EQ(seven.menFte, 1.0);
    EXPECT_TRUE(seven.suppressed);
}

TEST(PayIndexTable, SuppressedWhenMenFteIsBelowTheMinimum) {
    const Range groups = column({"A", "A"});
    const Range gender = column({"K", "M"});
    const Range pay = column({100.0, 100.0});
    const Range fte = column({3.0, 2.999});
    const auto table = payIndexTable(pay, gender, fte, groups);
    ASSERT_TRUE(table.ok());
    ASSERT_EQ(table.value().size(), 1u);
    EXPECT_TRUE(table.value()[0].suppressed);
}

TEST(PayIndexTable, CustomMinimum) {
    const Range groups = column({"A", "A"});
    const Range gender = column({"K", "M"});
    const Range pay = column({90.0, 100.0});
    const Range fte = column({1.0, 1.0});
    // Minimum 1: women 90, men 100, index 90.
    const auto table = payIndexTable(pay, gender, fte, groups, 1.0);
    ASSERT_TRUE(table.ok());
    EXPECT_FALSE(table.value()[0].suppressed);
    EXPECT_DOUBLE_EQ(table.value()[0].index, 90.0);
}

TEST(PayIndexTable, BadFteOnlyMattersOnUsedRows) {
    const Range groups = column({"A", kBlank, "A"});
    const Range gender = column({"K", "K", "M"});
    const Range pay = column({100.0, 100.0, 100.0});
    // Row 2 has no group, so its text FTE is never read.
    EXPECT_TRUE(payIndexTable(pay, gender, column({1.0, "x", 1.0}), groups).ok());
    EXPECT_TRUE(isBadInput(payIndexTable(pay, gender, column({"x", 1.0, 1.0}), groups)));
    EXPECT_TRUE(isBadInput(payIndexTable(pay, gender, column({1.0, 1.0, -1.0}), groups)));
}

TEST(PayIndexTable, MismatchedShapesAndBadMinimumAreBadInput) {
    const Range two = column({1.0, 1.0});
    const Range three = column({1.0, 1.0, 1.0});
    const Range gender = column({"K", "M"});
    EXPECT_TRUE(isBadInput(payIndexTable(two, gender, two, three)));
    EXPECT_TRUE(isBadInput(payIndexTable(two, gender, three, two)));
    EXPECT_TRUE(isBadInput(payIndexTable(two, gender, two, two, -1.0)));
}

TEST(PayIndexTable, EmptyRangesGiveAnEmptyTable) {
    const auto table = payIndexTable(Range{}, Range{}, Range{}, Range{});
    ASSERT_TRUE(table.ok());
    EXPECT_TRUE(table.value().empty());
}

// A whole-column reference (A:A) starts at the header row: "Stilling" has no
// number as pay in any of its rows, so it is no group (issue 9, item 7).
TEST(PayIndexTable, GroupWithoutAnyNumericPayIsNotListed) {
    const Range groups = column({"Stilling", "A", "A", "B", "B"});
    const Range gender = column({"Køn", "K", "M", "K", "M"});
    const Range pay = column({"Løn", 100.0, 200.0, "n/a", kBlank});
    const Range fte = column({"Årsværk", 1.0, 1.0, 1.0, 1.0});
    const auto table = payIndexTable(pay, gender, fte, groups);
    ASSERT_TRUE(table.ok());
    // Only A is listed: the header group and B (text and empty pay) are not.
    ASSERT_EQ(table.value().size(), 1u);
    EXPECT_EQ(std::get<std::string>(table.value()[0].group), "A");
    EXPECT_DOUBLE_EQ(table.value()[0].womenFte, 1.0);
    EXPECT_DOUBLE_EQ(table.value()[0].menFte, 1.0);
}

// A group whose rows have numeric pay but no women or men is still listed
// (with 0 FTE, suppressed): it exists, only its index cannot be shown.
TEST(PayIndexTable, GroupWithPayButNoWomenOrMenIsListedSuppressed) {
    const Range groups = column({"A"});
    const Range gender = column({"X"});
    const Range pay = column({100.0});
    const Range fte = column({1.0});
    const auto table = payIndexTable(pay, gender, fte, groups);
    ASSERT_TRUE(table.ok());
    ASSERT_EQ(table.value().size(), 1u);
    EXPECT_TRUE(table.value()[0].suppressed);
    EXPECT_DOUBLE_EQ(table.value()[0].womenFte, 0.0);
}

}  // namespace
}  // namespace ligestat
