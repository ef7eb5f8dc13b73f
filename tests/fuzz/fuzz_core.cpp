// libFuzzer target for the core: every entry point that reads user data, on
// input built from the fuzzer's bytes: the functions' parsers and aggregates
// on columns, and the way to the key-figure sheet and the data check (a few
// rows of header texts, a block of mixed data cells, the workbook's settings
// as key=value text). Only the public headers are used, so that the core may
// be split into files freely. A crash, a sanitizer report, an exception or a
// broken invariant (checked below) is a finding; anything else is a pass.
#include "ligestat/age.hpp"
#include "ligestat/balance.hpp"
#include "ligestat/columns.hpp"
#include "ligestat/cpr.hpp"
#include "ligestat/datacheck.hpp"
#include "ligestat/eu_pay.hpp"
#include "ligestat/gender.hpp"
#include "ligestat/job_evaluation.hpp"
#include "ligestat/keyfigures.hpp"
#include "ligestat/last_year.hpp"
#include "ligestat/number_text.hpp"
#include "ligestat/pay.hpp"
#include "ligestat/regression.hpp"
#include "ligestat/settings.hpp"
#include "ligestat/sheet_layout.hpp"
#include "ligestat/text.hpp"
#include "ligestat/year_on_year.hpp"

#include <fuzzer/FuzzedDataProvider.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace {

using namespace ligestat;

void require(bool holds, const char* invariant) {
    if (holds) return;
    std::fprintf(stderr, "broken invariant: %s\n", invariant);
    std::abort();
}

// Numbers that sit on the spec's edges, beside arbitrary ones.
double pickNumber(FuzzedDataProvider& input) {
    static constexpr std::array<double, 16> kEdges{
        0.0, -0.0, 1.0, 2.999, 3.0, 0.3, -1.0, 1e308, -1e308, 5e-324,
        std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity(),
        -std::numeric_limits<double>::infinity(), 101701234.0, 3112999999.0, 9999999999.0};
    switch (input.ConsumeIntegralInRange<int>(0, 2)) {
        case 0: return input.PickValueInArray(kEdges);
        case 1: return static_cast<double>(input.ConsumeIntegralInRange<int>(-5, 100000));
        default: return input.ConsumeFloatingPoint<double>();
    }
}

// Texts a sheet holds: gender codes, Danish titles in both cases, white space,
// statistic names, CPR-like text, broken UTF-8.
std::string pickText(FuzzedDataProvider& input) {
    static constexpr std::array<const char*, 24> kWords{
        "K", "m", " Kvinde ", "MAND", "female", "W", "X", "", "  ", "\u00A0K\u00A0", "\u212Avinde",
        "Læge", "LÆGE", " læge\u2003", "Øst", "øST", "Å", "A\u030A", "mean", "MEDIAN", "gennemsnit",
        "010170-1234", "2902004000", "\xC3"};
    if (input.ConsumeBool()) return input.PickValueInArray(kWords);
    return input.ConsumeRandomLengthString(24);
}

Cell pickCell(FuzzedDataProvider& input) {
    switch (input.ConsumeIntegralInRange<int>(0, 2)) {
        case 0: return Cell{};
        case 1: return Cell(pickNumber(input));
        default: return Cell(pickText(input));
    }
}

Range pickRange(FuzzedDataProvider& input, std::size_t rows, std::size_t cols) {
    Range range;
    range.rows = rows;
    range.cols = cols;
    for (std::size_t i = 0; i < rows * cols; ++i) range.cells.push_back(pickCell(input));
    return range;
}

// The columns of one call: mostly one shape, sometimes a mismatched one.
struct Columns {
    Range pay, gender, fte, groups;
};

Columns pickColumns(FuzzedDataProvider& input) {
    const std::size_t rows = input.ConsumeIntegralInRange<std::size_t>(0, 40);
    const std::size_t cols = input.ConsumeIntegralInRange<std::size_t>(1, 2);
    const auto shape = [&] {
        if (input.ConsumeIntegralInRange<int>(0, 15) != 0) return std::pair(rows, cols);
        return std::pair(input.ConsumeIntegralInRange<std::size_t>(0, 40), std::size_t{1});
    };
    Columns columns;
    for (Range* range : {&columns.pay, &columns.gender, &columns.fte, &columns.groups}) {
        const auto [r, c] = shape();
        *range = pickRange(input, r, c);
    }
    return columns;
}

bool isShare(double value) { return value >= 0 && value <= 1; }

