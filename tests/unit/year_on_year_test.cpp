// Year on year (functions.md, "This year against last year"): expectations
// worked out by hand in the comments from the two small lists below.
#include "ligestat/year_on_year.hpp"

#include "cells.hpp"

#include <gtest/gtest.h>

namespace ligestat {
namespace {

using test::column;
using test::isBadInput;
using test::kBlank;
using test::noFilter;

// Last year's list. Row b7 has a blank id (no part); " 1005 " is text.
//        id        gender  pay    fte  allowance level
// b0     1001      K       30000  1    (empty)   Medarbejder
// b1     1002      K       32000  1    1000      Medarbejder
// b2     1003      K       40000  0.5  500       Leder
// b3     " 1005 "  M       35000  1    (empty)   Medarbejder
// b4     1006      M       36000  1    2000      Leder
// b5     1007      M       50000  1    0         Chef
// b6     1008      K       31000  1    (empty)   Medarbejder   leaves
// b7     (blank)   K       99999  1    (empty)   Chef          no part
// b8     "AB9"     X       20000  1    (empty)   Medarbejder   leaves
struct LastYear {
    Range id = column({1001.0, 1002.0, 1003.0, " 1005 ", 1006.0, 1007.0, 1008.0, kBlank, "AB9"});
    Range gender = column({"K", "K", "K", "M", "M", "M", "K", "K", "X"});
    Range pay = column({30000.0, 32000.0, 40000.0, 35000.0, 36000.0, 50000.0, 31000.0, 99999.0, 20000.0});
    Range fte = column({1.0, 1.0, 0.5, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0});
    Range allowance = column({kBlank, 1000.0, 500.0, kBlank, 2000.0, 0.0, kBlank, kBlank, kBlank});
    Range level = column({"Medarbejder", "Medarbejder", "Leder", "Medarbejder", "Leder", "Chef", "Medarbejder",
                          "Chef", "Medarbejder"});
};

// This year's list. "1002" is text (= 1002); 1005 is a number (= " 1005 ").
//        id      gender pay    fte allowance level        FTE-pay change
// n0     1001    K      31500  1   600       Leder        +5 %   (31500/30000)
// n1     "1002"  K      32000  1   1000      Medarbejder  0 %
// n2     1003    K      84000  1   800       Leder        +5 %   (84000 / (40000/0.5))
// n3     1005    M      35700  1   (empty)   Medarbejder  +2 %
// n4     1006    M      35640  1   2500      Chef         -1 %
// n5     1007    M      55000  1   0         Chef         +10 %
// n6     1009    K      30000  1   (empty)   Medarbejder  joins
// n7     1010    M      30000  1   (empty)   Medarbejder  joins
// n8     (blank) M      30000  1   (empty)   Medarbejder  no part
struct ThisYear {
    Range id = column({1001.0, "1002", 1003.0, 1005.0, 1006.0, 1007.0, 1009.0, 1010.0, kBlank});
    Range gender = column({"K", "K", "K", "M", "M", "M", "K", "M", "M"});
    Range pay = column({31500.0, 32000.0, 84000.0, 35700.0, 35640.0, 55000.0, 30000.0, 30000.0, 30000.0});
    Range fte = column({1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0});
    Range allowance = column({600.0, 1000.0, 800.0, kBlank, 2500.0, 0.0, kBlank, kBlank, kBlank});
    Range level = column({"Leder", "Medarbejder", "Leder", "Medarbejder", "Chef", "Chef", "Medarbejder",
                          "Medarbejder", "Medarbejder"});
};

const Range kLevels = column({"Chef", "Leder", "Medarbejder"});

// ---- STAFFFLOWS --------------------------------------------------------------

TEST(StaffFlows, CountsLastYearLeaversJoinersThisYearByGender) {
    const LastYear before;
    const ThisYear now;
    const auto flows = staffFlows(now.id, now.gender, before.id, before.gender);
    ASSERT_TRUE(flows.ok());
    // Women: last year b0 b1 b2 b6 = 4 (b7 has no id); b6 leaves; n6 joins; now n0 n1 n2 n6 = 4.
    // Men: last year b3 b4 b5 = 3; nobody leaves; n7 joins; now n3 n4 n5 n7 = 4 (n8 has no id).
    // Other: last year b8 = 1, who leaves; nobody now.
    const auto& f = flows.value();
    auto expectRow = [&](std::size_t row, double last, double leavers, double joiners, double thisYear) {
        SCOPED_TRACE(row);
        EXPECT_EQ(f[row].lastYear, last);
        EXPECT_EQ(f[row].leavers, leavers);
        EXPECT_EQ(f[row].joiners, joiners);
        EXPECT_EQ(f[row].thisYear, thisYear);
    };
    expectRow(0, 4, 1, 1, 4);
    expectRow(1, 3, 0, 1, 4);
    expectRow(2, 1, 1, 0, 0);
    expectRow(3, 8, 2, 2, 8);
}

TEST(StaffFlows, TextIdMatchesTheSameNumberTrimmedAnyCase) {
    // " 1005 " = 1005, "ab7" = "AB7 ": everybody stays.
    const auto flows = staffFlows(column({1005.0, "ab7"}), column({"M", "K"}), column({" 1005 ", "AB7 "}),
                                  column({"M", "K"}));
    ASSERT_TRUE(flows.ok());
    EXPECT_EQ(flows.value()[3].leavers, 0);
    EXPECT_EQ(flows.value()[3].joiners, 0);
}

TEST(StaffFlows, LeadingZerosKeepTextIdsApart) {
    // "01005" may be another employee than 1005: one leaves, one joins.
    const auto flows = staffFlows(column({1005.0}), column({"M"}), column({"01005"}), column({"M"}));
    ASSERT_TRUE(flows.ok());
    EXPECT_EQ(flows.value()[3].leavers, 1);
    EXPECT_EQ(flows.value()[3].joiners, 1);
}

TEST(StaffFlows, DuplicateIdInEitherListIsBadInput) {
    // Within one list 1005 and " 1005 " are the same id.
    EXPECT_TRUE(isBadInput(staffFlows(column({1.0, 2.0}), column({"K", "M"}), column({1005.0, " 1005 "}),
                                      column({"K", "K"}))));
    EXPECT_TRUE(isBadInput(staffFlows(column({"a", " A"}), column({"K", "M"}), column({1.0}), column({"K"}))));
}

TEST(StaffFlows, WholeNumbersAndOtherIdsMatchTheirText) {
    // -7 = "-7", 12.5 = "12.5", 8 = "8\u00A0" (no-break space trimmed): all three stay.
    const auto flows = staffFlows(column({-7.0, "12.5", 8.0}), column({"K", "K", "K"}),
                                  column({" -7", 12.5, "8\u00A0"}), column({"K", "K", "K"}));
    ASSERT_TRUE(flows.ok());
    EXPECT_EQ(flows.value()[0].leavers, 0);
    EXPECT_EQ(flows.value()[0].joiners, 0);
}

TEST(StaffFlows, DuplicateJoinerOrStayerIsBadInput) {
    // Two joiners 9 and "9"; two stayers 1 and " 1 " paired with the one 1 of last year.
    EXPECT_TRUE(isBadInput(staffFlows(column({9.0, "9"}), column({"K", "K"}), column({1.0}), column({"K"}))));
    EXPECT_TRUE(isBadInput(staffFlows(column({1.0, " 1 "}), column({"K", "K"}), column({1.0}), column({"K"}))));
}

TEST(StaffFlows, BlankIdsTakeNoPartAndAreNoDuplicates) {
    // Two blank ids (empty and spaces) in each list: only id 7 counts, a stayer.
    const auto flows = staffFlows(column({kBlank, "  ", 7.0}), column({"K", "K", "M"}),
                                  column({kBlank, " ", 7.0}), column({"M", "M", "M"}));
    ASSERT_TRUE(flows.ok());
    EXPECT_EQ(flows.value()[3].lastYear, 1);
    EXPECT_EQ(flows.value()[3].thisYear, 1);
    EXPECT_EQ(flows.value()[0].thisYear, 0);
}

TEST(StaffFlows, MismatchedShapesAreBadInput) {
    EXPECT_TRUE(isBadInput(staffFlows(column({1.0, 2.0}), column({"K"}), column({1.0}), column({"K"}))));
    EXPECT_TRUE(isBadInput(staffFlows(column({1.0}), column({"K"}), column({1.0}), column({"K", "M"}))));
}

// ---- PAYDEVELOPMENT ---------------------------------------------------------

TEST(PayDevelopment, FtePayChangeOfStayersByGender) {
    const LastYear before;
    const ThisYear now;
    const auto rows = payDevelopment(now.id, now.pay, before.id, before.pay, now.gender, &now.fte, &before.fte,
                                     noFilter());
    ASSERT_TRUE(rows.ok());
    const auto& women = rows.value()[0];
    const auto& men = rows.value()[1];
    // Women n0 +5, n1 0, n2 +5: mean 10/3, median 5, 2 of 3 increased.
    EXPECT_EQ(women.stayers, 3);
    EXPECT_FALSE(women.suppressed);
    EXPECT_NEAR(women.meanChange, 10.0 / 3, 1e-9);
    EXPECT_NEAR(women.medianChange, 5, 1e-9);
    EXPECT_NEAR(women.shareIncreased, 2.0 / 3, 1e-12);
    // Men n3 +2, n4 -1, n5 +10: mean 11/3, median 2, 2 of 3 increased.
    EXPECT_EQ(men.stayers, 3);
    EXPECT_NEAR(men.meanChange, 11.0 / 3, 1e-9);
    EXPECT_NEAR(men.medianChange, 2, 1e-9);
    EXPECT_NEAR(men.shareIncreased, 2.0 / 3, 1e-12);
}

TEST(PayDevelopment, WithoutFteTheHeadPayChanges) {
    const LastYear before;
    const ThisYear now;
    const auto rows =
        payDevelopment(now.id, now.pay, before.id, before.pay, now.gender, nullptr, nullptr, noFilter());
    ASSERT_TRUE(rows.ok());
    // n2 is now 84000 / 40000 - 1 = +110 %: women +5, 0, +110: mean 115/3, median 5.
    EXPECT_NEAR(rows.value()[0].meanChange, 115.0 / 3, 1e-9);
    EXPECT_NEAR(rows.value()[0].medianChange, 5, 1e-9);
}

TEST(PayDevelopment, FewerThanThreeStayersOfAGenderIsSuppressed) {
    const LastYear before;
    ThisYear now;
    now.pay.cells[1] = "ukendt";  // n1 has no pay now: 2 women with pay in both years
    const auto rows = payDevelopment(now.id, now.pay, before.id, before.pay, now.gender, &now.fte, &before.fte,
                                     noFilter());
    ASSERT_TRUE(rows.ok());
    EXPECT_EQ(rows.value()[0].stayers, 2);
    EXPECT_TRUE(rows.value()[0].suppressed);
    EXPECT_FALSE(rows.value()[1].suppressed);
}

TEST(PayDevelopment, GroupFilterUsesThisYearsGroup) {
    const LastYear before;
    const ThisYear now;
    // Only n3 n4 n5 (men) and n0 n1 n2 in "A" but n2 in "B": women 2 -> suppressed; men unchanged.
    const Range groups = column({"A", "a ", "B", "A", "A", "A", "A", "A", "A"});
    const auto rows = payDevelopment(now.id, now.pay, before.id, before.pay, now.gender, &now.fte, &before.fte,
                                     test::onlyGroup(groups, "A"));
    ASSERT_TRUE(rows.ok());
    EXPECT_EQ(rows.value()[0].stayers, 2);
    EXPECT_TRUE(rows.value()[0].suppressed);
    EXPECT_EQ(rows.value()[1].stayers, 3);
}

TEST(PayDevelopment, BadInput) {
    const LastYear before;
    ThisYear now;
    auto call = [&](const ThisYear& n, const Range* fteNow, const Range* fteBefore) {
        return payDevelopment(n.id, n.pay, before.id, before.pay, n.gender, fteNow, fteBefore, noFilter());
    };
    // One FTE range without the other.
    EXPECT_TRUE(isBadInput(call(now, &now.fte, nullptr)));
    // Pay shorter than the ids.
    ThisYear shortPay;
    shortPay.pay = column({1.0});
    EXPECT_TRUE(isBadInput(call(shortPay, nullptr, nullptr)));
    // A text FTE on a stayer with pay.
    ThisYear textFte;
    textFte.fte.cells[0] = "en";
    EXPECT_TRUE(isBadInput(call(textFte, &textFte.fte, &before.fte)));
    // A duplicate id this year (1001 and " 1001").
    ThisYear duplicate;
    duplicate.id.cells[6] = " 1001";
    EXPECT_TRUE(isBadInput(call(duplicate, nullptr, nullptr)));
}

// ---- ALLOWANCEROUND -----------------------------------------------------------

TEST(AllowanceRound, RecipientsOfANewOrLargerAllowance) {
    const LastYear before;
    const ThisYear now;
    const auto rows =
        allowanceRound(now.id, now.allowance, before.id, before.allowance, now.gender, noFilter());
    ASSERT_TRUE(rows.ok());
    // Women: n0 600 > empty (+600), n1 1000 = 1000, n2 800 > 500 (+300): 2 of 3, mean 450.
    const auto& women = rows.value()[0];
    EXPECT_EQ(women.stayers, 3);
    EXPECT_EQ(women.recipients, 2);
    EXPECT_NEAR(women.share, 2.0 / 3, 1e-12);
    ASSERT_TRUE(women.meanIncrease);
    EXPECT_NEAR(*women.meanIncrease, 450, 1e-9);
    // Men: n3 empty = empty, n4 2500 > 2000 (+500), n5 0 = 0: 1 of 3, mean 500.
    const auto& men = rows.value()[1];
    EXPECT_EQ(men.recipients, 1);
    EXPECT_NEAR(men.share, 1.0 / 3, 1e-12);
    EXPECT_NEAR(*men.meanIncrease, 500, 1e-9);
}

TEST(AllowanceRound, FewerThanThreeStayersHidesTheRecipients) {
    const LastYear before;
    ThisYear now;
    now.gender.cells[5] = "?";  // n5 is no longer a man: 2 men stay
    const auto rows =
        allowanceRound(now.id, now.allowance, before.id, before.allowance, now.gender, noFilter());
    ASSERT_TRUE(rows.ok());
    EXPECT_EQ(rows.value()[1].stayers, 2);
    EXPECT_TRUE(rows.value()[1].suppressed);
    EXPECT_EQ(rows.value()[1].recipients, 0);  // not even the count leaves the core
    EXPECT_FALSE(rows.value()[1].meanIncrease);
}

TEST(AllowanceRound, NoRecipientNoMeanIncrease) {
    // Three women, nobody's allowance grows: share 0, no mean.
    const auto rows = allowanceRound(column({1.0, 2.0, 3.0}), column({0.0, 100.0, kBlank}),
                                     column({3.0, 2.0, 1.0}), column({kBlank, 200.0, 0.0}),
                                     column({"K", "K", "K"}), noFilter());
    ASSERT_TRUE(rows.ok());
    EXPECT_EQ(rows.value()[0].share, 0);
    EXPECT_FALSE(rows.value()[0].meanIncrease);
    EXPECT_TRUE(rows.value()[1].suppressed);  // no men at all
}

TEST(AllowanceRound, BadInput) {
    const LastYear before;
    const ThisYear now;
    EXPECT_TRUE(isBadInput(allowanceRound(now.id, now.allowance, before.id, column({1.0}), now.gender,
                                          noFilter())));
    LastYear duplicate;
    duplicate.id.cells[8] = 1001.0;
    EXPECT_TRUE(isBadInput(allowanceRound(now.id, now.allowance, duplicate.id, duplicate.allowance, now.gender,
                                          noFilter())));
}

// ---- PROMOTIONS ---------------------------------------------------------------

TEST(Promotions, AHigherLevelThanLastYear) {
    const LastYear before;
    const ThisYear now;
    const auto rows = promotions(now.id, now.level, before.id, before.level, now.gender, kLevels);
    ASSERT_TRUE(rows.ok());
    // Women: n0 Medarbejder -> Leder; n1, n2 stay put: 1 of 3. Men: n4 Leder -> Chef: 1 of 3.
    EXPECT_EQ(rows.value()[0].stayers, 3);
    EXPECT_EQ(rows.value()[0].promoted, 1);
    EXPECT_NEAR(rows.value()[0].share, 1.0 / 3, 1e-12);
    EXPECT_EQ(rows.value()[1].promoted, 1);
    EXPECT_NEAR(rows.value()[1].share, 1.0 / 3, 1e-12);
}

TEST(Promotions, AnUnlistedLevelRanksBelowEveryListedLevel) {
    // Women 1: "Praktikant" (unlisted) -> "medarbejder ": promoted. 2: listed -> unlisted: not.
    // 3: unlisted -> other unlisted: not.
    const auto rows = promotions(column({1.0, 2.0, 3.0}), column({"medarbejder ", "Ny", "Y"}),
                                 column({1.0, 2.0, 3.0}), column({"Praktikant", "Leder", "X"}),
                                 column({"K", "K", "K"}), kLevels);
    ASSERT_TRUE(rows.ok());
    EXPECT_EQ(rows.value()[0].promoted, 1);
}

TEST(Promotions, PrivacyAndBadInput) {
    const LastYear before;
    const ThisYear now;
    // Only two women stay when n2's id is blank this year.
    ThisYear fewer;
    fewer.id.cells[2] = kBlank;
    const auto rows = promotions(fewer.id, fewer.level, before.id, before.level, fewer.gender, kLevels);
    ASSERT_TRUE(rows.ok());
    EXPECT_TRUE(rows.value()[0].suppressed);
    EXPECT_EQ(rows.value()[0].promoted, 0);
    // No level in the list; a level range of the wrong shape.
    EXPECT_TRUE(isBadInput(promotions(now.id, now.level, before.id, before.level, now.gender, column({kBlank}))));
    EXPECT_TRUE(isBadInput(promotions(now.id, column({"Chef"}), before.id, before.level, now.gender, kLevels)));
}

}  // namespace
}  // namespace ligestat
