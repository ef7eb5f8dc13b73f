// Where the data sits on a sheet: the header row and the column of each role,
// with the user's overrides from the workbook settings applied.
#pragma once

#include "ligestat/cell.hpp"
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

// ---- The end of the data (key-figures.md, "Input: an HR sheet") ----------------

// A row below the employees that is not one: a totals or subtotal row ("I alt",
// "Total", "Sum", "Subtotal", "I alt for ...", or numbers that equal the sums
// of the rows above with nothing identifying a person) or a footnote ("* incl.
// ...", "Note: ...", "Kilde: ...").
enum class TrailingKind { Totals, Footnote };
struct TrailingRow {
    std::size_t row;  // index into the rows given (0 = first row below the header)
    TrailingKind kind;
    friend bool operator==(const TrailingRow&, const TrailingRow&) = default;
};

// Where the employees end: `rows` are the rows below the header (columns as in
// `columns`). Only rows at the end are looked at, from the bottom up (blank
// rows skipped): the first row that is neither ends the search, so a row in the
// middle of the data is never taken away.
struct DataEnd {
    std::size_t dataRows = 0;            // rows 0..dataRows-1 are the data block
    std::vector<TrailingRow> leftOut;    // bottom-up order
};
DataEnd findDataEnd(const Range& rows, const ColumnMap& columns);

// "row 64 looks like a totals row: left out" ("da" or "en"); `sheetRow` 1-based.
std::string leftOutSentence(TrailingKind kind, long sheetRow, std::string_view language);

}  // namespace ligestat
