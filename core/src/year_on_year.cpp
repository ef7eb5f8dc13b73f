// This year against last year (functions.md, "This year against last year";
// analysis.md §3). The rules shared by the four functions are in
// year_on_year.hpp; which rows take part is decided in detail/rows.hpp.
#include "ligestat/year_on_year.hpp"

#include "detail/pay_figures.hpp"
#include "detail/rows.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_map>
#include <vector>

namespace ligestat {
namespace {

using detail::YearPairing;

std::size_t flowRowOf(Gender gender) {
    switch (gender) {
        case Gender::Woman: return 0;
        case Gender::Man: return 1;
        case Gender::Other: return 2;
    }
    return 2;
}
constexpr std::size_t kAllRow = 3;

std::size_t womenOrMenRow(Gender gender) { return gender == Gender::Woman ? 0 : 1; }

bool privacyAllows(double stayers) { return detail::atLeast(stayers, rules::kMinStayersPerGender); }

// A stayer of this year's list (row `now`) who passes the gender and group
// rules: forEachUsedRow over this year's list, restricted to paired rows.
template <class Visit>
std::optional<Failure> forEachStayer(const YearPairing& pairing, const detail::RowSource& source, Visit&& visit) {
    return detail::forEachUsedRow(source, std::forward<Visit>(visit), [&](std::size_t row) {
        return YearPairing::paired(pairing.partnerOfNow[row]);
    });
}


// FTE pay of one year's row: pay / FTE, or pay without FTE. std::nullopt when
// the row has no figure (pay not > 0, FTE empty or 0); BadInput for a bad FTE.
Result<std::optional<double>> ftePay(const Cell& pay, const Cell* fte) {
    const detail::NumberCell payCell = detail::readValue(pay, detail::EmptyValue::LeaveOut);
    if (payCell.reading == detail::CellReading::Bad) return Failure::BadInput;
    if (payCell.reading == detail::CellReading::LeftOut || !(payCell.number > 0)) return std::optional<double>();
    if (fte == nullptr) return std::optional<double>(payCell.number);
    const detail::NumberCell weight = detail::readWeight(*fte);
    if (weight.reading == detail::CellReading::Bad) return Failure::BadInput;
    if (weight.reading == detail::CellReading::LeftOut || !(weight.number > 0)) return std::optional<double>();
    return std::optional<double>(payCell.number / weight.number);
}

// Parks the first failure met inside a visit, which cannot return it.
struct LateFailure {
    std::optional<Failure> failure;
    bool record(Failure f) {
        if (!failure) failure = f;
        return false;
    }
};

// Levels from the highest down: key -> rank (0 = highest).
Result<std::unordered_map<std::string, std::size_t>> levelRanks(const Range& levels) {
    std::unordered_map<std::string, std::size_t> ranks;
    for (const Cell& cell : levels.cells) {
        if (auto key = detail::employeeIdKey(cell)) ranks.try_emplace(std::move(*key), ranks.size());
    }
    if (ranks.empty()) return Failure::BadInput;
    return ranks;
}

}  // namespace

Result<StaffFlows> staffFlows(const Range& idNow, const Range& genderNow, const Range& idBefore,
                              const Range& genderBefore) {
    if (!detail::sameShapes({&idNow, &genderNow}) || !detail::sameShapes({&idBefore, &genderBefore})) {
        return Failure::BadInput;
    }
    auto pairing = detail::pairYears(idNow, idBefore);
    if (!pairing.ok()) return pairing.failure();
    StaffFlows flows{};
    detail::GenderReader genders;
    for (std::size_t row = 0; row < idBefore.size(); ++row) {
        const std::uint32_t partner = pairing.value().partnerOfBefore[row];
        if (partner == YearPairing::kBlankId) continue;
        const bool leaves = partner == YearPairing::kUnpaired;
        for (const std::size_t line : {flowRowOf(genders.read(genderBefore.cells[row])), kAllRow}) {
            flows[line].lastYear += 1;
            if (leaves) flows[line].leavers += 1;
        }
    }
    detail::GenderReader gendersNow;
    for (std::size_t row = 0; row < idNow.size(); ++row) {
        const std::uint32_t partner = pairing.value().partnerOfNow[row];
        if (partner == YearPairing::kBlankId) continue;
        const bool joins = partner == YearPairing::kUnpaired;
        for (const std::size_t line : {flowRowOf(gendersNow.read(genderNow.cells[row])), kAllRow}) {
            flows[line].thisYear += 1;
            if (joins) flows[line].joiners += 1;
        }
    }
    return flows;
}

Result<std::array<PayDevelopmentRow, 2>> payDevelopment(const Range& idNow, const Range& payNow,
                                                        const Range& idBefore, const Range& payBefore,
                                                        const Range& gender, const Range* fteNow,
                                                        const Range* fteBefore, const GroupFilter& filter) {
    if ((fteNow == nullptr) != (fteBefore == nullptr)) return Failure::BadInput;
    if (!detail::sameShapes({&idNow, &payNow, &gender, fteNow, filter.groups}) ||
        !detail::sameShapes({&idBefore, &payBefore, fteBefore})) {
        return Failure::BadInput;
    }
    auto pairing = detail::pairYears(idNow, idBefore);
    if (!pairing.ok()) return pairing.failure();
    std::array<std::vector<double>, 2> changes;
    LateFailure late;
    // Gender and group decide first; pay and FTE are read only for the rows they pass.
    const detail::RowSource source{.gender = &gender, .filter = filter};
    const auto failure = forEachStayer(pairing.value(), source, [&](const detail::UsedRow& used) {
        if (late.failure) return;
        const std::size_t before = pairing.value().partnerOfNow[used.row];
        const auto now = ftePay(payNow.cells[used.row], fteNow ? &fteNow->cells[used.row] : nullptr);
        if (!now.ok()) return void(late.record(now.failure()));
        const auto then = ftePay(payBefore.cells[before], fteBefore ? &fteBefore->cells[before] : nullptr);
        if (!then.ok()) return void(late.record(then.failure()));
        if (!now.value() || !then.value()) return;
        changes[womenOrMenRow(used.gender)].push_back((*now.value() / *then.value() - 1) * 100);
    });
    if (failure) return *failure;
    if (late.failure) return *late.failure;
    std::array<PayDevelopmentRow, 2> rows{};
    for (std::size_t g = 0; g < 2; ++g) {
        auto& values = changes[g];
        PayDevelopmentRow& row = rows[g];
        row.stayers = static_cast<double>(values.size());
        row.suppressed = !privacyAllows(row.stayers);
        if (row.suppressed) continue;
        const auto increased = std::count_if(values.begin(), values.end(), [](double c) { return c > 0; });
        row.shareIncreased = static_cast<double>(increased) / row.stayers;
        row.meanChange = detail::meanOf(values);
        row.medianChange = detail::medianOf(values);
        if (!std::isfinite(row.meanChange) || !std::isfinite(row.medianChange)) return Failure::BadInput;
    }
    return rows;
}

Result<std::array<AllowanceRoundRow, 2>> allowanceRound(const Range& idNow, const Range& allowanceNow,
                                                        const Range& idBefore, const Range& allowanceBefore,
                                                        const Range& gender, const GroupFilter& filter) {
    if (!detail::sameShapes({&idNow, &allowanceNow, &gender, filter.groups}) ||
        !detail::sameShapes({&idBefore, &allowanceBefore})) {
        return Failure::BadInput;
    }
    auto pairing = detail::pairYears(idNow, idBefore);
    if (!pairing.ok()) return pairing.failure();
    std::array<AllowanceRoundRow, 2> rows{};
    std::array<double, 2> increaseSums{};
    LateFailure late;
    const detail::RowSource source{
        .gender = &gender, .values = &allowanceNow, .emptyValue = detail::EmptyValue::IsZero, .filter = filter};
    const auto failure = forEachStayer(pairing.value(), source, [&](const detail::UsedRow& used) {
        const std::size_t before = pairing.value().partnerOfNow[used.row];
        const auto then = detail::readValue(allowanceBefore.cells[before], detail::EmptyValue::IsZero);
        if (then.reading == detail::CellReading::Bad) return void(late.record(Failure::BadInput));
        if (then.reading == detail::CellReading::LeftOut) return;  // a text allowance last year
        const std::size_t g = womenOrMenRow(used.gender);
        rows[g].stayers += 1;
        if (used.value > then.number) {
            rows[g].recipients += 1;
            increaseSums[g] += used.value - then.number;
        }
    });
    if (failure) return *failure;
    if (late.failure) return *late.failure;
    for (std::size_t g = 0; g < 2; ++g) {
        AllowanceRoundRow& row = rows[g];
        row.suppressed = !privacyAllows(row.stayers);
        if (row.suppressed) {
            row.recipients = 0;  // nothing of a suppressed gender leaves the core
            continue;
        }
        row.share = row.recipients / row.stayers;
        if (row.recipients > 0) {
            const auto mean = detail::finiteOrBadInput(increaseSums[g] / row.recipients);
            if (!mean.ok()) return mean.failure();
            row.meanIncrease = mean.value();
        }
    }
    return rows;
}

Result<std::array<PromotionRow, 2>> promotions(const Range& idNow, const Range& levelNow, const Range& idBefore,
                                               const Range& levelBefore, const Range& gender, const Range& levels) {
    if (!detail::sameShapes({&idNow, &levelNow, &gender}) || !detail::sameShapes({&idBefore, &levelBefore}) ||
        !detail::sameShapes({&levels})) {
        return Failure::BadInput;
    }
    const auto ranks = levelRanks(levels);
    if (!ranks.ok()) return ranks.failure();
    auto pairing = detail::pairYears(idNow, idBefore);
    if (!pairing.ok()) return pairing.failure();
    const std::size_t unlisted = ranks.value().size();  // below every listed level
    auto rankOfKey = [&](const Cell& cell) {
        const auto key = detail::employeeIdKey(cell);
        if (!key) return unlisted;
        const auto found = ranks.value().find(*key);
        return found == ranks.value().end() ? unlisted : found->second;
    };
    // A level column repeats a few texts: each distinct text is keyed once.
    detail::RawTextMemo<std::size_t> textRanks;
    auto rankOf = [&](const Cell& cell) {
        const auto* text = std::get_if<std::string>(&cell);
        if (text == nullptr) return rankOfKey(cell);
        return textRanks.get(*text, [&](std::string_view) { return rankOfKey(cell); });
    };
    std::array<PromotionRow, 2> rows{};
    const detail::RowSource source{.gender = &gender};
    const auto failure = forEachStayer(pairing.value(), source, [&](const detail::UsedRow& used) {
        const std::size_t before = pairing.value().partnerOfNow[used.row];
        PromotionRow& row = rows[womenOrMenRow(used.gender)];
        row.stayers += 1;
        if (rankOf(levelNow.cells[used.row]) < rankOf(levelBefore.cells[before])) row.promoted += 1;
    });
    if (failure) return *failure;
    for (PromotionRow& row : rows) {
        row.suppressed = !privacyAllows(row.stayers);
        if (row.suppressed) {
            row.promoted = 0;
            continue;
        }
        row.share = row.promoted / row.stayers;
    }
    return rows;
}

}  // namespace ligestat
