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
