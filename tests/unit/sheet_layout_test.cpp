#include "ligestat/sheet_layout.hpp"

#include <gtest/gtest.h>

using namespace ligestat;

namespace {
const std::vector<std::string> kLayoutHeaders{"Medarbejdernr", "Navn", "Køn", "Månedsløn", "Løn i alt", "Årsværk"};
}

TEST(SheetLayout, HeaderRowIsTheRowNamingMostRoles) {
    // Row 0 is a title (names nothing), row 1 names one role (Køn), row 2 names four.
    const std::vector<std::vector<std::string>> rows{
        {"Personaleliste 2026"}, {"Køn:", "Køn"}, kLayoutHeaders, {"1", "A", "K", "30000", "", "1"}};
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
    const ColumnMap map = resolveColumns(kLayoutHeaders, Settings{});
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
    const ColumnMap map = resolveColumns(kLayoutHeaders, settings);
    EXPECT_EQ(map[ColumnRole::Pay], 4);
    EXPECT_FALSE(map.has(ColumnRole::Fte));
    EXPECT_EQ(map[ColumnRole::Gender], 2);
}

TEST(SheetLayout, AColumnChosenForOneRoleLeavesTheRoleDetectionGaveIt) {
    // The user says "Månedsløn" (detected as pay) is the allowance column: pay has no column now.
    Settings settings;
    settings.columnHeaders["allowance"] = "Månedsløn";
    const ColumnMap map = resolveColumns(kLayoutHeaders, settings);
    EXPECT_EQ(map[ColumnRole::Allowance], 3);
    EXPECT_FALSE(map.has(ColumnRole::Pay));
}

// ---- The end of the data (issue 9, item 2) ----------------------------------

namespace {

// id, gender, title, FTE, pay
const std::vector<std::string> kExportHeaders{"Medarbejdernr", "Køn", "Stilling", "Årsværk", "Løn"};

Range exportRows(const std::vector<std::vector<Cell>>& rows) {
    Range r;
    r.rows = rows.size();
    r.cols = kExportHeaders.size();
    for (const auto& row : rows) r.cells.insert(r.cells.end(), row.begin(), row.end());
    return r;
}

std::vector<Cell> person(double id, const char* gender, double fte, double pay) {
    return {id, std::string(gender), std::string("Laborant"), fte, pay};
}

const Cell kNone{};

}  // namespace

TEST(DataEnd, ATotalsRowNamedIAltIsLeftOut) {
    const Range rows = exportRows({person(1, "K", 1, 30000), person(2, "M", 0.5, 31000), person(3, "K", 1, 32000),
                                   {std::string("I alt"), kNone, kNone, 2.5, 93000.0}});
    const DataEnd end = findDataEnd(rows, detectColumns(kExportHeaders));
    EXPECT_EQ(end.dataRows, 3u);
    ASSERT_EQ(end.leftOut.size(), 1u);
    EXPECT_EQ(end.leftOut[0], (TrailingRow{3, TrailingKind::Totals}));
}

TEST(DataEnd, TotalSubtotalSumAndIAltForAreTotals) {
    for (const char* label : {"Total", "TOTAL:", "Sum", "Subtotal", "Sub-total", "I alt for afdeling 2", "Grand total"}) {
        const Range rows = exportRows({person(1, "K", 1, 30000), person(2, "M", 1, 31000),
                                       {kNone, kNone, std::string(label), kNone, 1.0}});
        EXPECT_EQ(findDataEnd(rows, detectColumns(kExportHeaders)).dataRows, 2u) << label;
    }
}

TEST(DataEnd, NumbersThatAreTheSumsOfTheRowsAboveAreTotals) {
    const Range rows = exportRows({person(1, "K", 1, 30000), person(2, "M", 0.5, 31000), person(3, "K", 1, 32000.4),
                                   {kNone, kNone, kNone, 2.5, 93000.0}});
    const DataEnd end = findDataEnd(rows, detectColumns(kExportHeaders));
    EXPECT_EQ(end.dataRows, 3u);
    EXPECT_EQ(end.leftOut[0].kind, TrailingKind::Totals);
}

TEST(DataEnd, FootnotesBlankRowsAndSeveralTrailingRows) {
    const Range rows = exportRows({person(1, "K", 1, 30000), person(2, "M", 1, 31000),
                                   {kNone, kNone, kNone, kNone, kNone},
                                   {std::string("I alt"), kNone, kNone, 2.0, 61000.0},
                                   {std::string("* incl. tillæg"), kNone, kNone, kNone, kNone}});
    const DataEnd end = findDataEnd(rows, detectColumns(kExportHeaders));
    EXPECT_EQ(end.dataRows, 2u);
    ASSERT_EQ(end.leftOut.size(), 2u);
    EXPECT_EQ(end.leftOut[0], (TrailingRow{4, TrailingKind::Footnote}));
    EXPECT_EQ(end.leftOut[1], (TrailingRow{3, TrailingKind::Totals}));
}

TEST(DataEnd, AnEmployeeIsNeverTakenForATotalsRow) {
    // the last person's pay happens to be the sum of the two above: but the row names a person
    const Range rows = exportRows({person(1, "K", 1, 30000), person(2, "M", 1, 31000), person(3, "K", 1, 61000)});
    EXPECT_EQ(findDataEnd(rows, detectColumns(kExportHeaders)).dataRows, 3u);
    EXPECT_TRUE(findDataEnd(rows, detectColumns(kExportHeaders)).leftOut.empty());
    // a totals row in the middle is not at the end: the search stops at the first employee from the bottom
    const Range middle = exportRows({person(1, "K", 1, 30000), {std::string("I alt"), kNone, kNone, 1.0, 30000.0},
                                     person(2, "M", 1, 31000)});
    EXPECT_EQ(findDataEnd(middle, detectColumns(kExportHeaders)).dataRows, 3u);
}

TEST(DataEnd, TheSentenceNamesTheSheetRow) {
    EXPECT_EQ(leftOutSentence(TrailingKind::Totals, 64, "en"), "row 64 looks like a totals row: left out");
    EXPECT_EQ(leftOutSentence(TrailingKind::Totals, 64, "da"), "række 64 ligner en totalrække: udeladt");
    EXPECT_EQ(leftOutSentence(TrailingKind::Footnote, 66, "en"), "row 66 looks like a footnote: left out");
}
