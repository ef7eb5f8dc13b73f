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

// A whole number as its digits without going through a stream: ids are read
// 200,000 at a time.
std::string numberKey(double number) {
    if (std::isnan(number)) return "nan";
    if (std::isinf(number)) return number > 0 ? "inf" : "-inf";
    if (number == std::trunc(number) && std::abs(number) < 1e15) {
        return std::to_string(static_cast<long long>(number));  // -0.0 gives "0"
    }
    return formatNumber(number);
}

// Fills `partners` with kUnpaired (or kBlankId) per row and records each
// non-blank key; false on a duplicate key.
template <class Record>
bool markIds(const Range& ids, std::vector<std::uint32_t>& partners, Record&& record) {
    partners.assign(ids.size(), YearPairing::kUnpaired);
    for (std::size_t row = 0; row < ids.size(); ++row) {
        std::optional<std::string> key = employeeIdKey(ids.cells[row]);
        if (!key) {
            partners[row] = YearPairing::kBlankId;
            continue;
        }
        if (!record(std::move(*key), static_cast<std::uint32_t>(row))) return false;
    }
    return true;
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
    std::unordered_map<std::string, std::uint32_t> beforeRows;
    beforeRows.reserve(idBefore.size());
    const bool beforeUnique = markIds(idBefore, pairing.partnerOfBefore, [&](std::string key, std::uint32_t row) {
        return beforeRows.emplace(std::move(key), row).second;
    });
    if (!beforeUnique) return Failure::BadInput;
    // Each of this year's keys is checked for a repeat against the keys seen
    // this year, and looked up once in last year's.
    std::unordered_map<std::string, std::uint32_t> nowRows;
    nowRows.reserve(idNow.size());
    const bool nowUnique = markIds(idNow, pairing.partnerOfNow, [&](std::string key, std::uint32_t row) {
        const auto before = beforeRows.find(key);
        if (before != beforeRows.end()) {
            pairing.partnerOfNow[row] = before->second;
            pairing.partnerOfBefore[before->second] = row;
        }
        return nowRows.emplace(std::move(key), row).second;
    });
    if (!nowUnique) return Failure::BadInput;
    return pairing;
}

}  // namespace ligestat::detail
