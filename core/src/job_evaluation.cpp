// The job evaluation sheet as plain data (analysis.md §2, "Job evaluation
// sheet"); the decisions are written down in ligestat/job_evaluation.hpp.
#include "ligestat/job_evaluation.hpp"

#include "keyfigures/formulas.hpp"
#include "ligestat/text.hpp"

#include <algorithm>
#include <map>

namespace ligestat {

using keyfigures::absoluteCell;
using keyfigures::DataFormulas;
using keyfigures::Label;
using keyfigures::relativeCell;
using namespace jobsheet;

namespace {

const std::array<Label, kJobCriteria> kCriteria{{
    {"Skills (1–5)", "Kvalifikationer (1–5)"},
    {"Effort (1–5)", "Indsats (1–5)"},
    {"Responsibility (1–5)", "Ansvar (1–5)"},
    {"Working conditions (1–5)", "Arbejdsforhold (1–5)"},
}};
constexpr double kDefaultWeight = 1.0 / kJobCriteria;
constexpr double kBandWidth = 100.0 / kJobBands;

const Label kGone{"no longer in the data", "findes ikke længere i data"};
const Label kNew{"new", "ny"};

UserCell cellAt(const std::vector<std::vector<UserCell>>& cells, int row, int col) {
    if (row < 0 || col < 0 || static_cast<std::size_t>(row) >= cells.size()) return {};
    const auto& line = cells[static_cast<std::size_t>(row)];
    if (static_cast<std::size_t>(col) >= line.size()) return {};
    return line[static_cast<std::size_t>(col)];
}

// A title cell as the reader sees it: text trimmed, a number as its digits.
std::string titleText(const UserCell& cell) {
    switch (cell.kind) {
        case UserCell::Kind::Number: return formatNumber(cell.number, keyfigures::kFormulaDigits);
        case UserCell::Kind::Text: return std::string(trimWhitespace(cell.text));
        default: return {};
    }
}

class JobEvaluationPlanner {
public:
    explicit JobEvaluationPlanner(const JobEvaluationInput& input)
        : in_(input), lang_(input.staff.language), f_(input.staff, "0") {}

    JobEvaluationPlan plan() {
        plan_.pageStyleName = t({"Ligestat job evaluation", "Ligestat stillingsvurdering"});
        // Wide enough for the Danish headers ("Arbejdstagerkategori", "Arbejdsforhold (1–5)") in bold.
        plan_.columnWidthsCm = {6.0, 2.4, 2.4, 3.0, 2.6, 2.6, 3.4, 2.6, 4.8, 8.0, 4.4, 0.8, 2.4, 4.8};
        heading();
        header();
        weights();
        bands();
        table();
        return plan_;
    }

private:
    std::string t(const Label& label) const { return label.in(lang_); }
    void text(int row, int col, const std::string& content, CellStyle style) {
        plan_.cells.push_back({row, col, PlannedCell::Kind::Text, content, 0, 1, 1, style});
    }
    void number(int row, int col, double value, CellStyle style) {
        plan_.cells.push_back({row, col, PlannedCell::Kind::Number, "", value, 1, 1, style});
    }
    void formula(int row, int col, const std::string& content, CellStyle style) {
        plan_.cells.push_back({row, col, PlannedCell::Kind::Formula, "=" + content, 0, 1, 1, style});
    }
    // A cell the user owns: what they entered, else the default (if any).
    void userCell(int row, int col, const UserCell& entered, CellStyle style,
                  const std::optional<UserCell>& fallback = std::nullopt) {
        const UserCell& cell = entered.empty() && fallback ? *fallback : entered;
        switch (cell.kind) {
            case UserCell::Kind::Number: number(row, col, cell.number, style); break;
            case UserCell::Kind::Text: text(row, col, cell.text, style); break;
            case UserCell::Kind::Formula:
                plan_.cells.push_back({row, col, PlannedCell::Kind::Formula, cell.text, 0, 1, 1, style});
                break;
            case UserCell::Kind::Empty: text(row, col, "", style); break;  // written empty: clears what was there
        }
    }
    static UserCell numberCell(double value) { return {UserCell::Kind::Number, value, {}}; }
    static UserCell textCell(std::string value) { return {UserCell::Kind::Text, 0, std::move(value)}; }

