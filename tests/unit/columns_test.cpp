#include "ligestat/columns.hpp"

#include <gtest/gtest.h>

using namespace ligestat;

TEST(Columns, DetectsDanishHeadersOfTheExampleWorkbook) {
    const std::vector<std::string> headers{"Medarbejdernr", "CPR", "Køn", "Fødselsdato", "Stillingsbetegnelse",
                                           "Personalekategori", "Ledelsesniveau", "Årsværk", "Månedsløn",
                                           "Tillæg", "Engangsvederlag"};
    const ColumnMap map = detectColumns(headers);
    EXPECT_EQ(map[ColumnRole::EmployeeId], 0);
    EXPECT_EQ(map[ColumnRole::Cpr], 1);
    EXPECT_EQ(map[ColumnRole::Gender], 2);
    EXPECT_EQ(map[ColumnRole::BirthDate], 3);
    EXPECT_EQ(map[ColumnRole::JobTitle], 4);
    EXPECT_EQ(map[ColumnRole::StaffCategory], 5);
    EXPECT_EQ(map[ColumnRole::ManagementLevel], 6);
    EXPECT_EQ(map[ColumnRole::Fte], 7);
    EXPECT_EQ(map[ColumnRole::Pay], 8);
    EXPECT_EQ(map[ColumnRole::Allowance], 9);
    EXPECT_EQ(map[ColumnRole::OneOffPayment], 10);
    EXPECT_FALSE(map.has(ColumnRole::Age));
    EXPECT_EQ(countRecognisedHeaders(headers), 11);
}

TEST(Columns, EnglishHeadersAnyCaseAndTrimmed) {
    const ColumnMap map = detectColumns({"  SALARY ", "sex", "Job Title", "fte", "date of birth", "Notes"});
    EXPECT_EQ(map[ColumnRole::Pay], 0);
    EXPECT_EQ(map[ColumnRole::Gender], 1);
    EXPECT_EQ(map[ColumnRole::JobTitle], 2);
    EXPECT_EQ(map[ColumnRole::Fte], 3);
    EXPECT_EQ(map[ColumnRole::BirthDate], 4);
    EXPECT_EQ(countRecognisedHeaders({"  SALARY ", "sex", "Notes"}), 2);
}

TEST(Columns, FirstMatchingColumnWinsAndUnknownHeadersAreIgnored) {
    // "Løn" and "Årsløn" both name pay: the first one is taken.
    const ColumnMap map = detectColumns({"Navn", "Løn", "Årsløn", "ÅRSVÆRK"});
    EXPECT_EQ(map[ColumnRole::Pay], 1);
    EXPECT_EQ(map[ColumnRole::Fte], 3);
    EXPECT_EQ(countRecognisedHeaders({"Navn", "", "42"}), 0);
}

TEST(Columns, RoleKeysRoundTrip) {
    for (const auto& info : columnRoles()) {
        ASSERT_TRUE(roleFromKey(info.key).has_value());
        EXPECT_EQ(*roleFromKey(info.key), info.role);
    }
    EXPECT_FALSE(roleFromKey("nonsense").has_value());
}

// Issue 9, item 5: real exports name their columns in words of their own.
TEST(Columns, HeadersAreMatchedByTheirWords) {
    const ColumnMap en = detectColumns({"Employee ID", "Sex", "Job title", "FTE", "Annual salary"});
    EXPECT_EQ(en[ColumnRole::Pay], 4);
    EXPECT_EQ(en[ColumnRole::Gender], 1);
    const ColumnMap da = detectColumns({"Medarbejdernr.", "CPR-nr.", "Køn (K/M)", "Stilling", "Beskæftigelsesgrad",
                                        "Løn i kr."});
    EXPECT_EQ(da[ColumnRole::Gender], 2);
    EXPECT_EQ(da[ColumnRole::Pay], 5);
    EXPECT_EQ(da[ColumnRole::Fte], 4);
    EXPECT_EQ(da[ColumnRole::Cpr], 1);
    EXPECT_EQ(detectColumns({"Grundløn"})[ColumnRole::Pay], 0);
    EXPECT_EQ(detectColumns({"Monthly pay"})[ColumnRole::Pay], 0);
    EXPECT_EQ(detectColumns({"Gross salary (DKK)"})[ColumnRole::Pay], 0);
    EXPECT_EQ(detectColumns({"Base pay"})[ColumnRole::Pay], 0);
}

TEST(Columns, WordsThatQualifyAHeaderAwayAreNotThatRole) {
    EXPECT_FALSE(detectColumns({"Pay grade"}).has(ColumnRole::Pay));
    EXPECT_FALSE(detectColumns({"Salary band"}).has(ColumnRole::Pay));
    EXPECT_FALSE(detectColumns({"Age group"}).has(ColumnRole::Age));
    // a word inside another word is not that word: "Lønnummer" is an id, not pay
    EXPECT_FALSE(detectColumns({"Lønudtræk 2026"}).has(ColumnRole::Pay));
    EXPECT_EQ(detectColumns({"Lønnummer"})[ColumnRole::EmployeeId], 0);
}

TEST(Columns, RegressionAndAbsenceRolesByTheirDanishAndEnglishHeaders) {
    const auto da = detectColumns({"Køn", "Ansættelsesdato", "Anciennitet", "Uddannelse", "Sygefraværsdage", "Løn"});
    EXPECT_EQ(da[ColumnRole::HireDate], 1);
    EXPECT_EQ(da[ColumnRole::YearsOfService], 2);
    EXPECT_EQ(da[ColumnRole::Education], 3);
    EXPECT_EQ(da[ColumnRole::AbsenceDays], 4);
    EXPECT_EQ(da[ColumnRole::Pay], 5);
    const auto en = detectColumns({"Start date", "Seniority", "Education level", "Sickness absence", "Date of birth"});
    EXPECT_EQ(en[ColumnRole::HireDate], 0);
    EXPECT_EQ(en[ColumnRole::YearsOfService], 1);
    EXPECT_EQ(en[ColumnRole::Education], 2);
    EXPECT_EQ(en[ColumnRole::AbsenceDays], 3);
    EXPECT_EQ(en[ColumnRole::BirthDate], 4);
    // by their words, as every role: "Ansat dato (dd-mm-åååå)" is the hire date
    EXPECT_EQ(detectColumns({"Ansat dato (dd-mm-åååå)"})[ColumnRole::HireDate], 0);
}
