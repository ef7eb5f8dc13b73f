// The job evaluation sheet's plan (analysis.md §2, "Job evaluation sheet"):
// layout, live formulas, and a rerun that keeps every entry of the user.
#include "ligestat/job_evaluation.hpp"

#include <gtest/gtest.h>

#include <algorithm>

using namespace ligestat;
using namespace ligestat::jobsheet;

namespace {

const std::vector<std::string> kJobHeaders{"Medarbejdernr", "Køn", "Stilling", "Løn"};

KeyFigureInput staffWith(const std::vector<std::string>& titles, const std::string& language = "en") {
    Range data;
    data.cols = kJobHeaders.size();
    data.rows = titles.size();
    double id = 1;
    for (const auto& title : titles) {
        data.cells.insert(data.cells.end(), {Cell(id), Cell(std::string(id == 1 ? "K" : "M")), Cell(title), Cell(30000.0)});
        ++id;
    }
    KeyFigureInput in;
    in.data.sheet = "Staff";
    in.data.headerRow = 0;
    in.data.lastRow = static_cast<int>(titles.size());
    in.data.columns = resolveColumns(kJobHeaders, {});
    in.facts = collectFacts(data, in.data.columns, {});
    in.language = language;
    return in;
}

const PlannedCell* at(const JobEvaluationPlan& plan, int row, int col) {
    const PlannedCell* found = nullptr;
    for (const auto& c : plan.cells)
        if (c.row == row && c.col == col) found = &c;  // the last write wins, as on the sheet
    return found;
}

std::string contentAt(const JobEvaluationPlan& plan, int row, int col) {
    const PlannedCell* c = at(plan, row, col);
    return c ? c->content : "<none>";
}

UserCell number(double v) { return {UserCell::Kind::Number, v, {}}; }
UserCell text(std::string t) { return {UserCell::Kind::Text, 0, std::move(t)}; }
UserCell formula(std::string f) { return {UserCell::Kind::Formula, 0, std::move(f)}; }

// The user cells of a plan as a grid, as the add-in reads them back from the sheet.
std::vector<std::vector<UserCell>> gridOf(const JobEvaluationPlan& plan) {
    const int lastRow = std::max(plan.lastTableRow, kFirstBandRow + kJobBands - 1);  // the bands may reach lower
    std::vector<std::vector<UserCell>> grid(static_cast<std::size_t>(lastRow + 1), std::vector<UserCell>(kBandNameCol + 1));
    for (const auto& c : plan.cells) {
        UserCell cell;
        if (c.kind == PlannedCell::Kind::Number) cell = number(c.number);
        else if (c.kind == PlannedCell::Kind::Formula) cell = formula(c.content);
        else if (!c.content.empty()) cell = text(c.content);
        grid[static_cast<std::size_t>(c.row)][static_cast<std::size_t>(c.col)] = cell;
    }
    return grid;
}

}  // namespace

TEST(JobEvaluation, FirstRunHasOneRowPerDistinctTitleInAlphabeticalOrder) {
    const auto plan = planJobEvaluation({staffWith({"Nurse", "doctor", " nurse", "Cleaner"}), std::nullopt});
    EXPECT_EQ(plan.firstTableRow, kFirstTableRow);
    EXPECT_EQ(plan.lastTableRow, kFirstTableRow + 2);
    EXPECT_EQ(contentAt(plan, kFirstTableRow, kTitleCol), "Cleaner");
    EXPECT_EQ(contentAt(plan, kFirstTableRow + 1, kTitleCol), "doctor");
    EXPECT_EQ(contentAt(plan, kFirstTableRow + 2, kTitleCol), "Nurse");
    EXPECT_EQ(plan.added, 3);
    EXPECT_EQ(jobTableColumn("Job evaluation", kTitleCol, plan), "$'Job evaluation'.$A$7:$A$9");
    EXPECT_EQ(jobTableColumn("Bob's", kCategoryCol, plan), "$'Bob''s'.$I$7:$I$9");
    EXPECT_EQ(plan.gone, 0);
    EXPECT_EQ(contentAt(plan, kFirstTableRow, kStatusCol), "");  // "new" only on a rerun
}

