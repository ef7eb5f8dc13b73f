#include "ligestat/age.hpp"

#include <array>
#include <charconv>
#include <cmath>

namespace ligestat {
namespace {

// A whole number as digits, "-0" printed as "0".
std::string wholeNumberText(double wholeNumber) {
    std::array<char, 400> digits{};  // 1e308 has 309 digits
    const auto written = std::to_chars(digits.data(), digits.data() + digits.size(), wholeNumber + 0.0,
                                       std::chars_format::fixed, 0);
    return std::string(digits.data(), written.ptr);
}

bool isValidBandRule(double width, double lowest, double highest) {
    return std::isfinite(width) && width > 0 && std::isfinite(lowest) && std::isfinite(highest) &&
           lowest <= highest;
}

// The band [start, start + width) below `highest` that holds `years`.
double bandStartOf(double years, double width, double lowest) {
    double start = lowest + std::floor((years - lowest) / width) * width;
    // Division rounding with fractional widths can land one band off.
    if (years < start) start -= width;
    if (years >= start + width) start += width;
    return start;
}

}  // namespace

// Ages are completed years, so a band is labelled by the whole ages it holds:
// band [start, end) shows as "ceil(start)-(ceil(end) - 1)". The last band
// below `highest` ends at `highest` even when `width` does not divide
// highest - lowest (width 10, 30..65: "60-64", then "65+"). The label keeps
// the "a-b" form also when a band holds a single age (width 1: "30-30").
Result<std::string> ageBand(double age, double width, double lowest, double highest) {
    if (!std::isfinite(age) || age < 0) return Failure::BadInput;
    if (!isValidBandRule(width, lowest, highest)) return Failure::BadInput;
    const double years = std::floor(age);  // fractions are cut
    if (years < lowest) return "<" + wholeNumberText(std::ceil(lowest));
    if (years >= highest) return wholeNumberText(std::ceil(highest)) + "+";
    const double start = bandStartOf(years, width, lowest);
    const double end = std::min(start + width, highest);
    const double firstAge = std::ceil(start);
    const double lastAge = std::ceil(end) - 1;
    if (!std::isfinite(start) || !std::isfinite(end) || firstAge > years || lastAge < years) {
        return Failure::BadInput;  // bounds beyond double precision (e.g. width 1e-300)
    }
    return wholeNumberText(firstAge) + "-" + wholeNumberText(lastAge);
}

}  // namespace ligestat
