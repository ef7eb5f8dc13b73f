// The one place that decides which rows of the range arguments take part in a
// figure (functions.md, "Shared conventions"), and the caches that keep that
// fast on a million rows: no allocation and no ICU call per row, only per
// distinct text.
#pragma once

#include "detail/gender_codes.hpp"
#include "ligestat/cell.hpp"
#include "ligestat/filter.hpp"
#include "ligestat/gender.hpp"
#include "ligestat/result.hpp"
#include "ligestat/text.hpp"

#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ligestat::detail {

// value >= threshold, forgiving binary rounding: 10 x 0.3 FTE sums to
// 2.9999999999999996, which an HR user reads as 3. The slack (1e-9 relative)
// is far below any real difference (2.999 stays below 3).
bool atLeast(double value, double threshold);

// A threshold argument (min_fte, min_count): a finite number >= 0.
bool isValidThreshold(double threshold);

// True when every non-null range is rectangular (rows x cols cells) and all
// have the same shape; the spec answers anything else with Err:502.
bool sameShapes(std::initializer_list<const Range*> ranges);

// Remembers a value computed from a text, per distinct raw text. The views
// point into the call's cells, which outlive the memo. Consecutive rows often
// repeat a text, so the last hit is checked before hashing.
template <class Value>
class RawTextMemo {
public:
    template <class Compute>
    const Value& get(std::string_view raw, Compute&& compute) {
        if (last_ != nullptr && raw == lastRaw_) return *last_;
        auto [entry, inserted] = values_.try_emplace(raw);
        if (inserted) entry->second = compute(raw);
        lastRaw_ = raw;
        last_ = &entry->second;  // unordered_map entries never move
        return *last_;
    }

private:
    std::unordered_map<std::string_view, Value> values_;
    std::string_view lastRaw_;
    const Value* last_ = nullptr;
};

// parseGender with the Unicode slow path cached per distinct text.
class GenderReader {
public:
    Gender read(const Cell& cell) {
        const auto* text = std::get_if<std::string>(&cell);
        if (text == nullptr) return Gender::Other;
        if (const auto gender = genderOfAsciiText(*text)) return *gender;
        return slowPath_.get(*text, [](std::string_view raw) { return genderOfKey(matchKey(raw)); });
    }

private:
    RawTextMemo<Gender> slowPath_;
};

// How a group cell compares: text by matchKey, numbers by value (a text never
// equals a number). An empty cell has the empty text key, like blank text.
struct GroupKey {
    bool isNumber = false;
    double number = 0;
    std::string text;
};
GroupKey groupKeyOf(const Cell& cell);
// Numbers compare by value; NaN (never from Calc) equals NaN so that grouping
// and filtering stay consistent.
bool sameNumber(double a, double b);

// The optional group_range + group of the spec, per row.
class GroupMatcher {
public:
    explicit GroupMatcher(const GroupFilter& filter);
    bool matches(std::size_t row);

private:
    const Range* groups_;
    GroupKey wanted_;
    RawTextMemo<bool> textMatches_;
};

// The distinct groups of a group column in first-seen order, and each row's
// group. Empty and blank cells belong to no group.
class GroupIndex {
public:
    static constexpr std::uint32_t kNoGroup = UINT32_MAX;

    // Every cell of `groups` is one row (the ranges of a call share a shape).
    explicit GroupIndex(const Range& groups);
    // One column of a block with several (a regression's category factors).
    GroupIndex(const Range& block, std::size_t column);
    std::uint32_t groupOfRow(std::size_t row) const { return rowGroups_[row]; }
    const std::vector<Cell>& groups() const { return firstSeen_; }
    // The group of a cell of another range, by the same rule (an unseen value
    // becomes a new group): a data row's job title looked up among the keys of
    // a category map. The cell must outlive the index, as the range's do.
    std::uint32_t groupOfCell(const Cell& cell) { return groupOf(cell); }

private:
    std::uint32_t groupOf(const Cell& cell);
    std::uint32_t groupOfText(const std::string& text);
    std::uint32_t groupOfNumber(double number);
    std::uint32_t newGroup(const Cell& cell);

    std::vector<std::uint32_t> rowGroups_;
    std::vector<Cell> firstSeen_;
    RawTextMemo<std::uint32_t> rawTextGroups_;
    std::unordered_map<std::string, std::uint32_t> keyGroups_;
    std::unordered_map<double, std::uint32_t> numberGroups_;
    std::uint32_t nanGroup_ = kNoGroup;
};

// A whole-column reference (A:A) starts at the sheet's header row. A first row
// whose gender or group cell is a text naming a column (columns.cpp's header
// synonyms, e.g. "Køn", "Stilling") is that header, not a person: the tables
// do not make a group of it. Any later row is data, whatever it says.
bool firstRowIsHeader(const Range& gender, const Range& groups);

// Whose rows a figure uses.
enum class Who { WomenAndMen, Women, Men, Everyone };
bool includes(Who who, Gender gender);

// What an empty number cell means: left out (pay), or 0 (RECIPIENTSHARE's amount).
enum class EmptyValue { LeaveOut, IsZero };

// The range arguments of one call.
struct RowSource {
    const Range* gender = nullptr;  // required
    const Range* values = nullptr;  // nullptr: the figure needs no number per row
    EmptyValue emptyValue = EmptyValue::LeaveOut;
    const Range* fte = nullptr;     // nullptr: every row weighs 1 (a headcount)
    // A second amount per row, added to `values` for total pay (EU pay
    // transparency: basic + complementary). Empty is 0 (no complementary pay);
    // text leaves the row out, as the total is then unknown. It may have
    // several columns for the rows of a column (allowance and one-off payment
    // side by side): the row's amount is their sum (complementaryFits).
    const Range* complementary = nullptr;
    GroupFilter filter{};           // filter.groups == nullptr: every row
    Who who = Who::WomenAndMen;
};

