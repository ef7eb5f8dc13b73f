#include "cells.hpp"
#include "ligestat/balance.hpp"

#include <limits>
#include <string>

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

// `women` K rows then `men` M rows.
Range genders(std::size_t women, std::size_t men) {
    Range range = repeated("K", women);
    range.cells.insert(range.cells.end(), men, Cell("M"));
    range.rows = women + men;
    return range;
}

TEST(GenderShare, HeadcountSharesLeaveOthersOut) {
    const Range gender = column({"K", "M", "X", "M", kBlank, "K", "M", 3.0});
    // Women 2, men 3 (X, empty and the number are other): 2 / 5 and 3 / 5.
    const auto women = genderShare(gender, Cell("K"), nullptr, noFilter());
    ASSERT_TRUE(women.ok());
    EXPECT_DOUBLE_EQ(women.value(), 0.4);
    const auto men = genderShare(gender, Cell("mand"), nullptr, noFilter());
    ASSERT_TRUE(men.ok());
    EXPECT_DOUBLE_EQ(men.value(), 0.6);
}

TEST(GenderShare, AbsentSexMeansWomen) {
    const auto share = genderShare(genders(1, 3), kBlank, nullptr, noFilter());
    ASSERT_TRUE(share.ok());
    EXPECT_DOUBLE_EQ(share.value(), 0.25);  // 1 / (1 + 3)
}

TEST(GenderShare, FteWeighted) {
    const Range gender = column({"K", "K", "M", "M", "M", "X"});
    const Range fte = column({1.0, 0.5, 1.0, 1.0, 1.0, 7.0});
    // Women 1 + 0.5 = 1.5, men 3: 1.5 / 4.5 = 1/3.
    const auto share = genderShare(gender, Cell("K"), &fte, noFilter());
    ASSERT_TRUE(share.ok());
    EXPECT_DOUBLE_EQ(share.value(), 1.0 / 3.0);
}

TEST(GenderShare, FteRules) {
    const Range gender = column({"K", "M", "X"});
    // Empty FTE: the row is left out, so only the man counts: women 0 / 1.
    const Range emptyForTheWoman = column({kBlank, 1.0, 1.0});
    const auto share = genderShare(gender, Cell("K"), &emptyForTheWoman, noFilter());
    ASSERT_TRUE(share.ok());
    EXPECT_DOUBLE_EQ(share.value(), 0.0);
    // Text or negative FTE on a used row; on the X row it is not read.
    const Range text = column({"1", 1.0, 1.0});
    const Range negative = column({1.0, -1.0, 1.0});
    const Range badOnOther = column({1.0, 1.0, "x"});
    EXPECT_TRUE(isBadInput(genderShare(gender, Cell("K"), &text, noFilter())));
    EXPECT_TRUE(isBadInput(genderShare(gender, Cell("K"), &negative, noFilter())));
    EXPECT_TRUE(genderShare(gender, Cell("K"), &badOnOther, noFilter()).ok());
}

TEST(GenderShare, UnicodeCodesInALongColumn) {
    // 3000 rows cycling "Kvinde" + no-break space, "MAND" + em space, "X": the
    // Unicode path is cached per distinct text, and must still read each row.
    Range gender;
    for (int i = 0; i < 1000; ++i) {
        gender.cells.insert(gender.cells.end(), {Cell("Kvinde\u00A0"), Cell("\u2003MAND"), Cell("\u00A0X")});
    }
    gender.rows = gender.cells.size();
    gender.cols = 1;
    // 1000 women, 1000 men: 0.5.
    const auto share = genderShare(gender, Cell("K"), nullptr, noFilter());
    ASSERT_TRUE(share.ok());
    EXPECT_DOUBLE_EQ(share.value(), 0.5);
}

TEST(GenderShare, SexMustBeAWomenOrMenCode) {
    EXPECT_TRUE(isBadInput(genderShare(genders(1, 1), Cell("X"), nullptr, noFilter())));
    EXPECT_TRUE(isBadInput(genderShare(genders(1, 1), Cell(1.0), nullptr, noFilter())));
}

TEST(GenderShare, NoWomenAndNoMenIsNotAvailable) {
    EXPECT_TRUE(isNotAvailable(genderShare(column({"X", kBlank}), Cell("K"), nullptr, noFilter())));
    const Range zeroFte = column({0.0, 0.0});
    EXPECT_TRUE(isNotAvailable(genderShare(genders(1, 1), Cell("K"), &zeroFte, noFilter())));
}

