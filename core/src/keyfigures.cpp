#include "ligestat/keyfigures.hpp"

#include "ligestat/age.hpp"
#include "ligestat/balance.hpp"
#include "ligestat/gender.hpp"
#include "ligestat/text.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <sstream>
#include <unordered_map>

namespace ligestat {
namespace {

// Numbers written into formulas: 15 digits keep them readable (0.4, not
// 0.40000000000000002) and are exact for every threshold a user types.
constexpr int kFormulaDigits = 15;

// ---- Small text helpers -------------------------------------------------------

using Label = Text;  // a label on the sheet, in the sheet's language

// A cell as the text a reader sees: trimmed text, or the number.
std::string cellText(const Cell& cell) {
    if (const auto* text = std::get_if<std::string>(&cell)) return std::string(trimWhitespace(*text));
    if (const auto* number = std::get_if<double>(&cell)) return formatNumber(*number, kFormulaDigits);
    return {};
}

std::string asciiUpper(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return out;
}

std::string replaceAll(std::string text, std::string_view what, std::string_view with) {
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + with.size()))
        text.replace(at, what.size(), with);
    return text;
}

std::string textLiteral(std::string_view text) { return "\"" + replaceAll(std::string(text), "\"", "\"\"") + "\""; }

std::string columnName(int col) {
    std::string name;
    for (int c = col + 1; c > 0; c = (c - 1) / 26) name.insert(name.begin(), static_cast<char>('A' + (c - 1) % 26));
    return name;
}

// "$B$3": a cell of the key-figure sheet itself.
std::string absoluteCell(int row, int col) { return "$" + columnName(col) + "$" + std::to_string(row + 1); }
// "B3": a relative reference, for formulas that read their own row.
std::string relativeCell(int row, int col) { return columnName(col) + std::to_string(row + 1); }

// "$'Medarbejdere'.$C$2:$C$910": a data column on the user's sheet (API grammar).
std::string sheetColumn(const std::string& sheet, int col, int firstRow, int lastRow) {
    const std::string quoted = "$'" + replaceAll(sheet, "'", "''") + "'.";
    return quoted + absoluteCell(firstRow, col) + ":" + absoluteCell(lastRow, col);
}

std::string joined(const std::vector<std::string>& parts, std::string_view separator) {
    std::string out;
    for (const auto& part : parts) out += (out.empty() ? "" : std::string(separator)) + part;
    return out;
}

// ---- Reading ------------------------------------------------------------------

std::vector<DistinctValue> distinctValues(const Range& data, int col, const std::function<bool(std::size_t)>& use) {
    std::vector<DistinctValue> values;
    std::map<std::string, std::size_t> indexOfKey;
    // A column of 100,000 rows holds a few dozen spellings: fold each once.
    std::unordered_map<std::string, std::size_t> indexOfSpelling;
    constexpr std::size_t kBlank = static_cast<std::size_t>(-1);
    if (col < 0 || static_cast<std::size_t>(col) >= data.cols) return values;
    for (std::size_t r = 0; r < data.rows; ++r) {
        if (!use(r)) continue;
        const std::string text = cellText(data.cells[r * data.cols + static_cast<std::size_t>(col)]);
        auto spelling = indexOfSpelling.find(text);
        if (spelling == indexOfSpelling.end()) {
            const std::string key = matchKey(text);
            std::size_t index = kBlank;
            if (!key.empty()) {
                auto [it, added] = indexOfKey.emplace(key, values.size());
                if (added) values.push_back({text, 0});
                index = it->second;
            }
            spelling = indexOfSpelling.emplace(text, index).first;
        }
        if (spelling->second != kBlank) ++values[spelling->second].rows;
    }
    return values;
}

bool isTopLevel(const std::string& key, const Settings& settings) {
    return std::any_of(settings.topManagementLevels.begin(), settings.topManagementLevels.end(),
                       [&](const std::string& level) { return matchKey(level) == key; });
}

int topRank(const std::string& key, const Settings& settings) {
    for (std::size_t i = 0; i < settings.topManagementLevels.size(); ++i)
        if (matchKey(settings.topManagementLevels[i]) == key) return static_cast<int>(i);
    return -1;
}

// The survey scale in order, Danish and English (matchKey form).
const std::vector<std::vector<std::string>>& surveyScale() {
    static const std::vector<std::vector<std::string>> scale{
        {"i meget høj grad", "to a very high degree", "very high"},
        {"i høj grad", "to a high degree", "high"},
        {"i nogen grad", "to some degree", "some"},
        {"i ringe grad", "to a low degree", "low"},
        {"slet ikke", "not at all", "very low"},
        {"ved ikke", "don't know", "do not know"},
    };
    return scale;
}

int scaleRank(const std::string& key) {
    const auto& scale = surveyScale();
    for (std::size_t i = 0; i < scale.size(); ++i)
        if (std::find(scale[i].begin(), scale[i].end(), key) != scale[i].end()) return static_cast<int>(i);
    return static_cast<int>(scale.size());
}

}  // namespace

