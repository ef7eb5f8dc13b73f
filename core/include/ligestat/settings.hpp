// The user's choices for one workbook: rule thresholds and column overrides.
// The sidebar writes them, the key-figure sheet reads them; the add-in stores
// them in the document as text properties named by kSettingsPrefix + key.
#pragma once

#include "ligestat/columns.hpp"
#include "ligestat/model_factors.hpp"
#include "ligestat/rules.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ligestat {

inline constexpr const char* kSettingsPrefix = "Ligestat.";

struct Settings {
    double minFtePerGender = rules::kMinFtePerGender;
    double payIndexBandLow = rules::kPayIndexBandLow;
    double payIndexBandHigh = rules::kPayIndexBandHigh;
    double minCategorySize = rules::kMinCategorySize;
    double balanceTarget = rules::kBalanceTarget;
    double balanceFloor = rules::kBalanceFloor;
    // Management levels left out of pay statistics (matched by matchKey).
    std::vector<std::string> topManagementLevels{"Direktion", "Afdelingschef"};
    // Header text chosen by the user per role key ("" = cleared by the user);
    // a role not in the map is detected automatically.
    std::map<std::string, std::string> columnHeaders;
    // Last year's staff list (analysis.md §3): the sheet the user chose, ""
    // when the user chose none; absent: found by the year in the sheet names
    // (lastYearSheet in last_year.hpp).
    std::optional<std::string> lastYearSheet;
    // The factors of the explained pay gap the user chose (every one by default).
    std::vector<ModelFactor> modelFactors{ModelFactor::Age, ModelFactor::YearsOfService, ModelFactor::JobTitle,
                                          ModelFactor::ManagementLevel, ModelFactor::Education};

    bool uses(ModelFactor factor) const;
};

// key -> text, e.g. {"minFtePerGender", "3"}, {"column.pay", "Månedsløn"},
// {"topManagementLevels", "Direktion;Afdelingschef"}, {"lastYearSheet", "Medarbejdere 2025"},
// {"modelFactors", "age;job_title"}.
std::map<std::string, std::string> toProperties(const Settings& settings);
// Unknown keys are ignored; unreadable numbers keep their default.
Settings settingsFromProperties(const std::map<std::string, std::string>& properties);

}  // namespace ligestat
