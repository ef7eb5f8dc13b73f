// Reading the workbook for the key-figure sheet (key-figures.md, "Input: an HR
// sheet"): the distinct categories, levels and job titles that decide which
// rows the tables have, survey answers, and the sheet's name.
#include "keyfigures/formulas.hpp"

#include "ligestat/text.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <unordered_map>

namespace ligestat {

using keyfigures::cellText;

namespace {

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

bool isBlankCell(const Cell& cell) { return cellText(cell).empty(); }

// Whether some row has a CPR number and a blank cell of `role` (always, for a missing column).
bool blankWithCpr(const Range& data, const ColumnMap& columns, ColumnRole role) {
    const int cpr = columns[ColumnRole::Cpr], own = columns[role];
    if (cpr < 0 || static_cast<std::size_t>(cpr) >= data.cols) return false;
    if (own < 0 || static_cast<std::size_t>(own) >= data.cols) return true;
    for (std::size_t r = 0; r < data.rows; ++r)
        if (isBlankCell(data.cells[r * data.cols + static_cast<std::size_t>(own)]) &&
            !isBlankCell(data.cells[r * data.cols + static_cast<std::size_t>(cpr)]))
            return true;
    return false;
}

void markBlanksWithCpr(const Range& data, const ColumnMap& columns, DataFacts& facts) {
    facts.blankGenderWithCpr = blankWithCpr(data, columns, ColumnRole::Gender);
    facts.blankBirthDateWithCpr = blankWithCpr(data, columns, ColumnRole::BirthDate);
    facts.blankAgeWithCpr = blankWithCpr(data, columns, ColumnRole::Age);
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

    markBlanksWithCpr(data, columns, facts);
    facts.payTitles = distinctValues(data, columns[ColumnRole::JobTitle], [&](std::size_t r) { return !top[r]; });
    std::stable_sort(facts.payTitles.begin(), facts.payTitles.end(), mostRowsFirst);
    facts.jobTitles = distinctValues(data, columns[ColumnRole::JobTitle], all);
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

}  // namespace ligestat
