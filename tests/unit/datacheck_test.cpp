// Check data: every count below is worked out by hand from the rows in the test.
#include "cells.hpp"
#include "ligestat/datacheck.hpp"

#include <gtest/gtest.h>

using namespace ligestat;

namespace {

using ligestat::test::kBlank;
// 2026-01-01 and Calc's default null date 1899-12-30.
const CheckDates kDates{Date{2026, 1, 1}, Date{1899, 12, 30}};

DataColumns columns(std::initializer_list<std::pair<ColumnRole, std::vector<Cell>>> list) {
    DataColumns data;
    for (const auto& [role, cells] : list) data[role] = cells;
    return data;
}

std::vector<std::size_t> rowsOf(const DataCheck& check, Problem problem) {
    std::vector<std::size_t> rows;
    for (const auto& cell : check.cellsOf(problem)) rows.push_back(cell.row);
    return rows;
}

}  // namespace

TEST(DataCheck, ProblemKeysAreStable) {
    // The integration test compares against expected.json by these keys.
    EXPECT_STREQ(problemList()[0].key, "unknown_gender");
    EXPECT_STREQ(problemList()[7].key, "duplicate_employee_id");
    EXPECT_STREQ(problemList()[9].key, "number_as_text");
    for (std::size_t i = 0; i < kProblemCount; ++i) EXPECT_EQ(static_cast<std::size_t>(problemList()[i].problem), i);
}

TEST(DataCheck, UnknownGenderCodesIncludeNumbersAndEmptyCells) {
    // K, m, " Kvinde ", MALE, F are codes; X, ?, the number 7 and the empty cell are not.
    const auto data = columns({{ColumnRole::Gender, {"K", "m", " Kvinde ", "X", "?", 7.0, kBlank, "MALE", "F"}},
                               {ColumnRole::Pay, {1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0}}});
    const DataCheck check = checkData(data, kDates);
    EXPECT_EQ(check.rowsChecked, 9u);
    EXPECT_EQ(check.count(Problem::UnknownGender), 4u);
    EXPECT_EQ(rowsOf(check, Problem::UnknownGender), (std::vector<std::size_t>{3, 4, 5, 6}));
    EXPECT_EQ(check.cellsOf(Problem::UnknownGender).front().role, ColumnRole::Gender);
}

TEST(DataCheck, MissingAndTextPay) {
    // 30000 fine; empty and a lone space are missing; "ukendt" is text; 0 is a number.
    const auto data = columns({{ColumnRole::Pay, {30000.0, kBlank, "ukendt", " ", 0.0}},
                               {ColumnRole::Gender, {"K", "K", "M", "M", "K"}}});
    const DataCheck check = checkData(data, kDates);
    EXPECT_EQ(check.count(Problem::MissingPay), 2u);
    EXPECT_EQ(rowsOf(check, Problem::MissingPay), (std::vector<std::size_t>{1, 3}));
    EXPECT_EQ(check.count(Problem::TextPay), 1u);
    EXPECT_EQ(rowsOf(check, Problem::TextPay), (std::vector<std::size_t>{2}));
}

TEST(DataCheck, NegativeAndMissingFte) {
    // 1 and 0 are fine; -0.5 negative; empty is missing; the text "en" is text,
    // not missing (issue 9: text FTE was reported as missing FTE).
    const auto data = columns({{ColumnRole::Fte, {1.0, -0.5, kBlank, "en", 0.0}},
                               {ColumnRole::Gender, {"K", "K", "M", "M", "K"}}});
    const DataCheck check = checkData(data, kDates);
    EXPECT_EQ(check.count(Problem::NegativeFte), 1u);
    EXPECT_EQ(rowsOf(check, Problem::NegativeFte), (std::vector<std::size_t>{1}));
    EXPECT_EQ(check.count(Problem::MissingFte), 1u);
    EXPECT_EQ(rowsOf(check, Problem::MissingFte), (std::vector<std::size_t>{2}));
    EXPECT_EQ(check.count(Problem::TextFte), 1u);
    EXPECT_EQ(rowsOf(check, Problem::TextFte), (std::vector<std::size_t>{3}));
}