DataFacts collectFacts(const Range& data, const ColumnMap& columns, const Settings& settings) {
    DataFacts facts;
    const int levelCol = columns[ColumnRole::ManagementLevel];
    std::vector<bool> top(data.rows, false);
    if (levelCol >= 0 && static_cast<std::size_t>(levelCol) < data.cols) {
        std::unordered_map<std::string, bool> topOfSpelling;  // fold each spelling once
        for (std::size_t r = 0; r < data.rows; ++r) {
            const std::string text = cellText(data.cells[r * data.cols + static_cast<std::size_t>(levelCol)]);
            auto known = topOfSpelling.find(text);
            if (known == topOfSpelling.end()) known = topOfSpelling.emplace(text, isTopLevel(matchKey(text), settings)).first;
            top[r] = known->second;
            facts.hasTopManagementRows = facts.hasTopManagementRows || top[r];
        }
    }
    const auto all = [](std::size_t) { return true; };
    const auto mostRowsFirst = [](const DistinctValue& a, const DistinctValue& b) { return a.rows > b.rows; };

    facts.categories = distinctValues(data, columns[ColumnRole::StaffCategory], all);
    std::stable_sort(facts.categories.begin(), facts.categories.end(), mostRowsFirst);

    facts.levels = distinctValues(data, levelCol, all);
    // Top management first (in the settings' order), then the smaller levels
    // first: that is usually the hierarchy, from the top down.
    std::stable_sort(facts.levels.begin(), facts.levels.end(), [&](const DistinctValue& a, const DistinctValue& b) {
        const int ra = topRank(matchKey(a.text), settings), rb = topRank(matchKey(b.text), settings);
        if ((ra >= 0) != (rb >= 0)) return ra >= 0;
        if (ra >= 0) return ra < rb;
        return a.rows < b.rows;
    });

    facts.payTitles = distinctValues(data, columns[ColumnRole::JobTitle], [&](std::size_t r) { return !top[r]; });
    std::stable_sort(facts.payTitles.begin(), facts.payTitles.end(), mostRowsFirst);
    return facts;
}

bool isSurveyHeader(std::string_view header) {
    const std::string key = matchKey(header);
    return key == "svar" || key == "answer" || key == "besvarelse" || key == "response";
}

std::vector<std::string> surveyAnswers(const std::vector<Cell>& answers) {
    Range column = Range::column(answers);
    std::vector<DistinctValue> values = distinctValues(column, 0, [](std::size_t) { return true; });
    std::stable_sort(values.begin(), values.end(), [](const DistinctValue& a, const DistinctValue& b) {
        return scaleRank(matchKey(a.text)) < scaleRank(matchKey(b.text));
    });
    std::vector<std::string> out;
    for (const auto& v : values) out.push_back(v.text);
    return out;
}

std::string keyFigureSheetName(std::string_view language) { return language == "da" ? "Nøgletal" : "Key figures"; }

std::string uniqueSheetName(const std::string& base, const std::vector<std::string>& taken) {
    const auto isTaken = [&](const std::string& name) {
        const std::string key = matchKey(name);
        return std::any_of(taken.begin(), taken.end(), [&](const std::string& t) { return matchKey(t) == key; });
    };
    if (!isTaken(base)) return base;
    for (int n = 2;; ++n) {
        std::string candidate = base + " (" + std::to_string(n) + ")";
        if (!isTaken(candidate)) return candidate;
    }
}

// ---- Formulas over the data ---------------------------------------------------

namespace {

// The per-row expressions the figures are built from, as Calc formula text.
// Conditions are 0/1 arrays, meant to be multiplied inside SUMPRODUCT.
class DataFormulas {
public:
    DataFormulas(const KeyFigureInput& input, std::string referenceDate)
        : in_(input), data_(input.data), referenceDate_(std::move(referenceDate)) {}

    bool has(ColumnRole role) const { return data_.columns.has(role); }

    std::string range(ColumnRole role) const {
        return sheetColumn(data_.sheet, data_.firstColumn + data_.columns[role], data_.headerRow + 1, data_.lastRow);
    }

    bool hasGender() const { return has(ColumnRole::Gender) || has(ColumnRole::Cpr); }

    // Gender per row: the gender column, else the gender a CPR number gives.
    std::string gender() const {
        if (has(ColumnRole::Gender)) return range(ColumnRole::Gender);
        return "IFERROR(CPRGENDER(" + range(ColumnRole::Cpr) + ");\"\")";
    }
    // A computed gender is an array expression: an add-in function given it
    // must be an array formula, or Calc would pass it one row only.
    bool genderIsComputed() const { return !has(ColumnRole::Gender); }

    std::string isWoman() const { return isGender(Gender::Woman); }
    std::string isMan() const { return isGender(Gender::Man); }

    // A row that is not blank: some identifying column has something in it.
    std::string exists() const {
        std::vector<std::string> parts;
        for (ColumnRole role : {ColumnRole::EmployeeId, ColumnRole::Gender, ColumnRole::JobTitle,
                                ColumnRole::StaffCategory, ColumnRole::Pay})
            if (has(role)) parts.push_back(range(role));
        // The CPR column is read only where it is the source of gender.
        if (genderIsComputed()) parts.push_back(range(ColumnRole::Cpr));
        if (parts.empty()) return "1";
        // Compared one column at a time: joining the columns as text would
        // build 100,000 strings per column.
        for (auto& part : parts) part = "(" + part + "<>\"\")";
        return "((" + joined(parts, "+") + ")>0)";
    }

