// The planner of the key-figure sheet: one object per sheet, its sections
// written in one file each (core/src/keyfigures/*.cpp), all sharing the
// formula text of formulas.hpp (key-figures.md, "Output: a new sheet").
#pragma once

#include "keyfigures/formulas.hpp"

#include "ligestat/model_factors.hpp"
#include "ligestat/text.hpp"

#include <cmath>
#include <optional>

#include <string>
#include <utility>
#include <vector>

namespace ligestat::keyfigures {

inline constexpr int kChartRows = 16;

// The model functions' data arguments over one list (explained_gap.cpp):
// pay; gender (blank where a factor is unknown); the numeric factors with
// their squares; the category factors side by side. `rows` places each
// factor in PAYGAPDECOMPOSITION's rows after its totals.
struct ModelFactorRows {
    ModelFactor factor;
    int first, count;
    bool numeric;
};
struct ModelArguments {
    std::string text;
    std::vector<ModelFactorRows> rows;
    int numericColumns = 0;
    int categoryColumns = 0;
};
bool modelFactorAvailable(const DataFormulas& list, ModelFactor factor);
ModelArguments modelArguments(const DataFormulas& list, const std::vector<ModelFactor>& factors);

class Planner {
public:
    explicit Planner(const KeyFigureInput& input)
        : in_(input), lang_(input.language), f_(input, absoluteCell(kReferenceDateRow, 1)) {}

    KeyFigurePlan plan();

private:
    static constexpr int kReferenceDateRow = 2;
    static constexpr int kFirstHelperColumn = 8;  // I: a blank column after the visible A-G

    std::string t(const Label& label) const { return label.in(lang_); }
    void text(int row, int col, const std::string& content, CellStyle style) {
        plan_.cells.push_back({row, col, PlannedCell::Kind::Text, content, 0, 1, 1, style});
    }
    void number(int row, int col, double value, CellStyle style) {
        plan_.cells.push_back({row, col, PlannedCell::Kind::Number, "", value, 1, 1, style});
    }
    void formula(int row, int col, const std::string& content, CellStyle style, bool array = false) {
        plan_.cells.push_back(
            {row, col, array ? PlannedCell::Kind::ArrayFormula : PlannedCell::Kind::Formula, "=" + content, 0, 1, 1, style});
    }
    void arrayFormula(int row, int col, int rows, int cols, const std::string& content, CellStyle style) {
        plan_.cells.push_back({row, col, PlannedCell::Kind::ArrayFormula, "=" + content, 0, rows, cols, style});
    }
    void section(const Label& title) {
        ++row_;  // a blank row before each section
        plan_.sectionRows.push_back(row_);
        text(row_++, 0, std::to_string(++sectionNumber_) + ". " + t(title), CellStyle::Section);
    }
    void header(const std::vector<std::string>& labels) {
        for (std::size_t c = 0; c < labels.size(); ++c) text(row_, static_cast<int>(c), labels[c], CellStyle::Header);
        ++row_;
    }
    void note(const std::string& content) { text(row_++, 0, content, CellStyle::Note); }
    std::string sumproduct(const std::string& factors) const { return "SUMPRODUCT(" + factors + ")"; }

    // "a/b" as a share, "–" when b is 0.
    static std::string share(const std::string& part, const std::string& whole) {
        return "IF(" + whole + ">0;" + part + "/" + whole + ";\"–\")";
    }
    static std::string orDash(const std::string& figure) { return "IFNA(" + figure + ";\"–\")"; }
    std::string percentText(double fraction) const { return formatNumber(std::round(fraction * 1000) / 10, kFormulaDigits) + " %"; }
    void heading();
    void overview();

    // The age bands of AGEBAND with the default rules: <30, 30-39, ..., 60+.
    std::vector<std::pair<double, double>> ageBands() const;
    void ageDistribution();
    void chart(const std::string& name, const std::string& title, int firstRow, int lastRow, ChartKind kind);

