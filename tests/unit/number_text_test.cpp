// Number-like text (number_text.hpp): every expectation worked out by hand
// from the locale's separators.
#include "ligestat/number_text.hpp"

#include <gtest/gtest.h>

#include <optional>

namespace ligestat {
namespace {

constexpr NumberLocale kDa = NumberLocale::Danish;
constexpr NumberLocale kEn = NumberLocale::English;

TEST(NumberText, TheIssuesExamplesInDanish) {
    EXPECT_DOUBLE_EQ(*parseNumberText("80 %", kDa), 0.8);
    EXPECT_DOUBLE_EQ(*parseNumberText("80%", kDa), 0.8);
    EXPECT_DOUBLE_EQ(*parseNumberText("kr. 41.963", kDa), 41963.0);
    EXPECT_DOUBLE_EQ(*parseNumberText("36.387 kr.", kDa), 36387.0);
    EXPECT_DOUBLE_EQ(*parseNumberText("41.963,50", kDa), 41963.5);
    EXPECT_DOUBLE_EQ(*parseNumberText("1.234,5", kDa), 1234.5);
    EXPECT_DOUBLE_EQ(*parseNumberText("DKK 1.234.567", kDa), 1234567.0);
    EXPECT_DOUBLE_EQ(*parseNumberText("  0,5\xC2\xA0", kDa), 0.5);  // no-break space from a web page
    EXPECT_DOUBLE_EQ(*parseNumberText("-2,25", kDa), -2.25);
    EXPECT_DOUBLE_EQ(*parseNumberText("\xE2\x88\x92" "3", kDa), -3.0);  // U+2212 minus
    EXPECT_DOUBLE_EQ(*parseNumberText("1 234,50 kr", kDa), 1234.5);
    EXPECT_DOUBLE_EQ(*parseNumberText("1\xC2\xA0" "234", kDa), 1234.0);
    EXPECT_DOUBLE_EQ(*parseNumberText("12,5 %", kDa), 0.125);
}

TEST(NumberText, TheSameTextsInEnglish) {
    EXPECT_DOUBLE_EQ(*parseNumberText("41,963.50", kEn), 41963.5);
    EXPECT_DOUBLE_EQ(*parseNumberText("EUR 1,234", kEn), 1234.0);
    EXPECT_DOUBLE_EQ(*parseNumberText("\xE2\x82\xAC" "5.5", kEn), 5.5);
    EXPECT_DOUBLE_EQ(*parseNumberText("80 %", kEn), 0.8);
    EXPECT_DOUBLE_EQ(*parseNumberText("12.5%", kEn), 0.125);
}

TEST(NumberText, AmbiguousTextFollowsTheLocale) {
    // "1.234": a thousands group in Danish, a decimal mark in English.
    EXPECT_DOUBLE_EQ(*parseNumberText("1.234", kDa), 1234.0);
    EXPECT_DOUBLE_EQ(*parseNumberText("1.234", kEn), 1.234);
    // "1,234": the reverse.
    EXPECT_DOUBLE_EQ(*parseNumberText("1,234", kDa), 1.234);
    EXPECT_DOUBLE_EQ(*parseNumberText("1,234", kEn), 1234.0);
    // "1,5": a decimal in Danish; in English a group of one digit is no group.
    EXPECT_DOUBLE_EQ(*parseNumberText("1,5", kDa), 1.5);
    EXPECT_FALSE(parseNumberText("1,5", kEn));
}

TEST(NumberText, WhatIsNoNumber) {
    for (const char* text : {"", "  ", "kr.", "%", "abc", "41.963,50 kr x", "1.23.4", "1.2345", "12345.678,9",
                             "1..234", ".5", "1,", "1.", "--1", "41,963.50", "5 % %", "1e5", "0x10", "K"}) {
        EXPECT_FALSE(parseNumberText(text, kDa)) << text;
    }
    // In English, "41.963,50" breaks the rules the same way.
    EXPECT_FALSE(parseNumberText("41.963,50", kEn));
    EXPECT_FALSE(parseNumberText("1,23,456", kEn));
}

TEST(NumberText, PlainNumbersAsTypedOrAsCalcWritesThem) {
    EXPECT_DOUBLE_EQ(*parsePlainNumber("0,4"), 0.4);
    EXPECT_DOUBLE_EQ(*parsePlainNumber(" 0.4 "), 0.4);
    EXPECT_DOUBLE_EQ(*parsePlainNumber("45"), 45.0);
    EXPECT_DOUBLE_EQ(*parsePlainNumber("-1"), -1.0);
    EXPECT_DOUBLE_EQ(*parsePlainNumber("1E+308"), 1e308);
    EXPECT_DOUBLE_EQ(*parsePlainNumber("+3"), 3.0);
    for (const char* text : {"", "abc", "1.234,5", "1,2,3", "kr. 5", "80 %", "inf", "nan", "1E+400"})
        EXPECT_FALSE(parsePlainNumber(text)) << text;
}

TEST(NumberText, FormatForAField) {
    EXPECT_EQ(formatPlainNumber(0.4, kDa), "0,4");
    EXPECT_EQ(formatPlainNumber(0.4, kEn), "0.4");
    EXPECT_EQ(formatPlainNumber(3, kDa), "3");
    EXPECT_EQ(numberLocaleOf("da-DK"), kDa);
    EXPECT_EQ(numberLocaleOf("en-US"), kEn);
}

}  // namespace
}  // namespace ligestat