TEST(DataCheck, NumberLikeTextIsCountedPerColumnApartFromMissingAndText) {
    // Pay: "kr. 41.963" and "41.963,50" read as numbers in Danish; "ukendt" does not;
    // the empty cell is missing. FTE: "80 %" and "1,0" are numbers; "en" is not.
    // Age: "45" is a number as text; 50 is a number.
    const auto data = columns({{ColumnRole::Gender, {"K", "M", "K", "M"}},
                               {ColumnRole::Pay, {"kr. 41.963", "41.963,50", "ukendt", kBlank}},
                               {ColumnRole::Fte, {"80 %", 1.0, "1,0", "en"}},
                               {ColumnRole::Age, {50.0, "45", kBlank, 40.0}}});
    const DataCheck check = checkData(data, kDates, NumberLocale::Danish);
    EXPECT_EQ(check.count(Problem::NumberAsText), 5u);
    EXPECT_EQ(check.countIn(Problem::NumberAsText, ColumnRole::Pay), 2u);
    EXPECT_EQ(check.countIn(Problem::NumberAsText, ColumnRole::Fte), 2u);
    EXPECT_EQ(check.countIn(Problem::NumberAsText, ColumnRole::Age), 1u);
    EXPECT_EQ(check.count(Problem::TextPay), 1u);
    EXPECT_EQ(check.count(Problem::MissingPay), 1u);
    EXPECT_EQ(check.count(Problem::TextFte), 1u);
    EXPECT_EQ(check.count(Problem::MissingFte), 0u);
    // What Convert would write: 41963, 41963.5, 0.8, 1, 45.
    EXPECT_DOUBLE_EQ(*numberFromText(data[ColumnRole::Pay][0], NumberLocale::Danish), 41963.0);
    EXPECT_DOUBLE_EQ(*numberFromText(data[ColumnRole::Pay][1], NumberLocale::Danish), 41963.5);
    EXPECT_DOUBLE_EQ(*numberFromText(data[ColumnRole::Fte][0], NumberLocale::Danish), 0.8);
    EXPECT_FALSE(numberFromText(Cell{41963.0}, NumberLocale::Danish));  // already a number
}

TEST(DataCheck, NumberLikeTextFollowsTheLocale) {
    // "41,963.50" is a number in English and text in Danish.
    const auto data = columns({{ColumnRole::Gender, {"K"}}, {ColumnRole::Pay, {"41,963.50"}}});
    EXPECT_EQ(checkData(data, kDates, NumberLocale::English).count(Problem::NumberAsText), 1u);
    const DataCheck danish = checkData(data, kDates, NumberLocale::Danish);
    EXPECT_EQ(danish.count(Problem::NumberAsText), 0u);
    EXPECT_EQ(danish.count(Problem::TextPay), 1u);
}

TEST(DataCheck, InvalidCprButEmptyCprIsFine) {
    // 210583-1249 is valid (21 May 1983); 31 February and a five-digit text are not; empty is allowed.
    const auto data = columns({{ColumnRole::Cpr, {"210583-1249", "310299-1234", "12345", kBlank}},
                               {ColumnRole::Gender, {"K", "K", "M", "M"}}});
    const DataCheck check = checkData(data, kDates);
    EXPECT_EQ(check.count(Problem::InvalidCpr), 2u);
    EXPECT_EQ(rowsOf(check, Problem::InvalidCpr), (std::vector<std::size_t>{1, 2}));
}

TEST(DataCheck, DuplicateIdsCountOncePerIdAndSelectEveryRow) {
    // 4435 twice (once as text), 2 twice, 1 and 3 once: two duplicated ids on rows 0, 2, 3, 4.
    const auto data = columns({{ColumnRole::EmployeeId, {4435.0, 1.0, " 4435", 2.0, 2.0, 3.0, kBlank}},
                               {ColumnRole::Gender, {"K", "K", "M", "M", "K", "K", "M"}}});
    const DataCheck check = checkData(data, kDates);
    EXPECT_EQ(check.count(Problem::DuplicateEmployeeId), 2u);
    EXPECT_EQ(rowsOf(check, Problem::DuplicateEmployeeId), (std::vector<std::size_t>{0, 2, 3, 4}));
}