void fuzzText(FuzzedDataProvider& input) {
    const std::string text = input.ConsumeRandomLengthString(64);
    const std::string key = matchKey(text);
    require(matchKey(" " + text + "\t") == key, "matchKey ignores surrounding white space");
    require(parseGender(Cell(text)) == parseGender(Cell("\u00A0" + text)), "parseGender trims");
    (void)trimWhitespace(text);
    (void)parseStatistic(Cell(text));
    // Number-like text: never a non-finite number, and surrounding space never matters.
    for (const NumberLocale locale : {NumberLocale::Danish, NumberLocale::English}) {
        const auto number = parseNumberText(text, locale);
        require(!number || std::isfinite(*number), "parseNumberText gives finite numbers");
        require(parseNumberText(" " + text + "\u00A0", locale) == number, "parseNumberText trims");
    }
    if (const auto plain = parsePlainNumber(text)) require(std::isfinite(*plain), "parsePlainNumber is finite");
}

// Mostly real dates (random ints are almost never a valid month and day, so
// completedYears would never get past its checks), with any year at all.
Date pickDate(FuzzedDataProvider& input) {
    if (input.ConsumeIntegralInRange<int>(0, 7) == 0) {
        return Date{input.ConsumeIntegral<int>(), input.ConsumeIntegral<int>(), input.ConsumeIntegral<int>()};
    }
    const int year = input.ConsumeBool() ? input.ConsumeIntegralInRange<int>(1850, 2100) : input.ConsumeIntegral<int>();
    return Date{year, input.ConsumeIntegralInRange<int>(1, 12), input.ConsumeIntegralInRange<int>(1, 31)};
}

void fuzzCpr(FuzzedDataProvider& input) {
    const Cell cpr = input.ConsumeBool() ? Cell(pickNumber(input)) : Cell(pickText(input));
    const auto info = parseCpr(cpr);
    if (info) {
        require(isValidDate(info->birthDate), "a valid CPR has a real date");
        require(info->birthDate.year >= 1858 && info->birthDate.year <= 2057, "CPR years are 1858-2057");
        require(info->gender != Gender::Other, "a CPR gives a woman or a man");
    }
    const Date at = pickDate(input);
    if (info) {
        const auto years = completedYears(info->birthDate, at);
        require(!years.ok() || years.value() >= 0, "completed years are never negative");
    }
    if (isValidDate(at) && std::abs(static_cast<long>(at.year)) < 100'000'000L) {
        require(civilFromDays(daysFromCivil(at)) == at, "days round-trip");
    }
    (void)civilFromDays(input.ConsumeIntegral<long>());
}

void fuzzPay(FuzzedDataProvider& input, const Columns& c, const GroupFilter& filter, double threshold) {
    const Range* fte = input.ConsumeBool() ? &c.fte : nullptr;
    const auto index = payIndex(c.pay, c.gender, fte, filter, threshold);
    require(!index.ok() || std::isfinite(index.value()), "a pay index is finite");
    const auto statistic = input.ConsumeBool() ? Statistic::Mean : Statistic::Median;
    const auto gap = payGap(c.pay, c.gender, statistic, filter);
    require(!gap.ok() || std::isfinite(gap.value()), "a pay gap is finite");
    const auto variableGap = variablePayGap(c.pay, c.gender, statistic, filter);
    require(!variableGap.ok() || std::isfinite(variableGap.value()), "a variable pay gap is finite");
    const auto recipients = recipientShare(c.pay, c.gender, pickCell(input), filter);
    require(!recipients.ok() || isShare(recipients.value()), "a recipient share is a share");

    const auto quartiles = payQuartiles(c.pay, c.gender);
    if (quartiles.ok()) {
        for (const auto& band : quartiles.value()) {
            require(isShare(band[0]) && isShare(band[1]), "quartile shares are shares");
            require(std::abs(band[0] + band[1] - 1) < 1e-9, "a band is all women and men");
        }
    }
    const auto table = payIndexTable(c.pay, c.gender, c.fte, c.groups, threshold);
    if (table.ok()) {
        for (const PayIndexRow& row : table.value()) {
            require(row.suppressed || std::isfinite(row.index), "a shown table index is finite");
            require(row.womenFte >= 0 && row.menFte >= 0, "FTE sums are not negative");
        }
    }
}

void fuzzBalance(FuzzedDataProvider& input, const Columns& c, const GroupFilter& filter, double threshold) {
    const Range* fte = input.ConsumeBool() ? &c.fte : nullptr;
    const auto share = genderShare(c.gender, pickCell(input), fte, filter);
    require(!share.ok() || isShare(share.value()), "a gender share is a share");
    (void)genderBalance(c.gender, fte, filter, pickNumber(input), pickNumber(input));
    const auto table = genderTable(c.gender, c.groups, threshold);
    if (table.ok()) {
        for (const GenderTableRow& row : table.value()) {
            require(row.women + row.men <= row.headcount, "women and men are part of the headcount");
            require(isShare(row.womenShare) && isShare(row.menShare), "table shares are shares");
        }
    }
}