    // Top management is left out of the pay statistics (when the data has any).
    bool excludesTop() const {
        return has(ColumnRole::ManagementLevel) && in_.facts.hasTopManagementRows &&
               !in_.settings.topManagementLevels.empty();
    }
    std::string isTop() const {
        std::vector<std::string> tests;
        for (const auto& level : in_.settings.topManagementLevels)
            tests.push_back("(UPPER(TRIM(" + range(ColumnRole::ManagementLevel) + "))=UPPER(" + textLiteral(level) +
                            "))");
        return "((" + joined(tests, "+") + ")>0)";
    }
    std::string notTop() const { return excludesTop() ? "(1-" + isTop() + ")" : "1"; }

    // The gender column for the pay statistics: top management gets no gender
    // code, and every women/men figure leaves out rows without one. Pay and
    // amounts stay as they are, so an empty amount still means none.
    std::string payStatisticGender() const {
        if (!excludesTop()) return gender();
        return "IF(" + notTop() + ";" + gender() + ";\"\")";
    }
    // Arguments that are expressions need an array formula around the call.
    bool payNeedsArray() const { return excludesTop() || genderIsComputed(); }

    // Job titles for the pay statistics: top management rows get no title, so
    // they are in no group of PAYINDEXTABLE.
    std::string payTitles() const {
        if (!excludesTop()) return range(ColumnRole::JobTitle);
        return "IF(" + notTop() + ";" + range(ColumnRole::JobTitle) + ";\"\")";
    }
    // PAYINDEXTABLE's weights: the FTE column, or 1 per person without one.
    std::string payWeights() const {
        if (has(ColumnRole::Fte)) return range(ColumnRole::Fte);
        return "(1+0*ROW(" + range(ColumnRole::Pay) + "))";
    }

    std::string fteNumber() const {
        return "IF(ISNUMBER(" + range(ColumnRole::Fte) + ");" + range(ColumnRole::Fte) + ";0)";
    }

    bool hasAge() const { return has(ColumnRole::Age) || has(ColumnRole::BirthDate) || has(ColumnRole::Cpr); }

    // Age in [low, high) in completed years at the reference date; no bound as NaN.
    std::string ageBetween(double low, double high) const {
        std::vector<std::string> parts;
        if (has(ColumnRole::Age)) {
            const std::string a = range(ColumnRole::Age);
            parts.push_back("ISNUMBER(" + a + ")");
            if (!std::isnan(low)) parts.push_back("(" + a + ">=" + formatNumber(low, kFormulaDigits) + ")");
            if (!std::isnan(high)) parts.push_back("(" + a + "<" + formatNumber(high, kFormulaDigits) + ")");
        } else if (has(ColumnRole::BirthDate)) {
            // age >= n  <=>  born on or before the reference date n years back
            const std::string b = range(ColumnRole::BirthDate);
            parts.push_back("ISNUMBER(" + b + ")");
            if (!std::isnan(low)) parts.push_back("(" + b + "<=" + yearsBack(low) + ")");
            if (!std::isnan(high)) parts.push_back("(" + b + ">" + yearsBack(high) + ")");
        } else {
            const std::string age = cprAge();
            parts.push_back("(" + age + ">=" + (std::isnan(low) ? std::string("0") : formatNumber(low, kFormulaDigits)) + ")");
            if (!std::isnan(high)) parts.push_back("(" + age + "<" + formatNumber(high, kFormulaDigits) + ")");
        }
        return joined(parts, "*");
    }
    std::string ageKnown() const { return ageBetween(NAN, NAN); }

    // One FREQUENCY over the rows where `condition` holds counts every age
    // band in one pass: `upperBounds` are the bands' exclusive upper ages
    // (ascending); the result's first upperBounds.size() + 1 rows are the
    // bands. Other rows get the number kLeftOut, which only a last, extra bin
    // counts (placed in the bands' rows, that count is cut off): a numbers-only
    // array is about twice as fast for Calc as one mixed with "".
    std::string ageFrequency(const std::string& condition, const std::vector<double>& upperBounds) const {
        const std::string leftOut = "1E+307", lastBand = "1E+306";
        std::vector<std::string> bounds;
        for (double high : upperBounds) bounds.push_back(formatNumber(high, kFormulaDigits));
        if (has(ColumnRole::BirthDate) && !has(ColumnRole::Age)) {
            // age < high  <=>  born after the reference date `high` years back;
            // negated day numbers put the youngest first, as the bands are.
            const std::string b = range(ColumnRole::BirthDate);
            const std::string& d = referenceDate_;
            std::vector<std::string> isBound(bounds.size(), "1");
            isBound.push_back("0");
            bounds.push_back("0");
            const std::string bins = "IF({" + joined(isBound, ";") + "};-DATE(YEAR(" + d + ")-{" + joined(bounds, ";") +
                                     "};MONTH(" + d + ");DAY(" + d + "))-1;" + lastBand + ")";
            return "FREQUENCY(IF(" + condition + "*ISNUMBER(" + b + ");-INT(" + b + ");" + leftOut + ");" + bins + ")";
        }
        // completed years below `high`  <=>  INT(age) <= high - 1
        bounds.clear();
        for (double high : upperBounds) bounds.push_back(formatNumber(high - 1, kFormulaDigits));
        bounds.push_back(lastBand);
        const std::string bins = "{" + joined(bounds, ";") + "}";
        if (has(ColumnRole::Age)) {
            const std::string a = range(ColumnRole::Age);
            return "FREQUENCY(IF(" + condition + "*ISNUMBER(" + a + ");INT(" + a + ");" + leftOut + ");" + bins + ")";
        }
        const std::string age = cprAge();
        return "FREQUENCY(IF(" + condition + "*(" + age + ">=0);" + age + ";" + leftOut + ");" + bins + ")";
    }

private:
    std::string isGender(Gender which) const {
        std::vector<std::string> codes;
        for (std::string_view code : genderCodes(which)) codes.push_back(textLiteral(asciiUpper(code)));
        return "ISNUMBER(MATCH(UPPER(TRIM(" + gender() + "));{" + joined(codes, ";") + "};0))";
    }
    std::string yearsBack(double years) const {
        const std::string& d = referenceDate_;
        return "DATE(YEAR(" + d + ")-" + formatNumber(years, kFormulaDigits) + ";MONTH(" + d + ");DAY(" + d + "))";
    }
    std::string cprAge() const {
        return "IFERROR(CPRAGE(" + range(ColumnRole::Cpr) + ";" + referenceDate_ + ");-1)";
    }

