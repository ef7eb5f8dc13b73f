// The metadata table is the one source of names: check it against the IDL
// (every method listed, argument counts equal) and against docs/functions.md.
#include "function_table.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>

namespace {

std::string readFile(const std::string& path) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// method name -> number of parameters, parsed from the IDL.
std::map<std::string, int> idlMethods() {
    const std::string idl = readFile(LIGESTAT_SOURCE_DIR "/idl/XFunctions.idl");
    std::map<std::string, int> methods;
    std::regex method(R"(any\s+(\w+)\s*\(([^)]*)\))");
    for (auto it = std::sregex_iterator(idl.begin(), idl.end(), method); it != std::sregex_iterator(); ++it) {
        const std::string params = (*it)[2];
        methods[(*it)[1]] = static_cast<int>(std::count(params.begin(), params.end(), '[') );
    }
    return methods;
}

using ligestat::addin::functionTable;

TEST(FunctionTable, ListsEveryIdlMethodWithItsArguments) {
    const auto methods = idlMethods();
    ASSERT_EQ(methods.size(), 14u);
    ASSERT_EQ(functionTable().size(), methods.size());
    for (const auto& f : functionTable()) {
        SCOPED_TRACE(f.method);
        ASSERT_TRUE(methods.count(f.method));
        const int hidden = f.hasCallerArgument ? 1 : 0;
        EXPECT_EQ(static_cast<int>(f.arguments.size()) + hidden, methods.at(f.method));
    }
}

TEST(FunctionTable, NamesAreUniqueAndComplete) {
    std::set<std::string> names;
    for (const auto& f : functionTable()) {
        EXPECT_TRUE(names.insert(f.name.en).second) << f.name.en;
        EXPECT_TRUE(names.insert(f.name.da).second || std::string(f.name.da) == f.name.en) << f.name.da;
        EXPECT_STRNE(f.description.en, "");
        EXPECT_STRNE(f.description.da, "");
        for (const auto& a : f.arguments) {
            EXPECT_STRNE(a.name.en, "");
            EXPECT_STRNE(a.name.da, "");
            EXPECT_STRNE(a.description.en, "");
            EXPECT_STRNE(a.description.da, "");
        }
    }
}

TEST(FunctionTable, CallerArgumentIsNotAVisibleArgument) {
    const auto* age = ligestat::addin::findFunction("cprAge");
    ASSERT_NE(age, nullptr);
    EXPECT_EQ(ligestat::addin::findArgument(*age, 0), nullptr);  // the hidden document
    EXPECT_STREQ(ligestat::addin::findArgument(*age, 1)->name.en, "cpr");
    EXPECT_STREQ(ligestat::addin::findArgument(*age, 2)->name.en, "date");
    EXPECT_EQ(ligestat::addin::findArgument(*age, 3), nullptr);
}

}  // namespace