    // Hidden helper columns: a table function's whole result is placed once,
    // in its own block right of the visible table, and each visible row picks
    // its figures by its label. One call reads the data once; a call per row
    // would make Calc copy the whole ranges for every row.
    struct Helper {
        int firstRow = 0, rows = 0, column = 0;  // column: the row-number column; the result follows it
        // The result's column `col` as an absolute range.
        std::string range(int col) const {
            return absoluteCell(firstRow, column + 1 + col) + ":" + absoluteCell(firstRow + rows - 1, column + 1 + col);
        }
        // The cell holding the helper row of the visible row `row`.
        std::string rowOf(int row) const { return absoluteCell(row, column); }
    };
    Helper helper(int firstRow, int rows, int cols, const std::string& call);

    // The helper row whose group (its first column) is the label in column A:
    // trimmed, any case, compared exactly (no wildcards or regular expressions).
    void lookUpRow(const Helper& h, int row);

    // Column `col` of the helper row of visible row `row`; #N/A when the label is gone.
    static std::string pick(const Helper& h, int row, int col) {
        return "INDEX(" + h.range(col) + ";" + h.rowOf(row) + ")";
    }

    // The balance flag from the women and men counts of the row: GENDERBALANCE's rule.
    std::string balanceFlag(int row) const;

    // Women, men, all, shares and balance flag per value of a group column,
    // from one GENDERTABLE over the groups of at least `minCount` rows.
    void genderTable(ColumnRole role, const std::vector<DistinctValue>& values, double minCount,
                     const Label& groupLabel);
    std::string balanceRule() const;
    void categories();
    void levels();
    std::string topLevelsText() const;
    void payIndex();
    void topManagementNote();
    void payTransparency();
    // Section "Explained and unexplained pay gap" (explained_gap.cpp).
    std::vector<ModelFactor> modelFactors() const;
    void explainedGap();
    void explainedGapNotes(const std::vector<std::string>& factorNames);
    // Section 9 (core/src/keyfigures/year_on_year.cpp), when last year's list is set.
    void yearOnYear();
    void staffFlows(const DataFormulas& before);
    void payDevelopment(const DataFormulas& before);
    void allowanceRound(const DataFormulas& before);
    void promotions(const DataFormulas& before);
    void headlinesBesideLastYear(const DataFormulas& before);
    std::optional<std::vector<ModelFactor>> factorsOfBothYears(const DataFormulas& before) const;
    // A table of women and men from a 2-row helper: the label, then the helper's columns 1.. in `styles`.
    void womenMenRows(const Helper& h, const std::vector<CellStyle>& styles);
    void payTransparencyNotes();
    std::string payColumnsNote() const;
    // Section 7: by the job evaluation sheet's categories or by staff category.
    struct WorkerCategories {
        bool byJobEvaluation = false;
        int rows = 0;          // the most categories the table can have
        Label fallbackReason{"", ""};  // why the job evaluation sheet is not used, when it exists
    };
    WorkerCategories workerCategories() const;
    void categoriesOfWorkers(const WorkerCategories& how);
    void categoriesOfWorkersNotes(const WorkerCategories& how);
    void sicknessAbsence();
    void survey();
    void dataNotes();
    std::string leftOutRowSentence(const DataBlock& data, const TrailingRow& left) const;
    void missingColumnNotes();

    const KeyFigureInput& in_;
    std::string lang_;
    DataFormulas f_;
    KeyFigurePlan plan_;
    int row_ = 0;
    int sectionNumber_ = 0;
    std::string overviewTotal_, overviewOther_;
    std::pair<int, int> categoryRows_{0, -1};
    std::pair<int, int> payIndexRows_{0, -1};
    // Section 8's adjusted gap: its cell and the factors of its model (none without the section).
    struct AdjustedGap {
        std::string cell;
        std::vector<ModelFactor> factors;
    } adjustedGap_;
    int nextHelperColumn_ = kFirstHelperColumn;
};

}  // namespace ligestat::keyfigures