    const KeyFigureInput& in_;
    const DataBlock& data_;
    std::string referenceDate_;
};

// ---- The sheet, section by section ------------------------------------------------

constexpr int kChartRows = 16;

class Planner {
public:
    explicit Planner(const KeyFigureInput& input)
        : in_(input), lang_(input.language), f_(input, absoluteCell(kReferenceDateRow, 1)) {}

    KeyFigurePlan plan() {
        heading();
        overview();
        if (f_.hasAge() && f_.hasGender()) ageDistribution();
        if (f_.has(ColumnRole::StaffCategory) && f_.hasGender()) categories();
        if (f_.has(ColumnRole::ManagementLevel) && f_.hasGender()) levels();
        if (f_.has(ColumnRole::Pay) && f_.has(ColumnRole::JobTitle) && f_.hasGender()) payIndex();
        if (f_.has(ColumnRole::Pay) && f_.hasGender()) payTransparency();
        if (in_.survey && !in_.survey->answers.empty()) survey();
        dataNotes();
        plan_.columnWidthsCm = {8.2, 2.5, 2.5, 2.5, 2.5, 2.5, 3.0};
        return std::move(plan_);
    }

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

    void heading() {
        text(0, 0, t({"Gender equality key figures", "Nøgletal for ligestilling"}), CellStyle::Title);
        text(1, 0, t({"Data", "Data"}), CellStyle::Label);
        const int first = in_.data.headerRow + 2, last = in_.data.lastRow + 1;
        text(1, 1, in_.data.sheet + ", " + t({"rows", "rækker"}) + " " + std::to_string(first) + "–" + std::to_string(last),
             CellStyle::Text);
        text(kReferenceDateRow, 0, t({"Reference date (ages)", "Opgørelsesdato (alder)"}), CellStyle::Label);
        number(kReferenceDateRow, 1, in_.referenceDate, CellStyle::Date);
        text(3, 0,
             in_.valuesOnly
                 ? t({"Values as computed when the sheet was made; \"–\" marks a figure the rules do not show.",
                      "Værdier som beregnet da arket blev lavet; \"–\" markerer et tal, som reglerne ikke viser."})
                 : t({"Every figure is a formula on the data; \"–\" marks a figure the rules do not show.",
                      "Alle tal er formler på data; \"–\" markerer et tal, som reglerne ikke viser."}),
             CellStyle::Note);
        row_ = 4;
    }

    void overview() {
        section({"Overview", "Overblik"});
        header({"", t({"Employees", "Antal"}), t({"Share", "Andel"}), t({"FTE", "Årsværk"})});
        const int women = row_, men = row_ + 1, other = row_ + 2, total = row_ + 3;
        const std::string totalCount = absoluteCell(total, 1);
        const bool fte = f_.has(ColumnRole::Fte);
        const auto line = [&](int row, const Label& label, const std::string& count, const std::string& fteSum) {
            text(row, 0, t(label), CellStyle::Label);
            formula(row, 1, count, CellStyle::Count);
            formula(row, 2, share(relativeCell(row, 1), totalCount), CellStyle::Percent);
            if (fte) formula(row, 3, fteSum, CellStyle::Decimal);
        };
        const std::string fteNumber = fte ? f_.fteNumber() : "";
        if (f_.hasGender()) {
            line(women, {"Women", "Kvinder"}, sumproduct(f_.isWoman()), sumproduct(f_.isWoman() + "*" + fteNumber));
            line(men, {"Men", "Mænd"}, sumproduct(f_.isMan()), sumproduct(f_.isMan() + "*" + fteNumber));
        } else {
            line(women, {"Women", "Kvinder"}, "\"–\"", "\"–\"");
            line(men, {"Men", "Mænd"}, "\"–\"", "\"–\"");
        }
        line(other, {"Other or unknown gender", "Andet eller ukendt køn"},
             absoluteCell(total, 1) + "-N(" + absoluteCell(women, 1) + ")-N(" + absoluteCell(men, 1) + ")",
             absoluteCell(total, 3) + "-N(" + absoluteCell(women, 3) + ")-N(" + absoluteCell(men, 3) + ")");
        line(total, {"All employees", "Alle medarbejdere"}, sumproduct(f_.exists()),
             "SUM(" + (fte ? f_.range(ColumnRole::Fte) : std::string("0")) + ")");
        overviewTotal_ = totalCount;
        overviewOther_ = absoluteCell(other, 1);
        row_ = total + 1;
    }

