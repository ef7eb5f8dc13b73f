#pragma once

#include "ligestat/cell.hpp"

#include <string_view>
#include <vector>

namespace ligestat {

enum class Gender { Woman, Man, Other };

// The spec's gender codes, trimmed, any case: K/KVINDE/F/FEMALE/W/WOMAN and
// M/MAND/MALE/MAN. Everything else (empty, numbers, X, ?) is Other.
Gender parseGender(const Cell& cell);

// The codes parseGender accepts for a gender, in matchKey form (lower case):
// for formulas that must recognise the same codes as the functions do.
std::vector<std::string_view> genderCodes(Gender gender);

}  // namespace ligestat