// ---- EU pay transparency (issue 11): EUPAYREPORT, PAYGAPTABLE, GENDERSUMTABLE ----
// The FTE column doubles as complementary pay and the group column as the
// map's keys, so that texts and numbers of every kind reach each argument.
void fuzzEuPay(FuzzedDataProvider& input, const Columns& c, double threshold) {
    const Range* complementary = input.ConsumeBool() ? &c.fte : nullptr;
    const auto report = euPayReport(c.pay, c.gender, complementary);
    if (report.ok()) {
        for (std::size_t i = 0; i < report.value().size(); ++i) {
            const auto& figure = report.value()[i];
            require(!figure.ok() || std::isfinite(figure.value()), "a report figure is finite");
            if (i >= 4) require(!figure.ok() || isShare(figure.value()), "report shares are shares");
        }
        require(complementary != nullptr || !report.value()[4].ok(), "no complementary pay, no recipients");
    }
    const Range mapCategories = pickRange(input, c.groups.rows, c.groups.cols);
    const CategoryMap map = input.ConsumeBool() ? CategoryMap{&c.groups, &mapCategories} : CategoryMap{};
    const auto gaps = payGapTable(c.pay, c.gender, c.groups, complementary, map, threshold);
    if (gaps.ok()) {
        for (const PayGapTableRow& row : gaps.value()) {
            require(row.women >= 0 && row.men >= 0, "category counts are not negative");
            require(!row.suppressed || !row.totalMeanGap.ok(), "a suppressed gap is never computed");
            require(row.suppressed == (row.flag == AssessmentFlag::TooFewToCompare), "too few is suppressed");
        }
    }
    const auto sums = genderSumTable(c.pay, c.gender, c.groups, input.ConsumeBool() ? &c.fte : nullptr, threshold);
    if (sums.ok()) {
        require(!sums.value().empty() && sums.value().back().isAll, "the All row closes the table");
        for (const GenderSumRow& row : sums.value()) {
            require(std::isfinite(row.womenSum) && std::isfinite(row.menSum), "sums are finite");
            require(!row.womenRate.ok() || std::isfinite(row.womenRate.value()), "rates are finite");
        }
    }
}
// ---- end EU pay transparency ----

void fuzzAge(FuzzedDataProvider& input) {
    const auto band = ageBand(pickNumber(input), pickNumber(input), pickNumber(input), pickNumber(input));
    require(!band.ok() || !band.value().empty(), "a band has a label");
}

// ---- The way to the key-figure sheet and the data check ---------------------

// A header text: mostly a synonym the matcher knows (in another case, with
// white space around), else any text.
std::string pickHeader(FuzzedDataProvider& input) {
    if (input.ConsumeIntegralInRange<int>(0, 3) == 0) return pickText(input);
    const auto& roles = columnRoles();
    const auto& headers = roles[input.ConsumeIntegralInRange<std::size_t>(0, roles.size() - 1)].headers;
    if (headers.empty()) return pickText(input);
    std::string header = headers[input.ConsumeIntegralInRange<std::size_t>(0, headers.size() - 1)];
    switch (input.ConsumeIntegralInRange<int>(0, 3)) {
        case 0: return " " + header + "\u00A0";
        case 1: {
            for (char& ch : header)
                if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
            return header;
        }
        default: return header;
    }
}

// The workbook's settings as the document stores them: key=value lines,
// keys mostly the real ones.
std::map<std::string, std::string> pickSettingsText(FuzzedDataProvider& input) {
    static constexpr std::array<const char*, 8> kKeys{
        "minFtePerGender", "payIndexBandLow", "payIndexBandHigh", "minCategorySize",
        "balanceTarget",   "balanceFloor",    "topManagementLevels", "column."};
    static constexpr std::array<const char*, 10> kValues{
        "3", "0", "-1", "1e308", "nan", "inf", "0x10", "3,5", "Direktion;;Afdelingschef;", ""};
    std::string text;
    const int lines = input.ConsumeIntegralInRange<int>(0, 8);
    for (int i = 0; i < lines; ++i) {
        std::string key = input.ConsumeBool() ? input.PickValueInArray(kKeys) : input.ConsumeRandomLengthString(12);
        if (key == "column.") key += roleInfo(static_cast<ColumnRole>(input.ConsumeIntegralInRange<std::size_t>(
                                             0, kColumnRoleCount - 1))).key;
        const std::string value = input.ConsumeBool() ? input.PickValueInArray(kValues) : pickHeader(input);
        text += key + "=" + value + "\n";
    }
    std::map<std::string, std::string> properties;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = text.find('\n', start);
        const std::string line = text.substr(start, end - start);
        if (const std::size_t eq = line.find('='); eq != std::string::npos)
            properties[line.substr(0, eq)] = line.substr(eq + 1);
        start = end == std::string::npos ? text.size() : end + 1;
    }
    return properties;
}