    // The age bands of AGEBAND with the default rules: <30, 30-39, ..., 60+.
    std::vector<std::pair<double, double>> ageBands() const {
        std::vector<std::pair<double, double>> bands{{NAN, rules::kAgeBandLowest}};
        for (double low = rules::kAgeBandLowest; low < rules::kAgeBandHighest; low += rules::kAgeBandWidth)
            bands.push_back({low, std::min(low + rules::kAgeBandWidth, rules::kAgeBandHighest)});
        bands.push_back({rules::kAgeBandHighest, NAN});
        return bands;
    }

    void ageDistribution() {
        section({"Age distribution", "Aldersfordeling"});
        const int top = row_;
        header({t({"Age", "Alder"}), t({"Women", "Kvinder"}), t({"Men", "Mænd"}), t({"All", "Alle"})});
        const auto bands = ageBands();
        std::vector<double> upperBounds;
        for (const auto& [low, high] : bands) {
            const double example = std::isnan(low) ? high - 1 : low;
            const Result<std::string> label = ageBand(example);
            text(row_, 0, label.ok() ? label.value() : "?", CellStyle::Label);
            if (!std::isnan(high)) upperBounds.push_back(high);
            ++row_;
        }
        // One pass over the data per column, not one per band.
        const int first = top + 1, count = static_cast<int>(bands.size());
        arrayFormula(first, 1, count, 1, f_.ageFrequency(f_.isWoman(), upperBounds), CellStyle::Count);
        arrayFormula(first, 2, count, 1, f_.ageFrequency(f_.isMan(), upperBounds), CellStyle::Count);
        arrayFormula(first, 3, count, 1, f_.ageFrequency(f_.exists(), upperBounds), CellStyle::Count);
        note(t({"Completed years at the reference date.", "Fyldte år på opgørelsesdatoen."}));
        chart("LigestatAge", t({"Age distribution by gender", "Aldersfordeling efter køn"}), top, row_ - 2,
              ChartKind::Columns);
    }

    void chart(const std::string& name, const std::string& title, int firstRow, int lastRow, ChartKind kind) {
        plan_.charts.push_back({name, title, firstRow, 0, lastRow, 2, row_, 0, kChartRows, 6, kind});
        row_ += kChartRows;
    }

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
    Helper helper(int firstRow, int rows, int cols, const std::string& call) {
        const Helper h{firstRow, rows, nextHelperColumn_};
        nextHelperColumn_ += cols + 1;
        for (int c = h.column; c <= h.column + cols; ++c) plan_.hiddenColumns.push_back(c);
        // No number format on the helper: in Calc 7.4 formatting an add-in's
        // array result while automatic calculation is off (as during the
        // generation) shows the first row's group text in its last column
        // until the next hard recalculation.
        if (rows > 0) arrayFormula(firstRow, h.column + 1, rows, cols, call, CellStyle::Text);
        return h;
    }
    // The helper row whose group (its first column) is the label in column A:
    // trimmed, any case, compared exactly (no wildcards or regular expressions).
    void lookUpRow(const Helper& h, int row) {
        formula(row, h.column,
                "MATCH(1;IFERROR(EXACT(UPPER(TRIM(" + h.range(0) + "));UPPER(TRIM(" + absoluteCell(row, 0) +
                    ")))*1;0);0)",
                CellStyle::Count, true);
    }
    // Column `col` of the helper row of visible row `row`; #N/A when the label is gone.
    static std::string pick(const Helper& h, int row, int col) {
        return "INDEX(" + h.range(col) + ";" + h.rowOf(row) + ")";
    }

    // The balance flag from the women and men counts of the row: GENDERBALANCE's rule.
    std::string balanceFlag(int row) const {
        const std::string women = relativeCell(row, 1), men = relativeCell(row, 2);
        const std::string both = "(" + women + "+" + men + ")";
        const std::string smaller = "MIN(" + women + ";" + men + ")/" + both;
        // the same slack as the rule's comparison (atLeast in core/src/rows.cpp)
        const auto atLeast = [&](double threshold) {
            return smaller + ">=" + formatNumber(threshold - 1e-9 * std::max(1.0, std::abs(threshold)), kFormulaDigits);
        };
        const auto word = [&](Balance b) { return textLiteral(lang_ == "da" ? balanceWord(b).da : balanceWord(b).en); };
        return "IF(" + both + ">0;IF(" + atLeast(in_.settings.balanceTarget) + ";" + word(Balance::Balanced) + ";IF(" +
               atLeast(in_.settings.balanceFloor) + ";" + word(Balance::BelowTarget) + ";" + word(Balance::Critical) +
               "));\"–\")";
    }