// A row that takes part, with its number (0 without `values`) and weight.
struct UsedRow {
    std::size_t row;
    Gender gender;
    double value;
    double weight;
    double complementary = 0;  // 0 without RowSource::complementary
};

// How a number cell reads for a row that is otherwise used.
enum class CellReading { Number, LeftOut, Bad };
struct NumberCell {
    CellReading reading;
    double number;
};
// Pay/amount: empty or text is left out (never read as 0), unless empty is 0;
// NaN/inf (never from Calc) is bad input.
NumberCell readValue(const Cell& cell, EmptyValue emptyValue);
// Complementary pay: the same shape as `rows` (the gender range), or, when
// `rows` is one column, as many rows and several columns. nullptr fits.
bool complementaryFits(const Range* complementary, const Range& rows);
// The complementary pay of data row `row` (of `rowCount`): its cell, or the sum
// of its cells across the columns; empty is 0, text in any cell leaves the row out.
NumberCell readComplementary(const Range& complementary, std::size_t row, std::size_t rowCount);
// FTE: a finite number >= 0. Text or negative is Err:502 by the spec. An empty
// FTE is left out like any other empty number the function needs, so a row
// without FTE neither counts in nor breaks a weighted figure.
NumberCell readWeight(const Cell& cell);

// A number a model needs on a used row (a regression's numeric factor): read
// like pay, so empty or text leaves the row out and NaN/inf is bad input.
inline NumberCell readFactor(const Cell& cell) { return readValue(cell, EmptyValue::LeaveOut); }

// Every row, for figures without a further row condition.
struct EveryRow {
    bool operator()(std::size_t) const { return true; }
};

// Calls visit(UsedRow) for every row that takes part, in row order; returns
// the failure that stopped the scan, if any. `takesPart(row)` is a further
// condition checked before the row's numbers are read (a table's group), so
// that a bad FTE only matters on a row that is used.
template <class Visit, class RowCondition = EveryRow>
std::optional<Failure> forEachUsedRow(const RowSource& source, Visit&& visit,
                                      RowCondition&& takesPart = EveryRow{}) {
    if (!sameShapes({source.gender, source.values, source.fte, source.filter.groups}) ||
        !complementaryFits(source.complementary, *source.gender)) {
        return Failure::BadInput;
    }
    GroupMatcher matcher(source.filter);
    GenderReader genders;
    const std::size_t rowCount = source.gender->size();
    for (std::size_t row = 0; row < rowCount; ++row) {
        if (!takesPart(row) || !matcher.matches(row)) continue;
        const Gender gender = genders.read(source.gender->cells[row]);
        if (!includes(source.who, gender)) continue;
        NumberCell value{CellReading::Number, 0.0};
        if (source.values != nullptr) {
            value = readValue(source.values->cells[row], source.emptyValue);
            if (value.reading == CellReading::LeftOut) continue;
            if (value.reading == CellReading::Bad) return Failure::BadInput;
        }
        NumberCell complementary{CellReading::Number, 0.0};
        if (source.complementary != nullptr) {
            complementary = readComplementary(*source.complementary, row, rowCount);
            if (complementary.reading == CellReading::LeftOut) continue;
            if (complementary.reading == CellReading::Bad) return Failure::BadInput;
        }
        NumberCell weight{CellReading::Number, 1.0};
        if (source.fte != nullptr) {
            weight = readWeight(source.fte->cells[row]);
            if (weight.reading == CellReading::LeftOut) continue;
            if (weight.reading == CellReading::Bad) return Failure::BadInput;
        }
        visit(UsedRow{row, gender, value.number, weight.number, complementary.number});
    }
    return std::nullopt;
}

// Σ weight and Σ weight·value of one gender; weight = FTE, or 1 per person.
struct WeightedSum {
    double weight = 0;
    double weightedValue = 0;

    void add(double value, double rowWeight) {
        weight += rowWeight;
        weightedValue += rowWeight * value;
    }
    std::optional<double> mean() const {
        if (!(weight > 0)) return std::nullopt;
        return weightedValue / weight;
    }
};

// A figure computed from absurd inputs (1e308 pays overflowing) is not shown.
inline Result<double> finiteOrBadInput(double figure) {
    if (!std::isfinite(figure)) return Failure::BadInput;
    return figure;
}


// ---- Two staff lists: this year's and last year's (analysis.md §3) ---------

// The matching key of an employee id: a number as its shortest text (1005 ->
// "1005"), a text trimmed and case-folded, so " 1005 " = 1005 and "ab7" =
// "AB7". std::nullopt for a blank id (empty cell or blank text), which takes
// no part. NaN/inf (never from Calc) give the key "nan"/"inf".
std::optional<std::string> employeeIdKey(const Cell& cell);

// Each row of one list against the other: the partner's row, or one of two marks.
struct YearPairing {
    static constexpr std::uint32_t kBlankId = UINT32_MAX;      // the row takes no part
    static constexpr std::uint32_t kUnpaired = UINT32_MAX - 1;  // joiner (now) or leaver (before)
    std::vector<std::uint32_t> partnerOfNow;
    std::vector<std::uint32_t> partnerOfBefore;

    static bool paired(std::uint32_t partner) { return partner < kUnpaired; }
};
// One pass over each list with a hash of last year's ids (no lookup per row).
// BadInput when a non-blank id repeats within a list or a list is not rectangular.
Result<YearPairing> pairYears(const Range& idNow, const Range& idBefore);

}  // namespace ligestat::detail