bool sameNumber(double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); }

Settings fuzzSettings(FuzzedDataProvider& input) {
    const Settings settings = settingsFromProperties(pickSettingsText(input));
    // What the sidebar stores is read back unchanged (17 digits round-trip).
    const Settings again = settingsFromProperties(toProperties(settings));
    require(sameNumber(again.minFtePerGender, settings.minFtePerGender) &&
                sameNumber(again.payIndexBandLow, settings.payIndexBandLow) &&
                sameNumber(again.payIndexBandHigh, settings.payIndexBandHigh) &&
                sameNumber(again.minCategorySize, settings.minCategorySize) &&
                sameNumber(again.balanceTarget, settings.balanceTarget) &&
                sameNumber(again.balanceFloor, settings.balanceFloor),
            "numeric settings round-trip");
    require(again.topManagementLevels == settings.topManagementLevels, "management levels round-trip");
    require(again.columnHeaders == settings.columnHeaders, "column choices round-trip");
    return settings;
}

void requireColumnMap(const ColumnMap& columns, std::size_t width, const char* what) {
    std::set<int> used;
    for (int column : columns.column) {
        if (column < 0) continue;
        require(static_cast<std::size_t>(column) < width, what);
        require(used.insert(column).second, "a column plays one role");
    }
}

// The top rows of a sheet: a few rows of mixed text, one of them (maybe) the header.
struct SheetTop {
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> headers;  // the header row found, or the last row
};

SheetTop pickSheetTop(FuzzedDataProvider& input) {
    SheetTop top;
    const std::size_t width = input.ConsumeIntegralInRange<std::size_t>(0, 14);
    const std::size_t height = input.ConsumeIntegralInRange<std::size_t>(1, 4);
    for (std::size_t r = 0; r < height; ++r) {
        std::vector<std::string> row;
        for (std::size_t c = 0; c < width; ++c) row.push_back(pickHeader(input));
        top.rows.push_back(std::move(row));
    }
    const auto found = findHeaderRow(top.rows);
    if (found) {
        require(*found < top.rows.size(), "the header row is one of the rows");
        require(countRecognisedHeaders(top.rows[*found]) >= kMinRecognisedHeaders, "a header row names roles");
    }
    top.headers = top.rows[found.value_or(top.rows.size() - 1)];
    requireColumnMap(detectColumns(top.headers), top.headers.size(), "a detected column is a header");
    return top;
}

DataColumns checkedColumns(const Range& data, const ColumnMap& columns) {
    DataColumns out;
    for (ColumnRole role : checkedRoles()) {
        if (!columns.has(role)) continue;
        for (std::size_t r = 0; r < data.rows; ++r)
            out[role].push_back(data.cells[r * data.cols + static_cast<std::size_t>(columns[role])]);
    }
    return out;
}

// Issue 12: a list checked against itself as last year's list has no gender
// that differs between the years, and last year's duplicates are this year's.
void fuzzDataCheckAgainstItself(const DataColumns& checked, const CheckDates& dates, NumberLocale locale,
                                const DataCheck& alone) {
    const DataCheck both = checkData(checked, dates, locale, &checked);
    require(both.count(Problem::GenderDiffersFromLastYear) == 0, "a list does not differ from itself");
    if (both.wasChecked(Problem::DuplicateEmployeeIdLastYear))
        require(both.count(Problem::DuplicateEmployeeIdLastYear) == alone.count(Problem::DuplicateEmployeeId),
                "the same duplicates in both years");
    for (const ProblemCell& cell : both.cellsOf(Problem::DuplicateEmployeeIdLastYear))
        require(cell.lastYear, "last year's duplicates are in last year's list");
}

void fuzzDataCheck(FuzzedDataProvider& input, const Range& data, const ColumnMap& columns) {
    const CheckDates dates{pickDate(input), input.ConsumeBool() ? Date{1899, 12, 30} : pickDate(input)};
    const NumberLocale locale = input.ConsumeBool() ? NumberLocale::Danish : NumberLocale::English;
    const DataColumns checked = checkedColumns(data, columns);
    const DataCheck check = checkData(checked, dates, locale);
    require(check.rowsChecked <= data.rows, "no more rows checked than there are");
    // What the Convert button writes for a flagged cell is a finite number.
    for (const ProblemCell& cell : check.cellsOf(Problem::NumberAsText)) {
        const auto number = numberFromText(checked[cell.role][cell.row], locale);
        require(number && std::isfinite(*number), "number-like text converts to a finite number");
    }
    for (std::size_t p = 0; p < kProblemCount; ++p) {
        for (const ProblemCell& cell : check.cells[p]) {
            require(cell.row < data.rows, "a problem cell is a data row");
            require(columns.has(cell.role), "a problem cell is in a mapped column");
        }
        require(check.counts[p] >= (check.cells[p].empty() ? 0u : 1u), "a problem with cells is counted");
    }
    fuzzDataCheckAgainstItself(checked, dates, locale, check);
}

