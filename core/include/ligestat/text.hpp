// Text matching as HR users expect it: trimmed and Unicode case-insensitive.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ligestat {

// Trims Unicode white space at both ends and folds case (Boost.Locale/ICU),
// so that "  Læge " and "LÆGE" give the same key. ASCII takes a fast path.
std::string matchKey(std::string_view utf8);

// The words of a text, each a matchKey: runs of letters and digits, split at
// anything else ("Køn (K/M)" -> køn, k, m; "Løn i kr." -> løn, i, kr).
std::vector<std::string> matchWords(std::string_view utf8);

// The text without Unicode white space (the White_Space property, e.g. U+00A0
// no-break space) at either end; a view into `utf8`, no allocation.
std::string_view trimWhitespace(std::string_view utf8);

// A number as locale-independent text ("0.4", never "0,4"), for formulas and
// stored settings; 17 significant digits round-trip every double.
std::string formatNumber(double value, int significantDigits = 17);

}  // namespace ligestat
