#include "ligestat/settings.hpp"
#include "ligestat/text.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <sstream>

namespace ligestat {
namespace {

struct NumberSetting {
    const char* key;
    double Settings::*field;
};

// The one list of numeric settings and their property keys.
constexpr NumberSetting kNumbers[] = {
    {"minFtePerGender", &Settings::minFtePerGender}, {"payIndexBandLow", &Settings::payIndexBandLow},
    {"payIndexBandHigh", &Settings::payIndexBandHigh}, {"minCategorySize", &Settings::minCategorySize},
    {"balanceTarget", &Settings::balanceTarget},     {"balanceFloor", &Settings::balanceFloor},
};
constexpr const char* kTopManagementKey = "topManagementLevels";
constexpr const char* kColumnPrefix = "column.";
constexpr const char* kLastYearKey = "lastYearSheet";
constexpr const char* kModelFactorsKey = "modelFactors";

// A list stored as "a;b;c": its non-empty items, trimmed.
std::vector<std::string> listItems(const std::string& text) {
    std::vector<std::string> items;
    std::stringstream list(text);
    for (std::string item; std::getline(list, item, ';');) {
        const std::string trimmed(trimWhitespace(item));
        if (!trimmed.empty()) items.push_back(trimmed);
    }
    return items;
}

// The factors named in the list, each once, in the order of kModelFactors;
// a name this version does not know is ignored.
std::vector<ModelFactor> modelFactorsOf(const std::string& text) {
    std::vector<std::string> keys = listItems(text);
    for (auto& key : keys) std::transform(key.begin(), key.end(), key.begin(), [](unsigned char c) {
        return static_cast<char>(std::tolower(c));
    });
    std::vector<ModelFactor> factors;
    for (const auto& info : kModelFactors)
        if (std::find(keys.begin(), keys.end(), info.key) != keys.end()) factors.push_back(info.factor);
    return factors;
}

std::optional<double> parseNumber(const std::string& text) {
    double value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return value;
}

}  // namespace

std::map<std::string, std::string> toProperties(const Settings& settings) {
    std::map<std::string, std::string> properties;
    for (const auto& n : kNumbers) properties[n.key] = formatNumber(settings.*n.field);
    std::string levels;
    for (const auto& level : settings.topManagementLevels) levels += (levels.empty() ? "" : ";") + level;
    properties[kTopManagementKey] = levels;
    for (const auto& [role, header] : settings.columnHeaders) properties[kColumnPrefix + role] = header;
    if (settings.lastYearSheet) properties[kLastYearKey] = *settings.lastYearSheet;
    std::string factors;
    for (const auto& info : kModelFactors)
        if (settings.uses(info.factor)) factors += (factors.empty() ? "" : ";") + std::string(info.key);
    properties[kModelFactorsKey] = factors;
    return properties;
}

bool Settings::uses(ModelFactor factor) const {
    return std::find(modelFactors.begin(), modelFactors.end(), factor) != modelFactors.end();
}

Settings settingsFromProperties(const std::map<std::string, std::string>& properties) {
    Settings settings;
    for (const auto& n : kNumbers) {
        auto it = properties.find(n.key);
        if (it == properties.end()) continue;
        if (auto value = parseNumber(it->second)) settings.*n.field = *value;
    }
    if (auto it = properties.find(kTopManagementKey); it != properties.end()) {
        settings.topManagementLevels.clear();
        std::stringstream levels(it->second);
        for (std::string level; std::getline(levels, level, ';');)
            if (!level.empty()) settings.topManagementLevels.push_back(level);
    }
    if (auto it = properties.find(kLastYearKey); it != properties.end()) settings.lastYearSheet = it->second;
    if (auto it = properties.find(kModelFactorsKey); it != properties.end())
        settings.modelFactors = modelFactorsOf(it->second);
    for (const auto& [key, value] : properties) {
        if (key.rfind(kColumnPrefix, 0) != 0) continue;
        const std::string role = key.substr(std::string(kColumnPrefix).size());
        if (roleFromKey(role)) settings.columnHeaders[role] = value;
    }
    return settings;
}

}  // namespace ligestat
