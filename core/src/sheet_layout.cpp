#include "ligestat/sheet_layout.hpp"

#include "ligestat/text.hpp"

namespace ligestat {

std::optional<std::size_t> findHeaderRow(const std::vector<std::vector<std::string>>& rows) {
    std::optional<std::size_t> best;
    int bestCount = kMinRecognisedHeaders - 1;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const int count = countRecognisedHeaders(rows[r]);
        if (count > bestCount) {
            best = r;
            bestCount = count;
        }
    }
    return best;
}

namespace {

int columnWithHeader(const std::vector<std::string>& headers, const std::string& header) {
    const std::string wanted = matchKey(header);
    for (std::size_t c = 0; c < headers.size(); ++c)
        if (matchKey(headers[c]) == wanted) return static_cast<int>(c);
    return -1;
}

}  // namespace

ColumnMap resolveColumns(const std::vector<std::string>& headers, const Settings& settings) {
    const ColumnMap detected = detectColumns(headers);
    ColumnMap resolved = detected;
    std::array<bool, kColumnRoleCount> chosen{};
    for (const auto& [key, header] : settings.columnHeaders) {
        const auto role = roleFromKey(key);
        if (!role) continue;
        const int column = header.empty() ? -1 : columnWithHeader(headers, header);
        if (!header.empty() && column < 0) continue;  // stale choice: keep what detection found
        resolved[*role] = column;
        chosen[static_cast<std::size_t>(*role)] = true;
    }
    // A column the user gave to a role is no longer available to detection.
    for (std::size_t r = 0; r < kColumnRoleCount; ++r) {
        if (chosen[r] || resolved.column[r] < 0) continue;
        for (std::size_t other = 0; other < kColumnRoleCount; ++other)
            if (chosen[other] && resolved.column[other] == resolved.column[r]) resolved.column[r] = -1;
    }
    return resolved;
}

}  // namespace ligestat
