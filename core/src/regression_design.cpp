// Reads the explained-pay-gap regression's rows from the cells (analysis.md
// §1, "Rows used"): the shared row rules of detail/rows.hpp, then the model's
// own conditions (pay > 0, FTE > 0, factors present).
#include "detail/regression_model.hpp"
#include "detail/rows.hpp"

#include <algorithm>
#include <cmath>

namespace ligestat::detail {

namespace {

bool isColumnOf(const Range* range, std::size_t rows) {
    return range == nullptr || (sameShapes({range}) && range->rows == rows && range->cols == 1);
}

bool isFactorBlockOf(const Range* range, std::size_t rows) {
    return range == nullptr || (sameShapes({range}) && range->rows == rows);
}

bool shapesFit(const RegressionData& data) {
    if (data.pay == nullptr || data.gender == nullptr) return false;
    const std::size_t rows = data.pay->rows;
    return isColumnOf(data.pay, rows) && isColumnOf(data.gender, rows) && isColumnOf(data.fte, rows) &&
           isFactorBlockOf(data.numericFactors, rows) && isFactorBlockOf(data.categoryFactors, rows);
}

std::size_t columnsOf(const Range* range) { return range == nullptr ? 0 : range->cols; }

const Cell& cellAt(const Range& block, std::size_t row, std::size_t column) {
    return block.cells[row * block.cols + column];
}

enum class FactorReading { Present, Missing, Bad };

// A numeric factor row: every column a finite number.
FactorReading readNumericFactors(const Range* block, std::size_t row, std::vector<double>& into) {
    for (std::size_t column = 0; column < columnsOf(block); ++column) {
        const NumberCell value = readFactor(cellAt(*block, row, column));
        if (value.reading == CellReading::Bad) return FactorReading::Bad;
        if (value.reading == CellReading::LeftOut) return FactorReading::Missing;
        into.push_back(value.number);
    }
    return FactorReading::Present;
}

// A category factor row: every column non-blank; a NaN/inf number is bad input.
FactorReading checkCategories(const Range* block, const std::vector<GroupIndex>& groups, std::size_t row) {
    for (std::size_t column = 0; column < groups.size(); ++column) {
        const auto* number = std::get_if<double>(&cellAt(*block, row, column));
        if (number != nullptr && !std::isfinite(*number)) return FactorReading::Bad;
        if (groups[column].groupOfRow(row) == GroupIndex::kNoGroup) return FactorReading::Missing;
    }
    return FactorReading::Present;
}

// Levels renumbered in first-seen order among the used rows; the reference
// is the most frequent, the first seen among equals.
CategoryFactor categoryOverUsedRows(const GroupIndex& groups, const std::vector<std::size_t>& sheetRows) {
    CategoryFactor factor;
    std::vector<std::uint32_t> levelOfGroup(groups.groups().size(), GroupIndex::kNoGroup);
    std::vector<std::size_t> counts;
    factor.levels.reserve(sheetRows.size());
    for (const std::size_t row : sheetRows) {
        std::uint32_t& level = levelOfGroup[groups.groupOfRow(row)];
        if (level == GroupIndex::kNoGroup) {
            level = factor.levelCount++;
            counts.push_back(0);
        }
        ++counts[level];
        factor.levels.push_back(level);
    }
    const auto mostFrequent = std::max_element(counts.begin(), counts.end());  // first of equals
    factor.reference = mostFrequent == counts.end() ? 0 : static_cast<std::uint32_t>(mostFrequent - counts.begin());
    return factor;
}

std::size_t countNonEmptyRows(const RegressionData& data) {
    std::size_t count = 0;
    for (std::size_t row = 0; row < data.pay->rows; ++row) {
        if (!isEmpty(data.pay->cells[row]) || !isEmpty(data.gender->cells[row])) ++count;
    }
    return count;
}

}  // namespace

Result<RegressionDesign> readRegressionDesign(const RegressionData& data) {
    if (!shapesFit(data)) return Failure::BadInput;
    std::vector<GroupIndex> categoryGroups;
    for (std::size_t column = 0; column < columnsOf(data.categoryFactors); ++column) {
        categoryGroups.emplace_back(*data.categoryFactors, column);
    }
    RegressionDesign design;
    design.sheetRows = data.pay->rows;
    design.numericCount = columnsOf(data.numericFactors);
    bool bad = false;
    const RowSource source{.gender = data.gender, .values = data.pay, .fte = data.fte};
    const auto failure = forEachUsedRow(source, [&](const UsedRow& used) {
        if (bad || !(used.value > 0) || !(used.weight > 0)) return;
        const std::size_t numericBefore = design.numeric.size();
        const FactorReading numeric = readNumericFactors(data.numericFactors, used.row, design.numeric);
        const FactorReading category = numeric == FactorReading::Present
                                           ? checkCategories(data.categoryFactors, categoryGroups, used.row)
                                           : numeric;
        if (category != FactorReading::Present) {
            bad = bad || category == FactorReading::Bad;
            design.numeric.resize(numericBefore);
            return;
        }
        const double y = std::log(used.value / used.weight);
        if (!std::isfinite(y)) {  // 1e308 pay over 1e-10 FTE: no figure from that
            bad = true;
            return;
        }
        design.sheetRowOf.push_back(used.row);
        design.y.push_back(y);
        const bool woman = used.gender == Gender::Woman;
        design.woman.push_back(woman ? 1 : 0);
        ++(woman ? design.women : design.men);
    });
    if (failure) return *failure;
    if (bad) return Failure::BadInput;
    for (const GroupIndex& groups : categoryGroups) {
        design.categories.push_back(categoryOverUsedRows(groups, design.sheetRowOf));
    }
    design.rowsLeftOut = countNonEmptyRows(data) - design.rows();
    return design;
}

}  // namespace ligestat::detail
