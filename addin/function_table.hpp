// The one table that describes every spreadsheet function: its internal
// method name, English and Danish names, descriptions and argument help.
// Plain C++ (no UNO) so the docs test can read it too.
#pragma once

#include "ligestat/bilingual.hpp"

#include <string_view>
#include <vector>

namespace ligestat::addin {

using ligestat::Text;

struct ArgumentInfo {
    Text name;
    Text description;
};

struct FunctionInfo {
    const char* method;  // the UNO method; "<service>.<method>" is stored in .ods: never rename
    Text name;           // display name per UI language; English is also the API name
    Text description;
    bool hasCallerArgument;  // first UNO parameter is the hidden calling document
    std::vector<ArgumentInfo> arguments;  // visible arguments in order
};

inline constexpr const char* kServiceName = "dk.ligestat.sheet.Functions";
inline constexpr const char* kImplementationName = "dk.ligestat.sheet.FunctionsImpl";
// Calc's category id (Calc knows a fixed set of English ids); the display name is ours.
inline constexpr const char* kProgrammaticCategory = "Add-In";
inline constexpr Text kCategoryName{"Gender equality", "Ligestilling"};

const std::vector<FunctionInfo>& functionTable();
const FunctionInfo* findFunction(std::string_view method);
// Maps a UNO parameter position (which counts the hidden caller) to the visible argument.
const ArgumentInfo* findArgument(const FunctionInfo& function, long unoParameterPosition);

}  // namespace ligestat::addin
