#include "cells.hpp"
#include "ligestat/pay.hpp"

#include <limits>

namespace ligestat {
namespace {

using test::column;
using test::isBadInput;
using test::isNotAvailable;
using test::kBlank;

// One band's expected {women share, men share}.
void expectBand(const QuartileShares& shares, int band, double women, double men) {
    EXPECT_DOUBLE_EQ(shares[band][0], women) << "band " << band;
    EXPECT_DOUBLE_EQ(shares[band][1], men) << "band " << band;
}

TEST(PayQuartiles, FourWorkersOnePerBand) {
    // n = 4 (n mod 4 = 0): band q holds rank q.
    const Range pay = column({40.0, 10.0, 30.0, 20.0});  // unsorted on purpose
    const Range gender = column({"M", "K", "K", "M"});
    // Ranked: 10 K, 20 M, 30 K, 40 M.
    const auto shares = payQuartiles(pay, gender);
    ASSERT_TRUE(shares.ok());
    expectBand(shares.value(), 0, 1, 0);
    expectBand(shares.value(), 1, 0, 1);
    expectBand(shares.value(), 2, 1, 0);
    expectBand(shares.value(), 3, 0, 1);
}

TEST(PayQuartiles, FiveWorkers) {
    // n = 5 (mod 4 = 1): bounds floor(q*5/4) = 0, 1, 2, 3, 5: sizes 1, 1, 1, 2.
    const Range pay = column({1.0, 2.0, 3.0, 4.0, 5.0});
    const Range gender = column({"K", "M", "K", "K", "M"});
    // Band 3 = ranks 3, 4 = K(4), M(5): 1/2 each.
    const auto shares = payQuartiles(pay, gender);
    ASSERT_TRUE(shares.ok());
    expectBand(shares.value(), 0, 1, 0);
    expectBand(shares.value(), 1, 0, 1);
    expectBand(shares.value(), 2, 1, 0);
    expectBand(shares.value(), 3, 0.5, 0.5);
}

TEST(PayQuartiles, SixWorkers) {
    // n = 6 (mod 4 = 2): bounds 0, floor(6/4)=1, floor(12/4)=3, floor(18/4)=4, 6.
    // Bands: rank 0 | ranks 1-2 | rank 3 | ranks 4-5.
    const Range pay = column({1.0, 2.0, 3.0, 4.0, 5.0, 6.0});
    const Range gender = column({"K", "M", "K", "M", "K", "K"});
    const auto shares = payQuartiles(pay, gender);
    ASSERT_TRUE(shares.ok());
    expectBand(shares.value(), 0, 1, 0);      // K
    expectBand(shares.value(), 1, 0.5, 0.5);  // M, K
    expectBand(shares.value(), 2, 0, 1);      // M
    expectBand(shares.value(), 3, 1, 0);      // K, K
}

TEST(PayQuartiles, SevenWorkers) {
    // n = 7 (mod 4 = 3): bounds 0, floor(7/4)=1, floor(14/4)=3, floor(21/4)=5, 7.
    // Bands: rank 0 | ranks 1-2 | ranks 3-4 | ranks 5-6.
    const Range pay = column({1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0});
    const Range gender = column({"K", "K", "M", "M", "M", "K", "M"});
    const auto shares = payQuartiles(pay, gender);
    ASSERT_TRUE(shares.ok());
    expectBand(shares.value(), 0, 1, 0);      // K
    expectBand(shares.value(), 1, 0.5, 0.5);  // K, M
    expectBand(shares.value(), 2, 0, 1);      // M, M
    expectBand(shares.value(), 3, 0.5, 0.5);  // K, M
}

TEST(PayQuartiles, TieAcrossABandBoundaryIsSpreadInProportion) {
    // n = 8: bands are ranks 0-1 | 2-3 | 4-5 | 6-7.
    // Ranked: 10 K, 20 M, then pay 30 for K, K, M on ranks 2, 3, 4, then 40 M, 50 K, 60 M.
    const Range pay = column({30.0, 10.0, 30.0, 60.0, 20.0, 30.0, 50.0, 40.0});
    const Range gender = column({"K", "K", "M", "M", "M", "K", "K", "M"});
    // Each of the three tied ranks holds 2/3 woman and 1/3 man.
    // Band 0 (10 K, 20 M): 1/2, 1/2.
    // Band 1 (ranks 2, 3, both tied): women 2 * 2/3 / 2 = 2/3, men 2 * 1/3 / 2 = 1/3.
    // Band 2 (rank 4 tied, rank 5 = 40 M): women 2/3 / 2 = 1/3, men (1/3 + 1) / 2 = 2/3.
    // Band 3 (50 K, 60 M): 1/2, 1/2.
    const auto shares = payQuartiles(pay, gender);
    ASSERT_TRUE(shares.ok());
    expectBand(shares.value(), 0, 0.5, 0.5);
    expectBand(shares.value(), 1, 2.0 / 3.0, 1.0 / 3.0);
    expectBand(shares.value(), 2, 1.0 / 3.0, 2.0 / 3.0);
    expectBand(shares.value(), 3, 0.5, 0.5);
}

TEST(PayQuartiles, EveryoneTiedGivesTheSameSharesInEveryBand) {
    // n = 4, one pay value: every rank holds 1/4 woman and 3/4 man.
    const Range pay = column({100.0, 100.0, 100.0, 100.0});
    const Range gender = column({"M", "K", "M", "M"});
    const auto shares = payQuartiles(pay, gender);
    ASSERT_TRUE(shares.ok());
    for (int band = 0; band < 4; ++band) expectBand(shares.value(), band, 0.25, 0.75);
}

TEST(PayQuartiles, OnlyWomenAndMenWithANumberAreRanked) {
    const Range pay = column({1.0, 2.0, 3.0, 4.0, 0.5, "x", kBlank, 9.0});
    const Range gender = column({"K", "M", "K", "M", "X", "K", "M", kBlank});
    // Ranked: 1 K, 2 M, 3 K, 4 M (the other four rows are left out), as n = 4.
    const auto shares = payQuartiles(pay, gender);
    ASSERT_TRUE(shares.ok());
    expectBand(shares.value(), 0, 1, 0);
    expectBand(shares.value(), 1, 0, 1);
    expectBand(shares.value(), 2, 1, 0);
    expectBand(shares.value(), 3, 0, 1);
}

TEST(PayQuartiles, FewerThanFourRankedIsNotAvailable) {
    // n = 3: band 0 would hold ranks 0 .. floor(3/4) - 1 = none.
    EXPECT_TRUE(isNotAvailable(payQuartiles(column({1.0, 2.0, 3.0, 4.0}), column({"K", "M", "K", "X"}))));
    EXPECT_TRUE(isNotAvailable(payQuartiles(Range{}, Range{})));
}

TEST(PayQuartiles, BadInput) {
    EXPECT_TRUE(isBadInput(payQuartiles(column({1.0, 2.0}), column({"K"}))));
    const double nan = std::numeric_limits<double>::quiet_NaN();
    EXPECT_TRUE(isBadInput(payQuartiles(column({1.0, 2.0, 3.0, nan}), column({"K", "M", "K", "M"}))));
}

}  // namespace
}  // namespace ligestat
