#include "cells.hpp"
#include "ligestat/age.hpp"

#include <limits>

namespace ligestat {
namespace {

using test::isBadInput;

using test::kNaN;
constexpr double kInf = std::numeric_limits<double>::infinity();

std::string bandOf(double age, double width = 10, double lowest = 30, double highest = 60) {
    const auto band = ageBand(age, width, lowest, highest);
    return band.ok() ? band.value() : "<failure>";
}

TEST(AgeBand, DefaultBands) {
    EXPECT_EQ(bandOf(0), "<30");
    EXPECT_EQ(bandOf(29), "<30");
    EXPECT_EQ(bandOf(30), "30-39");
    EXPECT_EQ(bandOf(39), "30-39");
    EXPECT_EQ(bandOf(40), "40-49");
    EXPECT_EQ(bandOf(59), "50-59");
    EXPECT_EQ(bandOf(60), "60+");
    EXPECT_EQ(bandOf(101), "60+");
}

TEST(AgeBand, DefaultArgumentsAreTheRules) { EXPECT_EQ(ageBand(45).value(), "40-49"); }

TEST(AgeBand, FractionsAreCut) {
    EXPECT_EQ(bandOf(29.999), "<30");   // 29 completed years
    EXPECT_EQ(bandOf(39.99), "30-39");  // 39
    EXPECT_EQ(bandOf(59.5), "50-59");   // 59
    EXPECT_EQ(bandOf(60.0), "60+");
}

TEST(AgeBand, OtherWidths) {
    // Width 5: 33 is in [30, 35): "30-34"; 58 in [55, 60): "55-59".
    EXPECT_EQ(bandOf(33, 5), "30-34");
    EXPECT_EQ(bandOf(58, 5), "55-59");
    // Width 1 keeps the "a-b" form: "30-30".
    EXPECT_EQ(bandOf(30, 1), "30-30");
}

TEST(AgeBand, LastBandIsCutAtHighest) {
    // 30..65 by 10: [60, 70) is cut to [60, 65): "60-64", then "65+".
    EXPECT_EQ(bandOf(64, 10, 30, 65), "60-64");
    EXPECT_EQ(bandOf(65, 10, 30, 65), "65+");
    EXPECT_EQ(bandOf(55, 10, 30, 65), "50-59");
}

TEST(AgeBand, LowestEqualToHighestLeavesTwoBands) {
    EXPECT_EQ(bandOf(29, 10, 30, 30), "<30");
    EXPECT_EQ(bandOf(30, 10, 30, 30), "30+");
}

TEST(AgeBand, FractionalLimitsLabelTheWholeAgesInside) {
    // Lowest 29.5: age 29 is below it ("<30": whole ages under 30); 30 is in
    // [29.5, 39.5), whose whole ages are 30..39.
    EXPECT_EQ(bandOf(29, 10, 29.5, 60), "<30");
    EXPECT_EQ(bandOf(30, 10, 29.5, 60), "30-39");
}

TEST(AgeBand, BadAge) {
    EXPECT_TRUE(isBadInput(ageBand(-1)));
    EXPECT_TRUE(isBadInput(ageBand(-0.5)));
    EXPECT_TRUE(isBadInput(ageBand(kNaN)));
    EXPECT_TRUE(isBadInput(ageBand(kInf)));
}

TEST(AgeBand, BadRule) {
    EXPECT_TRUE(isBadInput(ageBand(40, 0)));
    EXPECT_TRUE(isBadInput(ageBand(40, -10)));
    EXPECT_TRUE(isBadInput(ageBand(40, kNaN)));
    EXPECT_TRUE(isBadInput(ageBand(40, kInf)));
    EXPECT_TRUE(isBadInput(ageBand(40, 10, 61, 60)));
    EXPECT_TRUE(isBadInput(ageBand(40, 10, kNaN, 60)));
    EXPECT_TRUE(isBadInput(ageBand(40, 10, 30, -kInf)));
}

TEST(AgeBand, HugeAgeIsTheTopBand) { EXPECT_EQ(bandOf(1e308), "60+"); }

}  // namespace
}  // namespace ligestat