TEST(DataCheck, AgeFromAgeColumnThenBirthDateThenCpr) {
    // Serials (day 0 = 1899-12-30; 1970-01-01 = 25569):
    //   1951-01-01 = 25569 - (19*365 + 5 leap days) = 18629 -> exactly 75 on 2026-01-01: fine
    //   1950-01-01 = 18629 - 365 = 18264                    -> 76: out
    //   1946-01-01 = 25569 - (24*365 + 6) = 16803           -> 80: out
    // CPR 010120-4000: 7th digit 4 and year 20 -> 2020-01-01 -> 6: out.
    // The age column wins when it holds a number (row 0: 12 although born 1951);
    // text in the age column falls back to the birth date (row 2).
    const auto data = columns({
        {ColumnRole::Age, {12.0, 40.0, "ukendt", kBlank, kBlank, kBlank, 75.0, 75.5}},
        {ColumnRole::BirthDate, {18629.0, 16803.0, 18264.0, 18629.0, kBlank, kBlank, kBlank, kBlank}},
        {ColumnRole::Cpr, {kBlank, kBlank, kBlank, "010120-4000", "010120-4000", "210583-1249", kBlank, kBlank}},
    });
    const DataCheck check = checkData(data, kDates);
    EXPECT_EQ(check.count(Problem::AgeOutOfRange), 4u);
    const std::vector<ProblemCell> expected{{0, ColumnRole::Age},
                                            {2, ColumnRole::BirthDate},
                                            {4, ColumnRole::Cpr},
                                            {7, ColumnRole::Age}};
    EXPECT_EQ(check.cellsOf(Problem::AgeOutOfRange), expected);
}

TEST(DataCheck, BirthDateAfterTodayIsOutOfRange) {
    // 2026-01-02 is serial 25569 + 20454 (56 years, 14 leap days: 56*365+14 = 20454) + 1 = 46024.
    const auto data = columns({{ColumnRole::BirthDate, {46024.0}}});
    EXPECT_EQ(checkData(data, kDates).count(Problem::AgeOutOfRange), 1u);
}

TEST(DataCheck, BlankRowsAreSkippedAndUnmappedColumnsAreNotChecked) {
    // No pay column: no pay problems. The last two rows are empty (the end of a used area).
    const auto data = columns({{ColumnRole::Gender, {"K", "X", kBlank, " "}},
                               {ColumnRole::Fte, {1.0, 1.0, kBlank, kBlank}}});
    const DataCheck check = checkData(data, kDates);
    EXPECT_EQ(check.rowsChecked, 2u);
    EXPECT_EQ(check.count(Problem::UnknownGender), 1u);
    EXPECT_EQ(check.count(Problem::MissingPay), 0u);
    EXPECT_EQ(check.count(Problem::MissingFte), 0u);
}

TEST(DataCheck, NoColumnsNoRowsNoProblems) {
    const DataCheck check = checkData(DataColumns{}, kDates);
    EXPECT_EQ(check.rowsChecked, 0u);
    for (std::size_t i = 0; i < kProblemCount; ++i) EXPECT_EQ(check.counts[i], 0u);
}

// Issue 9, item 3: the CPR number gives the gender of a row whose gender cell is blank.
TEST(DataCheck, ABlankGenderCellTakesTheGenderOfAValidCpr) {
    // 210583-1248: a woman (even), 210583-1249: a man (odd). Row 2 has neither gender nor a valid CPR.
    const auto data = columns({{ColumnRole::Gender, {kBlank, " ", kBlank, "K"}},
                               {ColumnRole::Cpr, {"210583-1248", "210583-1249", "12345", "210583-1248"}}});
    const DataCheck check = checkData(data, kDates);
    EXPECT_EQ(check.count(Problem::UnknownGender), 1u);
    EXPECT_EQ(rowsOf(check, Problem::UnknownGender), (std::vector<std::size_t>{2}));
    EXPECT_EQ(check.count(Problem::GenderCprMismatch), 0u);
}

