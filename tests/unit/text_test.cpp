#include "ligestat/text.hpp"

#include <gtest/gtest.h>

namespace ligestat {
namespace {

TEST(MatchKey, AsciiIsTrimmedAndLowerCased) {
    EXPECT_EQ(matchKey("  Nurse\t\n"), "nurse");
    EXPECT_EQ(matchKey("NURSE"), matchKey("nurse"));
}

TEST(MatchKey, DanishLettersMatchInAnyCase) {
    EXPECT_EQ(matchKey("Læge"), matchKey("LÆGE"));
    EXPECT_EQ(matchKey("LÆGE"), "læge");
    EXPECT_EQ(matchKey("ØKONOM"), matchKey("økonom"));
    EXPECT_EQ(matchKey("Øst"), "øst");
    EXPECT_EQ(matchKey("ÅRHUS"), matchKey("århus"));
    EXPECT_EQ(matchKey("Å"), "å");
}

TEST(MatchKey, UnicodeWhiteSpaceIsTrimmed) {
    // U+00A0 no-break space, U+2003 em space, U+3000 ideographic space.
    EXPECT_EQ(matchKey("\u00A0Læge\u2003"), "læge");
    EXPECT_EQ(matchKey("\u3000 LÆGE \u00A0"), "læge");
}

TEST(MatchKey, InnerWhiteSpaceStays) {
    EXPECT_EQ(matchKey(" Overlæge  B "), "overlæge  b");
    EXPECT_NE(matchKey("Over læge"), matchKey("Overlæge"));
}

TEST(MatchKey, CanonicallyEquivalentFormsMatch) {
    // Å as U+00C5, as A + U+030A combining ring, and as U+212B ANGSTROM SIGN.
    EXPECT_EQ(matchKey("\u00C5rhus"), matchKey("A\u030Arhus"));
    EXPECT_EQ(matchKey("\u212Brhus"), matchKey("århus"));
}

TEST(MatchKey, FullCaseFolding) {
    // ß folds to "ss" (Unicode full folding).
    EXPECT_EQ(matchKey("Straße"), matchKey("STRASSE"));
}

TEST(MatchKey, BlankTextHasTheEmptyKey) {
    EXPECT_EQ(matchKey(""), "");
    EXPECT_EQ(matchKey(" \t\u00A0 "), "");
}

TEST(MatchKey, InvalidUtf8NeitherThrowsNorVanishes) {
    EXPECT_NO_THROW(matchKey("\xFF\xFE"));
    EXPECT_NE(matchKey("a\xFF"), matchKey("a"));  // a broken byte is not dropped
    EXPECT_NE(matchKey("\xC3"), "");               // a cut-off 2-byte character
}

TEST(TrimWhitespace, TrimsBothEndsOnly) {
    EXPECT_EQ(trimWhitespace("\u00A0 a\u00A0b \u2028"), "a\u00A0b");
    EXPECT_EQ(trimWhitespace("   "), "");
    EXPECT_EQ(trimWhitespace(""), "");
}

TEST(TrimWhitespace, KeepsBrokenBytesAtTheEnds) {
    EXPECT_EQ(trimWhitespace("\xA0x\xA0"), "\xA0x\xA0");  // bare continuation bytes, not U+00A0
}

}  // namespace
}  // namespace ligestat
