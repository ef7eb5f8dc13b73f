// EU pay transparency functions (functions.md, "EU pay transparency";
// analysis.md section 2). The gaps and quartile bands are PAYGAP's and
// PAYQUARTILES' own definitions (detail/pay_figures.hpp); which rows take part
// is decided by detail/rows.hpp.
#include "ligestat/eu_pay.hpp"

#include "detail/pay_figures.hpp"
#include "detail/rows.hpp"

#include <cmath>

namespace ligestat {
namespace {

using detail::forEachUsedRow;
using detail::gapBetween;
using detail::GroupIndex;
using detail::RowSource;
using detail::UsedRow;

// Amounts of the women or of the men of one call or category.
struct PayLists {
    std::vector<double> basic;
    std::vector<double> complementary;
    std::vector<double> total;
};

// ---- EUPAYREPORT ---------------------------------------------------------

struct ReportData {
    PayLists women;
    PayLists men;
    std::vector<detail::RankedPay> ranked;  // total pay, for the quartile bands
    bool overflow = false;

    void add(const UsedRow& row) {
        const double total = row.value + row.complementary;
        if (!std::isfinite(total)) {
            overflow = true;
            return;
        }
        PayLists& lists = row.gender == Gender::Woman ? women : men;
        lists.total.push_back(total);
        // (b)(d) run over recipients only, like VARPAYGAP.
        if (row.complementary > 0) lists.complementary.push_back(row.complementary);
        ranked.push_back({total, row.gender});
    }
};

Result<double> recipientShareOf(const PayLists& lists) {
    if (lists.total.empty()) return Failure::NotAvailable;
    return static_cast<double>(lists.complementary.size()) / static_cast<double>(lists.total.size());
}

}  // namespace

const std::array<Text, kEuPayReportRows>& euPayReportLabels() {
    static const std::array<Text, kEuPayReportRows> labels{{
        {"(a) mean pay gap, %", "(a) løngab, gennemsnit, %"},
        {"(c) median pay gap, %", "(c) løngab, median, %"},
        {"(b) mean gap in complementary pay, %", "(b) gab i tillæg, gennemsnit, %"},
        {"(d) median gap in complementary pay, %", "(d) gab i tillæg, median, %"},
        {"(e) women receiving complementary pay", "(e) kvinder der får tillæg"},
        {"(e) men receiving complementary pay", "(e) mænd der får tillæg"},
        {"(f) lowest quartile: women", "(f) laveste kvartil: kvinder"},
        {"(f) lowest quartile: men", "(f) laveste kvartil: mænd"},
        {"(f) lower middle quartile: women", "(f) nedre midterkvartil: kvinder"},
        {"(f) lower middle quartile: men", "(f) nedre midterkvartil: mænd"},
        {"(f) upper middle quartile: women", "(f) øvre midterkvartil: kvinder"},
        {"(f) upper middle quartile: men", "(f) øvre midterkvartil: mænd"},
        {"(f) highest quartile: women", "(f) højeste kvartil: kvinder"},
        {"(f) highest quartile: men", "(f) højeste kvartil: mænd"},
    }};
    return labels;
}

Result<EuPayReport> euPayReport(const Range& basicPay, const Range& gender, const Range* complementary) {
    ReportData data;
    const RowSource source{.gender = &gender, .values = &basicPay, .complementary = complementary};
    if (const auto failure = forEachUsedRow(source, [&](const UsedRow& row) { data.add(row); })) return *failure;
    if (data.overflow) return Failure::BadInput;

    const Result<double> missing = Failure::NotAvailable;
    const bool hasComplementary = complementary != nullptr;
    EuPayReport report{
        gapBetween(data.women.total, data.men.total, Statistic::Mean),
        gapBetween(data.women.total, data.men.total, Statistic::Median),
        hasComplementary ? gapBetween(data.women.complementary, data.men.complementary, Statistic::Mean) : missing,
        hasComplementary ? gapBetween(data.women.complementary, data.men.complementary, Statistic::Median) : missing,
        hasComplementary ? recipientShareOf(data.women) : missing,
        hasComplementary ? recipientShareOf(data.men) : missing,
        missing, missing, missing, missing, missing, missing, missing, missing,
    };
    const auto bands = detail::quartileSharesOf(data.ranked);
    for (std::size_t band = 0; band < 4; ++band) {
        for (std::size_t sex = 0; sex < 2; ++sex) {
            report[6 + 2 * band + sex] = bands.ok() ? Result<double>(bands.value()[band][sex]) : bands.failure();
        }
    }
    return report;
}

// ---- PAYGAPTABLE -------------------------------------------------------------

Text assessmentFlagText(AssessmentFlag flag) {
    switch (flag) {
        case AssessmentFlag::AssessmentNeeded: return {"assessment needed", "vurdering nødvendig"};
        case AssessmentFlag::TooFewToCompare: return {"too few to compare", "for få til at sammenligne"};
        case AssessmentFlag::None: break;
    }
    return {"", ""};
}

namespace {

// Each data row's category, numbered in first-seen order over the data rows.
struct Categories {
    static constexpr std::uint32_t kNone = GroupIndex::kNoGroup;
    std::vector<std::uint32_t> ofRow;
    std::vector<Cell> labels;
    std::vector<bool> notEvaluated;
};

// Renumbers raw category ids (any order) into first-seen order over the rows.
class FirstSeenOrder {
public:
    explicit FirstSeenOrder(std::size_t rawCount) : order_(rawCount, Categories::kNone) {}
    std::uint32_t number(std::uint32_t raw, Categories& categories, const Cell& label, bool notEvaluated) {
        if (order_[raw] == Categories::kNone) {
            order_[raw] = static_cast<std::uint32_t>(categories.labels.size());
            categories.labels.push_back(label);
            categories.notEvaluated.push_back(notEvaluated);
        }
        return order_[raw];
    }

private:
    std::vector<std::uint32_t> order_;
};

Categories categoriesByGroup(const Range& groups, std::size_t firstDataRow) {
    const GroupIndex index(groups);
    Categories categories;
    categories.ofRow.assign(groups.size(), Categories::kNone);
    FirstSeenOrder order(index.groups().size());
    for (std::size_t row = firstDataRow; row < groups.size(); ++row) {
        const std::uint32_t raw = index.groupOfRow(row);
        if (raw == GroupIndex::kNoGroup) continue;
        categories.ofRow[row] = order.number(raw, categories, index.groups()[raw], false);
    }
    return categories;
}

// Titles mapped through the map's keys to its categories; rows with a title
// the map does not cover (or covers with a blank category) are "not evaluated".
Result<Categories> categoriesByMap(const Range& groups, const CategoryMap& map, std::size_t firstDataRow) {
    if (map.keys->size() != map.categories->size() || !detail::sameShapes({map.keys}) ||
        !detail::sameShapes({map.categories})) {
        return Failure::BadInput;
    }
    GroupIndex titles(*map.keys);
    const GroupIndex mapCategories(*map.categories);
    const std::size_t keyCount = titles.groups().size();
    std::vector<std::uint32_t> categoryOfKey(keyCount, GroupIndex::kNoGroup);
    std::vector<bool> keySeen(keyCount, false);
    for (std::size_t i = 0; i < map.keys->size(); ++i) {
        const std::uint32_t key = titles.groupOfRow(i);
        if (key == GroupIndex::kNoGroup) continue;
        const std::uint32_t category = mapCategories.groupOfRow(i);
        // One title evaluated into two categories: the map cannot be right.
        if (keySeen[key] && categoryOfKey[key] != category) return Failure::BadInput;
        keySeen[key] = true;
        categoryOfKey[key] = category;
    }
    const std::uint32_t notEvaluated = static_cast<std::uint32_t>(mapCategories.groups().size());
    Categories categories;
    categories.ofRow.assign(groups.size(), Categories::kNone);
    FirstSeenOrder order(mapCategories.groups().size() + 1);
    for (std::size_t row = firstDataRow; row < groups.size(); ++row) {
        const std::uint32_t key = titles.groupOfCell(groups.cells[row]);
        if (key == GroupIndex::kNoGroup) continue;  // a blank title: no category
        const std::uint32_t raw =
            key < keyCount && categoryOfKey[key] != GroupIndex::kNoGroup ? categoryOfKey[key] : notEvaluated;
        const bool isNotEvaluated = raw == notEvaluated;
        categories.ofRow[row] =
            order.number(raw, categories, isNotEvaluated ? Cell{} : mapCategories.groups()[raw], isNotEvaluated);
    }
    return categories;
}

struct CategoryData {
    PayLists women;
    PayLists men;

