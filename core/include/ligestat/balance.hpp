// Gender shares and balance flags (functions.md, "Gender balance").
#pragma once

#include "ligestat/bilingual.hpp"
#include "ligestat/cell.hpp"
#include "ligestat/filter.hpp"
#include "ligestat/result.hpp"
#include "ligestat/rules.hpp"

#include <vector>

namespace ligestat {

// Rows take part as in pay.hpp (group filter, women/men codes, FTE rules).

// GENDERSHARE: share of `sex` among women + men, FTE-weighted with fte.
// An empty `sex` is the default "K"; any other non-code is BadInput.
// NotAvailable with no women and no men, or when all their FTE are 0.
Result<double> genderShare(const Range& gender, const Cell& sex, const Range* fte,
                           const GroupFilter& filter);

enum class Balance { Balanced, BelowTarget, Critical };

// The flag as shown in a cell, English and Danish (UTF-8): GENDERBALANCE's
// result and the key-figure sheet's balance column.
inline Text balanceWord(Balance balance) {
    switch (balance) {
        case Balance::Balanced: return {"balanced", "balanceret"};
        case Balance::BelowTarget: return {"below target", "under mål"};
        case Balance::Critical: break;
    }
    return {"critical", "kritisk"};
}

// GENDERBALANCE: 0 <= floor <= target <= 0.5, else BadInput (no data can give
// both genders more than half, so a target above 0.5 could never be met).

Result<Balance> genderBalance(const Range& gender, const Range* fte, const GroupFilter& filter,
                              double target = rules::kBalanceTarget,
                              double floor = rules::kBalanceFloor);

struct GenderTableRow {
    Cell group;
    double headcount = 0;  // all genders
    double women = 0;
    double men = 0;
    double womenShare = 0;  // of women + men; 0 when there are neither
    double menShare = 0;
};
// GENDERTABLE: groups with headcount >= minCount (finite, >= 0, else
// BadInput); empty and blank group cells are no group.
Result<std::vector<GenderTableRow>> genderTable(const Range& gender, const Range& groups,
                                                double minCount = rules::kMinCategorySize);

}  // namespace ligestat
