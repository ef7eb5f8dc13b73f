// Translation between UNO values and the core's plain values. Every rule about
// how a Calc argument becomes a core argument lives here, once.
#pragma once

#include "ligestat/cell.hpp"
#include "ligestat/result.hpp"

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/Sequence.hxx>
#include <rtl/ustring.hxx>

#include <optional>
#include <string>

namespace ligestat::addin {

using AnyMatrix = css::uno::Sequence<css::uno::Sequence<css::uno::Any>>;

std::string toUtf8(const rtl::OUString& text);
rtl::OUString fromUtf8(const std::string& text);

// Numbers (and booleans) become numbers, non-empty strings text, anything else
// (void, "") empty.
Cell toCell(const css::uno::Any& value);
Range toRange(const AnyMatrix& matrix);
// An optional argument: void means omitted; a single value is a 1x1 range.
std::optional<Range> optionalRange(const css::uno::Any& value);
// An optional scalar argument: omitted/empty gives std::nullopt.
std::optional<Cell> optionalCell(const css::uno::Any& value);
// An optional number: omitted/empty gives the default; text is bad input.
double optionalNumber(const css::uno::Any& value, double defaultValue);

[[noreturn]] void throwBadInput(const char* why);

css::uno::Any toAny(const Cell& cell);
// A core result as Calc shows it: the value, void (#N/A) or Err:502.
template <class T, class Convert>
css::uno::Any toAny(const Result<T>& result, Convert convert) {
    if (result.ok()) return convert(result.value());
    if (result.failure() == Failure::NotAvailable) return css::uno::Any();
    throwBadInput("bad input");
}
inline css::uno::Any toAny(const Result<double>& result) {
    return toAny(result, [](double v) { return css::uno::Any(v); });
}

}  // namespace ligestat::addin
