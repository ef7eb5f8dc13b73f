#include "detail/rows.hpp"

#include "ligestat/columns.hpp"
#include "ligestat/text.hpp"

#include <algorithm>
#include <limits>

namespace ligestat::detail {

bool atLeast(double value, double threshold) {
    const double slack = 1e-9 * std::max(1.0, std::abs(threshold));
    return value >= threshold - slack;
}

bool isValidThreshold(double threshold) { return std::isfinite(threshold) && threshold >= 0; }

namespace {

bool isRectangular(const Range& range) {
    if (range.cols != 0 && range.rows > std::numeric_limits<std::size_t>::max() / range.cols) {
        return false;
    }
    return range.cells.size() == range.rows * range.cols;
}

}  // namespace

bool sameShapes(std::initializer_list<const Range*> ranges) {
    const Range* first = nullptr;
    for (const Range* range : ranges) {
        if (range == nullptr) continue;
        if (!isRectangular(*range)) return false;
        if (first == nullptr) first = range;
        if (!range->sameShape(*first)) return false;
    }
    return true;
}

namespace {

bool namesAColumn(const Cell& cell) {
    const auto* text = std::get_if<std::string>(&cell);
    return text != nullptr && countRecognisedHeaders({*text}) > 0;
}

}  // namespace

bool firstRowIsHeader(const Range& gender, const Range& groups) {
    if (gender.size() == 0 || groups.size() == 0) return false;
    return namesAColumn(gender.cells[0]) || namesAColumn(groups.cells[0]);
}

bool sameNumber(double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); }

GroupKey groupKeyOf(const Cell& cell) {
    if (const auto* number = std::get_if<double>(&cell)) return GroupKey{true, *number, {}};
    if (const auto* text = std::get_if<std::string>(&cell)) return GroupKey{false, 0, matchKey(*text)};
    return GroupKey{};
}

GroupMatcher::GroupMatcher(const GroupFilter& filter)
    : groups_(filter.groups), wanted_(filter.groups != nullptr ? groupKeyOf(filter.group) : GroupKey{}) {}

bool GroupMatcher::matches(std::size_t row) {
    if (groups_ == nullptr) return true;
    const Cell& cell = groups_->cells[row];
    if (const auto* number = std::get_if<double>(&cell)) {
        return wanted_.isNumber && sameNumber(*number, wanted_.number);
    }
    if (wanted_.isNumber) return false;
    if (const auto* text = std::get_if<std::string>(&cell)) {
        return textMatches_.get(*text, [this](std::string_view raw) { return matchKey(raw) == wanted_.text; });
    }
    return wanted_.text.empty();  // an empty cell
}

GroupIndex::GroupIndex(const Range& groups) {
    rowGroups_.reserve(groups.size());
    for (const Cell& cell : groups.cells) rowGroups_.push_back(groupOf(cell));
}

GroupIndex::GroupIndex(const Range& block, std::size_t column) {
    rowGroups_.reserve(block.rows);
    for (std::size_t row = 0; row < block.rows; ++row) {
        rowGroups_.push_back(groupOf(block.cells[row * block.cols + column]));
    }
}

std::uint32_t GroupIndex::groupOf(const Cell& cell) {
    if (const auto* number = std::get_if<double>(&cell)) return groupOfNumber(*number);
    if (const auto* text = std::get_if<std::string>(&cell)) return groupOfText(*text);
    return kNoGroup;
}

std::uint32_t GroupIndex::groupOfText(const std::string& text) {
    return rawTextGroups_.get(text, [this, &text](std::string_view) {
        std::string key = matchKey(text);
        if (key.empty()) return kNoGroup;  // blank text: no group, like an empty cell
        const auto known = keyGroups_.find(key);
        if (known != keyGroups_.end()) return known->second;
        const std::uint32_t group = newGroup(Cell(text));
        keyGroups_.emplace(std::move(key), group);
        return group;
    });
}

