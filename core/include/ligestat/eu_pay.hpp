// EU pay transparency functions (functions.md, "EU pay transparency"; method
// in analysis.md section 2): the directive 2023/970 art. 9(1)(a)-(f) report in
// one pass, the gap per category of workers with the art. 10 flag, and sums
// by gender and group (sickness absence days per FTE).
//
// Decided where the spec is silent:
// - Rows take part as in pay.hpp (rows.hpp decides): a woman or man whose
//   basic pay (value) is a number. A complementary amount that is empty is 0;
//   one that is text leaves the row out of every figure of the call (its total
//   pay is unknown, and text is never read as 0).
// - Complementary pay may be several columns beside each other for the rows
//   of one column (allowance and one-off payment): a row's complementary pay
//   is the sum of its cells, text in any of them leaves the row out. The
//   key-figure sheet passes both columns this way, with no per-row formula.
// - A total pay that overflows (amounts near 1e308) is BadInput for the call.
// - Tables: empty and blank group cells belong to no group or category, also
//   with a map; a first row that is a column header is skipped (whole-column
//   references), as in PAYINDEXTABLE.
// - A figure that cannot be computed (no women or no men, a men's figure of 0)
//   is NotAvailable in its own cell; the rest of the result stands.
#pragma once

#include "ligestat/bilingual.hpp"
#include "ligestat/cell.hpp"
#include "ligestat/result.hpp"
#include "ligestat/rules.hpp"

#include <array>
#include <optional>
#include <vector>

namespace ligestat {

// ---- EUPAYREPORT ---------------------------------------------------------

inline constexpr std::size_t kEuPayReportRows = 14;

// The report's labels, in its row order: art. 9(1) letters first.
const std::array<Text, kEuPayReportRows>& euPayReportLabels();

// Rows 1-2 (a)(c) total-pay gap mean/median, 3-4 (b)(d) complementary-pay gap
// among recipients, 5-6 (e) women's/men's share of recipients, 7-14 (f)
// quartile bands of total pay, lowest first, women's share then men's.
// Without `complementary` rows 3-6 are NotAvailable.
using EuPayReport = std::array<Result<double>, kEuPayReportRows>;
Result<EuPayReport> euPayReport(const Range& basicPay, const Range& gender, const Range* complementary);

// ---- PAYGAPTABLE -------------------------------------------------------------

// Maps group values (job titles) to categories of workers (the job
// evaluation sheet's columns). Keys compare as group cells do (text trimmed,
// any case; numbers by value). Blank keys are skipped; a key with a blank
// category is not evaluated.
struct CategoryMap {
    const Range* keys = nullptr;
    const Range* categories = nullptr;
};

// The art. 10 flag of a category.
enum class AssessmentFlag { None, AssessmentNeeded, TooFewToCompare };
Text assessmentFlagText(AssessmentFlag flag);  // empty text for None
// The category of rows the map does not cover.
inline constexpr Text kNotEvaluated{"(not evaluated)", "(ikke vurderet)"};

struct PayGapTableRow {
    Cell category;              // as first seen (the map's category cell with a map)
    bool notEvaluated = false;  // the "(not evaluated)" category of unmapped rows
    double women = 0;
    double men = 0;
    bool suppressed = true;     // a gender below min_count: the gaps must not be shown
    Result<double> basicMeanGap = Failure::NotAvailable;
    Result<double> basicMedianGap = Failure::NotAvailable;
    Result<double> complementaryMeanGap = Failure::NotAvailable;
    Result<double> complementaryMedianGap = Failure::NotAvailable;
    Result<double> totalMeanGap = Failure::NotAvailable;
    AssessmentFlag flag = AssessmentFlag::TooFewToCompare;
};

// PAYGAPTABLE: one row per category that has a row with a number as basic
// pay, first-seen order. The complementary gaps run over all workers of the
// category (empty = 0); without `complementary` they are NotAvailable.
// BadInput: shapes differ, only one of the map's ranges, map ranges of
// different sizes, one key mapped to two categories, min_count not >= 0.
Result<std::vector<PayGapTableRow>> payGapTable(const Range& basicPay, const Range& gender, const Range& groups,
                                                const Range* complementary, const CategoryMap& map,
                                                double minCount = rules::kMinPerGenderInCategory);

// ---- GENDERSUMTABLE ------------------------------------------------------------

inline constexpr Text kAllRows{"All", "I alt"};

struct GenderSumRow {
    Cell group;
    bool isAll = false;       // the last row, over every row
    bool suppressed = false;  // the All row below min_count: figures not shown
    double womenSum = 0;
    double menSum = 0;
    Result<double> womenRate = Failure::NotAvailable;  // sum per FTE (per head without fte)
    Result<double> menRate = Failure::NotAvailable;
};

// GENDERSUMTABLE: groups with at least min_count rows taking part (value a
// number, any gender), first-seen order, then the All row over every row
// taking part (suppressed below min_count too: a whole staff of 2 would show
// each person's days). A per-FTE rate with no FTE (or nobody) is NotAvailable.
Result<std::vector<GenderSumRow>> genderSumTable(const Range& value, const Range& gender, const Range& groups,
                                                 const Range* fte, double minCount = rules::kMinCategorySize);

}  // namespace ligestat
