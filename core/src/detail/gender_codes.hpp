// The two halves of parseGender, so that hot loops can cache the slow one.
#pragma once

#include "ligestat/gender.hpp"

#include <optional>
#include <string_view>

namespace ligestat::detail {

// Fast path: the gender of a text that is ASCII after trimming, without any
// allocation; std::nullopt when the text needs Unicode folding (matchKey).
std::optional<Gender> genderOfAsciiText(std::string_view text);

// The gender of a matchKey (trimmed, case-folded) text.
Gender genderOfKey(std::string_view key);

}  // namespace ligestat::detail