std::uint32_t GroupIndex::groupOfNumber(double number) {
    if (std::isnan(number)) {
        if (nanGroup_ == kNoGroup) nanGroup_ = newGroup(Cell(number));
        return nanGroup_;
    }
    const auto known = numberGroups_.find(number);  // 0.0 and -0.0 are one key
    if (known != numberGroups_.end()) return known->second;
    const std::uint32_t group = newGroup(Cell(number));
    numberGroups_.emplace(number, group);
    return group;
}

std::uint32_t GroupIndex::newGroup(const Cell& cell) {
    firstSeen_.push_back(cell);
    return static_cast<std::uint32_t>(firstSeen_.size() - 1);
}

bool includes(Who who, Gender gender) {
    switch (who) {
        case Who::WomenAndMen: return gender != Gender::Other;
        case Who::Women: return gender == Gender::Woman;
        case Who::Men: return gender == Gender::Man;
        case Who::Everyone: return true;
    }
    return false;
}

NumberCell readValue(const Cell& cell, EmptyValue emptyValue) {
    if (const auto* number = std::get_if<double>(&cell)) {
        if (!std::isfinite(*number)) return {CellReading::Bad, 0};
        return {CellReading::Number, *number};
    }
    if (isEmpty(cell) && emptyValue == EmptyValue::IsZero) return {CellReading::Number, 0};
    return {CellReading::LeftOut, 0};
}

bool complementaryFits(const Range* complementary, const Range& rows) {
    if (complementary == nullptr) return true;
    if (sameShapes({complementary, &rows})) return true;
    return sameShapes({complementary}) && rows.cols == 1 && complementary->rows == rows.rows && complementary->cols > 1;
}

NumberCell readComplementary(const Range& complementary, std::size_t row, std::size_t rowCount) {
    if (complementary.size() == rowCount) return readValue(complementary.cells[row], EmptyValue::IsZero);
    double sum = 0;
    for (std::size_t col = 0; col < complementary.cols; ++col) {
        const NumberCell amount = readValue(complementary.cells[row * complementary.cols + col], EmptyValue::IsZero);
        if (amount.reading != CellReading::Number) return amount;
        sum += amount.number;
    }
    return {CellReading::Number, sum};
}

NumberCell readWeight(const Cell& cell) {
    if (const auto* number = std::get_if<double>(&cell)) {
        if (!std::isfinite(*number) || *number < 0) return {CellReading::Bad, 0};
        return {CellReading::Number, *number};
    }
    if (isText(cell)) return {CellReading::Bad, 0};
    return {CellReading::LeftOut, 0};
}

}  // namespace ligestat::detail

namespace ligestat::detail {

namespace {

constexpr double kLargestWholeId = 1e15;  // whole numbers below this are exact and print without exponent

// A whole number as its digits without going through a stream: ids are read
// 200,000 at a time.
std::string numberKey(double number) {
    if (std::isnan(number)) return "nan";
    if (std::isinf(number)) return number > 0 ? "inf" : "-inf";
    if (number == std::trunc(number) && std::abs(number) < kLargestWholeId) {
        return std::to_string(static_cast<long long>(number));  // -0.0 gives "0"
    }
    return formatNumber(number);
}

// The whole number a cell's id stands for, when its key would be that
// number's digits: a whole number, or a text that is exactly such digits
// after trimming ("1005", " -7 "; not "01005", "1e3" or "-0"). Such ids are
// hashed as integers: no text is made for them.
std::optional<long long> wholeId(const Cell& cell) {
    if (const auto* number = std::get_if<double>(&cell)) {
        if (*number == std::trunc(*number) && std::abs(*number) < kLargestWholeId) {
            return static_cast<long long>(*number);
        }
        return std::nullopt;
    }
    const auto* text = std::get_if<std::string>(&cell);
    if (text == nullptr) return std::nullopt;
    std::string_view digits = trimWhitespace(*text);
    const bool negative = !digits.empty() && digits.front() == '-';
    if (negative) digits.remove_prefix(1);
    if (digits.empty() || digits.size() > 15 || (digits.front() == '0' && (digits.size() > 1 || negative))) {
        return std::nullopt;
    }
    long long value = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return negative ? -value : value;
}

// Last year's ids, hashed by whole number or by key.
class IdIndex {
public:
    explicit IdIndex(std::size_t expected) { wholes_.reserve(expected); }

