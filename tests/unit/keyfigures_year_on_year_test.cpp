// Section 9 of the key-figure sheet, "This year against last year"
// (key-figures.md; issue 12): present only with last year's list, after the
// EU indicators and before the survey, every figure a formula over both lists.
#include "plan_helpers.hpp"

#include <gtest/gtest.h>

#include <algorithm>

using namespace ligestat;

namespace {

using test::cellAt;
using test::findText;

const std::vector<std::string> kYearHeaders{"Medarbejdernr", "Køn", "Stilling", "Personalekategori",
                                        "Ledelsesniveau", "Årsværk", "Løn", "Tillæg"};

Range yearList(const std::vector<std::vector<Cell>>& rows) { return test::staffRows(kYearHeaders, rows); }

Cell s(const char* text) { return std::string(text); }

// This year: 9 rows (Lab 8, Ledere 1); last year: 6 rows.
const Range kNow = yearList({
    {1.0, s("K"), s("Laborant"), s("Lab"), s("Ingen ledelse"), 1.0, 30000.0, 1000.0},
    {2.0, s("M"), s("Laborant"), s("Lab"), s("Ingen ledelse"), 1.0, 31000.0, Cell{}},
    {3.0, s("K"), s("Laborant"), s("Lab"), s("Ingen ledelse"), 1.0, 30500.0, Cell{}},
    {4.0, s("M"), s("Laborant"), s("Lab"), s("Ingen ledelse"), 1.0, 31500.0, 500.0},
    {5.0, s("K"), s("Laborant"), s("Lab"), s("Ingen ledelse"), 1.0, 30200.0, Cell{}},
    {6.0, s("M"), s("Laborant"), s("Lab"), s("Ingen ledelse"), 1.0, 31200.0, Cell{}},
    {7.0, s("K"), s("Laborant"), s("Lab"), s("Ingen ledelse"), 1.0, 30100.0, Cell{}},
    {8.0, s("M"), s("Laborant"), s("Lab"), s("Ingen ledelse"), 1.0, 31100.0, Cell{}},
    {9.0, s("K"), s("Sektionsleder"), s("Ledere"), s("Sektionsleder"), 1.0, 50000.0, Cell{}},
});
const Range kBefore = yearList({
    {1.0, s("K"), s("Laborant"), s("Lab"), s("Ingen ledelse"), 1.0, 29000.0, Cell{}},
    {2.0, s("M"), s("Laborant"), s("Lab"), s("Ingen ledelse"), 1.0, 30000.0, Cell{}},
    {3.0, s("K"), s("Laborant"), s("Lab"), s("Ingen ledelse"), 1.0, 29500.0, Cell{}},
    {4.0, s("M"), s("Laborant"), s("Lab"), s("Ingen ledelse"), 1.0, 30500.0, Cell{}},
    {9.0, s("K"), s("Laborant"), s("Lab"), s("Ingen ledelse"), 1.0, 29000.0, Cell{}},
    {10.0, s("M"), s("Laborant"), s("Lab"), s("Ingen ledelse"), 1.0, 30000.0, Cell{}},
});

DataBlock block(const std::string& sheet, const Range& data) {
    DataBlock b;
    b.sheet = sheet;
    b.headerRow = 0;
    b.lastRow = static_cast<int>(data.rows);
    b.columns = resolveColumns(kYearHeaders, Settings{});
    return b;
}

KeyFigureInput input(bool withLastYear, const std::string& language = "en") {
    KeyFigureInput in;
    in.data = block("Medarbejdere", kNow);
    in.facts = collectFacts(kNow, in.data.columns, in.settings);
    if (withLastYear)
        in.lastYear = LastYearList{block("Medarbejdere 2025", kBefore), collectFacts(kBefore, in.data.columns, in.settings)};
    in.survey = SurveyBlock{"Spørgeskema", 0, 1, 10, {"I høj grad"}};
    in.language = language;
    in.referenceDate = 46023;
    return in;
}

const PlannedCell* withFormula(const KeyFigurePlan& plan, const std::string& part) {
    for (const auto& c : plan.cells)
        if (c.kind != PlannedCell::Kind::Text && c.content.find(part) != std::string::npos) return &c;
    return nullptr;
}

int sectionRow(const KeyFigurePlan& plan, const std::string& titleEnd) {
    for (int row : plan.sectionRows)
        for (const auto& c : plan.cells)
            if (c.row == row && c.col == 0 && c.content.size() >= titleEnd.size() &&
                c.content.compare(c.content.size() - titleEnd.size(), titleEnd.size(), titleEnd) == 0)
                return row;
    return -1;
}

const std::string kNowIds = "$'Medarbejdere'.$A$2:$A$10";
const std::string kBeforeIds = "$'Medarbejdere 2025'.$A$2:$A$7";

}  // namespace

