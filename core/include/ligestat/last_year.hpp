// Which sheet of the workbook holds last year's staff list (analysis.md §3:
// "another sheet of the same workbook chosen in the sidebar, or found by a
// year in its name"). The sidebar preselects it and the key-figure command
// uses it without a sidebar; both ask lastYearSheet.
//
// Decided where the spec is silent:
// - A year is a run of exactly four digits from 1900 to 2199 (the last such
//   run when a name has several); "20255" and "0825" are no years.
// - "Medarbejdere 2026" pairs with the sheet of the same name (trimmed, any
//   case, runs of spaces as one) carrying 2025; failing that, with the one
//   sheet of any name carrying 2025 (two such: no guess).
// - A list named without a year ("Medarbejdere", the live list) pairs with
//   the latest copy of its name carrying a year ("Medarbejdere 2025").
#pragma once

#include "ligestat/settings.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ligestat {

// The sheet among `sheets` the rule above finds for `thisYear`, never `thisYear` itself.
std::optional<std::string> previousYearSheet(const std::string& thisYear, const std::vector<std::string>& sheets);

// The user's choice (Settings::lastYearSheet) when it names another sheet of
// the workbook, none when the user chose none, else previousYearSheet.
std::optional<std::string> lastYearSheet(const Settings& settings, const std::string& thisYear,
                                         const std::vector<std::string>& sheets);

}  // namespace ligestat