    // false when the id is already there.
    bool add(const Cell& cell, std::uint32_t row) {
        if (const auto whole = wholeId(cell)) return wholes_.emplace(*whole, row).second;
        const auto key = employeeIdKey(cell);
        return key && keys_.emplace(*key, row).second;
    }
    // The row of the id, kUnpaired when absent, kBlankId for a blank id.
    std::uint32_t find(const Cell& cell) const {
        if (const auto whole = wholeId(cell)) {
            const auto found = wholes_.find(*whole);
            return found == wholes_.end() ? YearPairing::kUnpaired : found->second;
        }
        const auto key = employeeIdKey(cell);
        if (!key) return YearPairing::kBlankId;
        const auto found = keys_.find(*key);
        return found == keys_.end() ? YearPairing::kUnpaired : found->second;
    }

private:
    std::unordered_map<long long, std::uint32_t> wholes_;
    std::unordered_map<std::string, std::uint32_t> keys_;
};

bool isBlankId(const Cell& cell) {
    if (isEmpty(cell)) return true;
    const auto* text = std::get_if<std::string>(&cell);
    return text != nullptr && trimWhitespace(*text).empty();
}

}  // namespace

std::optional<std::string> employeeIdKey(const Cell& cell) {
    if (const auto* number = std::get_if<double>(&cell)) return numberKey(*number);
    if (const auto* text = std::get_if<std::string>(&cell)) {
        std::string key = matchKey(*text);
        if (key.empty()) return std::nullopt;
        return key;
    }
    return std::nullopt;
}

Result<YearPairing> pairYears(const Range& idNow, const Range& idBefore) {
    if (!sameShapes({&idNow}) || !sameShapes({&idBefore})) return Failure::BadInput;
    if (idNow.size() >= YearPairing::kUnpaired || idBefore.size() >= YearPairing::kUnpaired) {
        return Failure::BadInput;
    }
    YearPairing pairing;
    pairing.partnerOfBefore.assign(idBefore.size(), YearPairing::kUnpaired);
    pairing.partnerOfNow.assign(idNow.size(), YearPairing::kUnpaired);
    IdIndex before(idBefore.size());
    for (std::uint32_t row = 0; row < idBefore.size(); ++row) {
        const Cell& id = idBefore.cells[row];
        if (isBlankId(id)) {
            pairing.partnerOfBefore[row] = YearPairing::kBlankId;
        } else if (!before.add(id, row)) {
            return Failure::BadInput;  // the same id twice last year
        }
    }
    // This year's ids are looked up once each; a repeat among the stayers shows
    // as a last-year row paired twice, and only joiners need a set of their own.
    IdIndex joiners(0);
    for (std::uint32_t row = 0; row < idNow.size(); ++row) {
        const Cell& id = idNow.cells[row];
        if (isBlankId(id)) {
            pairing.partnerOfNow[row] = YearPairing::kBlankId;
            continue;
        }
        const std::uint32_t partner = before.find(id);
        if (partner == YearPairing::kUnpaired) {
            if (!joiners.add(id, row)) return Failure::BadInput;
            continue;
        }
        if (pairing.partnerOfBefore[partner] != YearPairing::kUnpaired) return Failure::BadInput;
        pairing.partnerOfNow[row] = partner;
        pairing.partnerOfBefore[partner] = row;
    }
    return pairing;
}

}  // namespace ligestat::detail