void requireCells(const std::vector<PlannedCell>& cells) {
    std::set<std::pair<int, int>> taken;
    for (const PlannedCell& cell : cells) {
        require(cell.row >= 0 && cell.col >= 0, "planned cells are on the sheet");
        require(cell.rows >= 1 && cell.cols >= 1, "an array formula covers a cell");
        require(taken.emplace(cell.row, cell.col).second, "one planned cell per position");
    }
}

void requirePlan(const KeyFigurePlan& plan) {
    requireCells(plan.cells);
    for (const PlannedChart& chart : plan.charts)
        require(chart.firstRow <= chart.lastRow && chart.firstCol <= chart.lastCol, "a chart has data");
}

// ---- The job evaluation sheet (job_evaluation.hpp) --------------------------
UserCell pickUserCell(FuzzedDataProvider& input) {
    switch (input.ConsumeIntegralInRange<int>(0, 3)) {
        case 0: return {};
        case 1: return {UserCell::Kind::Number, pickNumber(input), {}};
        case 2: return {UserCell::Kind::Text, 0, pickText(input)};
        default: return {UserCell::Kind::Formula, 0, "=" + pickText(input)};
    }
}

// A first run, then a rerun over the sheet as a user may have left it: any
// cells, a named range anywhere (even before row 0 or past the cells read).
void fuzzJobEvaluation(FuzzedDataProvider& input, const KeyFigureInput& staff) {
    JobEvaluationInput job{staff, std::nullopt};
    const JobEvaluationPlan first = planJobEvaluation(job);
    requireCells(first.cells);
    require(first.lastTableRow - first.firstTableRow + 1 == static_cast<int>(staff.facts.jobTitles.size()),
            "a first run has one row per title");
    std::vector<std::vector<UserCell>> grid(input.ConsumeIntegralInRange<std::size_t>(0, 40));
    for (auto& row : grid) {
        row.resize(input.ConsumeIntegralInRange<std::size_t>(0, jobsheet::kBandNameCol + 3));
        for (auto& cell : row) cell = pickUserCell(input);
    }
    const int firstRow = input.ConsumeIntegralInRange<int>(-3, 30);
    const int lastRow = input.ConsumeIntegralInRange<int>(-3, 60);
    job.previous = readJobEvaluationEntries(grid, firstRow, lastRow);
    require(job.previous->rows.size() <= grid.size(), "entries come from the cells read");
    const JobEvaluationPlan second = planJobEvaluation(job);
    requireCells(second.cells);
    require(second.lastTableRow - second.firstTableRow + 1 ==
                static_cast<int>(job.previous->rows.size()) + second.added,
            "a rerun keeps every row and adds the new titles");
    require(second.gone <= static_cast<int>(job.previous->rows.size()), "only earlier rows are gone");
}

// The block below the header: as many columns as headers, a few rows.
Range pickDataBlock(FuzzedDataProvider& input, std::size_t width) {
    return pickRange(input, width == 0 ? 0 : input.ConsumeIntegralInRange<std::size_t>(0, 24), width);
}

// Totals and footnote rows found below a list (findDataEnd), as the notes name them.
std::vector<TrailingRow> pickLeftOutRows(FuzzedDataProvider& input) {
    std::vector<TrailingRow> rows(input.ConsumeIntegralInRange<std::size_t>(0, 3));
    for (auto& row : rows)
        row = {input.ConsumeIntegralInRange<std::size_t>(0, 30),
               input.ConsumeBool() ? TrailingKind::Totals : TrailingKind::Footnote};
    return rows;
}

