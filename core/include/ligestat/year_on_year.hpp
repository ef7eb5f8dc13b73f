// This year against last year (functions.md, "This year against last year";
// method in analysis.md §3): staff flows, pay development, the allowance round
// and promotions, from two staff lists matched on the employee id.
//
// Shared rules (detail::pairYears decides the matching, detail/rows.hpp the
// rest of which rows take part):
// - Ids are text or numbers, trimmed, any case; a number matches the same
//   number written as text (" 1005 " = 1005). A text keeps its leading zeros:
//   "01005" is not 1005 (two employees may differ only there). A duplicate
//   non-blank id in either list is BadInput; a row with a blank id takes no
//   part at all, not even in a headcount.
// - Gender and group come from this year's list (the `gender`/`group_range`
//   arguments have this year's shape); only leavers are counted by last
//   year's gender.
// - Privacy (rules::kMinStayersPerGender): a gender with fewer than 3 stayers
//   taking part shows its stayer count only; its pay, allowance and promotion
//   figures are suppressed (they would describe one or two people). Staff
//   flows are headcounts, shown like GENDERTABLE's, and not suppressed.
// - A stayer whose numbers a figure needs are empty or text (either year) is
//   left out of that figure; text or negative FTE on such a row is BadInput.
#pragma once

#include "ligestat/bilingual.hpp"
#include "ligestat/cell.hpp"
#include "ligestat/filter.hpp"
#include "ligestat/result.hpp"
#include "ligestat/rules.hpp"

#include <array>
#include <optional>

namespace ligestat {

// Row labels of the four results, in the office's UI language.
inline constexpr std::array<Text, 4> kFlowRowLabels{
    Text{"Women", "Kvinder"}, Text{"Men", "Mænd"}, Text{"Other/unknown", "Andet/ukendt"}, Text{"All", "I alt"}};

// STAFFFLOWS: rows women, men, other/unknown, all.
struct FlowRow {
    double lastYear = 0;  // last year's headcount (last year's gender)
    double leavers = 0;   // in last year's list only (last year's gender)
    double joiners = 0;   // in this year's list only
    double thisYear = 0;  // this year's headcount
};
using StaffFlows = std::array<FlowRow, 4>;
Result<StaffFlows> staffFlows(const Range& idNow, const Range& genderNow, const Range& idBefore,
                              const Range& genderBefore);

// PAYDEVELOPMENT, rows women, men: the per-person change of FTE pay in %.
struct PayDevelopmentRow {
    double stayers = 0;       // with pay > 0 (and FTE > 0 when given) in both years
    bool suppressed = true;   // fewer than kMinStayersPerGender: no figure below shown
    double meanChange = 0;    // %
    double medianChange = 0;  // %
    double shareIncreased = 0;
};
// fteNow/fteBefore: both or neither (one alone is BadInput: half an FTE
// correction would compare FTE pay with head pay).
Result<std::array<PayDevelopmentRow, 2>> payDevelopment(const Range& idNow, const Range& payNow,
                                                        const Range& idBefore, const Range& payBefore,
                                                        const Range& gender, const Range* fteNow,
                                                        const Range* fteBefore, const GroupFilter& filter);

// ALLOWANCEROUND, rows women, men: who got a new or larger permanent
// allowance (this year > last year; empty = 0).
struct AllowanceRoundRow {
    double stayers = 0;
    bool suppressed = true;
    double recipients = 0;
    double share = 0;
    std::optional<double> meanIncrease;  // among recipients; none without one
};
Result<std::array<AllowanceRoundRow, 2>> allowanceRound(const Range& idNow, const Range& allowanceNow,
                                                        const Range& idBefore, const Range& allowanceBefore,
                                                        const Range& gender, const GroupFilter& filter);

// PROMOTIONS, rows women, men. `levels` lists level names from the highest
// down (any shape, read row by row; blank entries ignored, a repeated level
// keeps its first rank; no level at all is BadInput). Levels compare like
// ids. A level not in the list ranks below every listed one.
struct PromotionRow {
    double stayers = 0;
    bool suppressed = true;
    double promoted = 0;
    double share = 0;
};
Result<std::array<PromotionRow, 2>> promotions(const Range& idNow, const Range& levelNow, const Range& idBefore,
                                               const Range& levelBefore, const Range& gender, const Range& levels);

}  // namespace ligestat