    void add(const UsedRow& row) {
        PayLists& lists = row.gender == Gender::Woman ? women : men;
        lists.basic.push_back(row.value);
        lists.complementary.push_back(row.complementary);  // over all workers: empty is 0
        lists.total.push_back(row.value + row.complementary);
    }
};

void fillGaps(CategoryData& data, bool hasComplementary, double minCount, PayGapTableRow& row) {
    row.women = static_cast<double>(data.women.basic.size());
    row.men = static_cast<double>(data.men.basic.size());
    // Privacy (analysis.md section 2): a gap over fewer than min_count of a
    // gender would show their pay; with nobody of a gender there is nothing to compare.
    if (!detail::atLeast(row.women, minCount) || !detail::atLeast(row.men, minCount) || row.women == 0 ||
        row.men == 0) {
        return;  // the defaults: suppressed, too few to compare
    }
    row.suppressed = false;
    row.basicMeanGap = gapBetween(data.women.basic, data.men.basic, Statistic::Mean);
    row.basicMedianGap = gapBetween(data.women.basic, data.men.basic, Statistic::Median);
    if (hasComplementary) {
        row.complementaryMeanGap = gapBetween(data.women.complementary, data.men.complementary, Statistic::Mean);
        row.complementaryMedianGap =
            gapBetween(data.women.complementary, data.men.complementary, Statistic::Median);
    }
    row.totalMeanGap = gapBetween(data.women.total, data.men.total, Statistic::Mean);
    const bool needsAssessment = row.totalMeanGap.ok() &&
                                 detail::atLeast(std::abs(row.totalMeanGap.value()), rules::kJointAssessmentGap);
    row.flag = needsAssessment ? AssessmentFlag::AssessmentNeeded : AssessmentFlag::None;
}

}  // namespace

Result<std::vector<PayGapTableRow>> payGapTable(const Range& basicPay, const Range& gender, const Range& groups,
                                                const Range* complementary, const CategoryMap& map,
                                                double minCount) {
    if (!detail::isValidThreshold(minCount)) return Failure::BadInput;
    if ((map.keys == nullptr) != (map.categories == nullptr)) return Failure::BadInput;
    if (!detail::sameShapes({&basicPay, &gender, &groups}) || !detail::complementaryFits(complementary, gender)) {
        return Failure::BadInput;
    }
    const std::size_t firstDataRow = detail::firstRowIsHeader(gender, groups) ? 1 : 0;
    auto found = map.keys != nullptr ? categoriesByMap(groups, map, firstDataRow)
                                     : Result<Categories>(categoriesByGroup(groups, firstDataRow));
    if (!found.ok()) return found.failure();
    const Categories& categories = found.value();

    // A category is listed only when one of its rows has a number as basic
    // pay (as PAYINDEXTABLE): a category of "n/a" pays is no pay category.
    std::vector<bool> hasPay(categories.labels.size(), false);
    for (std::size_t row = 0; row < basicPay.size(); ++row) {
        const std::uint32_t category = categories.ofRow[row];
        if (category != Categories::kNone && isNumber(basicPay.cells[row])) hasPay[category] = true;
    }
    std::vector<CategoryData> data(categories.labels.size());
    bool overflow = false;
    const RowSource source{.gender = &gender, .values = &basicPay, .complementary = complementary};
    const auto failure = forEachUsedRow(
        source,
        [&](const UsedRow& row) {
            if (!std::isfinite(row.value + row.complementary)) overflow = true;
            data[categories.ofRow[row.row]].add(row);
        },
        [&](std::size_t row) { return categories.ofRow[row] != Categories::kNone; });
    if (failure) return *failure;
    if (overflow) return Failure::BadInput;

    std::vector<PayGapTableRow> table;
    for (std::size_t category = 0; category < data.size(); ++category) {
        if (!hasPay[category]) continue;
        PayGapTableRow& row = table.emplace_back();
        row.category = categories.labels[category];
        row.notEvaluated = categories.notEvaluated[category];
        fillGaps(data[category], complementary != nullptr, minCount, row);
    }
    return table;
}

// ---- GENDERSUMTABLE ------------------------------------------------------------

namespace {

struct SumsByGender {
    double rows = 0;  // all genders
    double womenSum = 0;
    double menSum = 0;
    double womenWeight = 0;
    double menWeight = 0;

