// The definitions of the pay figures (functions.md, "Pay"), shared by the pay
// functions and the EU pay transparency functions (functions.md, "EU pay
// transparency"), so that each figure has one definition: PAYGAP's gap and
// PAYQUARTILES' band rule are the directive's art. 9 (a)-(d) and (f).
#pragma once

#include "ligestat/gender.hpp"
#include "ligestat/pay.hpp"
#include "ligestat/result.hpp"

#include <vector>

namespace ligestat::detail {

// The mean of a non-empty list.
double meanOf(const std::vector<double>& values);
// The middle value, or the mean of the two middle values for an even count
// (reorders `values`; non-empty).
double medianOf(std::vector<double>& values);

// (men - women) / men x 100 of the chosen statistic (PAYGAP). NotAvailable
// with no women or no men, or a men's figure of 0; BadInput on overflow.
// Reorders the vectors (median by nth_element).
Result<double> gapBetween(std::vector<double>& women, std::vector<double>& men, Statistic statistic);

struct RankedPay {
    double pay;
    Gender gender;
};

// PAYQUARTILES' shares of women and men per band (UK regulation 13 ties).
// NotAvailable below 4 people ranked (a band would be empty). Sorts `ranked`.
Result<QuartileShares> quartileSharesOf(std::vector<RankedPay>& ranked);

}  // namespace ligestat::detail