TEST(DataCheck, RowsWhereGenderAndCprDisagreeAreFlagged) {
    // row 0: K and a woman's CPR; row 1: K and a man's CPR; row 2: Mand and a woman's CPR; row 3: M, invalid CPR.
    const auto data = columns({{ColumnRole::Gender, {"K", "K", "Mand", "M"}},
                               {ColumnRole::Cpr, {"210583-1248", "210583-1249", "210583-1248", "310299-1234"}}});
    const DataCheck check = checkData(data, kDates);
    EXPECT_EQ(check.count(Problem::GenderCprMismatch), 2u);
    EXPECT_EQ(rowsOf(check, Problem::GenderCprMismatch), (std::vector<std::size_t>{1, 2}));
    EXPECT_EQ(check.cellsOf(Problem::GenderCprMismatch).front().role, ColumnRole::Gender);
    EXPECT_STREQ(problemList()[static_cast<std::size_t>(Problem::GenderCprMismatch)].key, "gender_cpr_mismatch");
}

// Issue 9, item 5: a problem whose column is not mapped was not looked for (the sidebar says "not mapped").
TEST(DataCheck, ProblemsOfUnmappedColumnsAreNotChecked) {
    const DataCheck check = checkData(columns({{ColumnRole::Gender, {"K"}}, {ColumnRole::Fte, {1.0}}}), kDates);
    EXPECT_TRUE(check.wasChecked(Problem::UnknownGender));
    EXPECT_TRUE(check.wasChecked(Problem::MissingFte));
    EXPECT_TRUE(check.wasChecked(Problem::TextFte));
    // every problem is either looked for or not: a new one must be added to markChecked
    const DataColumns lastYear = columns({{ColumnRole::EmployeeId, {1.0}}, {ColumnRole::Gender, {"K"}}});
    const DataCheck all = checkData(columns({{ColumnRole::Gender, {"K"}}, {ColumnRole::Cpr, {"210583-1248"}},
                                             {ColumnRole::Pay, {1.0}}, {ColumnRole::Fte, {1.0}},
                                             {ColumnRole::EmployeeId, {1.0}}, {ColumnRole::Age, {40.0}}}),
                                    kDates, NumberLocale::Danish, &lastYear);
    for (const auto& problem : problemList()) EXPECT_TRUE(all.wasChecked(problem.problem)) << problem.key;
    EXPECT_FALSE(check.wasChecked(Problem::MissingPay));
    EXPECT_FALSE(check.wasChecked(Problem::TextPay));
    EXPECT_FALSE(check.wasChecked(Problem::InvalidCpr));
    EXPECT_FALSE(check.wasChecked(Problem::AgeOutOfRange));
    EXPECT_FALSE(check.wasChecked(Problem::GenderCprMismatch));
}

// ---- Issue 12: last year's list beside this year's --------------------------

TEST(DataCheck, RowsWithoutAnIdAreCountedWhenThereIsAnIdColumn) {
    // rows 1 (empty) and 3 (spaces) have no id; row 4 is blank in every column: not a row.
    const auto data = columns({{ColumnRole::EmployeeId, {1001.0, kBlank, "A7", "  ", kBlank}},
                               {ColumnRole::Gender, {"K", "M", "K", "M", kBlank}}});
    const DataCheck check = checkData(data, kDates);
    EXPECT_TRUE(check.wasChecked(Problem::MissingEmployeeId));
    EXPECT_EQ(check.count(Problem::MissingEmployeeId), 2u);
    EXPECT_EQ(rowsOf(check, Problem::MissingEmployeeId), (std::vector<std::size_t>{1, 3}));
    EXPECT_EQ(check.cellsOf(Problem::MissingEmployeeId).front().role, ColumnRole::EmployeeId);
    // without an id column nothing is looked for
    EXPECT_FALSE(checkData(columns({{ColumnRole::Gender, {"K"}}}), kDates).wasChecked(Problem::MissingEmployeeId));
}

TEST(DataCheck, AnIdWrittenAsTextIsTheSameIdAsTheNumber) {
    // " 1005 " and 1005 are one id (functions.md, "This year against last year"); "01005" is another.
    const auto data = columns({{ColumnRole::EmployeeId, {1005.0, " 1005 ", "01005"}}, {ColumnRole::Gender, {"K", "M", "K"}}});
    const DataCheck check = checkData(data, kDates);
    EXPECT_EQ(check.count(Problem::DuplicateEmployeeId), 1u);
    EXPECT_EQ(rowsOf(check, Problem::DuplicateEmployeeId), (std::vector<std::size_t>{0, 1}));
}

