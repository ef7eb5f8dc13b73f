#include "ligestat/gender.hpp"

#include "detail/gender_codes.hpp"
#include "ligestat/text.hpp"

#include <array>
#include <string>

namespace ligestat {
namespace detail {
namespace {

// The spec's codes as matchKey gives them (lower case).
constexpr std::array<std::string_view, 6> kWomenCodes{"k", "kvinde", "f", "female", "w", "woman"};
constexpr std::array<std::string_view, 4> kMenCodes{"m", "mand", "male", "man"};
constexpr std::size_t kLongestCode = 6;

bool isAnyOf(std::string_view key, const auto& codes) {
    for (const std::string_view code : codes) {
        if (key == code) return true;
    }
    return false;
}

}  // namespace

Gender genderOfKey(std::string_view key) {
    if (key.size() == 1) {  // the common case in a million-row column: K, M, F, W
        switch (key.front()) {
            case 'k': case 'f': case 'w': return Gender::Woman;
            case 'm': return Gender::Man;
            default: return Gender::Other;
        }
    }
    if (isAnyOf(key, kWomenCodes)) return Gender::Woman;
    if (isAnyOf(key, kMenCodes)) return Gender::Man;
    return Gender::Other;
}

std::optional<Gender> genderOfAsciiText(std::string_view text) {
    // Only ASCII white space is trimmed here: a no-break space or any other
    // non-ASCII byte sends the text to the Unicode path below.
    const auto isAsciiSpace = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
    while (!text.empty() && isAsciiSpace(text.front())) text.remove_prefix(1);
    while (!text.empty() && isAsciiSpace(text.back())) text.remove_suffix(1);
    std::array<char, kLongestCode> lowered{};
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        // Non-ASCII could still fold to a code (U+212A KELVIN SIGN folds to "k").
        if (static_cast<unsigned char>(c) >= 0x80) return std::nullopt;
        if (i < kLongestCode) lowered[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    if (text.size() > kLongestCode) return Gender::Other;
    return genderOfKey(std::string_view(lowered.data(), text.size()));
}

}  // namespace detail

Gender parseGender(const Cell& cell) {
    const auto* text = std::get_if<std::string>(&cell);
    if (text == nullptr) return Gender::Other;  // empty or a number
    if (const auto gender = detail::genderOfAsciiText(*text)) return *gender;
    return detail::genderOfKey(matchKey(*text));
}

std::vector<std::string_view> genderCodes(Gender gender) {
    if (gender == Gender::Woman) return {detail::kWomenCodes.begin(), detail::kWomenCodes.end()};
    if (gender == Gender::Man) return {detail::kMenCodes.begin(), detail::kMenCodes.end()};
    return {};
}

}  // namespace ligestat
