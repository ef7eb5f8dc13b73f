// Finding last year's staff list by the year in a sheet name (last_year.hpp).
#include "ligestat/last_year.hpp"

#include "ligestat/text.hpp"

#include <algorithm>

namespace ligestat {
namespace {

constexpr int kFirstYear = 1900, kLastYear = 2199;

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// A sheet name as its year and the rest (matchKey, spaces collapsed).
struct NameParts {
    std::optional<int> year;
    std::string rest;
};

std::string collapsedKey(const std::string& text) {
    std::string out;
    for (char c : matchKey(text)) {
        if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
        out += c;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

NameParts partsOf(const std::string& name) {
    NameParts parts;
    std::size_t yearAt = std::string::npos;
    for (std::size_t i = 0; i < name.size();) {
        if (!isDigit(name[i])) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < name.size() && isDigit(name[end])) ++end;
        if (end - i == 4) {
            const int year = std::stoi(name.substr(i, 4));
            if (year >= kFirstYear && year <= kLastYear) {
                parts.year = year;
                yearAt = i;
            }
        }
        i = end;
    }
    parts.rest = collapsedKey(yearAt == std::string::npos ? name : name.substr(0, yearAt) + name.substr(yearAt + 4));
    return parts;
}

}  // namespace

std::optional<std::string> previousYearSheet(const std::string& thisYear, const std::vector<std::string>& sheets) {
    const NameParts own = partsOf(thisYear);
    std::optional<std::string> sameName, onlyOther;
    int otherCount = 0, latest = 0;
    for (const std::string& sheet : sheets) {
        if (sheet == thisYear) continue;
        const NameParts other = partsOf(sheet);
        if (!other.year) continue;
        if (own.year) {
            if (*other.year != *own.year - 1) continue;
            if (other.rest == own.rest && !sameName) sameName = sheet;
            ++otherCount;
            onlyOther = sheet;
        } else if (other.rest == own.rest && *other.year > latest) {
            latest = *other.year;
            sameName = sheet;
        }
    }
    if (sameName) return sameName;
    if (otherCount == 1) return onlyOther;
    return std::nullopt;
}

std::optional<std::string> lastYearSheet(const Settings& settings, const std::string& thisYear,
                                         const std::vector<std::string>& sheets) {
    if (settings.lastYearSheet) {
        const std::string& chosen = *settings.lastYearSheet;
        if (chosen.empty()) return std::nullopt;
        if (chosen != thisYear && std::find(sheets.begin(), sheets.end(), chosen) != sheets.end()) return chosen;
    }
    return previousYearSheet(thisYear, sheets);
}

}  // namespace ligestat