void fuzzKeyFigures(FuzzedDataProvider& input, const Range& data, const ColumnMap& columns,
                    const Settings& settings) {
    KeyFigureInput plan;
    plan.settings = settings;
    plan.facts = collectFacts(data, columns, settings);
    for (const auto* values : {&plan.facts.categories, &plan.facts.levels, &plan.facts.payTitles}) {
        int rows = 0;
        for (const DistinctValue& value : *values) {
            require(value.rows > 0, "a distinct value has rows");
            rows += value.rows;
        }
        require(static_cast<std::size_t>(rows) <= data.rows, "distinct values count data rows once");
    }
    plan.data.sheet = pickText(input);
    plan.data.headerRow = input.ConsumeIntegralInRange<int>(0, 19);
    plan.data.firstColumn = input.ConsumeIntegralInRange<int>(0, 40);
    plan.data.lastRow = plan.data.headerRow + static_cast<int>(std::max<std::size_t>(data.rows, 1));
    plan.data.columns = columns;
    plan.data.leftOutRows = pickLeftOutRows(input);
    if (input.ConsumeBool()) {
        // Issue 12, section 9: last year's list, the same columns over a block of its own.
        const Range before = pickDataBlock(input, data.cols);
        LastYearList last{plan.data, collectFacts(before, columns, settings)};
        last.data.sheet = pickText(input);
        last.data.lastRow = last.data.headerRow + static_cast<int>(std::max<std::size_t>(before.rows, 1));
        last.data.leftOutRows = pickLeftOutRows(input);
        plan.lastYear = std::move(last);
    }
    if (input.ConsumeBool()) {
        // Issue 11, section 7: the job evaluation sheet's titles and categories, of any lengths.
        JobEvaluationRanges ranges;
        ranges.titles.resize(input.ConsumeIntegralInRange<std::size_t>(0, 8));
        ranges.categories.resize(input.ConsumeIntegralInRange<std::size_t>(0, 8));
        for (auto& cell : ranges.titles) cell = pickCell(input);
        for (auto& cell : ranges.categories) cell = pickCell(input);
        plan.jobEvaluation = std::move(ranges);
    }
    if (input.ConsumeBool()) {
        std::vector<Cell> answers;
        const std::size_t count = input.ConsumeIntegralInRange<std::size_t>(0, 12);
        for (std::size_t i = 0; i < count; ++i) answers.push_back(pickCell(input));
        const std::string header = pickText(input);
        (void)isSurveyHeader(header);
        SurveyBlock survey;
        survey.sheet = pickText(input);
        survey.column = input.ConsumeIntegralInRange<int>(0, 40);
        survey.firstRow = input.ConsumeIntegralInRange<int>(1, 20);
        survey.lastRow = survey.firstRow + static_cast<int>(count);
        survey.answers = surveyAnswers(answers);
        plan.survey = std::move(survey);
    }
    plan.language = input.ConsumeBool() ? "da" : "en";
    plan.referenceDate = input.ConsumeBool() ? 46000.0 : pickNumber(input);
    plan.valuesOnly = input.ConsumeBool();
    requirePlan(planKeyFigures(plan));
    fuzzJobEvaluation(input, plan);

    std::vector<std::string> taken;
    const std::size_t count = input.ConsumeIntegralInRange<std::size_t>(0, 4);
    const std::string base = input.ConsumeBool() ? keyFigureSheetName(plan.language) : pickText(input);
    for (std::size_t i = 0; i < count; ++i) taken.push_back(input.ConsumeBool() ? base + " (2)" : pickText(input));
    if (input.ConsumeBool()) taken.push_back(base);
    const std::string name = uniqueSheetName(base, taken);
    for (const std::string& other : taken) require(matchKey(name) != matchKey(other), "a new sheet name is free");
}

// Issue 12: whatever the sheet names, last year's list is another sheet of the workbook.
void fuzzLastYearSheet(FuzzedDataProvider& input) {
    std::vector<std::string> names(input.ConsumeIntegralInRange<std::size_t>(0, 5));
    for (auto& name : names) name = input.ConsumeRandomLengthString(24);
    const std::string thisYear = names.empty() ? std::string("Medarbejdere 2026") : names.front();
    Settings settings;
    if (input.ConsumeBool()) settings.lastYearSheet = input.ConsumeRandomLengthString(24);
    if (const auto found = lastYearSheet(settings, thisYear, names)) {
        require(*found != thisYear, "last year's list is not this year's");
        require(std::find(names.begin(), names.end(), *found) != names.end(), "last year's list is a sheet");
    }
}

void fuzzWorkbook(FuzzedDataProvider& input) {
    const SheetTop top = pickSheetTop(input);
    const Settings settings = fuzzSettings(input);
    const ColumnMap columns = resolveColumns(top.headers, settings);
    requireColumnMap(columns, top.headers.size(), "a resolved column is a header");
    const Range data = pickDataBlock(input, top.headers.size());
    fuzzDataCheck(input, data, columns);
    fuzzKeyFigures(input, data, columns, settings);
    fuzzLastYearSheet(input);
}

// ---- The explained pay gap (regression.hpp) --------------------------------
// Its own block: the model needs 50 rows, more than pickColumns gives, so it
// builds its own columns: pay and gender mostly plausible (so the fit is
// reached), factors from the edge numbers and texts, shapes sometimes off.

