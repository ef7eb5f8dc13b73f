#include "convert.hpp"
#include "uno_names.hpp"

#include <com/sun/star/uno/TypeClass.hpp>
#include <rtl/string.hxx>

#include <algorithm>

namespace ligestat::addin {

using css::uno::TypeClass;

std::string toUtf8(const rtl::OUString& text) {
    rtl::OString utf8 = rtl::OUStringToOString(text, RTL_TEXTENCODING_UTF8);
    return std::string(utf8.getStr(), static_cast<std::size_t>(utf8.getLength()));
}

rtl::OUString fromUtf8(const std::string& text) {
    return rtl::OUString(text.data(), static_cast<sal_Int32>(text.size()), RTL_TEXTENCODING_UTF8);
}

Cell toCell(const Any& value) {
    switch (value.getValueTypeClass()) {
        case TypeClass::TypeClass_STRING: {
            // Calc hands an empty cell of a range over as "" (not void), and ="" looks
            // empty too: both are empty cells, or RECIPIENTSHARE would leave out an empty
            // amount instead of counting 0, and an empty FTE would be "text FTE": Err:502.
            const auto* text = static_cast<const rtl::OUString*>(value.getValue());
            if (text->isEmpty()) return std::monostate{};
            return toUtf8(*text);
        }
        case TypeClass::TypeClass_DOUBLE:
        case TypeClass::TypeClass_FLOAT:
        case TypeClass::TypeClass_LONG:
        case TypeClass::TypeClass_SHORT:
        case TypeClass::TypeClass_BYTE:
        case TypeClass::TypeClass_HYPER:
        case TypeClass::TypeClass_BOOLEAN: {
            double number = 0;
            if (value.getValueTypeClass() == TypeClass::TypeClass_BOOLEAN)
                number = *static_cast<const sal_Bool*>(value.getValue()) ? 1.0 : 0.0;
            else
                value >>= number;
            return number;
        }
        default: return std::monostate{};
    }
}

Range toRange(const AnyMatrix& matrix) {
    Range range;
    range.rows = static_cast<std::size_t>(matrix.getLength());
    for (const auto& row : matrix)
        range.cols = std::max(range.cols, static_cast<std::size_t>(row.getLength()));
    range.cells.reserve(range.rows * range.cols);
    for (const auto& row : matrix) {
        for (const Any& value : row) range.cells.push_back(toCell(value));
        // Ragged rows do not come from Calc, but keep the block rectangular anyway.
        for (auto c = static_cast<std::size_t>(row.getLength()); c < range.cols; ++c)
            range.cells.emplace_back(std::monostate{});
    }
    return range;
}

std::optional<Range> optionalRange(const Any& value) {
    if (!value.hasValue()) return std::nullopt;
    AnyMatrix matrix;
    if (value >>= matrix) return toRange(matrix);
    return Range::column({toCell(value)});
}

std::optional<Cell> optionalCell(const Any& value) {
    AnyMatrix matrix;
    if (value >>= matrix) {
        // A range given where one value is expected: only a single cell makes sense.
        if (matrix.getLength() != 1 || matrix[0].getLength() != 1) throwBadInput("one value expected");
        return optionalCell(matrix[0][0]);
    }
    Cell cell = toCell(value);
    if (isEmpty(cell)) return std::nullopt;
    return cell;
}

double optionalNumber(const Any& value, double defaultValue) {
    std::optional<Cell> cell = optionalCell(value);
    if (!cell) return defaultValue;
    if (!isNumber(*cell)) throwBadInput("number expected");
    return std::get<double>(*cell);
}

void throwBadInput(const char* why) {
    throw css::lang::IllegalArgumentException(rtl::OUString::createFromAscii(why), nullptr, 0);
}

Any toAny(const Cell& cell) {
    if (isNumber(cell)) return Any(std::get<double>(cell));
    if (isText(cell)) return Any(fromUtf8(std::get<std::string>(cell)));
    return Any(rtl::OUString());
}

}  // namespace ligestat::addin