TEST(KeyFiguresYearOnYear, NoSectionWithoutLastYearsList) {
    const KeyFigurePlan plan = planKeyFigures(input(false));
    EXPECT_EQ(sectionRow(plan, "This year against last year"), -1);
    EXPECT_EQ(withFormula(plan, "STAFFFLOWS("), nullptr);
}

TEST(KeyFiguresYearOnYear, AfterTheEuIndicatorsAndBeforeTheSurvey) {
    const KeyFigurePlan plan = planKeyFigures(input(true));
    const int eu = sectionRow(plan, "EU pay transparency indicators");
    const int section = sectionRow(plan, "This year against last year");
    const int survey = sectionRow(plan, "Survey");
    ASSERT_GE(eu, 0);
    ASSERT_GE(survey, 0);
    EXPECT_LT(eu, section);
    EXPECT_LT(section, survey);
    ASSERT_NE(findText(plan, "Medarbejdere 2025, rows 2–7"), nullptr);
}

TEST(KeyFiguresYearOnYear, EachTableFunctionIsOneArrayOverBothLists) {
    const KeyFigurePlan plan = planKeyFigures(input(true));
    const PlannedCell* flows = withFormula(plan, "STAFFFLOWS(");
    ASSERT_NE(flows, nullptr);
    EXPECT_EQ(flows->kind, PlannedCell::Kind::ArrayFormula);
    EXPECT_EQ(flows->rows, 4);
    EXPECT_EQ(flows->cols, 5);
    EXPECT_EQ(flows->content, "=STAFFFLOWS(" + kNowIds + ";$'Medarbejdere'.$B$2:$B$10;" + kBeforeIds +
                                  ";$'Medarbejdere 2025'.$B$2:$B$7)");
    // pay development: overall, then per category of >= 8 rows (Lab only); the
    // pay column is full-time pay (as the pay index reads it): no FTE arguments
    const PlannedCell* pay = withFormula(plan, "PAYDEVELOPMENT(");
    ASSERT_NE(pay, nullptr);
    const std::string development = "=PAYDEVELOPMENT(" + kNowIds + ";$'Medarbejdere'.$G$2:$G$10;" + kBeforeIds +
                                    ";$'Medarbejdere 2025'.$G$2:$G$7;$'Medarbejdere'.$B$2:$B$10";
    EXPECT_EQ(pay->content, development + ")");
    EXPECT_NE(withFormula(plan, development + ";;;$'Medarbejdere'.$D$2:$D$10;\"Lab\")"), nullptr);
    EXPECT_EQ(withFormula(plan, ";\"Ledere\")"), nullptr);
    const PlannedCell* round = withFormula(plan, "ALLOWANCEROUND(");
    ASSERT_NE(round, nullptr);
    EXPECT_EQ(round->rows, 2);
    EXPECT_EQ(round->cols, 5);
    // levels from the highest: the management-level section's order
    EXPECT_NE(withFormula(plan, ";{\"Sektionsleder\";\"Ingen ledelse\"})"), nullptr);
    EXPECT_NE(findText(plan, "Gap in shares (men − women), percentage points"), nullptr);
}

