#include "ligestat/sheet_layout.hpp"

#include <gtest/gtest.h>

using namespace ligestat;

namespace {
const std::vector<std::string> kHeaders{"Medarbejdernr", "Navn", "Køn", "Månedsløn", "Løn i alt", "Årsværk"};
}

TEST(SheetLayout, HeaderRowIsTheRowNamingMostRoles) {
    // Row 0 is a title (names nothing), row 1 names one role (Køn), row 2 names four.
    const std::vector<std::vector<std::string>> rows{
        {"Personaleliste 2026"}, {"Køn:", "Køn"}, kHeaders, {"1", "A", "K", "30000", "", "1"}};
    EXPECT_EQ(findHeaderRow(rows), std::optional<std::size_t>(2));
}

TEST(SheetLayout, NoHeaderRowWhenFewerThanTwoRolesAreNamed) {
    EXPECT_EQ(findHeaderRow({{"Køn", "Navn"}, {"x", "y"}}), std::nullopt);
    EXPECT_EQ(findHeaderRow({}), std::nullopt);
}

TEST(SheetLayout, FirstRowWinsOnATie) {
    EXPECT_EQ(findHeaderRow({{"Køn", "Løn"}, {"Gender", "Pay"}}), std::optional<std::size_t>(0));
}

TEST(SheetLayout, WithoutChoicesTheDetectedColumnsAreUsed) {
    const ColumnMap map = resolveColumns(kHeaders, Settings{});
    EXPECT_EQ(map[ColumnRole::EmployeeId], 0);
    EXPECT_EQ(map[ColumnRole::Gender], 2);
    EXPECT_EQ(map[ColumnRole::Pay], 3);
    EXPECT_EQ(map[ColumnRole::Fte], 5);
}

TEST(SheetLayout, ChosenHeaderClearedRoleAndStaleChoice) {
    Settings settings;
    settings.columnHeaders["pay"] = "  løn i alt";  // trimmed, any case -> column 4
    settings.columnHeaders["fte"] = "";             // cleared by the user
    settings.columnHeaders["gender"] = "Sex";       // no such column any more: detection (2) stays
    const ColumnMap map = resolveColumns(kHeaders, settings);
    EXPECT_EQ(map[ColumnRole::Pay], 4);
    EXPECT_FALSE(map.has(ColumnRole::Fte));
    EXPECT_EQ(map[ColumnRole::Gender], 2);
}

TEST(SheetLayout, AColumnChosenForOneRoleLeavesTheRoleDetectionGaveIt) {
    // The user says "Månedsløn" (detected as pay) is the allowance column: pay has no column now.
    Settings settings;
    settings.columnHeaders["allowance"] = "Månedsløn";
    const ColumnMap map = resolveColumns(kHeaders, settings);
    EXPECT_EQ(map[ColumnRole::Allowance], 3);
    EXPECT_FALSE(map.has(ColumnRole::Pay));
}
