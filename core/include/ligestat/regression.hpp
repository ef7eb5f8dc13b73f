// The explained and unexplained pay gap (functions.md, "Explained pay gap";
// method in analysis.md §1): Logib's standard analysis model, a log-linear
// least-squares regression of full-time-equivalent pay with a women dummy.
//
// Decisions the spec leaves open, made here:
// - `pay`, `gender` and `fte` are one column of the same rows; the factor
//   ranges have those rows and one column per factor. Anything else: BadInput.
// - A row is used when it passes the shared row rules (detail/rows.hpp: gender
//   a women or men code, pay a number, FTE a number) and pay > 0, FTE > 0,
//   every numeric factor a number and every category factor non-blank. A NaN
//   or infinite pay or factor on such a row is BadInput, like a bad FTE.
// - "Rows left out" counts the rows with a non-empty pay or gender cell that
//   are not used: a header row counts, the empty tail of a whole-column
//   reference does not.
// - Category dummies come in first-seen order of their values; the reference
//   (the most frequent value, ties: the first seen) gets none.
// - A category factor with more than kAbsorbedLevels values is not turned into
//   dummies: the one with the most values is absorbed by demeaning within its
//   groups (Frisch–Waugh–Lovell), which gives lm()'s figures without a dense
//   rows x levels matrix. Degrees of freedom count its levels. One case
//   differs from lm(): a factor that is constant within every absorbed group
//   is dropped here, where lm() keeps it and drops one of the absorbed
//   factor's dummies instead; the women figures and the total explained part
//   are the same, only the split between those two factors differs.
// - A share of a raw gap of exactly 0 is not a number: NotAvailable there.
#pragma once

#include "ligestat/bilingual.hpp"
#include "ligestat/cell.hpp"
#include "ligestat/result.hpp"

#include <array>
#include <cstddef>
#include <optional>
#include <vector>

namespace ligestat {

// The data arguments all four functions share.
struct RegressionData {
    const Range* pay = nullptr;              // required
    const Range* gender = nullptr;           // required
    const Range* numericFactors = nullptr;   // optional, one column per factor
    const Range* categoryFactors = nullptr;  // optional, one column per factor
    const Range* fte = nullptr;              // optional
};

// Logib's rating of the adjusted gap.
enum class PayGapRating {
    NotSignificant,   // p > 0.05
    WithinTarget,     // |k| <= 2.5 %
    WithinLimit,      // 2.5 % < |k| <= 5 %
    AboveLimit,       // |k| > 5 %
};

// PAYREGRESSION's figures (ADJUSTEDPAYGAP is adjustedGap).
struct PayRegression {
    double adjustedGap = 0;        // -100 k, k = exp(c - se^2/2) - 1 (Kennedy)
    double womenCoefficient = 0;   // c
    double standardError = 0;      // se of c
    double t = 0;
    double pValue = 0;             // two-sided Student-t
    double degreesOfFreedom = 0;   // rows used - rank
    double rSquared = 0;
    std::size_t rowsUsed = 0;
    std::size_t womenUsed = 0;
    std::size_t menUsed = 0;
    std::size_t rowsLeftOut = 0;
    PayGapRating rating = PayGapRating::NotSignificant;
};
Result<PayRegression> payRegression(const RegressionData& data);

// PAYREGRESSION's labels, in the order of its 12 rows.
inline constexpr std::array<Text, 12> kPayRegressionLabels{{
    {"Adjusted pay gap (%)", "Justeret lønforskel (%)"},
    {"Women coefficient", "Koefficient for kvinder"},
    {"Standard error", "Standardfejl"},
    {"t", "t"},
    {"p-value", "p-værdi"},
    {"Degrees of freedom", "Frihedsgrader"},
    {"R²", "R²"},
    {"Rows used", "Rækker brugt"},
    {"Women used", "Kvinder brugt"},
    {"Men used", "Mænd brugt"},
    {"Rows left out", "Rækker udeladt"},
    {"Rating", "Vurdering"},
}};

// The rating in words (Logib's four verdicts).
inline Text payGapRatingText(PayGapRating rating) {
    switch (rating) {
        case PayGapRating::NotSignificant: return {"not significant", "ikke signifikant"};
        case PayGapRating::WithinTarget: return {"within the 2.5 % target", "inden for målet på 2,5 %"};
        case PayGapRating::WithinLimit: return {"above the target, within the 5 % limit",
                                                "over målet, inden for grænsen på 5 %"};
        case PayGapRating::AboveLimit: return {"above the 5 % limit", "over grænsen på 5 %"};
    }
    return {"", ""};
}

// |k| cut down to three decimals and compared with Logib's 2.5 % and 5 %.
PayGapRating ratePayGap(double kennedy, double pValue);

// PAYGAPDECOMPOSITION: twofold Oaxaca–Blinder with the model's pooled
// coefficients, in log points x 100. Shares are of the raw gap.
struct DecompositionPart {
    double logPoints = 0;           // x 100
    std::optional<double> share;    // nullopt when the raw gap is 0
};
struct PayGapDecomposition {
    DecompositionPart raw;
    DecompositionPart explained;
    DecompositionPart unexplained;
    std::vector<DecompositionPart> numericFactors;   // one per column
    std::vector<DecompositionPart> categoryFactors;  // one per column
};
Result<PayGapDecomposition> payGapDecomposition(const RegressionData& data);

// PAYGAPDECOMPOSITION's row labels: the three totals, then "numeric factor 1"..
// and "category factor 1".. (number counted from 1).
inline constexpr std::array<Text, 3> kDecompositionLabels{{
    {"Raw gap", "Rå forskel"},
    {"Explained", "Forklaret"},
    {"Unexplained", "Uforklaret"},
}};
inline constexpr Text kNumericFactorLabel{"numeric factor", "talfaktor"};
inline constexpr Text kCategoryFactorLabel{"category factor", "kategorifaktor"};

// EXPECTEDPAY: per row of `pay`, exp(fitted y) of the model without the women
// dummy on the same rows; nullopt for a row not used.
Result<std::vector<std::optional<double>>> expectedPay(const RegressionData& data);

}  // namespace ligestat
