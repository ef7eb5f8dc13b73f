// The job evaluation sheet (analysis.md §2, "Job evaluation sheet"; directive
// 2023/970 art. 4(4), 9(1)(g)): one row per job title of the staff list, scored
// 1–5 on skills, effort, responsibility and working conditions, weighted into
// points 0–100 and banded into categories of workers. Planned here as plain
// data; the add-in reads the workbook and the sheet's earlier entries and
// writes the plan. The sheet's two named ranges (`LigestatJobTitles`,
// `LigestatJobCategories`) are the contract with PAYGAPTABLE's map_keys /
// map_categories and the key-figure sheet's section 7.
//
// Decisions the spec leaves open, made here:
// - points = 100 × Σ wᵢ (scoreᵢ − 1) / (4 Σ wᵢ): all 1s give 0, all 5s give
//   100, so the five default bands of 20 points use the whole scale; a title
//   with a criterion not scored yet has no points and no category;
// - the category is the band whose "from" points is the largest one not above
//   the points (the band table is kept in ascending order);
// - the women's share is of the headcount (women / all rows with the title);
// - titles are compared as the key-figure sheet does (trimmed, any case);
// - first run: titles in alphabetical order; a rerun keeps the rows where they
//   were (cells a user typed beside the table stay with their row), appends new
//   titles, and marks titles gone from the data without removing the row.
#pragma once

#include "ligestat/bilingual.hpp"
#include "ligestat/keyfigures.hpp"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ligestat {

inline constexpr int kJobCriteria = 4;  // skills, effort, responsibility, working conditions
inline constexpr int kJobBands = 5;     // default: five bands of 20 points

inline constexpr const char* kJobTitlesName = "LigestatJobTitles";
// The header of the column where the user justifies a title's pay: the
// key-figure sheet's art. 10 note sends the reader there.
inline constexpr Text kJustificationHeader{"Justification / notes", "Begrundelse / noter"};
inline constexpr const char* kJobCategoriesName = "LigestatJobCategories";

// Where things are on the sheet (0-based). The table starts below the header
// and the weights row; the band table stands right of it.
namespace jobsheet {
inline constexpr int kTitleCol = 0;
inline constexpr int kHeadcountCol = 1;
inline constexpr int kWomenShareCol = 2;
inline constexpr int kFirstScoreCol = 3;  // four score columns
inline constexpr int kPointsCol = kFirstScoreCol + kJobCriteria;
inline constexpr int kCategoryCol = kPointsCol + 1;
inline constexpr int kJustificationCol = kCategoryCol + 1;
inline constexpr int kStatusCol = kJustificationCol + 1;
inline constexpr int kLastTableCol = kStatusCol;
inline constexpr int kBandFromCol = kLastTableCol + 2;  // one empty column between
inline constexpr int kBandNameCol = kBandFromCol + 1;
inline constexpr int kHeaderRow = 4;
inline constexpr int kWeightsRow = kHeaderRow + 1;
inline constexpr int kFirstTableRow = kWeightsRow + 1;
inline constexpr int kFirstBandRow = kHeaderRow + 1;
}  // namespace jobsheet

// One cell the user fills in, as it was found: kept as it is on a rerun.
struct UserCell {
    enum class Kind { Empty, Number, Text, Formula };
    Kind kind = Kind::Empty;
    double number = 0;
    std::string text;  // the text, or the formula (API grammar, with its "=")
    bool empty() const { return kind == Kind::Empty; }
    friend bool operator==(const UserCell&, const UserCell&) = default;
};

// What the user entered on an existing job evaluation sheet.
struct JobEvaluationEntries {
    struct Row {
        std::string title;
        std::array<UserCell, kJobCriteria> scores;
        UserCell justification;
    };
    std::vector<Row> rows;
    std::array<UserCell, kJobCriteria> weights;
    std::array<UserCell, kJobBands> bandFrom, bandName;
};

// The entries of an existing sheet. `cells` are the sheet's rows from row 0
// to at least `lastTableRow` (shorter rows or a shorter grid read as empty),
// columns from 0; `firstTableRow`..`lastTableRow` are the rows
// `LigestatJobTitles` covers. The weights and bands are read relative to the
// table, so rows the user inserted above it move them along.
JobEvaluationEntries readJobEvaluationEntries(const std::vector<std::vector<UserCell>>& cells, int firstTableRow,
                                              int lastTableRow);

struct JobEvaluationInput {
    KeyFigureInput staff;  // the staff list: where it is, its job titles (facts.jobTitles)
    std::optional<JobEvaluationEntries> previous;  // the sheet's earlier entries, on a rerun
};

struct JobEvaluationPlan {
    std::vector<PlannedCell> cells;  // every cell of the layout, user cells included
    std::vector<double> columnWidthsCm;
    int firstTableRow = 0, lastTableRow = -1;  // the rows the named ranges cover
    int added = 0;    // titles new since the last run (all of them on the first run)
    int gone = 0;     // rows whose title is no longer in the data
    // Cells that take a score: whole numbers 1–5 (data validity).
    int scoreFirstCol = 0, scoreLastCol = 0;
    std::string pageStyleName;
};

// "Stillingsvurdering" or "Job evaluation".
std::string jobEvaluationSheetName(std::string_view language);

// Whether the staff list has job titles to evaluate: a job-title column with
// at least one title (else the command says so and writes nothing).
bool hasJobTitles(const KeyFigureInput& staff);

JobEvaluationPlan planJobEvaluation(const JobEvaluationInput& input);

// "$'Job evaluation'.$A$7:$A$12": column `col` of the plan's table rows on
// `sheet`, as the content of a named range (API grammar).
std::string jobTableColumn(const std::string& sheet, int col, const JobEvaluationPlan& plan);

}  // namespace ligestat
