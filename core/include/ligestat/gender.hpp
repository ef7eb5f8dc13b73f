#pragma once

#include "ligestat/cell.hpp"

namespace ligestat {

enum class Gender { Woman, Man, Other };

// The spec's gender codes, trimmed, any case: K/KVINDE/F/FEMALE/W/WOMAN and
// M/MAND/MALE/MAN. Everything else (empty, numbers, X, ?) is Other.
Gender parseGender(const Cell& cell);

}  // namespace ligestat