TEST(JobEvaluation, HeadcountWomenPointsAndCategoryAreLiveFormulas) {
    const auto plan = planJobEvaluation({staffWith({"Nurse"}), std::nullopt});
    const int r = kFirstTableRow;
    EXPECT_EQ(contentAt(plan, r, kHeadcountCol),
              "=SUMPRODUCT((UPPER(TRIM($'Staff'.$C$2:$C$2))=UPPER(TRIM(A7)))*1)");
    EXPECT_NE(contentAt(plan, r, kWomenShareCol).find("/B7;\"–\")"), std::string::npos);
    EXPECT_EQ(contentAt(plan, r, kPointsCol),
              "=IF(COUNT(D7:G7)<4;\"\";IF(OR(MIN(D7:G7)<1;MAX(D7:G7)>5);\"scores 1–5\";"
              "100*SUMPRODUCT($D$6:$G$6;D7:G7-1)/(4*SUM($D$6:$G$6))))");
    EXPECT_EQ(contentAt(plan, r, kCategoryCol), "=IF(ISNUMBER(H7);VLOOKUP(H7;$M$6:$N$10;2;1);\"\")");
    // scores start empty
    for (int c = kFirstScoreCol; c < kFirstScoreCol + kJobCriteria; ++c) EXPECT_EQ(contentAt(plan, r, c), "");
}

TEST(JobEvaluation, DefaultWeightsAreAQuarterEachAndBandsTwentyPointsWide) {
    const auto plan = planJobEvaluation({staffWith({"Nurse"}, "da"), std::nullopt});
    for (int c = kFirstScoreCol; c < kFirstScoreCol + kJobCriteria; ++c) {
        ASSERT_NE(at(plan, kWeightsRow, c), nullptr);
        EXPECT_DOUBLE_EQ(at(plan, kWeightsRow, c)->number, 0.25);
    }
    for (int i = 0; i < kJobBands; ++i) {
        EXPECT_DOUBLE_EQ(at(plan, kFirstBandRow + i, kBandFromCol)->number, 20.0 * i);
        EXPECT_EQ(contentAt(plan, kFirstBandRow + i, kBandNameCol), "Kategori " + std::to_string(i + 1));
    }
    EXPECT_EQ(contentAt(plan, 0, 0), "Stillingsvurdering");
    EXPECT_EQ(jobEvaluationSheetName("da"), "Stillingsvurdering");
    EXPECT_EQ(jobEvaluationSheetName("en"), "Job evaluation");
}

// The sheet's own header row must not pass for a staff list, or a rerun with
// the sheet active would read it as the data.
TEST(JobEvaluation, HeaderRowIsNotTakenForAStaffList) {
    for (const char* language : {"en", "da"}) {
        const auto plan = planJobEvaluation({staffWith({"Nurse"}, language), std::nullopt});
        std::vector<std::string> header;
        for (int c = 0; c <= kBandNameCol; ++c) {
            const PlannedCell* cell = at(plan, kHeaderRow, c);
            header.push_back(cell ? cell->content : "");
        }
        EXPECT_LT(countRecognisedHeaders(header), kMinRecognisedHeaders) << language;
    }
}