Range regressionColumn(FuzzedDataProvider& input, std::size_t rows, std::size_t cols, Cell (*usual)(FuzzedDataProvider&)) {
    Range range;
    range.rows = rows;
    range.cols = cols;
    for (std::size_t i = 0; i < rows * cols; ++i) {
        range.cells.push_back(input.ConsumeIntegralInRange<int>(0, 9) == 0 ? pickCell(input) : usual(input));
    }
    return range;
}

Cell usualPay(FuzzedDataProvider& input) { return Cell(static_cast<double>(input.ConsumeIntegralInRange<int>(1, 90000))); }
Cell usualGender(FuzzedDataProvider& input) { return Cell(std::string(input.ConsumeBool() ? "K" : "M")); }
Cell usualNumber(FuzzedDataProvider& input) { return Cell(static_cast<double>(input.ConsumeIntegralInRange<int>(0, 5))); }
Cell usualCategory(FuzzedDataProvider& input) { return Cell(std::string(1, static_cast<char>('a' + input.ConsumeIntegralInRange<int>(0, 3)))); }

void fuzzRegression(FuzzedDataProvider& input) {
    const std::size_t rows = input.ConsumeIntegralInRange<std::size_t>(0, 80);
    const auto rowsOf = [&] { return input.ConsumeIntegralInRange<int>(0, 15) == 0 ? rows + 1 : rows; };
    const Range pay = regressionColumn(input, rows, 1, usualPay);
    const Range gender = regressionColumn(input, rowsOf(), 1, usualGender);
    const Range numeric = regressionColumn(input, rowsOf(), input.ConsumeIntegralInRange<std::size_t>(0, 3), usualNumber);
    const Range category = regressionColumn(input, rowsOf(), input.ConsumeIntegralInRange<std::size_t>(0, 2), usualCategory);
    const Range fte = regressionColumn(input, rowsOf(), 1, [](FuzzedDataProvider&) { return Cell(1.0); });
    const RegressionData data{&pay, &gender, input.ConsumeBool() ? &numeric : nullptr,
                              input.ConsumeBool() ? &category : nullptr, input.ConsumeBool() ? &fte : nullptr};
    const auto regression = payRegression(data);
    if (regression.ok()) {
        const PayRegression& r = regression.value();
        require(std::isfinite(r.adjustedGap) && r.standardError >= 0, "regression figures are finite");
        require(r.pValue >= 0 && r.pValue <= 1, "a p-value is a probability");
        require(r.rowsUsed >= 50 && r.womenUsed > 0 && r.menUsed > 0, "the model's rules hold");
        require(r.degreesOfFreedom > 0, "degrees of freedom are positive");
    }
    const auto decomposition = payGapDecomposition(data);
    require(!regression.ok() || decomposition.ok(), "decomposition answers when the regression does");
    if (decomposition.ok() && regression.ok()) {
        const auto& d = decomposition.value();
        require(std::abs(d.unexplained.logPoints + 100 * regression.value().womenCoefficient) <=
                    1e-6 * (1 + std::abs(d.unexplained.logPoints)),
                "the unexplained part is minus the women coefficient");
    }
    const auto expected = expectedPay(data);
    require(expected.ok() == decomposition.ok(), "expected pay answers when the decomposition does");
    if (expected.ok()) require(expected.value().size() == rows, "one expected pay per row");
}

// ---- This year against last year ---------------------------------------------

// An id from a small pool, so that the two lists share ids, repeat them
// (a duplicate) and write them as numbers and as text (" 3 " = 3).
Cell pickId(FuzzedDataProvider& input) {
    static constexpr std::array<const char*, 8> kIds{" 3 ", "3", "ab", "AB ", "", "  ", "03", "\u00A07"};
    switch (input.ConsumeIntegralInRange<int>(0, 3)) {
        case 0: return Cell(static_cast<double>(input.ConsumeIntegralInRange<int>(0, 12)));
        case 1: return Cell(input.PickValueInArray(kIds));
        case 2: return Cell{};
        default: return pickCell(input);
    }
}

Range pickIds(FuzzedDataProvider& input, std::size_t rows) {
    Range ids;
    ids.rows = rows;
    ids.cols = 1;
    for (std::size_t i = 0; i < rows; ++i) ids.cells.push_back(pickId(input));
    return ids;
}

// This year's or last year's columns: mostly `rows` tall, sometimes another shape.
Range pickYearColumn(FuzzedDataProvider& input, std::size_t rows) {
    if (input.ConsumeIntegralInRange<int>(0, 15) == 0) rows = input.ConsumeIntegralInRange<std::size_t>(0, 30);
    return pickRange(input, rows, 1);
}

