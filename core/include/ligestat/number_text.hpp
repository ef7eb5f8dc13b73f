// Number-like text, read once for the whole extension (key-figures.md, "Data
// check"; style.md, "Parsing numbers and text once"): what a CSV opened with
// the import defaults leaves as text ("80 %", "kr. 41.963", "36.387 kr.",
// "41.963,50"), what a user types into a sidebar field ("0,4"), and what Calc
// hands a text parameter for a number cell ("45,5" or "45.5", "1E+308").
//
// Decided where the spec is silent:
// - The locale fixes the separators: Danish '.' groups thousands and ','
//   is the decimal mark; English the reverse. So "1.234" is 1234 in Danish and
//   1.234 in English. Space and no-break space also group thousands.
// - Groups must be whole: after the first group (1-3 digits) every group has
//   3 digits ("1.23.4" is no number), and a decimal mark appears at most once,
//   after the groups. Text that fits neither reading is no number, never a guess.
// - "%" at the end divides by 100 (a share, as Calc stores 80 %).
// - The currency words kr., kr, DKK, EUR and € are stripped at either end.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace ligestat {

enum class NumberLocale { Danish, English };

// "da"/"da-DK"/... is Danish, anything else English.
NumberLocale numberLocaleOf(std::string_view language);

// Text from an HR export in `locale`: std::nullopt unless the whole text
// (trimmed) is one number with the parts above.
std::optional<double> parseNumberText(std::string_view text, NumberLocale locale);

// A plain number as typed into a field or as Calc writes a number as text:
// sign, digits, one decimal mark ('.' or ','), optional exponent; no groups,
// no currency, no percent. Trimmed; std::nullopt unless finite.
std::optional<double> parsePlainNumber(std::string_view text);

// A number for a field the user edits: up to 15 significant digits, with the
// locale's decimal mark and no grouping ("0,4" in Danish).
std::string formatPlainNumber(double value, NumberLocale locale);

}  // namespace ligestat