    void heading() {
        text(0, 0, t({"Job evaluation", "Stillingsvurdering"}), CellStyle::Title);
        text(1, 0,
             t({"Categories of workers doing work of equal value (EU directive 2023/970 art. 4(4), 9(1)(g)): score "
                "each job title 1–5 on each criterion; points = weighted scores on a 0–100 scale; the category "
                "comes from the point bands on the right (from-points in ascending order).",
                "Kategorier af arbejdstagere med samme arbejde eller arbejde af samme værdi (EU-direktiv 2023/970 "
                "art. 4(4), 9(1)(g)): giv hver stilling 1–5 for hvert kriterium; point = vægtede scorer på en "
                "skala 0–100; kategorien findes i pointintervallerne til højre (fra-point i stigende orden)."}),
             CellStyle::Note);
        const std::string source =
            t({"Headcount and women's share are live from the staff list ", "Antal og andel kvinder beregnes løbende fra medarbejderlisten "}) +
            in_.staff.data.sheet +
            t({". Running Job evaluation again adds new job titles and marks titles no longer in the data; scores, "
               "weights, bands and justifications are kept.",
               ". Kør Stillingsvurdering igen for at tilføje nye stillinger og markere stillinger, der ikke længere "
               "findes i data; scorer, vægte, intervaller og begrundelser bevares."});
        text(2, 0, source, CellStyle::Note);
    }

    void header() {
        std::vector<std::string> labels{t({"Job title", "Stillingsbetegnelse"}), t({"Headcount", "Antal ansatte"}),
                                        t({"Women's share", "Andel kvinder"})};
        for (const Label& criterion : kCriteria) labels.push_back(t(criterion));
        labels.push_back(t({"Points (0–100)", "Point (0–100)"}));
        labels.push_back(t({"Category of workers", "Arbejdstagerkategori"}));
        labels.push_back(t(kJustificationHeader));
        labels.push_back(t({"Status", "Status"}));
        for (std::size_t c = 0; c < labels.size(); ++c) text(kHeaderRow, static_cast<int>(c), labels[c], CellStyle::Header);
        text(kHeaderRow, kBandFromCol, t({"From points", "Fra point"}), CellStyle::Header);
        text(kHeaderRow, kBandNameCol, t({"Category of workers", "Arbejdstagerkategori"}), CellStyle::Header);
    }

    void weights() {
        text(kWeightsRow, kTitleCol, t({"Weights (total 100 %)", "Vægte (i alt 100 %)"}), CellStyle::Label);
        for (int i = 0; i < kJobCriteria; ++i)
            userCell(kWeightsRow, kFirstScoreCol + i, previous().weights[static_cast<std::size_t>(i)],
                     CellStyle::Percent, numberCell(kDefaultWeight));
        formula(kWeightsRow, kPointsCol, "SUM(" + weightRange() + ")", CellStyle::Percent);
    }

    void bands() {
        for (int i = 0; i < kJobBands; ++i) {
            const auto at = static_cast<std::size_t>(i);
            userCell(kFirstBandRow + i, kBandFromCol, previous().bandFrom[at], CellStyle::Count,
                     numberCell(i * kBandWidth));
            userCell(kFirstBandRow + i, kBandNameCol, previous().bandName[at], CellStyle::Text,
                     textCell(t({"Category ", "Kategori "}) + std::to_string(i + 1)));
        }
    }

    void table() {
        // Earlier rows stay where they were; titles new in the data follow, in alphabetical order.
        std::map<std::string, const DistinctValue*> inData;
        for (const DistinctValue& title : in_.staff.facts.jobTitles) inData.emplace(matchKey(title.text), &title);
        std::map<std::string, bool> onSheet;
        int row = kFirstTableRow;
        for (const auto& earlier : previous().rows) {
            const std::string key = matchKey(earlier.title);
            const bool gone = !key.empty() && !inData.count(key);
            onSheet[key] = true;
            plan_.gone += gone ? 1 : 0;
            jobRow(row++, earlier, gone ? t(kGone) : "");
        }
        std::vector<const DistinctValue*> added;
        for (const DistinctValue& title : in_.staff.facts.jobTitles)
            if (!onSheet.count(matchKey(title.text))) added.push_back(&title);
        std::stable_sort(added.begin(), added.end(), [](const DistinctValue* a, const DistinctValue* b) {
            return matchKey(a->text) < matchKey(b->text);
        });
        const std::string status = in_.previous ? t(kNew) : "";
        for (const DistinctValue* title : added) jobRow(row++, JobEvaluationEntries::Row{title->text, {}, {}}, status);
        plan_.added = static_cast<int>(added.size());
        plan_.firstTableRow = kFirstTableRow;
        plan_.lastTableRow = row - 1;
        plan_.scoreFirstCol = kFirstScoreCol;
        plan_.scoreLastCol = kFirstScoreCol + kJobCriteria - 1;
    }

