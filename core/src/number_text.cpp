// Number-like text (number_text.hpp): one strict reader for the data check,
// the sidebar and the per-value functions.
#include "ligestat/number_text.hpp"

#include "ligestat/text.hpp"

#include <array>
#include <charconv>
#include <cmath>

namespace ligestat {
namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

bool startsWith(std::string_view text, std::string_view prefix) {
    return text.size() >= prefix.size() && text.substr(0, prefix.size()) == prefix;
}
bool endsWith(std::string_view text, std::string_view suffix) {
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// Currency words as exports write them; "kr." before "kr" so the dot goes too.
constexpr std::array<std::string_view, 9> kCurrencies{"kr.", "Kr.", "KR.", "kr", "Kr", "KR", "DKK", "EUR", "\xE2\x82\xAC"};

std::string_view stripCurrency(std::string_view text) {
    for (std::string_view currency : kCurrencies) {
        if (startsWith(text, currency)) return trimWhitespace(text.substr(currency.size()));
        if (endsWith(text, currency)) return trimWhitespace(text.substr(0, text.size() - currency.size()));
    }
    return text;
}

// Length in bytes of a thousands separator other than the locale's mark at
// the start of `text` (space, no-break space U+00A0, narrow no-break U+202F).
std::size_t spaceGroupLength(std::string_view text) {
    if (startsWith(text, " ")) return 1;
    if (startsWith(text, "\xC2\xA0")) return 2;
    if (startsWith(text, "\xE2\x80\xAF")) return 3;
    return 0;
}

// Digits with grouping and a decimal mark into the C form ("41963.50"), or
// "" when the text breaks a rule of number_text.hpp.
std::string canonicalDigits(std::string_view text, char groupMark, char decimalMark) {
    std::string digits;
    std::size_t groupDigits = 0;   // digits in the current group
    bool grouped = false;          // a separator has been seen
    bool fraction = false;
    std::size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (isDigit(c)) {
            digits += c;
            ++groupDigits;
            ++i;
            continue;
        }
        std::size_t separator = c == groupMark ? 1 : spaceGroupLength(text.substr(i));
        if (separator > 0 && !fraction) {
            // A group ends: the first has 1-3 digits, the others exactly 3.
            if (groupDigits == 0 || groupDigits > 3 || (grouped && groupDigits != 3)) return {};
            grouped = true;
            groupDigits = 0;
            i += separator;
            continue;
        }
        if (c == decimalMark && !fraction) {
            if (groupDigits == 0 || (grouped && groupDigits != 3)) return {};
            digits += '.';
            fraction = true;
            groupDigits = 0;
            ++i;
            continue;
        }
        return {};
    }
    if (groupDigits == 0) return {};  // ends in a separator, or empty
    if (grouped && !fraction && groupDigits != 3) return {};
    return digits;
}

std::optional<double> fromCanonical(const std::string& digits) {
    double value = 0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (error != std::errc() || end != digits.data() + digits.size() || !std::isfinite(value)) return std::nullopt;
    return value;
}

}  // namespace

NumberLocale numberLocaleOf(std::string_view language) {
    return startsWith(language, "da") ? NumberLocale::Danish : NumberLocale::English;
}

std::optional<double> parseNumberText(std::string_view text, NumberLocale locale) {
    text = trimWhitespace(text);
    double scale = 1;
    if (endsWith(text, "%")) {
        scale = 0.01;
        text = trimWhitespace(text.substr(0, text.size() - 1));
    }
    text = stripCurrency(text);
    bool negative = false;
    if (startsWith(text, "-") || startsWith(text, "+")) {
        negative = text[0] == '-';
        text = trimWhitespace(text.substr(1));
    } else if (startsWith(text, "\xE2\x88\x92")) {  // U+2212 minus sign, as typeset exports write it
        negative = true;
        text = trimWhitespace(text.substr(3));
    }
    if (scale == 1 && endsWith(text, "%")) return std::nullopt;  // "kr. 5 %": no such amount
    const bool danish = locale == NumberLocale::Danish;
    const std::string digits = canonicalDigits(text, danish ? '.' : ',', danish ? ',' : '.');
    if (digits.empty()) return std::nullopt;
    const auto value = fromCanonical(digits);
    if (!value) return std::nullopt;
    return (negative ? -*value : *value) * scale;
}

std::optional<double> parsePlainNumber(std::string_view text) {
    std::string plain(trimWhitespace(text));
    if (plain.empty() || plain.find(',') != plain.rfind(',')) return std::nullopt;
    if (plain.find(',') != std::string::npos && plain.find('.') != std::string::npos) return std::nullopt;
    for (char& c : plain)
        if (c == ',') c = '.';  // a Danish decimal comma
    if (plain.front() == '+') plain.erase(0, 1);
    return fromCanonical(plain);
}

std::string formatPlainNumber(double value, NumberLocale locale) {
    std::string text = formatNumber(value, 15);
    if (locale == NumberLocale::Danish)
        for (char& c : text)
            if (c == '.') c = ',';
    return text;
}

}  // namespace ligestat
