// Pay statistics of the spec (functions.md, "Pay").
//
// Shared rules of every function here (decided where the spec is silent):
// - A row takes part when it passes the group filter, its gender is a women
//   or men code, and its pay/amount is a number. Only then are its FTE and
//   numbers checked: text or negative FTE -> BadInput; an empty FTE leaves
//   the row out (an empty number is never read as 0); NaN/inf -> BadInput.
// - Group filter: an empty or blank `group` selects empty or blank cells.
// - Thresholds (min_fte) must be finite and >= 0, else BadInput; sums are
//   compared with a 1e-9 relative slack (10 x 0.3 FTE counts as 3).
// - A figure that divides by a men's mean/median of 0 is NotAvailable; one
//   that overflows (pays near 1e308) is BadInput.
#pragma once

#include "ligestat/cell.hpp"
#include "ligestat/filter.hpp"
#include "ligestat/result.hpp"
#include "ligestat/rules.hpp"

#include <array>
#include <string>
#include <vector>

namespace ligestat {

enum class Statistic { Mean, Median };

// "mean"/"gennemsnit"/"median", trimmed, any case; empty or absent = Mean.
Result<Statistic> parseStatistic(const Cell& cell);

// PAYINDEX: 100 x women's mean / men's mean, FTE-weighted when fte != nullptr.
// #N/A when a gender's FTE sum (or headcount without fte) is below minFte.
Result<double> payIndex(const Range& pay, const Range& gender, const Range* fte,
                        const GroupFilter& filter, double minFte = rules::kMinFtePerGender);

// PAYGAP: (men - women) / men x 100 on person-level pay.
Result<double> payGap(const Range& pay, const Range& gender, Statistic statistic,
                      const GroupFilter& filter);

// VARPAYGAP: PAYGAP over rows whose amount is > 0 only.
Result<double> variablePayGap(const Range& amount, const Range& gender, Statistic statistic,
                              const GroupFilter& filter);

// RECIPIENTSHARE: share of `sex` with amount > 0 among those of `sex` whose
// amount is a number or empty (empty counts as 0).
Result<double> recipientShare(const Range& amount, const Range& gender, const Cell& sex,
                              const GroupFilter& filter);

// PAYQUARTILES: rows = pay bands low..high, columns = {women share, men share}.
// NotAvailable with fewer than 4 women and men ranked (a band would be empty).
using QuartileShares = std::array<std::array<double, 2>, 4>;
Result<QuartileShares> payQuartiles(const Range& pay, const Range& gender);

// PAYINDEXTABLE: one row per distinct group, first-seen order. Empty and blank
// group cells are no group; a group none of whose rows has a number as pay is
// not listed, nor a header-like first row (detail::firstRowIsHeader); a group
// with pay but no women or men is listed with 0 FTE, suppressed. BadInput if
// any figure overflows.
struct PayIndexRow {
    Cell group;                    // as first seen
    double womenFte = 0;
    double menFte = 0;
    bool suppressed = true;        // true: means and index must not be shown
    double womenMean = 0;
    double menMean = 0;
    double index = 0;
};
Result<std::vector<PayIndexRow>> payIndexTable(const Range& pay, const Range& gender,
                                               const Range& fte, const Range& groups,
                                               double minFte = rules::kMinFtePerGender);

}  // namespace ligestat
