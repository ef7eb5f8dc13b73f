#include "ligestat/settings.hpp"

#include <gtest/gtest.h>

using namespace ligestat;

TEST(Settings, DefaultsAreTheSpecsRules) {
    const Settings s;
    EXPECT_EQ(s.minFtePerGender, 3.0);
    EXPECT_EQ(s.payIndexBandLow, 95.0);
    EXPECT_EQ(s.payIndexBandHigh, 105.0);
    EXPECT_EQ(s.minCategorySize, 8.0);
    EXPECT_EQ(s.balanceTarget, 0.4);
    EXPECT_EQ(s.balanceFloor, 0.1);
    EXPECT_EQ(s.topManagementLevels, (std::vector<std::string>{"Direktion", "Afdelingschef"}));
}

TEST(Settings, RoundTripThroughProperties) {
    Settings s;
    s.minFtePerGender = 2.5;
    s.balanceTarget = 0.45;
    s.topManagementLevels = {"Direktion", "Topledelse"};
    s.columnHeaders["pay"] = "Årsløn";
    s.columnHeaders["cpr"] = "";
    const Settings back = settingsFromProperties(toProperties(s));
    EXPECT_EQ(back.minFtePerGender, 2.5);
    EXPECT_EQ(back.balanceTarget, 0.45);
    EXPECT_EQ(back.topManagementLevels, s.topManagementLevels);
    EXPECT_EQ(back.columnHeaders, s.columnHeaders);
}

TEST(Settings, UnreadableValuesKeepDefaultsAndUnknownKeysAreIgnored) {
    const Settings s = settingsFromProperties(
        {{"minFtePerGender", "tre"}, {"payIndexBandLow", "94"}, {"column.nonsense", "x"}, {"other", "1"}});
    EXPECT_EQ(s.minFtePerGender, 3.0);
    EXPECT_EQ(s.payIndexBandLow, 94.0);
    EXPECT_TRUE(s.columnHeaders.empty());
}

// Issue 12: last year's list is one more document setting; absent means
// "find it by the year in the sheet names", "" means the user chose none.
TEST(Settings, LastYearSheetRoundTripsAndAbsentMeansAutomatic) {
    EXPECT_FALSE(Settings{}.lastYearSheet.has_value());
    EXPECT_EQ(toProperties(Settings{}).count("lastYearSheet"), 0u);
    Settings chosen;
    chosen.lastYearSheet = "Medarbejdere 2025";
    EXPECT_EQ(settingsFromProperties(toProperties(chosen)).lastYearSheet, "Medarbejdere 2025");
    Settings none;
    none.lastYearSheet = "";
    EXPECT_EQ(toProperties(none).at("lastYearSheet"), "");
    EXPECT_EQ(settingsFromProperties(toProperties(none)).lastYearSheet, "");
}

TEST(Settings, EveryModelFactorIsChosenByDefault) {
    const Settings s;
    for (const auto& factor : kModelFactors) EXPECT_TRUE(s.uses(factor.factor)) << factor.key;
}

TEST(Settings, ModelFactorChoiceRoundTrips) {
    Settings s;
    s.modelFactors = {ModelFactor::Age, ModelFactor::JobTitle, ModelFactor::Education};
    const auto properties = toProperties(s);
    EXPECT_EQ(properties.at("modelFactors"), "age;job_title;education");
    const Settings back = settingsFromProperties(properties);
    EXPECT_EQ(back.modelFactors, s.modelFactors);
    EXPECT_FALSE(back.uses(ModelFactor::YearsOfService));
    EXPECT_FALSE(back.uses(ModelFactor::ManagementLevel));
}

TEST(Settings, NoModelFactorChosenStaysNoneAndUnknownFactorsAreIgnored) {
    Settings none;
    none.modelFactors.clear();
    EXPECT_TRUE(settingsFromProperties(toProperties(none)).modelFactors.empty());
    const Settings s = settingsFromProperties({{"modelFactors", "shoe_size; Age ;education;education"}});
    EXPECT_EQ(s.modelFactors, (std::vector<ModelFactor>{ModelFactor::Age, ModelFactor::Education}));
}