TEST(JobEvaluation, RerunKeepsEveryEntryAddsNewTitlesAndMarksGoneOnes) {
    auto first = planJobEvaluation({staffWith({"Nurse", "Doctor", "Cleaner"}), std::nullopt});
    auto grid = gridOf(first);
    // the user's entries: Cleaner, Doctor, Nurse in rows 7, 8, 9
    grid[kFirstTableRow][kFirstScoreCol] = number(2);
    grid[kFirstTableRow][kJustificationCol] = text("night shifts");
    grid[kFirstTableRow + 1][kFirstScoreCol + 3] = formula("=1+3");
    grid[kWeightsRow][kFirstScoreCol] = number(0.4);
    grid[kFirstBandRow + 4][kBandNameCol] = text("Senior");
    grid[kFirstBandRow + 1][kBandFromCol] = number(25);
    const JobEvaluationEntries entries = readJobEvaluationEntries(grid, first.firstTableRow, first.lastTableRow);
    ASSERT_EQ(entries.rows.size(), 3u);

    // Doctor leaves the data, Porter and Assistant come
    const auto second = planJobEvaluation({staffWith({"Nurse", "Porter", "Cleaner", "assistant"}), entries});
    EXPECT_EQ(second.lastTableRow, kFirstTableRow + 4);
    EXPECT_EQ(second.added, 2);
    EXPECT_EQ(second.gone, 1);
    EXPECT_EQ(contentAt(second, kFirstTableRow, kTitleCol), "Cleaner");
    EXPECT_DOUBLE_EQ(at(second, kFirstTableRow, kFirstScoreCol)->number, 2);
    EXPECT_EQ(contentAt(second, kFirstTableRow, kJustificationCol), "night shifts");
    EXPECT_EQ(contentAt(second, kFirstTableRow + 1, kTitleCol), "Doctor");
    EXPECT_EQ(contentAt(second, kFirstTableRow + 1, kFirstScoreCol + 3), "=1+3");
    EXPECT_EQ(at(second, kFirstTableRow + 1, kFirstScoreCol + 3)->kind, PlannedCell::Kind::Formula);
    EXPECT_EQ(contentAt(second, kFirstTableRow + 1, kStatusCol), "no longer in the data");
    EXPECT_EQ(contentAt(second, kFirstTableRow + 2, kStatusCol), "");
    EXPECT_EQ(contentAt(second, kFirstTableRow + 3, kTitleCol), "assistant");
    EXPECT_EQ(contentAt(second, kFirstTableRow + 3, kStatusCol), "new");
    EXPECT_EQ(contentAt(second, kFirstTableRow + 4, kTitleCol), "Porter");
    EXPECT_DOUBLE_EQ(at(second, kWeightsRow, kFirstScoreCol)->number, 0.4);
    EXPECT_DOUBLE_EQ(at(second, kWeightsRow, kFirstScoreCol + 1)->number, 0.25);
    EXPECT_EQ(contentAt(second, kFirstBandRow + 4, kBandNameCol), "Senior");
    EXPECT_DOUBLE_EQ(at(second, kFirstBandRow + 1, kBandFromCol)->number, 25);
    EXPECT_EQ(contentAt(second, kFirstBandRow + 1, kBandNameCol), "Category 2");
}

// An emptied weight cell is no entry to keep: a weights row with a hole would
// skew every title's points, so the default comes back, visible and editable.
TEST(JobEvaluation, EmptyWeightCellGetsTheDefaultAgain) {
    auto first = planJobEvaluation({staffWith({"Nurse"}), std::nullopt});
    auto grid = gridOf(first);
    grid[kWeightsRow][kFirstScoreCol] = UserCell{};
    const auto second = planJobEvaluation(
        {staffWith({"Nurse"}), readJobEvaluationEntries(grid, first.firstTableRow, first.lastTableRow)});
    EXPECT_DOUBLE_EQ(at(second, kWeightsRow, kFirstScoreCol)->number, 0.25);
}

TEST(JobEvaluation, EntriesAreReadRelativeToTheTableWhereverItIs) {
    std::vector<std::vector<UserCell>> grid(12, std::vector<UserCell>(3));  // short rows: the rest is empty
    grid[10][kTitleCol] = number(1234);
    const auto entries = readJobEvaluationEntries(grid, 10, 40);  // a range longer than the cells read
    ASSERT_EQ(entries.rows.size(), 2u);
    EXPECT_EQ(entries.rows[0].title, "1234");
    EXPECT_TRUE(entries.weights[0].empty());
    EXPECT_TRUE(readJobEvaluationEntries({}, -5, 3).rows.empty());
}

TEST(JobEvaluation, NoJobTitleColumnOrNoTitlesIsNothingToEvaluate) {
    EXPECT_TRUE(hasJobTitles(staffWith({"Nurse"})));
    EXPECT_FALSE(hasJobTitles(staffWith({"", " "})));
    KeyFigureInput noColumn = staffWith({"Nurse"});
    noColumn.data.columns[ColumnRole::JobTitle] = -1;
    EXPECT_FALSE(hasJobTitles(noColumn));
}
