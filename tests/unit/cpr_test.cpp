#include "cells.hpp"
#include "ligestat/cpr.hpp"

#include <limits>

namespace ligestat {
namespace {

using test::isBadInput;
using test::kBlank;

// The birth date of a valid CPR number; a test fails on an invalid one.
Date birthOf(const Cell& cpr) {
    const auto info = parseCpr(cpr);
    EXPECT_TRUE(info.has_value());
    return info ? info->birthDate : Date{};
}

bool isValid(const Cell& cpr) { return parseCpr(cpr).has_value(); }

TEST(ParseCpr, TextFormsWithAndWithoutHyphen) {
    EXPECT_EQ(birthOf(Cell("010170-1234")), (Date{1970, 1, 1}));
    EXPECT_EQ(birthOf(Cell("0101701234")), (Date{1970, 1, 1}));
    EXPECT_EQ(birthOf(Cell("241285-2468")), (Date{1985, 12, 24}));
}

TEST(ParseCpr, TextIsTrimmed) {
    EXPECT_EQ(birthOf(Cell("  010170-1234\u00A0")), (Date{1970, 1, 1}));
}

TEST(ParseCpr, NumberThatLostItsLeadingZero) {
    // 101701234 stands for 0101701234: 1 Jan 1970.
    EXPECT_EQ(birthOf(Cell(101701234.0)), (Date{1970, 1, 1}));
    // 3112999999: 31 Dec, YY 99, 7th digit 9 and 99 > 36: 1999.
    EXPECT_EQ(birthOf(Cell(3112999999.0)), (Date{1999, 12, 31}));
}

TEST(ParseCpr, GenderFromTheLastDigit) {
    EXPECT_EQ(parseCpr(Cell("010170-1234"))->gender, Gender::Woman);  // 4 even
    EXPECT_EQ(parseCpr(Cell("010170-1230"))->gender, Gender::Woman);  // 0 even
    EXPECT_EQ(parseCpr(Cell("010170-1235"))->gender, Gender::Man);    // 5 odd
    EXPECT_EQ(parseCpr(Cell(101701239.0))->gender, Gender::Man);      // 9 odd
}

TEST(ParseCpr, CenturyFromSeventhDigitZeroToThree) {
    // 0-3: always 19YY.
    EXPECT_EQ(birthOf(Cell("010100-0000")).year, 1900);
    EXPECT_EQ(birthOf(Cell("010136-1000")).year, 1936);
    EXPECT_EQ(birthOf(Cell("010158-2000")).year, 1958);
    EXPECT_EQ(birthOf(Cell("010199-3999")).year, 1999);
}

TEST(ParseCpr, CenturyFromSeventhDigitFourAndNine) {
    // 4 and 9: 2000-2036 when YY <= 36, else 1937-1999.
    EXPECT_EQ(birthOf(Cell("010100-4000")).year, 2000);
    EXPECT_EQ(birthOf(Cell("010136-4000")).year, 2036);
    EXPECT_EQ(birthOf(Cell("010137-4000")).year, 1937);
    EXPECT_EQ(birthOf(Cell("010199-4000")).year, 1999);
    EXPECT_EQ(birthOf(Cell("010136-9000")).year, 2036);
    EXPECT_EQ(birthOf(Cell("010137-9000")).year, 1937);
}

TEST(ParseCpr, CenturyFromSeventhDigitFiveToEight) {
    // 5-8: 2000-2057 when YY <= 57, else 1858-1899.
    EXPECT_EQ(birthOf(Cell("010100-5000")).year, 2000);
    EXPECT_EQ(birthOf(Cell("010157-5000")).year, 2057);
    EXPECT_EQ(birthOf(Cell("010158-6000")).year, 1858);
    EXPECT_EQ(birthOf(Cell("010199-7000")).year, 1899);
    EXPECT_EQ(birthOf(Cell("010157-8000")).year, 2057);
    EXPECT_EQ(birthOf(Cell("010158-8000")).year, 1858);
}

TEST(ParseCpr, ReplacementNumbersAddSixToTheFirstDayDigit) {
    EXPECT_EQ(birthOf(Cell("610170-1234")), (Date{1970, 1, 1}));    // 6 - 6 = 0: day 01
    EXPECT_EQ(birthOf(Cell("750370-1234")), (Date{1970, 3, 15}));   // 7 - 6 = 1: day 15
    EXPECT_EQ(birthOf(Cell("910170-1234")), (Date{1970, 1, 31}));   // 9 - 6 = 3: day 31
    EXPECT_FALSE(isValid(Cell("600170-1234")));                     // day 00
    EXPECT_FALSE(isValid(Cell("920170-1234")));                     // day 32
    EXPECT_FALSE(isValid(Cell("410170-1234")));                     // day 41: neither
}

TEST(ParseCpr, LeapDays) {
    EXPECT_EQ(birthOf(Cell("290296-1234")), (Date{1996, 2, 29}));  // 1996 is a leap year
    EXPECT_FALSE(isValid(Cell("290297-1234")));                    // 1997 is not
    EXPECT_EQ(birthOf(Cell("290200-4000")), (Date{2000, 2, 29}));  // 2000: divisible by 400
    EXPECT_FALSE(isValid(Cell("290200-0000")));                    // 1900: by 100, not 400
    EXPECT_EQ(birthOf(Cell("290256-5000")), (Date{2056, 2, 29}));
    EXPECT_FALSE(isValid(Cell("290258-5000")));                    // 1858 is not
    EXPECT_EQ(birthOf(Cell("890296-1234")), (Date{1996, 2, 29}));  // replacement leap day
}

TEST(ParseCpr, DatesThatDoNotExist) {
    EXPECT_FALSE(isValid(Cell("310470-1234")));  // 31 April
    EXPECT_FALSE(isValid(Cell("300270-1234")));  // 30 February
    EXPECT_FALSE(isValid(Cell("000170-1234")));  // day 0
    EXPECT_FALSE(isValid(Cell("010070-1234")));  // month 0
    EXPECT_FALSE(isValid(Cell("011370-1234")));  // month 13
    EXPECT_TRUE(isValid(Cell("311270-1234")));   // 31 December
}

TEST(ParseCpr, MalformedText) {
    for (const char* text : {"", "010170 1234", "010170\u20131234", "01017-01234", "010170-123", "010170-12345",
                             "01017012345", "abcdefghij", "0101701a34", "101701234", "+101701234",
                             "010170--1234", "0101701234-", "010170/1234"}) {
        EXPECT_FALSE(isValid(Cell(text))) << text;
    }
}

TEST(ParseCpr, BadNumbers) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    for (const double number : {101701234.5, -101701234.0, 10000000000.0, 1e308, nan, inf, -inf, 0.0}) {
        EXPECT_FALSE(isValid(Cell(number))) << number;
    }
    EXPECT_FALSE(isValid(kBlank));
}

TEST(CivilDays, KnownDays) {
    EXPECT_EQ(daysFromCivil({1970, 1, 1}), 0);
    EXPECT_EQ(daysFromCivil({1969, 12, 31}), -1);
    // 30 years of 365 days plus 7 leap days (1972 .. 1996) = 10957; + 31 + 29.
    EXPECT_EQ(daysFromCivil({2000, 3, 1}), 10957 + 31 + 29);
    // 1900-01-01 is 70 * 365 + 17 leap days (1904 .. 1968) = 25567 days before; + 31 + 28.
    EXPECT_EQ(daysFromCivil({1900, 3, 1}), -25567 + 31 + 28);
}

TEST(CivilDays, RoundTrip) {
    for (const Date date : {Date{1858, 1, 1}, Date{1900, 2, 28}, Date{1900, 3, 1}, Date{2000, 2, 29},
                            Date{2057, 12, 31}, Date{1, 1, 1}, Date{-400, 3, 1}}) {
        EXPECT_EQ(civilFromDays(daysFromCivil(date)), date) << date.year;
    }
}

TEST(CivilDays, DaysBeyondAnyYearGiveAnInvalidDate) {
    EXPECT_FALSE(isValidDate(civilFromDays(std::numeric_limits<long>::max())));
    EXPECT_FALSE(isValidDate(civilFromDays(std::numeric_limits<long>::min())));
}

TEST(IsValidDate, MonthsAndLeapYears) {
    EXPECT_TRUE(isValidDate({2023, 1, 31}));
    EXPECT_FALSE(isValidDate({2023, 2, 29}));
    EXPECT_TRUE(isValidDate({2024, 2, 29}));
    EXPECT_FALSE(isValidDate({2100, 2, 29}));
    EXPECT_FALSE(isValidDate({2023, 0, 1}));
    EXPECT_FALSE(isValidDate({2023, 13, 1}));
    EXPECT_FALSE(isValidDate({2023, 6, 0}));
    EXPECT_FALSE(isValidDate(Date{}));
}

TEST(CompletedYears, CountsFromTheBirthday) {
    // Born 15 June 1970: 49 on 14 June 2020, 50 on 15 June 2020.
    EXPECT_EQ(completedYears({1970, 6, 15}, {2020, 6, 14}).value(), 49.0);
    EXPECT_EQ(completedYears({1970, 6, 15}, {2020, 6, 15}).value(), 50.0);
    EXPECT_EQ(completedYears({1970, 6, 15}, {1970, 6, 15}).value(), 0.0);
    EXPECT_EQ(completedYears({1970, 6, 15}, {2020, 5, 31}).value(), 49.0);
}

TEST(CompletedYears, LeapDayBirthdayIsFirstMarchInOtherYears) {
    // Born 29 Feb 2000: not yet 1 on 28 Feb 2001, 1 on 1 Mar 2001; 4 on 29 Feb 2004.
    EXPECT_EQ(completedYears({2000, 2, 29}, {2001, 2, 28}).value(), 0.0);
    EXPECT_EQ(completedYears({2000, 2, 29}, {2001, 3, 1}).value(), 1.0);
    EXPECT_EQ(completedYears({2000, 2, 29}, {2004, 2, 28}).value(), 3.0);
    EXPECT_EQ(completedYears({2000, 2, 29}, {2004, 2, 29}).value(), 4.0);
}

TEST(CompletedYears, BadInput) {
    EXPECT_TRUE(isBadInput(completedYears({1970, 6, 15}, {1970, 6, 14})));  // before birth
    EXPECT_TRUE(isBadInput(completedYears({1970, 2, 30}, {2020, 1, 1})));   // no such birth date
    EXPECT_TRUE(isBadInput(completedYears({1970, 1, 1}, {2021, 2, 29})));   // no such date
}

}  // namespace
}  // namespace ligestat