void fuzzYearOnYear(FuzzedDataProvider& input) {
    const std::size_t nowRows = input.ConsumeIntegralInRange<std::size_t>(0, 30);
    const std::size_t beforeRows = input.ConsumeIntegralInRange<std::size_t>(0, 30);
    const Range idNow = pickIds(input, nowRows);
    const Range idBefore = pickIds(input, beforeRows);
    const Range genderNow = pickYearColumn(input, nowRows);
    const Range genderBefore = pickYearColumn(input, beforeRows);
    const Range valueNow = pickYearColumn(input, nowRows);
    const Range valueBefore = pickYearColumn(input, beforeRows);
    const Range fteNow = pickYearColumn(input, nowRows);
    const Range fteBefore = pickYearColumn(input, beforeRows);
    const Range groups = pickYearColumn(input, nowRows);
    const GroupFilter filter = input.ConsumeBool() ? GroupFilter{&groups, pickCell(input)} : GroupFilter{};

    const auto flows = staffFlows(idNow, genderNow, idBefore, genderBefore);
    if (flows.ok()) {
        const auto& f = flows.value();
        require(f[3].lastYear == f[0].lastYear + f[1].lastYear + f[2].lastYear, "all is every gender (last year)");
        require(f[3].thisYear == f[0].thisYear + f[1].thisYear + f[2].thisYear, "all is every gender (this year)");
        require(f[3].lastYear - f[3].leavers == f[3].thisYear - f[3].joiners, "stayers are in both years");
        require(f[3].thisYear <= static_cast<double>(nowRows), "a headcount counts rows");
    }
    const bool withFte = input.ConsumeBool();
    const auto development = payDevelopment(idNow, valueNow, idBefore, valueBefore, genderNow,
                                            withFte ? &fteNow : nullptr, withFte ? &fteBefore : nullptr, filter);
    if (development.ok()) {
        for (const PayDevelopmentRow& row : development.value()) {
            require(row.suppressed == (row.stayers < rules::kMinStayersPerGender), "too few stayers suppress");
            require(row.suppressed || (std::isfinite(row.meanChange) && std::isfinite(row.medianChange)),
                    "a shown pay development is finite");
            require(isShare(row.shareIncreased), "the share with a raise is a share");
        }
    }
    const auto round = allowanceRound(idNow, valueNow, idBefore, valueBefore, genderNow, filter);
    if (round.ok()) {
        for (const AllowanceRoundRow& row : round.value()) {
            require(row.recipients <= row.stayers && isShare(row.share), "recipients are stayers");
            require(!row.suppressed || (row.recipients == 0 && !row.meanIncrease), "a suppressed round shows nothing");
            require(!row.meanIncrease || (std::isfinite(*row.meanIncrease) && *row.meanIncrease > 0),
                    "a mean increase is a finite increase");
        }
    }
    const Range levels = pickRange(input, input.ConsumeIntegralInRange<std::size_t>(0, 4), 1);
    const auto promoted = promotions(idNow, valueNow, idBefore, valueBefore, genderNow, levels);
    if (promoted.ok()) {
        for (const PromotionRow& row : promoted.value()) {
            require(row.promoted <= row.stayers && isShare(row.share), "the promoted are stayers");
            require(!row.suppressed || row.promoted == 0, "a suppressed promotion count is not shown");
        }
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // The first byte picks the path, so that each gets the whole input (the
    // way to the key-figure sheet starved when it came after the functions).
    if (size > 0 && data[0] % 2 == 1) {
        FuzzedDataProvider input(data + 1, size - 1);
        fuzzWorkbook(input);
        return 0;
    }
    if (size > 0 && data[0] % 4 == 2) {  // the regression needs 50 rows: a path of its own
        FuzzedDataProvider input(data + 1, size - 1);
        fuzzRegression(input);
        return 0;
    }
    if (size > 0 && data[0] % 8 == 4) {  // year on year: two lists, a path of its own
        FuzzedDataProvider input(data + 1, size - 1);
        fuzzYearOnYear(input);
        return 0;
    }
    FuzzedDataProvider input(data, size);
    fuzzText(input);
    fuzzCpr(input);
    fuzzAge(input);
    const Columns columns = pickColumns(input);
    const Cell group = pickCell(input);
    const GroupFilter filter = input.ConsumeBool() ? GroupFilter{&columns.groups, group} : GroupFilter{};
    const double threshold = input.ConsumeBool() ? pickNumber(input) : 3.0;
    fuzzPay(input, columns, filter, threshold);
    fuzzBalance(input, columns, filter, threshold);
    fuzzEuPay(input, columns, threshold);
    return 0;
}
