#include "ligestat/pay.hpp"

#include "detail/pay_figures.hpp"
#include "detail/rows.hpp"
#include "ligestat/text.hpp"

#include <algorithm>
#include <cmath>

namespace ligestat {
namespace {

using detail::forEachUsedRow;
using detail::gapBetween;
using detail::RankedPay;
using detail::RowSource;
using detail::UsedRow;
using detail::WeightedSum;

struct GenderSums {
    WeightedSum women;
    WeightedSum men;

    void add(const UsedRow& row) {
        (row.gender == Gender::Woman ? women : men).add(row.value, row.weight);
    }
};

struct IndexFigures {
    double womenMean;
    double menMean;
    double index;
};

// PAYINDEX's rule: shown only when each gender's weight (Σ FTE, or the
// headcount without fte) reaches minFte.
Result<IndexFigures> indexFigures(const GenderSums& sums, double minFte) {
    if (!detail::atLeast(sums.women.weight, minFte) || !detail::atLeast(sums.men.weight, minFte)) {
        return Failure::NotAvailable;
    }
    // Only reachable with min_fte 0: a gender with nobody, or only 0 FTE.
    const auto womenMean = sums.women.mean();
    const auto menMean = sums.men.mean();
    if (!womenMean || !menMean) return Failure::NotAvailable;
    if (!std::isfinite(*womenMean) || !std::isfinite(*menMean)) return Failure::BadInput;
    if (*menMean == 0) return Failure::NotAvailable;  // an index of nothing is not data
    const auto index = detail::finiteOrBadInput(100 * *womenMean / *menMean);
    if (!index.ok()) return index.failure();
    return IndexFigures{*womenMean, *menMean, index.value()};
}


double statisticOf(std::vector<double>& values, Statistic statistic) {
    return statistic == Statistic::Median ? detail::medianOf(values) : detail::meanOf(values);
}

enum class Rows { All, RecipientsOnly };

Result<double> gapOverRows(const Range& pay, const Range& gender, Statistic statistic,
                           const GroupFilter& filter, Rows rows) {
    std::vector<double> women;
    std::vector<double> men;
    const RowSource source{.gender = &gender, .values = &pay, .filter = filter};
    const auto failure = forEachUsedRow(source, [&](const UsedRow& row) {
        if (rows == Rows::RecipientsOnly && !(row.value > 0)) return;
        (row.gender == Gender::Woman ? women : men).push_back(row.value);
    });
    if (failure) return *failure;
    return gapBetween(women, men, statistic);
}

// PAYQUARTILES' band q holds ranks [bandStart(q), bandStart(q + 1)).
std::size_t bandStart(std::size_t band, std::size_t rankedCount) { return band * rankedCount / 4; }

struct BandWeights {
    std::array<double, 4> women{};
    std::array<double, 4> men{};
};

// The people sharing one pay value occupy ranks [first, last); each of those
// rank positions holds women/size of a woman and men/size of a man, so a band
// gets that share of every position of the tie it overlaps (UK regulation 13).
void spreadTie(std::size_t first, std::size_t last, double women, double men, std::size_t rankedCount,
               BandWeights& weights) {
    const double tieSize = static_cast<double>(last - first);
    for (std::size_t band = 0; band < 4; ++band) {
        const std::size_t overlapFirst = std::max(first, bandStart(band, rankedCount));
        const std::size_t overlapLast = std::min(last, bandStart(band + 1, rankedCount));
        if (overlapFirst >= overlapLast) continue;
        const double positions = static_cast<double>(overlapLast - overlapFirst);
        weights.women[band] += positions * women / tieSize;
        weights.men[band] += positions * men / tieSize;
    }
}

QuartileShares quartileShares(std::vector<RankedPay>& ranked) {
    std::sort(ranked.begin(), ranked.end(),
              [](const RankedPay& a, const RankedPay& b) { return a.pay < b.pay; });
    BandWeights weights;
    for (std::size_t first = 0; first < ranked.size();) {
        std::size_t last = first;
        double women = 0;
        double men = 0;
        for (; last < ranked.size() && ranked[last].pay == ranked[first].pay; ++last) {
            (ranked[last].gender == Gender::Woman ? women : men) += 1;
        }
        spreadTie(first, last, women, men, ranked.size(), weights);
        first = last;
    }
    QuartileShares shares{};
    for (std::size_t band = 0; band < 4; ++band) {
        const double bandSize =
            static_cast<double>(bandStart(band + 1, ranked.size()) - bandStart(band, ranked.size()));
        shares[band] = {weights.women[band] / bandSize, weights.men[band] / bandSize};
    }
    return shares;
}

}  // namespace

Result<Statistic> parseStatistic(const Cell& cell) {
    if (isEmpty(cell)) return Statistic::Mean;
    const auto* text = std::get_if<std::string>(&cell);
    if (text == nullptr) return Failure::BadInput;
    const std::string key = matchKey(*text);
    if (key.empty() || key == "mean" || key == "gennemsnit") return Statistic::Mean;
    if (key == "median") return Statistic::Median;
    return Failure::BadInput;
}

Result<double> payIndex(const Range& pay, const Range& gender, const Range* fte,
                        const GroupFilter& filter, double minFte) {
    if (!detail::isValidThreshold(minFte)) return Failure::BadInput;
    GenderSums sums;
    const RowSource source{.gender = &gender, .values = &pay, .fte = fte, .filter = filter};
    if (const auto failure = forEachUsedRow(source, [&](const UsedRow& row) { sums.add(row); })) {
        return *failure;
    }
    const auto figures = indexFigures(sums, minFte);
    if (!figures.ok()) return figures.failure();
    return figures.value().index;
}

Result<double> payGap(const Range& pay, const Range& gender, Statistic statistic,
                      const GroupFilter& filter) {
    return gapOverRows(pay, gender, statistic, filter, Rows::All);
}

Result<double> variablePayGap(const Range& amount, const Range& gender, Statistic statistic,
                              const GroupFilter& filter) {
    return gapOverRows(amount, gender, statistic, filter, Rows::RecipientsOnly);
}

Result<double> recipientShare(const Range& amount, const Range& gender, const Cell& sex,
                              const GroupFilter& filter) {
    const Gender wanted = parseGender(sex);
    if (wanted == Gender::Other) return Failure::BadInput;
    double workers = 0;
    double recipients = 0;
    const RowSource source{.gender = &gender,
                           .values = &amount,
                           .emptyValue = detail::EmptyValue::IsZero,
                           .filter = filter,
                           .who = wanted == Gender::Woman ? detail::Who::Women : detail::Who::Men};
    const auto failure = forEachUsedRow(source, [&](const UsedRow& row) {
        workers += 1;
        if (row.value > 0) recipients += 1;
    });
    if (failure) return *failure;
    if (workers == 0) return Failure::NotAvailable;
    return recipients / workers;
}

Result<QuartileShares> payQuartiles(const Range& pay, const Range& gender) {
    std::vector<RankedPay> ranked;
    ranked.reserve(gender.size());
    const RowSource source{.gender = &gender, .values = &pay};
    const auto failure =
        forEachUsedRow(source, [&](const UsedRow& row) { ranked.push_back({row.value, row.gender}); });
    if (failure) return *failure;
    return detail::quartileSharesOf(ranked);
}

Result<std::vector<PayIndexRow>> payIndexTable(const Range& pay, const Range& gender, const Range& fte,
                                               const Range& groups, double minFte) {
    if (!detail::isValidThreshold(minFte)) return Failure::BadInput;
    if (!detail::sameShapes({&pay, &gender, &fte, &groups})) return Failure::BadInput;
    const detail::GroupIndex index(groups);
    const std::size_t firstDataRow = detail::firstRowIsHeader(gender, groups) ? 1 : 0;
    auto inAGroup = [&](std::size_t row) {
        return row >= firstDataRow && index.groupOfRow(row) != detail::GroupIndex::kNoGroup;
    };
    // A group is listed only when one of its rows has a number as pay (spec):
    // a text column's header or a group of "n/a" pays is no pay group.
    std::vector<bool> hasPay(index.groups().size(), false);
    for (std::size_t row = 0; row < pay.size(); ++row)
        if (inAGroup(row) && isNumber(pay.cells[row])) hasPay[index.groupOfRow(row)] = true;

    std::vector<GenderSums> sums(index.groups().size());
    const RowSource source{.gender = &gender, .values = &pay, .fte = &fte};
    const auto failure = forEachUsedRow(
        source, [&](const UsedRow& row) { sums[index.groupOfRow(row.row)].add(row); }, inAGroup);
    if (failure) return *failure;

    std::vector<PayIndexRow> table;
    for (std::size_t group = 0; group < sums.size(); ++group) {
        if (!hasPay[group]) continue;
        PayIndexRow& row = table.emplace_back();
        row.group = index.groups()[group];
        row.womenFte = sums[group].women.weight;
        row.menFte = sums[group].men.weight;
        const auto figures = indexFigures(sums[group], minFte);
        if (!figures.ok() && figures.failure() == Failure::BadInput) return Failure::BadInput;
        if (!figures.ok()) continue;  // suppressed: the row's defaults hide the means
        row.suppressed = false;
        row.womenMean = figures.value().womenMean;
        row.menMean = figures.value().menMean;
        row.index = figures.value().index;
    }
    return table;
}


namespace detail {

double meanOf(const std::vector<double>& values) {
    double sum = 0;
    for (const double value : values) sum += value;
    return sum / static_cast<double>(values.size());
}

double medianOf(std::vector<double>& values) {
    const auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    if (values.size() % 2 == 1) return *middle;
    const double lowerMiddle = *std::max_element(values.begin(), middle);
    return lowerMiddle / 2 + *middle / 2;  // halves first: no overflow near 1e308
}

Result<double> gapBetween(std::vector<double>& women, std::vector<double>& men, Statistic statistic) {
    if (women.empty() || men.empty()) return Failure::NotAvailable;
    const double womenFigure = statisticOf(women, statistic);
    const double menFigure = statisticOf(men, statistic);
    if (!std::isfinite(womenFigure) || !std::isfinite(menFigure)) return Failure::BadInput;
    if (menFigure == 0) return Failure::NotAvailable;
    return detail::finiteOrBadInput((menFigure - womenFigure) / menFigure * 100);
}

Result<QuartileShares> quartileSharesOf(std::vector<RankedPay>& ranked) {
    // Below 4 people some band would be empty and have no shares at all.
    if (ranked.size() < 4) return Failure::NotAvailable;
    return quartileShares(ranked);
}

}  // namespace detail

}  // namespace ligestat