    // Women, men, all, shares and balance flag per value of a group column,
    // from one GENDERTABLE over the groups of at least `minCount` rows.
    void genderTable(ColumnRole role, const std::vector<DistinctValue>& values, double minCount,
                     const Label& groupLabel) {
        header({t(groupLabel), t({"Women", "Kvinder"}), t({"Men", "Mænd"}), t({"All", "Alle"}),
                t({"Women %", "Kvinder %"}), t({"Men %", "Mænd %"}), t({"Balance", "Balance"})});
        // GENDERTABLE columns: group, headcount, women, men, women share, men share.
        const Helper h = helper(row_, static_cast<int>(values.size()), 6,
                                "GENDERTABLE(" + f_.gender() + ";" + f_.range(role) + ";" + formatNumber(minCount, kFormulaDigits) + ")");
        for (const auto& value : values) {
            text(row_, 0, value.text, CellStyle::Label);
            lookUpRow(h, row_);
            formula(row_, 1, "IFNA(" + pick(h, row_, 2) + ";0)", CellStyle::Count);
            formula(row_, 2, "IFNA(" + pick(h, row_, 3) + ";0)", CellStyle::Count);
            formula(row_, 3, "IFNA(" + pick(h, row_, 1) + ";0)", CellStyle::Count);
            const std::string both = "(" + relativeCell(row_, 1) + "+" + relativeCell(row_, 2) + ")";
            formula(row_, 4, share(relativeCell(row_, 1), both), CellStyle::Percent);
            formula(row_, 5, share(relativeCell(row_, 2), both), CellStyle::Percent);
            formula(row_, 6, balanceFlag(row_), CellStyle::Text);
            ++row_;
        }
    }

    std::string balanceRule() const {
        const std::string target = percentText(in_.settings.balanceTarget);
        const std::string floor = percentText(in_.settings.balanceFloor);
        return lang_ == "da" ? "Balance: hvert køn mindst " + target + "; kritisk under " + floor + "."
                             : "Balance: each gender at least " + target + "; critical below " + floor + ".";
    }

    void categories() {
        section({"Gender by staff category", "Køn efter personalekategori"});
        std::vector<DistinctValue> shown;
        for (const auto& c : in_.facts.categories)
            if (c.rows >= in_.settings.minCategorySize) shown.push_back(c);
        const int top = row_;
        genderTable(ColumnRole::StaffCategory, shown, in_.settings.minCategorySize, {"Staff category", "Personalekategori"});
        categoryRows_ = {top + 1, row_ - 1};
        const std::string minimum = formatNumber(in_.settings.minCategorySize, kFormulaDigits);
        note((lang_ == "da" ? "Kategorier med færre end " + minimum + " medarbejdere vises ikke. "
                            : "Categories with fewer than " + minimum + " employees are not shown. ") +
             balanceRule());
        if (!shown.empty())
            chart("LigestatCategories", t({"Gender by staff category", "Køn efter personalekategori"}), top, row_ - 2,
                  ChartKind::PercentBars);
    }

    void levels() {
        section({"Gender by management level", "Køn efter ledelsesniveau"});
        genderTable(ColumnRole::ManagementLevel, in_.facts.levels, 0, {"Management level", "Ledelsesniveau"});
        note(balanceRule());
    }

    std::string topLevelsText() const { return joined(in_.settings.topManagementLevels, ", "); }

    void payIndex() {
        section({"Pay index by job title", "Lønindeks efter stillingsbetegnelse"});
        const bool fte = f_.has(ColumnRole::Fte);
        header({t({"Job title", "Stillingsbetegnelse"}),
                fte ? t({"Women FTE", "Årsværk kvinder"}) : t({"Women", "Kvinder"}),
                fte ? t({"Men FTE", "Årsværk mænd"}) : t({"Men", "Mænd"}), t({"Pay index", "Lønindeks"})});
        const int first = row_;
        // One PAYINDEXTABLE for all titles. Its columns: group, women FTE, men
        // FTE, women mean, men mean, index. The means stay in the hidden helper
        // (empty text where suppressed); the sheet shows FTE and index only.
        const Helper h = helper(row_, static_cast<int>(in_.facts.payTitles.size()), 6,
                                "PAYINDEXTABLE(" + f_.range(ColumnRole::Pay) + ";" + f_.gender() + ";" +
                                    f_.payWeights() + ";" + f_.payTitles() + ";" +
                                    formatNumber(in_.settings.minFtePerGender, kFormulaDigits) + ")");
        for (const auto& title : in_.facts.payTitles) {
            text(row_, 0, title.text, CellStyle::Label);
            lookUpRow(h, row_);
            const CellStyle amount = fte ? CellStyle::Decimal : CellStyle::Count;
            formula(row_, 1, "IFNA(" + pick(h, row_, 1) + ";0)", amount);
            formula(row_, 2, "IFNA(" + pick(h, row_, 2) + ";0)", amount);
            const std::string index = pick(h, row_, 5);
            formula(row_, 3, "IF(ISNUMBER(" + index + ");" + index + ";\"–\")", CellStyle::Decimal);
            ++row_;
        }
        if (row_ > first)
            plan_.bands.push_back({first, row_ - 1, 3, in_.settings.payIndexBandLow, in_.settings.payIndexBandHigh});
        payIndexRows_ = {first, row_ - 1};
        const std::string minimum = formatNumber(in_.settings.minFtePerGender, kFormulaDigits);
        const std::string low = formatNumber(in_.settings.payIndexBandLow, kFormulaDigits);
        const std::string high = formatNumber(in_.settings.payIndexBandHigh, kFormulaDigits);
        if (lang_ == "da") {
            note("Lønindeks = 100 × kvinders gennemsnitsløn / mænds" + std::string(fte ? ", vægtet med årsværk." : "."));
            note("\"–\": ikke vist, fordi kvinder eller mænd har under " + minimum +
                 (fte ? " årsværk" : " personer") + " i stillingen.");
            note("Målbåndet " + low + "–" + high + " er fremhævet.");
        } else {
            note("Pay index = 100 × women's mean pay / men's mean pay" + std::string(fte ? ", FTE-weighted." : "."));
            note("\"–\": not shown because women or men have less than " + minimum + (fte ? " FTE" : " people") +
                 " in the title.");
            note("The target band " + low + "–" + high + " is highlighted.");
        }
        topManagementNote();
    }

