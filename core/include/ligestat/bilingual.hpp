// A text in both languages Ligestat speaks (UTF-8), chosen by "da" or "en":
// the one type for function metadata, cell results and sheet labels.
#pragma once

#include <string_view>

namespace ligestat {

struct Text {
    const char* en;
    const char* da;
    const char* in(std::string_view language) const { return language == "da" ? da : en; }
};

}  // namespace ligestat
