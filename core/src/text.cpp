#include "ligestat/text.hpp"

#include <locale>
#include <sstream>

#include <boost/locale.hpp>

#include <new>
#include <exception>

namespace ligestat {
namespace {

using Utf8 = boost::locale::utf::utf_traits<char>;

// Unicode's White_Space property (PropList.txt, unchanged since Unicode 6.3):
// what copy-paste from mail and web pages leaves around a cell's text.
bool isUnicodeWhiteSpace(char32_t c) {
    return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
           c == 0x205F || c == 0x3000;
}

bool isAscii(std::string_view text) {
    for (const char c : text) {
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    }
    return true;
}

// Length in bytes of the white space character that starts `text`; 0 if none.
std::size_t leadingSpaceLength(std::string_view text) {
    const char* position = text.data();
    const char32_t c = Utf8::decode(position, text.data() + text.size());
    const bool decoded = c != boost::locale::utf::illegal && c != boost::locale::utf::incomplete;
    return decoded && isUnicodeWhiteSpace(c) ? static_cast<std::size_t>(position - text.data()) : 0;
}

// Length in bytes of the white space character that ends `text`; 0 if none.
std::size_t trailingSpaceLength(std::string_view text) {
    // A UTF-8 character is at most 4 bytes: find its lead byte, then decode it.
    std::size_t length = 1;
    while (length < 4 && length < text.size() &&
           (static_cast<unsigned char>(text[text.size() - length]) & 0xC0) == 0x80) {
        ++length;
    }
    const std::string_view last = text.substr(text.size() - length);
    return leadingSpaceLength(last) == length ? length : 0;
}

std::string asciiLower(std::string_view text) {
    std::string lowered(text);
    for (char& c : lowered) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return lowered;
}

// ICU refuses nothing, but a broken byte must not make two different texts
// equal by being dropped: each invalid byte becomes U+FFFD.
std::string replaceInvalidUtf8(std::string_view text) {
    std::string valid;
    valid.reserve(text.size());
    const char* position = text.data();
    const char* const end = text.data() + text.size();
    while (position != end) {
        const char* const start = position;
        const char32_t c = Utf8::decode(position, end);
        if (c == boost::locale::utf::illegal || c == boost::locale::utf::incomplete) {
            valid += "\xEF\xBF\xBD";
            position = start + 1;
        } else {
            valid.append(start, position);
        }
    }
    return valid;
}

std::locale makeIcuLocale() {
    try {
        auto backends = boost::locale::localization_backend_manager::global();
        backends.select("icu");
        boost::locale::generator generator(backends);
        return generator("en_US.UTF-8");
    } catch (const std::bad_alloc&) {
        throw;
    } catch (const std::exception&) {
        // No ICU backend: the folding below fails and falls back to ASCII.
        return std::locale::classic();
    }
}

const std::locale& icuLocale() {
    static const std::locale locale = makeIcuLocale();
    return locale;
}

// Unicode "canonical caseless match" (Unicode 15, D145): NFD, full case
// folding, then NFC for a compact key. So "Å" (U+00C5), "A" + U+030A and the
// Ångström sign all give "å", and "STRASSE" matches "Straße".
std::string unicodeKey(std::string_view text) {
    const std::string valid = replaceInvalidUtf8(text);
    try {
        namespace bl = boost::locale;
        const std::string decomposed = bl::normalize(valid, bl::norm_nfd, icuLocale());
        return bl::normalize(bl::fold_case(decomposed, icuLocale()), bl::norm_nfc, icuLocale());
    } catch (const std::bad_alloc&) {
        throw;
    } catch (const std::exception&) {
        return asciiLower(valid);
    }
}

}  // namespace

std::string_view trimWhitespace(std::string_view utf8) {
    while (!utf8.empty()) {
        const std::size_t length = leadingSpaceLength(utf8);
        if (length == 0) break;
        utf8.remove_prefix(length);
    }
    while (!utf8.empty()) {
        const std::size_t length = trailingSpaceLength(utf8);
        if (length == 0) break;
        utf8.remove_suffix(length);
    }
    return utf8;
}

std::string matchKey(std::string_view utf8) {
    const std::string_view trimmed = trimWhitespace(utf8);
    // Case folding of ASCII is exactly A-Z -> a-z; no ICU call needed.
    if (isAscii(trimmed)) return asciiLower(trimmed);
    return unicodeKey(trimmed);
}

std::string formatNumber(double value, int significantDigits) {
    std::ostringstream out;
    out.imbue(std::locale::classic());
    out.precision(significantDigits);
    out << value;
    return out.str();
}

std::vector<std::string> matchWords(std::string_view utf8) {
    const std::string key = matchKey(utf8);
    std::vector<std::string> words;
    std::string word;
    for (char c : key) {
        const auto u = static_cast<unsigned char>(c);
        // bytes >= 0x80 are parts of UTF-8 letters (æ, ø, å, ...): they stay in the word
        if ((u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || u >= 0x80) {
            word += c;
        } else if (!word.empty()) {
            words.push_back(std::move(word));
            word.clear();
        }
    }
    if (!word.empty()) words.push_back(std::move(word));
    return words;
}

}  // namespace ligestat