TEST(GenderShare, GroupFilterAndShapes) {
    const Range gender = column({"K", "M", "M", "K"});
    const Range groups = column({"Ledelse", "LEDELSE", "ledelse\u00A0", "Andet"});
    // Ledelse: 1 woman, 2 men: 1/3.
    const auto share = genderShare(gender, Cell("K"), nullptr, onlyGroup(groups, "ledelse"));
    ASSERT_TRUE(share.ok());
    EXPECT_DOUBLE_EQ(share.value(), 1.0 / 3.0);
    const Range shortGroups = column({"A"});
    EXPECT_TRUE(isBadInput(genderShare(gender, Cell("K"), nullptr, onlyGroup(shortGroups, "A"))));
}

TEST(GenderBalance, SmallerShareAgainstTargetAndFloor) {
    // 2 of 5 = 0.4: exactly the target.
    EXPECT_EQ(genderBalance(genders(2, 3), nullptr, noFilter()).value(), Balance::Balanced);
    // 3 of 10 = 0.3: below 0.4, above 0.1.
    EXPECT_EQ(genderBalance(genders(7, 3), nullptr, noFilter()).value(), Balance::BelowTarget);
    // 1 of 10 = 0.1: exactly the floor.
    EXPECT_EQ(genderBalance(genders(1, 9), nullptr, noFilter()).value(), Balance::BelowTarget);
    // 1 of 11 = 0.0909: below the floor.
    EXPECT_EQ(genderBalance(genders(1, 10), nullptr, noFilter()).value(), Balance::Critical);
    // Only women: men's share 0.
    EXPECT_EQ(genderBalance(genders(4, 0), nullptr, noFilter()).value(), Balance::Critical);
}

TEST(GenderBalance, CustomRule) {
    // Target 0.5: 5 of 10 balanced, 4 of 9 (0.444) not; floor 0.45 makes it critical.
    EXPECT_EQ(genderBalance(genders(5, 5), nullptr, noFilter(), 0.5, 0.1).value(), Balance::Balanced);
    EXPECT_EQ(genderBalance(genders(4, 5), nullptr, noFilter(), 0.5, 0.1).value(), Balance::BelowTarget);
    EXPECT_EQ(genderBalance(genders(4, 5), nullptr, noFilter(), 0.5, 0.45).value(), Balance::Critical);
    // Target 0 and floor 0: everything is balanced.
    EXPECT_EQ(genderBalance(genders(3, 0), nullptr, noFilter(), 0.0, 0.0).value(), Balance::Balanced);
}

TEST(GenderBalance, FteWeighted) {
    const Range gender = column({"K", "M", "M"});
    const Range fte = column({2.0, 1.0, 1.0});
    // Women 2 / 4 = 0.5: balanced, although 1 of 3 heads.
    EXPECT_EQ(genderBalance(gender, &fte, noFilter()).value(), Balance::Balanced);
}

TEST(GenderBalance, ImpossibleRulesAreBadInput) {
    const Range gender = genders(1, 1);
    EXPECT_TRUE(isBadInput(genderBalance(gender, nullptr, noFilter(), 0.6, 0.1)));   // target > 0.5
    EXPECT_TRUE(isBadInput(genderBalance(gender, nullptr, noFilter(), 0.3, 0.4)));   // floor > target
    EXPECT_TRUE(isBadInput(genderBalance(gender, nullptr, noFilter(), 0.4, -0.1)));  // floor < 0
    EXPECT_TRUE(isBadInput(genderBalance(gender, nullptr, noFilter(), kNaN, 0.1)));
    EXPECT_TRUE(isBadInput(genderBalance(gender, nullptr, noFilter(), 0.4, kNaN)));
}

TEST(GenderBalance, NoWomenAndNoMenIsNotAvailable) {
    EXPECT_TRUE(isNotAvailable(genderBalance(column({"X"}), nullptr, noFilter())));
    EXPECT_TRUE(isNotAvailable(genderBalance(Range{}, nullptr, noFilter())));
}