TEST(KeyFiguresYearOnYear, VisibleCellsShowADashForNotAvailable) {
    const KeyFigurePlan plan = planKeyFigures(input(true));
    const PlannedCell* women = findText(plan, "Share with a raise");
    ASSERT_NE(women, nullptr);
    // the row below the header: women's stayers picked from the helper, #N/A as "–"
    bool found = false;
    for (const auto& c : plan.cells)
        if (c.row == women->row + 1 && c.col == 1) {
            found = true;
            EXPECT_EQ(c.content.rfind("=IFNA($", 0), 0u) << c.content;
        }
    EXPECT_TRUE(found);
}

TEST(KeyFiguresYearOnYear, HeadlineFiguresBesideLastYearWithTheChange) {
    const KeyFigurePlan plan = planKeyFigures(input(true));
    const PlannedCell* share = findText(plan, "Women's share of staff");
    ASSERT_NE(share, nullptr);
    EXPECT_NE(withFormula(plan, "PAYGAP($'Medarbejdere 2025'.$G$2:$G$7;"), nullptr);
    // the pay index per title: last year's from its own PAYINDEXTABLE
    EXPECT_NE(withFormula(plan, "PAYINDEXTABLE($'Medarbejdere 2025'.$G$2:$G$7;"), nullptr);
    EXPECT_NE(findText(plan, "Pay index: Laborant"), nullptr);
}

TEST(KeyFiguresYearOnYear, NotesSayWhatIsMatchedAndThePrivacyRule) {
    const KeyFigurePlan plan = planKeyFigures(input(true, "da"));
    EXPECT_NE(sectionRow(plan, "I år mod sidste år"), -1);
    bool matched = false, privacy = false;
    for (const auto& c : plan.cells) {
        if (c.style != CellStyle::Note) continue;
        matched |= c.content.rfind("Matchet på medarbejdernummer", 0) == 0;
        privacy |= c.content.find("under 3 blivende") != std::string::npos;
    }
    EXPECT_TRUE(matched);
    EXPECT_TRUE(privacy);
}

TEST(KeyFiguresYearOnYear, WithoutIdsInBothListsASentenceInsteadOfFigures) {
    KeyFigureInput in = input(true);
    in.lastYear->data.columns = resolveColumns({"Navn", "Køn", "Stilling"}, Settings{});
    const KeyFigurePlan plan = planKeyFigures(in);
    EXPECT_NE(sectionRow(plan, "This year against last year"), -1);
    EXPECT_EQ(withFormula(plan, "STAFFFLOWS("), nullptr);
}

namespace {

// The "Adjusted pay gap (%)" rows: section 8's first, then the headline's.
std::vector<int> adjustedGapRows(const KeyFigurePlan& plan) {
    std::vector<int> rows;
    for (const auto& c : plan.cells)
        if (c.kind == PlannedCell::Kind::Text && c.content == "Adjusted pay gap (%)") rows.push_back(c.row);
    std::sort(rows.begin(), rows.end());
    return rows;
}

const PlannedCell* noteStartingWith(const KeyFigurePlan& plan, const std::string& start) {
    for (const auto& c : plan.cells)
        if (c.style == CellStyle::Note && c.content.rfind(start, 0) == 0) return &c;
    return nullptr;
}

}  // namespace