TEST(DataCheck, LastYearsListIsCheckedForDuplicateAndMissingIds) {
    const auto now = columns({{ColumnRole::EmployeeId, {1.0, 2.0, 3.0}}, {ColumnRole::Gender, {"K", "M", "K"}}});
    // last year: id 7 three times (one problem, three cells), 8 twice ("8" = 8), row 5 without id
    const auto before = columns({{ColumnRole::EmployeeId, {7.0, 1.0, 7.0, "8", 8.0, kBlank, 7.0}},
                                 {ColumnRole::Gender, {"K", "K", "K", "M", "M", "M", "K"}}});
    const DataCheck check = checkData(now, kDates, NumberLocale::Danish, &before);
    EXPECT_TRUE(check.wasChecked(Problem::DuplicateEmployeeIdLastYear));
    EXPECT_EQ(check.count(Problem::DuplicateEmployeeId), 0u);
    EXPECT_EQ(check.count(Problem::DuplicateEmployeeIdLastYear), 2u);
    EXPECT_EQ(rowsOf(check, Problem::DuplicateEmployeeIdLastYear), (std::vector<std::size_t>{0, 2, 3, 4, 6}));
    for (const ProblemCell& cell : check.cellsOf(Problem::DuplicateEmployeeIdLastYear)) EXPECT_TRUE(cell.lastYear);
    // rows without an id in either list; last year's cells say so
    EXPECT_EQ(check.count(Problem::MissingEmployeeId), 1u);
    EXPECT_EQ(check.cellsOf(Problem::MissingEmployeeId), (std::vector<ProblemCell>{{5, ColumnRole::EmployeeId, true}}));
    // this year's rows only are "rows checked"
    EXPECT_EQ(check.rowsChecked, 3u);
}

TEST(DataCheck, GendersThatDifferForTheSameIdBetweenTheYears) {
    // id 1: K then K; id 2: M now, K before (differs); id "a3": Kvinde now, Mand before (differs);
    // id 4: unknown now: not a difference; id 5: a joiner; id 6 blank gender now, CPR of a man, M before: same.
    const auto now = columns({{ColumnRole::EmployeeId, {1.0, 2.0, "A3", 4.0, 5.0, 6.0}},
                              {ColumnRole::Gender, {"K", "M", "Kvinde", "X", "K", kBlank}},
                              {ColumnRole::Cpr, {kBlank, kBlank, kBlank, kBlank, kBlank, "210583-1249"}}});
    const auto before = columns({{ColumnRole::EmployeeId, {" 2 ", 1.0, "a3", 4.0, 6.0, 9.0}},
                                 {ColumnRole::Gender, {"K", "k", "Mand", "M", "M", "K"}}});
    const DataCheck check = checkData(now, kDates, NumberLocale::Danish, &before);
    EXPECT_TRUE(check.wasChecked(Problem::GenderDiffersFromLastYear));
    EXPECT_EQ(check.count(Problem::GenderDiffersFromLastYear), 2u);
    // the cell to look at is this year's gender cell
    EXPECT_EQ(check.cellsOf(Problem::GenderDiffersFromLastYear),
              (std::vector<ProblemCell>{{1, ColumnRole::Gender, false}, {2, ColumnRole::Gender, false}}));
}

TEST(DataCheck, WithoutLastYearsListItsProblemsAreNotLookedFor) {
    const auto now = columns({{ColumnRole::EmployeeId, {1.0}}, {ColumnRole::Gender, {"K"}}});
    const DataCheck alone = checkData(now, kDates);
    EXPECT_FALSE(alone.wasChecked(Problem::DuplicateEmployeeIdLastYear));
    EXPECT_FALSE(alone.wasChecked(Problem::GenderDiffersFromLastYear));
    // last year's list without an id column: nothing to match on
    const auto noIds = columns({{ColumnRole::Gender, {"K"}}});
    const DataCheck check = checkData(now, kDates, NumberLocale::Danish, &noIds);
    EXPECT_FALSE(check.wasChecked(Problem::DuplicateEmployeeIdLastYear));
    EXPECT_FALSE(check.wasChecked(Problem::GenderDiffersFromLastYear));
}