    void topManagementNote() {
        if (!f_.excludesTop()) return;
        note(lang_ == "da" ? "Topledelsen (" + topLevelsText() + ") indgår ikke i lønstatistikken."
                           : "Top management (" + topLevelsText() + ") is left out of the pay statistics.");
    }

    void payTransparency() {
        section({"EU pay transparency indicators", "EU-løngennemsigtighed: indikatorer"});
        header({t({"Indicator", "Indikator"}), t({"Value", "Værdi"})});
        const std::string gender = f_.payStatisticGender();
        const bool array = f_.payNeedsArray();
        const auto indicator = [&](const std::string& label, const std::string& figure, CellStyle style) {
            text(row_, 0, label, CellStyle::Label);
            formula(row_, 1, orDash(figure), style, array);
            ++row_;
        };
        const std::string pay = f_.range(ColumnRole::Pay);
        indicator(t({"Pay gap, mean (%)", "Løngab, gennemsnit (%)"}), "PAYGAP(" + pay + ";" + gender + ";\"mean\")",
                  CellStyle::Decimal);
        indicator(t({"Pay gap, median (%)", "Løngab, median (%)"}), "PAYGAP(" + pay + ";" + gender + ";\"median\")",
                  CellStyle::Decimal);
        const auto variablePay = [&](ColumnRole role, const Label& name) {
            if (!f_.has(role)) return;
            const std::string amount = f_.range(role);
            const std::string what = t(name);
            const bool da = lang_ == "da";
            indicator(what + (da ? ": gab, gennemsnit (%)" : ": gap, mean (%)"),
                      "VARPAYGAP(" + amount + ";" + gender + ";\"mean\")", CellStyle::Decimal);
            indicator(what + (da ? ": gab, median (%)" : ": gap, median (%)"),
                      "VARPAYGAP(" + amount + ";" + gender + ";\"median\")", CellStyle::Decimal);
            indicator(what + (da ? ": andel kvinder der modtager" : ": share of women receiving"),
                      "RECIPIENTSHARE(" + amount + ";" + gender + ";\"K\")", CellStyle::Percent);
            indicator(what + (da ? ": andel mænd der modtager" : ": share of men receiving"),
                      "RECIPIENTSHARE(" + amount + ";" + gender + ";\"M\")", CellStyle::Percent);
        };
        variablePay(ColumnRole::Allowance, {"Allowances", "Tillæg"});
        variablePay(ColumnRole::OneOffPayment, {"One-off payments", "Engangsvederlag"});
        ++row_;
        header({t({"Quartile pay band", "Lønkvartil"}), t({"Women", "Kvinder"}), t({"Men", "Mænd"})});
        const std::vector<Label> bands{{"Q1 (lowest pay)", "1. kvartil (laveste løn)"},
                                       {"Q2", "2. kvartil"},
                                       {"Q3", "3. kvartil"},
                                       {"Q4 (highest pay)", "4. kvartil (højeste løn)"}};
        for (std::size_t q = 0; q < bands.size(); ++q) text(row_ + static_cast<int>(q), 0, t(bands[q]), CellStyle::Label);
        arrayFormula(row_, 1, 4, 2, orDash("PAYQUARTILES(" + pay + ";" + gender + ")"), CellStyle::Percent);
        row_ += 4;
        note(t({"Pay gap = (men − women) / men × 100 (EU directive 2023/970, art. 9); positive: women are paid less.",
                "Løngab = (mænd − kvinder) / mænd × 100 (EU-direktiv 2023/970, art. 9); positivt: kvinder får mindre."}));
        note(t({"Gaps in allowances and one-off payments are among those who receive them.",
                "Gab i tillæg og engangsvederlag er blandt dem, der modtager dem."}));
        note(t({"Quartile pay bands: the share of women and of men among the workers in each quarter of the pay scale.",
                "Lønkvartiler: andelen af kvinder og af mænd blandt medarbejderne i hver fjerdedel af lønskalaen."}));
        topManagementNote();
    }

