#pragma once

#include "ligestat/result.hpp"
#include "ligestat/rules.hpp"

#include <string>

namespace ligestat {

// AGEBAND: "<30", "30-39", ..., "60+" with the defaults. Labels name the whole
// ages inside a band; when width does not divide highest - lowest, the last
// band ends at highest - 1 ("60-64" for 30..65). A band of one age is "30-30".
Result<std::string> ageBand(double age, double width = rules::kAgeBandWidth,
                            double lowest = rules::kAgeBandLowest,
                            double highest = rules::kAgeBandHighest);

}  // namespace ligestat
