#include "ligestat/settings.hpp"
#include "ligestat/text.hpp"

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
    return properties;
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
    for (const auto& [key, value] : properties) {
        if (key.rfind(kColumnPrefix, 0) != 0) continue;
        const std::string role = key.substr(std::string(kColumnPrefix).size());
        if (roleFromKey(role)) settings.columnHeaders[role] = value;
    }
    return settings;
}

}  // namespace ligestat