    void jobRow(int row, const JobEvaluationEntries::Row& entries, const std::string& status) {
        text(row, kTitleCol, entries.title, CellStyle::Text);
        const std::string sameTitle =
            "(UPPER(TRIM(" + f_.range(ColumnRole::JobTitle) + "))=UPPER(TRIM(" + relativeCell(row, kTitleCol) + ")))";
        const std::string headcount = relativeCell(row, kHeadcountCol);
        formula(row, kHeadcountCol, "SUMPRODUCT(" + sameTitle + "*1)", CellStyle::Count);
        formula(row, kWomenShareCol,
                "IF(" + headcount + ">0;SUMPRODUCT(" + sameTitle + "*" + f_.isWoman() + ")/" + headcount + ";\"–\")",
                CellStyle::Percent);
        for (int i = 0; i < kJobCriteria; ++i)
            userCell(row, kFirstScoreCol + i, entries.scores[static_cast<std::size_t>(i)], CellStyle::Count);
        formula(row, kPointsCol, points(row), CellStyle::Decimal);
        const std::string pointsCell = relativeCell(row, kPointsCol);
        formula(row, kCategoryCol,
                "IF(ISNUMBER(" + pointsCell + ");VLOOKUP(" + pointsCell + ";" + bandRange() + ";2;1);\"\")",
                CellStyle::Text);
        userCell(row, kJustificationCol, entries.justification, CellStyle::Text);
        text(row, kStatusCol, status, CellStyle::Note);
    }

    // Empty until all four criteria are scored; a score outside 1–5 (typed
    // past the validity check) says so instead of giving points.
    std::string points(int row) const {
        const std::string scores =
            relativeCell(row, kFirstScoreCol) + ":" + relativeCell(row, kFirstScoreCol + kJobCriteria - 1);
        return "IF(COUNT(" + scores + ")<" + std::to_string(kJobCriteria) + ";\"\";IF(OR(MIN(" + scores +
               ")<1;MAX(" + scores + ")>5);" + keyfigures::textLiteral(t({"scores 1–5", "score 1–5"})) +
               ";100*SUMPRODUCT(" + weightRange() + ";" + scores + "-1)/(4*SUM(" + weightRange() + "))))";
    }

    static std::string weightRange() {
        return absoluteCell(kWeightsRow, kFirstScoreCol) + ":" + absoluteCell(kWeightsRow, kFirstScoreCol + kJobCriteria - 1);
    }
    static std::string bandRange() {
        return absoluteCell(kFirstBandRow, kBandFromCol) + ":" + absoluteCell(kFirstBandRow + kJobBands - 1, kBandNameCol);
    }

    const JobEvaluationEntries& previous() const {
        static const JobEvaluationEntries kNone;
        return in_.previous ? *in_.previous : kNone;
    }

    const JobEvaluationInput& in_;
    std::string lang_;
    DataFormulas f_;
    JobEvaluationPlan plan_;
};

}  // namespace

JobEvaluationEntries readJobEvaluationEntries(const std::vector<std::vector<UserCell>>& cells, int firstTableRow,
                                              int lastTableRow) {
    JobEvaluationEntries entries;
    const int weightsRow = firstTableRow - (kFirstTableRow - kWeightsRow);
    const int firstBandRow = firstTableRow - (kFirstTableRow - kFirstBandRow);
    for (int i = 0; i < kJobCriteria; ++i)
        entries.weights[static_cast<std::size_t>(i)] = cellAt(cells, weightsRow, kFirstScoreCol + i);
    for (int i = 0; i < kJobBands; ++i) {
        entries.bandFrom[static_cast<std::size_t>(i)] = cellAt(cells, firstBandRow + i, kBandFromCol);
        entries.bandName[static_cast<std::size_t>(i)] = cellAt(cells, firstBandRow + i, kBandNameCol);
    }
    // Rows past the cells read hold nothing the user entered.
    const int lastRead = static_cast<int>(std::min<std::size_t>(cells.size(), 1u << 20)) - 1;
    for (int row = std::max(firstTableRow, 0); row <= std::min(lastTableRow, lastRead); ++row) {
        JobEvaluationEntries::Row line;
        line.title = titleText(cellAt(cells, row, kTitleCol));
        for (int i = 0; i < kJobCriteria; ++i)
            line.scores[static_cast<std::size_t>(i)] = cellAt(cells, row, kFirstScoreCol + i);
        line.justification = cellAt(cells, row, kJustificationCol);
        entries.rows.push_back(std::move(line));
    }
    return entries;
}

std::string jobEvaluationSheetName(std::string_view language) {
    return language == "da" ? "Stillingsvurdering" : "Job evaluation";
}

bool hasJobTitles(const KeyFigureInput& staff) {
    return staff.data.columns.has(ColumnRole::JobTitle) && !staff.facts.jobTitles.empty();
}

JobEvaluationPlan planJobEvaluation(const JobEvaluationInput& input) { return JobEvaluationPlanner(input).plan(); }

std::string jobTableColumn(const std::string& sheet, int col, const JobEvaluationPlan& plan) {
    return keyfigures::sheetColumn(sheet, col, plan.firstTableRow, plan.lastTableRow);
}

}  // namespace ligestat
