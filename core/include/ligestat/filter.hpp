#pragma once

#include "ligestat/cell.hpp"

#include <optional>

namespace ligestat {

// Optional group_range + group of the spec: only rows whose group cell equals
// `group` take part (text: matchKey-equal; numbers: equal values).
struct GroupFilter {
    const Range* groups = nullptr;  // nullptr: no filter
    Cell group;
};

}  // namespace ligestat