    void survey() {
        const SurveyBlock& s = *in_.survey;
        section({"Survey", "Spørgeskema"});
        header({t({"Answer", "Svar"}), t({"Answers", "Antal"}), t({"Share", "Andel"})});
        const std::string answers = sheetColumn(s.sheet, s.column, s.firstRow, s.lastRow);
        const int total = row_ + static_cast<int>(s.answers.size());
        for (const auto& answer : s.answers) {
            text(row_, 0, answer, CellStyle::Label);
            formula(row_, 1, sumproduct("UPPER(TRIM(" + answers + "))=UPPER(TRIM(" + absoluteCell(row_, 0) + "))"),
                    CellStyle::Count);
            formula(row_, 2, share(relativeCell(row_, 1), absoluteCell(total, 1)), CellStyle::Percent);
            ++row_;
        }
        text(row_, 0, t({"N (all answers)", "N (alle svar)"}), CellStyle::Header);
        formula(row_, 1, sumproduct("LEN(TRIM(" + answers + "))>0"), CellStyle::Count);
        ++row_;
        note((lang_ == "da" ? "Fra arket " : "From the sheet ") + s.sheet + ".");
    }

    void dataNotes() {
        section({"Data notes", "Noter om data"});
        header({t({"Rows left out", "Rækker udeladt"}), t({"Rows", "Rækker"}), t({"Why", "Hvorfor"})});
        const auto line = [&](const Label& what, const std::string& count, const Label& why) {
            text(row_, 0, t(what), CellStyle::Label);
            formula(row_, 1, count, CellStyle::Count);
            text(row_, 2, t(why), CellStyle::Note);
            ++row_;
        };
        const std::string exists = f_.exists();
        line({"Unknown or other gender", "Ukendt eller andet køn"}, overviewOther_,
             {"Left out of every women/men figure.", "Udeladt af alle tal for kvinder og mænd."});
        if (f_.has(ColumnRole::Pay))
            line({"Missing or text pay", "Manglende løn eller tekst"},
                 sumproduct(exists + "*NOT(ISNUMBER(" + f_.range(ColumnRole::Pay) + "))"),
                 {"Left out of the pay figures, never read as 0.", "Udeladt af lønstatistikken, aldrig læst som 0."});
        if (f_.has(ColumnRole::Fte)) {
            const std::string fte = f_.range(ColumnRole::Fte);
            line({"Missing, text or negative FTE", "Manglende, tekst eller negativt årsværk"},
                 sumproduct(exists + "*(1-ISNUMBER(" + fte + ")*(" + f_.fteNumber() + ">=0))"),
                 {"Not counted in FTE; a pay index with such rows shows \"–\".",
                  "Tæller ikke med i årsværk; et lønindeks med sådanne rækker viser \"–\"."});
        }
        if (f_.excludesTop())
            line({"Top management", "Topledelse"}, sumproduct(exists + "*" + f_.isTop()),
                 {"Left out of the pay statistics.", "Udeladt af lønstatistikken."});
        if (categoryRows_.first > 0) {
            const std::string shown = categoryRows_.second >= categoryRows_.first
                                          ? "-SUM(" + absoluteCell(categoryRows_.first, 3) + ":" +
                                                absoluteCell(categoryRows_.second, 3) + ")"
                                          : "";
            line({"Small or no staff category", "Lille eller ingen personalekategori"}, overviewTotal_ + shown,
                 {"Not shown by staff category (fewer than the minimum employees).",
                  "Vises ikke efter personalekategori (færre end minimum medarbejdere)."});
        }
        if (f_.hasAge())
            line({"Unknown age", "Ukendt alder"}, sumproduct(exists + "*(1-" + f_.ageKnown() + ")"),
                 {"Not in the age distribution.", "Indgår ikke i aldersfordelingen."});
        if (f_.has(ColumnRole::Cpr) && (!f_.has(ColumnRole::Gender) || !(f_.has(ColumnRole::Age) || f_.has(ColumnRole::BirthDate))))
            line({"Invalid CPR number", "Ugyldigt CPR-nummer"},
                 sumproduct(exists + "*(CPRVALID(" + f_.range(ColumnRole::Cpr) + ")=0)"),
                 {"Gender or age could not be read from it.", "Køn eller alder kunne ikke læses af det."});
        if (payIndexRows_.second >= payIndexRows_.first && payIndexRows_.first > 0)
            line({"Job titles without pay index", "Stillinger uden lønindeks"},
                 "COUNTIF(" + absoluteCell(payIndexRows_.first, 3) + ":" + absoluteCell(payIndexRows_.second, 3) +
                     ";\"–\")",
                 {"Too few women or men in the title (job titles, not rows).",
                  "For få kvinder eller mænd i stillingen (stillinger, ikke rækker)."});
        note(t({"No CPR number is copied to this sheet.", "Intet CPR-nummer er kopieret til dette ark."}));
    }

    const KeyFigureInput& in_;
    std::string lang_;
    DataFormulas f_;
    KeyFigurePlan plan_;
    int row_ = 0;
    int sectionNumber_ = 0;
    std::string overviewTotal_, overviewOther_;
    std::pair<int, int> categoryRows_{0, -1};
    std::pair<int, int> payIndexRows_{0, -1};
    int nextHelperColumn_ = kFirstHelperColumn;
};

}  // namespace

KeyFigurePlan planKeyFigures(const KeyFigureInput& input) { return Planner(input).plan(); }

}  // namespace ligestat
