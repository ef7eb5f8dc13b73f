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
#include <vector>

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
    ASSERT_EQ(methods.size(), 25u);  // 14 + 4 explained pay gap + 3 EU pay transparency + 4 year on year
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

// ---- docs/functions.md agrees with the table ---------------------------------

// "### PAYINDEX / LØNINDEKS" headings of the reference, each with the text
// that follows it up to the next heading.
std::map<std::string, std::string> docSections() {
    const std::string doc = readFile(LIGESTAT_SOURCE_DIR "/docs/functions.md");
    std::map<std::string, std::string> sections;
    std::istringstream lines(doc);
    std::string line;
    std::string* body = nullptr;
    while (std::getline(lines, line)) {
        if (line.rfind("#", 0) == 0) {
            body = nullptr;
            if (line.rfind("### ", 0) == 0 && line.find(" / ") != std::string::npos) {
                body = &sections[line.substr(4)];
            }
        } else if (body != nullptr) {
            *body += line + "\n";
        }
    }
    return sections;
}

// The argument names of the signature line "`NAME(a; [b])`" in a section.
std::vector<std::string> signatureArguments(const std::string& section, const std::string& name) {
    const std::string start = "`" + name + "(";
    const auto at = section.find(start);
    if (at == std::string::npos) return {"<no signature line for " + name + ">"};
    const auto end = section.find(")`", at);
    const std::string inside = section.substr(at + start.size(), end - at - start.size());
    std::vector<std::string> names;
    std::istringstream parts(inside);
    std::string part;
    while (std::getline(parts, part, ';')) {
        std::string cleaned;
        for (const char c : part) {
            if (c != ' ' && c != '[' && c != ']') cleaned += c;
        }
        if (!cleaned.empty()) names.push_back(cleaned);
    }
    return names;
}

TEST(FunctionDocs, EveryFunctionHasASectionWithBothSignatures) {
    const auto sections = docSections();
    for (const auto& f : functionTable()) {
        const std::string heading = std::string(f.name.en) + " / " + f.name.da;
        SCOPED_TRACE(heading);
        ASSERT_TRUE(sections.count(heading)) << "docs/functions.md lacks the heading ### " << heading;
        std::vector<std::string> english;
        std::vector<std::string> danish;
        for (const auto& a : f.arguments) {
            english.emplace_back(a.name.en);
            danish.emplace_back(a.name.da);
        }
        EXPECT_EQ(signatureArguments(sections.at(heading), f.name.en), english);
        EXPECT_EQ(signatureArguments(sections.at(heading), f.name.da), danish);
    }
}

TEST(FunctionDocs, DocumentsNoFunctionTheTableLacks) {
    std::set<std::string> known;
    for (const auto& f : functionTable()) known.insert(std::string(f.name.en) + " / " + f.name.da);
    const auto sections = docSections();
    for (const auto& [heading, body] : sections) EXPECT_TRUE(known.count(heading)) << "### " << heading;
    EXPECT_EQ(sections.size(), functionTable().size());
}

TEST(FunctionDocs, SignatureParserSeesMismatches) {
    // The checks above are only as good as the parser: it must see a wrong name.
    const std::string section = "`F(pay; [gender]; [fte])`\n`G(løn)`\n";
    EXPECT_EQ(signatureArguments(section, "F"), (std::vector<std::string>{"pay", "gender", "fte"}));
    EXPECT_EQ(signatureArguments(section, "G"), (std::vector<std::string>{"løn"}));
    EXPECT_NE(signatureArguments(section, "H"), (std::vector<std::string>{}));
}

}  // namespace
