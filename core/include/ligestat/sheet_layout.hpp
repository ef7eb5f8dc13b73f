// Where the data sits on a sheet: the header row and the column of each role,
// with the user's overrides from the workbook settings applied.
#pragma once

#include "ligestat/columns.hpp"
#include "ligestat/settings.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ligestat {

inline constexpr std::size_t kHeaderSearchRows = 20;  // the header is looked for in these top rows
inline constexpr int kMinRecognisedHeaders = 2;       // fewer is taken as "no header row"

// The row (index into `rows`) naming the most roles, the first on a tie;
// std::nullopt when no row names kMinRecognisedHeaders roles.
std::optional<std::size_t> findHeaderRow(const std::vector<std::vector<std::string>>& rows);

// detectColumns, then the user's choices: a header chosen for a role takes
// the first column with that header (trimmed, any case); a cleared choice ("")
// leaves the role without a column; a chosen header that is no longer on the
// sheet falls back to detection. A column plays one role: a column taken by
// a user's choice is removed from any role that only detection gave it.
ColumnMap resolveColumns(const std::vector<std::string>& headers, const Settings& settings);

}  // namespace ligestat
