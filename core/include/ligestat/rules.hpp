// The rules' default thresholds: the one place these numbers live. The add-in's
// optional arguments, the key-figure sheet and the sidebar all read them here.
#pragma once

namespace ligestat::rules {

inline constexpr double kMinFtePerGender = 3.0;     // pay index shown only above this
inline constexpr double kPayIndexBandLow = 95.0;    // target band for the pay index
inline constexpr double kPayIndexBandHigh = 105.0;
inline constexpr double kMinCategorySize = 8.0;     // staff categories shown only from this size
// EU pay transparency (directive 2023/970; analysis.md section 2):
inline constexpr double kMinPerGenderInCategory = 3.0;  // a category's gaps shown only from this many of each gender
inline constexpr double kJointAssessmentGap = 5.0;      // art. 10: a mean gap of 5 % either way needs an assessment
inline constexpr double kBalanceTarget = 0.40;      // each gender's share at least this
inline constexpr double kBalanceFloor = 0.10;       // below this: critical
inline constexpr double kAgeBandWidth = 10.0;
inline constexpr double kAgeBandLowest = 30.0;
inline constexpr double kAgeBandHighest = 60.0;
inline constexpr double kMinPlausibleAge = 15.0;   // the data check flags ages outside this range
inline constexpr double kMaxPlausibleAge = 75.0;
inline constexpr double kMinRegressionRows = 50.0;  // the explained pay gap needs this many rows used
inline constexpr double kMinStayersPerGender = 3.0;  // year on year: fewer stayers of a gender, no figure

}  // namespace ligestat::rules