    void add(const UsedRow& row) {
        rows += 1;
        if (row.gender == Gender::Woman) {
            womenSum += row.value;
            womenWeight += row.weight;
        } else if (row.gender == Gender::Man) {
            menSum += row.value;
            menWeight += row.weight;
        }
    }
    bool finite() const {
        return std::isfinite(womenSum) && std::isfinite(menSum) && std::isfinite(womenWeight) &&
               std::isfinite(menWeight);
    }
};

Result<double> rateOf(double sum, double weight) {
    if (!(weight > 0)) return Failure::NotAvailable;
    return detail::finiteOrBadInput(sum / weight);
}

GenderSumRow sumRowOf(const SumsByGender& sums, Cell group) {
    GenderSumRow row;
    row.group = std::move(group);
    row.womenSum = sums.womenSum;
    row.menSum = sums.menSum;
    row.womenRate = rateOf(sums.womenSum, sums.womenWeight);
    row.menRate = rateOf(sums.menSum, sums.menWeight);
    return row;
}

}  // namespace

Result<std::vector<GenderSumRow>> genderSumTable(const Range& value, const Range& gender, const Range& groups,
                                                 const Range* fte, double minCount) {
    if (!detail::isValidThreshold(minCount)) return Failure::BadInput;
    if (!detail::sameShapes({&value, &gender, &groups, fte})) return Failure::BadInput;
    const GroupIndex index(groups);
    const std::size_t firstDataRow = detail::firstRowIsHeader(gender, groups) ? 1 : 0;
    std::vector<SumsByGender> perGroup(index.groups().size());
    SumsByGender all;
    const RowSource source{.gender = &gender, .values = &value, .fte = fte, .who = detail::Who::Everyone};
    const auto failure = forEachUsedRow(
        source,
        [&](const UsedRow& row) {
            all.add(row);
            const std::uint32_t group = index.groupOfRow(row.row);
            if (group != GroupIndex::kNoGroup) perGroup[group].add(row);
        },
        [&](std::size_t row) { return row >= firstDataRow; });
    if (failure) return *failure;
    if (!all.finite()) return Failure::BadInput;  // amounts near 1e308

    std::vector<GenderSumRow> table;
    for (std::size_t group = 0; group < perGroup.size(); ++group) {
        if (!perGroup[group].finite()) return Failure::BadInput;
        if (perGroup[group].rows == 0 || !detail::atLeast(perGroup[group].rows, minCount)) continue;
        table.push_back(sumRowOf(perGroup[group], index.groups()[group]));
    }
    GenderSumRow& allRow = table.emplace_back(sumRowOf(all, Cell{}));
    allRow.isAll = true;
    allRow.suppressed = !detail::atLeast(all.rows, minCount);
    return table;
}

}  // namespace ligestat