// Both lists have job title and management level: this year's figure is
// section 8's own cell, last year's the same model over its own list.
TEST(KeyFiguresYearOnYear, AdjustedGapOfBothYearsWithSectionEightsFactors) {
    const KeyFigurePlan plan = planKeyFigures(input(true));
    const std::vector<int> rows = adjustedGapRows(plan);
    ASSERT_EQ(rows.size(), 2u);
    ASSERT_LT(sectionRow(plan, "Explained and unexplained pay gap"), rows[0]);
    ASSERT_LT(sectionRow(plan, "This year against last year"), rows[1]);
    const PlannedCell* last = cellAt(plan, rows[1], 1);
    ASSERT_NE(last, nullptr);
    EXPECT_EQ(last->kind, PlannedCell::Kind::ArrayFormula);  // its factor columns are array expressions
    EXPECT_EQ(last->content.rfind("=IFNA(ADJUSTEDPAYGAP($'Medarbejdere 2025'.$G$2:$G$7;", 0), 0u) << last->content;
    EXPECT_NE(last->content.find("$'Medarbejdere 2025'.$C$2:$C$7"), std::string::npos);  // job title
    EXPECT_NE(last->content.find("$'Medarbejdere 2025'.$E$2:$E$7"), std::string::npos);  // management level
    EXPECT_EQ(last->content.find("$'Medarbejdere'."), std::string::npos);
    const PlannedCell* now = cellAt(plan, rows[1], 2);
    ASSERT_NE(now, nullptr);
    EXPECT_EQ(now->content, "=$B$" + std::to_string(rows[0] + 1));
    ASSERT_NE(cellAt(plan, rows[1], 3), nullptr);
    const PlannedCell* note = noteStartingWith(plan, "Adjusted pay gap, both years: ");
    ASSERT_NE(note, nullptr);
    EXPECT_NE(note->content.find("Job title"), std::string::npos) << note->content;
    EXPECT_NE(note->content.find("Management level"), std::string::npos) << note->content;
}

// Last year's list has no management level: both years are fitted on job
// title alone, so this year's figure is a model of its own, not section 8's.
TEST(KeyFiguresYearOnYear, AdjustedGapOfBothYearsWithTheFactorsBothListsHave) {
    KeyFigureInput in = input(true);
    std::vector<std::string> headers = kYearHeaders;
    headers[4] = "Bemærkning";
    in.lastYear->data.columns = resolveColumns(headers, Settings{});
    const KeyFigurePlan plan = planKeyFigures(in);
    const std::vector<int> rows = adjustedGapRows(plan);
    ASSERT_EQ(rows.size(), 2u);
    const PlannedCell* last = cellAt(plan, rows[1], 1);
    const PlannedCell* now = cellAt(plan, rows[1], 2);
    ASSERT_NE(last, nullptr);
    ASSERT_NE(now, nullptr);
    EXPECT_EQ(last->content.find("$E$"), std::string::npos) << last->content;
    EXPECT_EQ(now->kind, PlannedCell::Kind::ArrayFormula);
    EXPECT_EQ(now->content, "=IFNA(ADJUSTEDPAYGAP($'Medarbejdere'.$G$2:$G$10;$'Medarbejdere'.$B$2:$B$10;;"
                            "$'Medarbejdere'.$C$2:$C$10);\"–\")");
    const PlannedCell* note = noteStartingWith(plan, "Adjusted pay gap, both years: ");
    ASSERT_NE(note, nullptr);
    EXPECT_EQ(note->content.find("Management level"), std::string::npos) << note->content;
}

// A totals row below last year's list is outside it and said so, numbered as
// the sheet numbers it (header on row 1, six rows, the totals row on row 8).
TEST(KeyFiguresYearOnYear, ATotalsRowBelowLastYearsListIsNamed) {
    KeyFigureInput in = input(true);
    in.lastYear->data.leftOutRows = {TrailingRow{6, TrailingKind::Totals}};
    EXPECT_NE(noteStartingWith(planKeyFigures(in), "Last year's list, row 8 looks like a totals row: left out."),
              nullptr);
    in.language = "da";
    EXPECT_NE(noteStartingWith(planKeyFigures(in), "Sidste års liste, række 8 ligner en totalrække: udeladt."),
              nullptr);
    EXPECT_EQ(noteStartingWith(planKeyFigures(input(true)), "Last year's list, row"), nullptr);
}
