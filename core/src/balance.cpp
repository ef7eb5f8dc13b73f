#include "ligestat/balance.hpp"

#include "detail/rows.hpp"

#include <algorithm>
#include <cmath>

namespace ligestat {
namespace {

using detail::forEachUsedRow;
using detail::RowSource;
using detail::UsedRow;

struct GenderShares {
    double women;
    double men;
};

// Shares of women and men among women + men, FTE-weighted with fte.
// #N/A with no women and no men (or, with fte, when all of them have 0 FTE).
Result<GenderShares> genderShares(const Range& gender, const Range* fte, const GroupFilter& filter) {
    double women = 0;
    double men = 0;
    const RowSource source{.gender = &gender, .fte = fte, .filter = filter};
    const auto failure = forEachUsedRow(source, [&](const UsedRow& row) {
        (row.gender == Gender::Woman ? women : men) += row.weight;
    });
    if (failure) return *failure;
    const double total = women + men;
    if (!std::isfinite(total)) return Failure::BadInput;  // FTEs near 1e308
    if (!(total > 0)) return Failure::NotAvailable;
    return GenderShares{women / total, men / total};
}

// Both genders can at most have 50 % each, so a target above 0.5 could never
// be met: an impossible argument, like a floor above the target.
bool isValidBalanceRule(double target, double floor) {
    return 0 <= floor && floor <= target && target <= 0.5;  // false for NaN too
}

Balance balanceOf(const GenderShares& shares, double target, double floor) {
    const double smaller = std::min(shares.women, shares.men);
    if (detail::atLeast(smaller, target)) return Balance::Balanced;
    if (detail::atLeast(smaller, floor)) return Balance::BelowTarget;
    return Balance::Critical;
}

double shareOf(double part, double other) { return part + other > 0 ? part / (part + other) : 0; }

}  // namespace

Result<double> genderShare(const Range& gender, const Cell& sex, const Range* fte, const GroupFilter& filter) {
    // An absent `sex` is the spec's default "K".
    const Gender wanted = isEmpty(sex) ? Gender::Woman : parseGender(sex);
    if (wanted == Gender::Other) return Failure::BadInput;
    const auto shares = genderShares(gender, fte, filter);
    if (!shares.ok()) return shares.failure();
    return wanted == Gender::Woman ? shares.value().women : shares.value().men;
}

Result<Balance> genderBalance(const Range& gender, const Range* fte, const GroupFilter& filter,
                              double target, double floor) {
    if (!isValidBalanceRule(target, floor)) return Failure::BadInput;
    const auto shares = genderShares(gender, fte, filter);
    if (!shares.ok()) return shares.failure();
    return balanceOf(shares.value(), target, floor);
}

Result<std::vector<GenderTableRow>> genderTable(const Range& gender, const Range& groups, double minCount) {
    if (!detail::isValidThreshold(minCount)) return Failure::BadInput;
    if (!detail::sameShapes({&gender, &groups})) return Failure::BadInput;
    const detail::GroupIndex index(groups);
    const std::size_t firstDataRow = detail::firstRowIsHeader(gender, groups) ? 1 : 0;
    std::vector<GenderTableRow> counts(index.groups().size());
    const RowSource source{.gender = &gender, .who = detail::Who::Everyone};
    const auto failure = forEachUsedRow(
        source,
        [&](const UsedRow& row) {
            GenderTableRow& count = counts[index.groupOfRow(row.row)];
            count.headcount += 1;
            if (row.gender == Gender::Woman) count.women += 1;
            if (row.gender == Gender::Man) count.men += 1;
        },
        [&](std::size_t row) { return row >= firstDataRow && index.groupOfRow(row) != detail::GroupIndex::kNoGroup; });
    if (failure) return *failure;

    std::vector<GenderTableRow> table;
    for (std::size_t group = 0; group < counts.size(); ++group) {
        GenderTableRow& row = counts[group];
        if (!detail::atLeast(row.headcount, minCount)) continue;
        row.group = index.groups()[group];
        row.womenShare = shareOf(row.women, row.men);
        row.menShare = shareOf(row.men, row.women);
        table.push_back(std::move(row));
    }
    return table;
}

}  // namespace ligestat
