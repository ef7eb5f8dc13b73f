#include "ligestat/gender.hpp"

#include <gtest/gtest.h>

namespace ligestat {
namespace {

TEST(ParseGender, WomenCodesInAnyCaseTrimmed) {
    for (const char* code : {"K", "k", " Kvinde ", "KVINDE", "f", "Female", "W", "woman", "\tWOMAN\n"}) {
        EXPECT_EQ(parseGender(Cell(code)), Gender::Woman) << code;
    }
}

TEST(ParseGender, MenCodesInAnyCaseTrimmed) {
    for (const char* code : {"M", "m", " Mand ", "MAND", "male", "MALE", "Man", " man"}) {
        EXPECT_EQ(parseGender(Cell(code)), Gender::Man) << code;
    }
}

TEST(ParseGender, EverythingElseIsOther) {
    for (const char* text : {"", "  ", "X", "?", "Kvinder", "mandag", "Mænd", "K M", "KV", "womanly"}) {
        EXPECT_EQ(parseGender(Cell(text)), Gender::Other) << text;
    }
    EXPECT_EQ(parseGender(Cell{}), Gender::Other);
    EXPECT_EQ(parseGender(Cell(1.0)), Gender::Other);
    EXPECT_EQ(parseGender(Cell(0.0)), Gender::Other);
}

TEST(ParseGender, UnicodeSpacesAndFoldingTakeTheSlowPath) {
    EXPECT_EQ(parseGender(Cell("\u00A0K\u00A0")), Gender::Woman);     // no-break spaces
    EXPECT_EQ(parseGender(Cell("\u3000mand")), Gender::Man);           // ideographic space
    EXPECT_EQ(parseGender(Cell("\u212Avinde")), Gender::Woman);        // KELVIN SIGN folds to k
    EXPECT_EQ(parseGender(Cell("\u00A0X")), Gender::Other);
}

}  // namespace
}  // namespace ligestat
