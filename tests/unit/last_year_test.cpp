// Which sheet is last year's staff list (issue 12; analysis.md §3).
#include "ligestat/last_year.hpp"

#include <gtest/gtest.h>

using namespace ligestat;

TEST(PreviousYearSheet, TheSameNameWithTheYearBefore) {
    EXPECT_EQ(previousYearSheet("Medarbejdere 2026", {"Medarbejdere 2026", "Spørgeskema", "Medarbejdere 2025"}),
              "Medarbejdere 2025");
    // any case and spacing; the year anywhere in the name
    EXPECT_EQ(previousYearSheet("2026 Staff", {"Survey", "2025  staff", "2024 staff"}), "2025  staff");
    EXPECT_EQ(previousYearSheet("Løn_2026", {"Løn_2025", "Løn_2024"}), "Løn_2025");
}

TEST(PreviousYearSheet, AnotherNameCarryingTheYearBeforeWhenItIsTheOnlyOne) {
    EXPECT_EQ(previousYearSheet("Medarbejdere 2026", {"Medarbejdere 2026", "Personale 2025"}), "Personale 2025");
    // two such sheets and neither has this year's name: no guess
    EXPECT_EQ(previousYearSheet("Medarbejdere 2026", {"Personale 2025", "Ark 2025"}), std::nullopt);
}

TEST(PreviousYearSheet, AListWithoutAYearTakesTheLatestArchivedCopyOfItsName) {
    // The live list is often named without a year, the archived copies with one.
    EXPECT_EQ(previousYearSheet("Medarbejdere", {"Medarbejdere", "Spørgeskema", "Medarbejdere 2024",
                                                 "medarbejdere 2025"}),
              "medarbejdere 2025");
    EXPECT_EQ(previousYearSheet("Medarbejdere", {"Medarbejdere", "Løn 2025"}), std::nullopt);
}

TEST(PreviousYearSheet, NoMatchWithoutTheYearBefore) {
    EXPECT_EQ(previousYearSheet("Medarbejdere 2026", {"Medarbejdere 2026", "Medarbejdere 2024"}), std::nullopt);
    EXPECT_EQ(previousYearSheet("Medarbejdere 2026", {"Medarbejdere 2026", "Medarbejdere 20255"}), std::nullopt);
    EXPECT_EQ(previousYearSheet("Ark1", {"Ark1", "Ark2"}), std::nullopt);
    // a number that is no year (12025 is five digits, 0825 is no year)
    EXPECT_EQ(previousYearSheet("Data 0826", {"Data 0825"}), std::nullopt);
    // never the list itself
    EXPECT_EQ(previousYearSheet("Medarbejdere", {"Medarbejdere"}), std::nullopt);
}

TEST(LastYearSheet, TheUsersChoiceWinsAndNoneMeansNone) {
    const std::vector<std::string> sheets{"Medarbejdere 2026", "Medarbejdere 2025", "Gammel liste"};
    Settings s;
    EXPECT_EQ(lastYearSheet(s, "Medarbejdere 2026", sheets), "Medarbejdere 2025");
    s.lastYearSheet = "Gammel liste";
    EXPECT_EQ(lastYearSheet(s, "Medarbejdere 2026", sheets), "Gammel liste");
    s.lastYearSheet = "";
    EXPECT_EQ(lastYearSheet(s, "Medarbejdere 2026", sheets), std::nullopt);
    // a chosen sheet that is gone (renamed, deleted), or this year's list itself: the rule again
    s.lastYearSheet = "Slettet";
    EXPECT_EQ(lastYearSheet(s, "Medarbejdere 2026", sheets), "Medarbejdere 2025");
    s.lastYearSheet = "Medarbejdere 2026";
    EXPECT_EQ(lastYearSheet(s, "Medarbejdere 2026", sheets), "Medarbejdere 2025");
}