TEST(GenderTable, GroupsReachingTheMinimumInFirstSeenOrder) {
    // "Lab", "LAB" and "lab " are one group; the blank group cell is no group.
    const Range groups = column({"Lab", "Adm", "LAB", "lab ", "Adm", "Lab", "Adm", "Lab", "Adm", "Lab",
                                 "Adm", "Lab", "Adm", "Adm", kBlank});
    const Range gender = column({"K", "K", "K", "M", "M", "K", "M", "K", "X", "M", kBlank, "X", "K", "K", "K"});
    // Lab is rows 1, 3, 4, 6, 8, 10, 12: K, K, M, K, K, M, X = 7 (4 K, 2 M).
    // Adm is rows 2, 5, 7, 9, 11, 13, 14: K, M, M, X, empty, K, K = 7 (3 K, 2 M).
    // Shares of women + men: Lab 4/6 and 2/6, Adm 3/5 and 2/5.
    const auto table = genderTable(gender, groups, 7.0);
    ASSERT_TRUE(table.ok());
    ASSERT_EQ(table.value().size(), 2u);
    const GenderTableRow& lab = table.value()[0];
    EXPECT_EQ(std::get<std::string>(lab.group), "Lab");
    EXPECT_DOUBLE_EQ(lab.headcount, 7.0);
    EXPECT_DOUBLE_EQ(lab.women, 4.0);
    EXPECT_DOUBLE_EQ(lab.men, 2.0);
    EXPECT_DOUBLE_EQ(lab.womenShare, 4.0 / 6.0);
    EXPECT_DOUBLE_EQ(lab.menShare, 2.0 / 6.0);
    const GenderTableRow& adm = table.value()[1];
    EXPECT_EQ(std::get<std::string>(adm.group), "Adm");
    EXPECT_DOUBLE_EQ(adm.headcount, 7.0);
    EXPECT_DOUBLE_EQ(adm.women, 3.0);
    EXPECT_DOUBLE_EQ(adm.men, 2.0);
    EXPECT_DOUBLE_EQ(adm.womenShare, 3.0 / 5.0);
    EXPECT_DOUBLE_EQ(adm.menShare, 2.0 / 5.0);
    // With the default minimum of 8 neither group is shown.
    const auto defaults = genderTable(gender, groups);
    ASSERT_TRUE(defaults.ok());
    EXPECT_TRUE(defaults.value().empty());
}

TEST(GenderTable, ExactlyTheMinimumIsShown) {
    const Range groups = repeated("A", 8);
    Range gender = genders(3, 5);
    // 8 >= 8: shown, 3 / 8 and 5 / 8.
    const auto table = genderTable(gender, groups);
    ASSERT_TRUE(table.ok());
    ASSERT_EQ(table.value().size(), 1u);
    EXPECT_DOUBLE_EQ(table.value()[0].womenShare, 0.375);
    EXPECT_DOUBLE_EQ(table.value()[0].menShare, 0.625);
}

TEST(GenderTable, GroupOfOnlyOthersHasZeroShares) {
    const auto table = genderTable(column({"X", "?"}), column({1.0, 1.0}), 0.0);
    ASSERT_TRUE(table.ok());
    ASSERT_EQ(table.value().size(), 1u);
    EXPECT_EQ(std::get<double>(table.value()[0].group), 1.0);
    EXPECT_DOUBLE_EQ(table.value()[0].headcount, 2.0);
    EXPECT_DOUBLE_EQ(table.value()[0].womenShare, 0.0);
    EXPECT_DOUBLE_EQ(table.value()[0].menShare, 0.0);
}

TEST(GenderTable, BadInput) {
    EXPECT_TRUE(isBadInput(genderTable(column({"K"}), column({"A", "B"}))));
    EXPECT_TRUE(isBadInput(genderTable(column({"K"}), column({"A"}), -1.0)));
    EXPECT_TRUE(isBadInput(genderTable(column({"K"}), column({"A"}), kNaN)));
}

// A whole-column reference starts at the header row: its "Køn"/"Stilling"
// cells are no person and no group, even when min_count lets one row through
// (issue 9, item 7). A first row of data is kept.
TEST(GenderTable, HeaderLikeFirstRowIsNoGroup) {
    const Range gender = column({"Køn", "K", "M", "X"});
    const Range groups = column({"Stilling", "A", "A", "B"});
    const auto table = genderTable(gender, groups, 1.0);
    ASSERT_TRUE(table.ok());
    ASSERT_EQ(table.value().size(), 2u);
    EXPECT_EQ(std::get<std::string>(table.value()[0].group), "A");
    EXPECT_DOUBLE_EQ(table.value()[0].headcount, 2.0);
    EXPECT_EQ(std::get<std::string>(table.value()[1].group), "B");

    // English headers, and only the group cell naming a column, count as well.
    const auto english = genderTable(column({"", "K"}), column({"Job title", "A"}), 1.0);
    ASSERT_TRUE(english.ok());
    ASSERT_EQ(english.value().size(), 1u);
    EXPECT_EQ(std::get<std::string>(english.value()[0].group), "A");

    // A first row that is data stays: "Læge" names no column.
    const auto data = genderTable(column({"X", "K"}), column({"Læge", "A"}), 1.0);
    ASSERT_TRUE(data.ok());
    ASSERT_EQ(data.value().size(), 2u);
    EXPECT_EQ(std::get<std::string>(data.value()[0].group), "Læge");
}

}  // namespace
}  // namespace ligestat
