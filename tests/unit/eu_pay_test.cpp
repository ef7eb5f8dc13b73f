// EU pay transparency (functions.md, "EU pay transparency"): every expected
// figure is worked out by hand in the comments from the small columns above it.
#include "cells.hpp"
#include "ligestat/eu_pay.hpp"

#include <limits>

namespace ligestat {
namespace {

using test::column;
using test::isBadInput;
using test::isNotAvailable;
using test::kBlank;

void expectFigure(const Result<double>& figure, double expected) {
    ASSERT_TRUE(figure.ok());
    EXPECT_NEAR(figure.value(), expected, 1e-9);
}

// ---- EUPAYREPORT ---------------------------------------------------------

// Rows 1-8 are used; 9 is neither gender, 10 has no basic pay, 11 text basic
// pay, 12 text complementary pay (left out: its total is unknown).
struct ReportData {
    Range basic = column({100.0, 200.0, 300.0, 400.0, 200.0, 300.0, 400.0, 500.0, 999.0, kBlank, "n/a", 600.0});
    Range gender = column({"K", "K", "K", "Kvinde", "M", "m", "Mand", "M", "X", "K", "M", "M"});
    Range complementary = column({10.0, kBlank, 0.0, 20.0, 30.0, kBlank, 40.0, 60.0, 5.0, 5.0, 5.0, "tekst"});
};

TEST(EuPayReport, AllFourteenIndicatorsInOnePass) {
    const ReportData d;
    const auto report = euPayReport(d.basic, d.gender, &d.complementary);
    ASSERT_TRUE(report.ok());
    const auto& r = report.value();
    // Total pay: women 110 200 300 420 (mean 257.5, median 250);
    //            men   230 300 440 560 (mean 382.5, median 370).
    expectFigure(r[0], (382.5 - 257.5) / 382.5 * 100);  // (a)
    expectFigure(r[1], (370.0 - 250.0) / 370.0 * 100);  // (c)
    // Recipients (> 0): women 10 20 (mean 15, median 15); men 30 40 60 (mean 130/3, median 40).
    expectFigure(r[2], (130.0 / 3 - 15) / (130.0 / 3) * 100);  // (b) = 65.38
    expectFigure(r[3], (40.0 - 15) / 40 * 100);                 // (d) = 62.5
    expectFigure(r[4], 2.0 / 4);  // (e) women: 2 of 4 used
    expectFigure(r[5], 3.0 / 4);  // (e) men: 3 of 4 used
    // Ranked totals 110K 200K | 230M 300K | 300M 420K | 440M 560M; the tie at
    // 300 (K and M, ranks 3-4) puts half a woman and half a man in bands 2 and 3.
    const double bands[8] = {1, 0, 0.25, 0.75, 0.75, 0.25, 0, 1};
    for (int i = 0; i < 8; ++i) expectFigure(r[6 + i], bands[i]);
}

TEST(EuPayReport, WithoutComplementaryPayTotalIsBasicAndRowsThreeToSixAreNotAvailable) {
    const ReportData d;
    const auto report = euPayReport(d.basic, d.gender, nullptr);
    ASSERT_TRUE(report.ok());
    const auto& r = report.value();
    // Row 12 (600 M) now takes part. Women 100 200 300 400 (mean = median = 250);
    // men 200 300 400 500 600 (mean = median = 400): (400 - 250) / 400 = 37.5 %.
    expectFigure(r[0], 37.5);
    expectFigure(r[1], 37.5);
    for (int i = 2; i < 6; ++i) EXPECT_TRUE(isNotAvailable(r[i])) << i;
    // 9 ranked: 100K 200K 200M 300K 300M 400K 400M 500M 600M, bands of ranks
    // 0-1, 2-3, 4-5, 6-8. Ties (200 at ranks 1-2, 300 at 3-4, 400 at 5-6) are
    // half a woman and half a man per position:
    // band 1: 1 + 0.5 K, 0.5 M of 2; band 2: 0.5 + 0.5 each; band 3: the same;
    // band 4: 0.5 K, 0.5 + 2 M of 3.
    const double bands[8] = {0.75, 0.25, 0.5, 0.5, 0.5, 0.5, 0.5 / 3, 2.5 / 3};
    for (int i = 0; i < 8; ++i) expectFigure(r[6 + i], bands[i]);
}

TEST(EuPayReport, NoMenMakesTheGapsNotAvailableButNotTheWomensShare) {
    const Range basic = column({100.0, 200.0, 300.0, 400.0});
    const Range gender = column({"K", "K", "K", "K"});
    const Range complementary = column({1.0, kBlank, kBlank, kBlank});
    const auto report = euPayReport(basic, gender, &complementary);
    ASSERT_TRUE(report.ok());
    for (int i = 0; i < 4; ++i) EXPECT_TRUE(isNotAvailable(report.value()[i])) << i;
    expectFigure(report.value()[4], 0.25);
    EXPECT_TRUE(isNotAvailable(report.value()[5]));  // no man used
    expectFigure(report.value()[6], 1.0);           // every band is all women
}

TEST(EuPayReport, FewerThanFourRankedHaveNoQuartileBands) {
    const Range basic = column({100.0, 200.0, 300.0});
    const Range gender = column({"K", "M", "M"});
    const auto report = euPayReport(basic, gender, nullptr);
    ASSERT_TRUE(report.ok());
    expectFigure(report.value()[0], 60.0);  // men mean 250, women 100: 150 / 250
    for (int i = 6; i < 14; ++i) EXPECT_TRUE(isNotAvailable(report.value()[i])) << i;
}

TEST(EuPayReport, BadInput) {
    const ReportData d;
    const Range shorter = column({100.0, 200.0});
    EXPECT_TRUE(isBadInput(euPayReport(shorter, d.gender, &d.complementary)));
    EXPECT_TRUE(isBadInput(euPayReport(d.basic, d.gender, &shorter)));
    // Amounts near 1e308 overflow the total pay: never a figure.
    const Range huge = column({1e308, 1e308, 1e308, 1e308});
    const Range genders = column({"K", "M", "K", "M"});
    EXPECT_TRUE(isBadInput(euPayReport(huge, genders, &huge)));
    const Range nan = column({std::numeric_limits<double>::quiet_NaN(), 1.0, 1.0, 1.0});
    EXPECT_TRUE(isBadInput(euPayReport(nan, genders, nullptr)));
}

TEST(EuPayReport, LabelsNameTheDirectiveLetters) {
    EXPECT_STREQ(euPayReportLabels()[0].en, "(a) mean pay gap, %");
    EXPECT_STREQ(euPayReportLabels()[13].da, "(f) højeste kvartil: mænd");
}

// ---- PAYGAPTABLE -------------------------------------------------------------
// Complementary pay in two columns beside each other (allowance, one-off
// payment): each row's complementary pay is the sum of its cells, empty = 0,
// and text in either leaves the row out. The same rows as ReportData, the
// amounts split: row 1 10 = 4 + 6, row 4 20 = 20 + empty, row 7 40 = empty + 40,
// row 8 60 = 50 + 10; row 12 "tekst" in the second column.
TEST(EuPayReport, ComplementaryPayInSeveralColumnsIsTheirSumPerRow) {
    const ReportData d;
    Range split;
    split.rows = 12;
    split.cols = 2;
    split.cells = {4.0, 6.0,   kBlank, kBlank, 0.0, kBlank, 20.0, kBlank, 30.0, 0.0,    kBlank, kBlank,
                   kBlank, 40.0, 50.0, 10.0, 5.0, kBlank, 5.0, kBlank, 5.0, kBlank, 600.0, "tekst"};
    const auto together = euPayReport(d.basic, d.gender, &d.complementary);
    const auto apart = euPayReport(d.basic, d.gender, &split);
    ASSERT_TRUE(together.ok());
    ASSERT_TRUE(apart.ok());
    for (std::size_t i = 0; i < kEuPayReportRows; ++i) expectFigure(apart.value()[i], together.value()[i].value());

    // rows must match: 11 rows of two columns for 12 rows is bad input
    Range shorter = split;
    shorter.rows = 11;
    shorter.cells.resize(22);
    EXPECT_TRUE(isBadInput(euPayReport(d.basic, d.gender, &shorter)));
}

// Adm: women 300 310 320 (complementary -, 10, 20), men 300 320 340 (30, -, 0).
// Tek: women 200 200 200, men 250 250 250, no complementary pay.
// Forsk: one woman, three men: too few to compare.
struct CategoryData {
    Range basic = column({300.0, 310.0, 320.0, 300.0, 320.0, 340.0, 200.0, 200.0, 200.0, 250.0, 250.0, 250.0,
                          500.0, 500.0, 500.0, 500.0});
    Range gender = column({"K", "K", "K", "M", "M", "M", "K", "K", "K", "M", "M", "M", "K", "M", "M", "M"});
    Range groups = column({"Adm", "adm ", "ADM", "Adm", "Adm", "Adm", "Tek", "Tek", "Tek", "Tek", "Tek", "Tek",
                           "Forsk", "Forsk", "Forsk", "Forsk"});
    Range complementary = column({kBlank, 10.0, 20.0, 30.0, kBlank, 0.0, kBlank, kBlank, kBlank, kBlank, kBlank,
                                  kBlank, kBlank, kBlank, kBlank, kBlank});
};

TEST(PayGapTable, GapPerCategoryWithTheArticleTenFlag) {
    const CategoryData d;
    const auto table = payGapTable(d.basic, d.gender, d.groups, &d.complementary, CategoryMap{});
    ASSERT_TRUE(table.ok());
    ASSERT_EQ(table.value().size(), 3u);
    const PayGapTableRow& adm = table.value()[0];
    EXPECT_EQ(adm.category, Cell("Adm"));
    EXPECT_EQ(adm.women, 3);
    EXPECT_EQ(adm.men, 3);
    EXPECT_FALSE(adm.suppressed);
    // Basic: women mean = median = 310, men 320: 10 / 320 = 3.125 %.
    expectFigure(adm.basicMeanGap, 3.125);
    expectFigure(adm.basicMedianGap, 3.125);
    // Complementary over all (empty = 0): women 0 10 20 (mean 10, median 10),
    // men 30 0 0 (mean 10, median 0): mean gap 0; a men's median of 0 has no gap.
    expectFigure(adm.complementaryMeanGap, 0.0);
    EXPECT_TRUE(isNotAvailable(adm.complementaryMedianGap));
    // Total: women 300 320 340 (mean 320), men 330 320 340 (mean 330): 10 / 330 = 3.03 % < 5.
    expectFigure(adm.totalMeanGap, 10.0 / 330 * 100);
    EXPECT_EQ(adm.flag, AssessmentFlag::None);

    const PayGapTableRow& tek = table.value()[1];
    EXPECT_EQ(tek.category, Cell("Tek"));
    expectFigure(tek.basicMeanGap, 20.0);  // (250 - 200) / 250
    expectFigure(tek.basicMedianGap, 20.0);
    EXPECT_TRUE(isNotAvailable(tek.complementaryMeanGap));  // men's mean complementary pay is 0
    expectFigure(tek.totalMeanGap, 20.0);
    EXPECT_EQ(tek.flag, AssessmentFlag::AssessmentNeeded);

    const PayGapTableRow& forsk = table.value()[2];
    EXPECT_EQ(forsk.women, 1);
    EXPECT_EQ(forsk.men, 3);
    EXPECT_TRUE(forsk.suppressed);
    EXPECT_TRUE(isNotAvailable(forsk.basicMeanGap));  // never computed, never shown
    EXPECT_EQ(forsk.flag, AssessmentFlag::TooFewToCompare);
}

TEST(PayGapTable, ComplementaryPayInSeveralColumnsIsTheirSumPerRow) {
    const CategoryData d;
    // Adm's amounts 10, 20, 30 split over two columns (10 = 10 + empty, 20 = 5 + 15, 30 = empty + 30).
    Range split;
    split.rows = 16;
    split.cols = 2;
    split.cells.assign(32, kBlank);
    split.cells[1 * 2] = 10.0;
    split.cells[2 * 2] = 5.0;
    split.cells[2 * 2 + 1] = 15.0;
    split.cells[3 * 2 + 1] = 30.0;
    split.cells[5 * 2] = 0.0;
    const auto together = payGapTable(d.basic, d.gender, d.groups, &d.complementary, CategoryMap{});
    const auto apart = payGapTable(d.basic, d.gender, d.groups, &split, CategoryMap{});
    ASSERT_TRUE(apart.ok());
    ASSERT_EQ(apart.value().size(), together.value().size());
    const PayGapTableRow& adm = apart.value()[0];
    expectFigure(adm.complementaryMeanGap, 0.0);
    expectFigure(adm.totalMeanGap, 10.0 / 330 * 100);
    EXPECT_EQ(adm.flag, together.value()[0].flag);
}

TEST(PayGapTable, WithoutComplementaryPayOnlyTheComplementaryGapsAreMissing) {
    const CategoryData d;
    const auto table = payGapTable(d.basic, d.gender, d.groups, nullptr, CategoryMap{});
    ASSERT_TRUE(table.ok());
    const PayGapTableRow& adm = table.value()[0];
    EXPECT_TRUE(isNotAvailable(adm.complementaryMeanGap));
    EXPECT_TRUE(isNotAvailable(adm.complementaryMedianGap));
    expectFigure(adm.totalMeanGap, 3.125);  // total = basic
}

TEST(PayGapTable, TheFlagStartsAtFivePercentEitherWay) {
    // One woman and one man per category (min_count 1):
    // A: 95 vs 100 = 5 % -> flag; B: 105 vs 100 = -5 % -> flag; C: 95.1 vs 100 = 4.9 % -> none.
    const Range basic = column({95.0, 100.0, 105.0, 100.0, 95.1, 100.0});
    const Range gender = column({"K", "M", "K", "M", "K", "M"});
    const Range groups = column({"A", "A", "B", "B", "C", "C"});
    const auto table = payGapTable(basic, gender, groups, nullptr, CategoryMap{}, 1);
    ASSERT_TRUE(table.ok());
    EXPECT_EQ(table.value()[0].flag, AssessmentFlag::AssessmentNeeded);
    EXPECT_EQ(table.value()[1].flag, AssessmentFlag::AssessmentNeeded);
    expectFigure(table.value()[1].totalMeanGap, -5.0);
    EXPECT_EQ(table.value()[2].flag, AssessmentFlag::None);
}

TEST(PayGapTable, OneGenderIsTooFewToCompareEvenWithMinCountZero) {
    const Range basic = column({100.0, 200.0});
    const Range gender = column({"K", "K"});
    const Range groups = column({"A", "A"});
    const auto table = payGapTable(basic, gender, groups, nullptr, CategoryMap{}, 0);
    ASSERT_TRUE(table.ok());
    EXPECT_TRUE(table.value()[0].suppressed);
    EXPECT_EQ(table.value()[0].flag, AssessmentFlag::TooFewToCompare);
}

// Titles mapped to categories as on a job evaluation sheet:
// Laborant, Tekniker -> "Kat 1"; Chef -> "Kat 2"; Sekretær is not on the sheet,
// Pedel is with a blank category: both "not evaluated".
struct MappedData {
    Range basic = column({100.0, 120.0, 200.0, 210.0, 90.0, 110.0, 5.0});
    Range gender = column({"K", "M", "K", "M", "K", "M", "K"});
    Range titles = column({"Laborant", "tekniker", "Chef", "CHEF ", "Sekretær", "Pedel", kBlank});
    Range keys = column({"Chef", "Laborant", "Tekniker", "Pedel", kBlank});
    Range categories = column({"Kat 2", "Kat 1", "kat 1", kBlank, "Kat 9"});
};

TEST(PayGapTable, MapsTitlesToCategoriesInFirstSeenOrderOfTheData) {
    const MappedData d;
    const auto table = payGapTable(d.basic, d.gender, d.titles, nullptr, CategoryMap{&d.keys, &d.categories}, 1);
    ASSERT_TRUE(table.ok());
    ASSERT_EQ(table.value().size(), 3u);  // the blank title (row 7) is no category
    // Kat 1: Laborant 100 K, tekniker 120 M: 20 / 120.
    EXPECT_EQ(table.value()[0].category, Cell("Kat 1"));
    expectFigure(table.value()[0].totalMeanGap, 20.0 / 120 * 100);
    EXPECT_EQ(table.value()[0].flag, AssessmentFlag::AssessmentNeeded);
    // Kat 2: 200 K, 210 M: 10 / 210 = 4.76 %.
    EXPECT_EQ(table.value()[1].category, Cell("Kat 2"));
    expectFigure(table.value()[1].totalMeanGap, 10.0 / 210 * 100);
    EXPECT_EQ(table.value()[1].flag, AssessmentFlag::None);
    // Not evaluated: Sekretær 90 K, Pedel 110 M: 20 / 110.
    EXPECT_TRUE(table.value()[2].notEvaluated);
    expectFigure(table.value()[2].totalMeanGap, 20.0 / 110 * 100);
}

TEST(PayGapTable, BadInput) {
    const MappedData d;
    const Range twoKeys = column({"Chef", "Laborant"});
    // Keys and categories of different lengths.
    EXPECT_TRUE(isBadInput(payGapTable(d.basic, d.gender, d.titles, nullptr, CategoryMap{&twoKeys, &d.categories})));
    // Only one half of a map.
    EXPECT_TRUE(isBadInput(payGapTable(d.basic, d.gender, d.titles, nullptr, CategoryMap{&d.keys, nullptr})));
    // One title in two categories.
    const Range keys = column({"Chef", "chef"});
    const Range categories = column({"Kat 1", "Kat 2"});
    EXPECT_TRUE(isBadInput(payGapTable(d.basic, d.gender, d.titles, nullptr, CategoryMap{&keys, &categories})));
    // Mismatched data shapes, a negative or NaN min_count, overflowing pay.
    const Range shorter = column({1.0});
    EXPECT_TRUE(isBadInput(payGapTable(shorter, d.gender, d.titles, nullptr, CategoryMap{})));
    EXPECT_TRUE(isBadInput(payGapTable(d.basic, d.gender, d.titles, &shorter, CategoryMap{})));
    EXPECT_TRUE(isBadInput(payGapTable(d.basic, d.gender, d.titles, nullptr, CategoryMap{}, -1)));
    EXPECT_TRUE(isBadInput(
        payGapTable(d.basic, d.gender, d.titles, nullptr, CategoryMap{}, std::numeric_limits<double>::quiet_NaN())));
    const Range huge = column({1e308, 1e308});
    const Range two = column({"K", "M"});
    const Range group = column({"A", "A"});
    EXPECT_TRUE(isBadInput(payGapTable(huge, two, group, &huge, CategoryMap{})));
}

TEST(PayGapTable, TextPayIsLeftOutAndAHeaderRowIsNoCategory) {
    // A whole-column reference: the header row names its columns.
    const Range basic = column({"Løn", 100.0, "n/a", 120.0, 100.0});
    const Range gender = column({"Køn", "K", "M", "M", "K"});
    const Range groups = column({"Stilling", "A", "A", "A", "B"});
    const Range complementary = column({"Tillæg", kBlank, 5.0, "tekst", kBlank});
    const auto table = payGapTable(basic, gender, groups, &complementary, CategoryMap{}, 1);
    ASSERT_TRUE(table.ok());
    ASSERT_EQ(table.value().size(), 2u);
    // A: only the woman with 100 takes part (row 3 text pay, row 4 text complementary pay).
    EXPECT_EQ(table.value()[0].women, 1);
    EXPECT_EQ(table.value()[0].men, 0);
    EXPECT_EQ(table.value()[0].flag, AssessmentFlag::TooFewToCompare);
    EXPECT_EQ(table.value()[1].category, Cell("B"));
}

TEST(PayGapTable, FlagTexts) {
    EXPECT_STREQ(assessmentFlagText(AssessmentFlag::AssessmentNeeded).en, "assessment needed");
    EXPECT_STREQ(assessmentFlagText(AssessmentFlag::TooFewToCompare).en, "too few to compare");
    EXPECT_STREQ(assessmentFlagText(AssessmentFlag::None).da, "");
}

// ---- GENDERSUMTABLE ------------------------------------------------------------

// Sickness absence days. Adm: K 10 (1 FTE), M 4 (0.5), K 6 (1), M empty
// (takes no part), X 3 (counts as a row, in no sum); Tek: K 20, M 8;
// a blank group: M 2.
struct AbsenceData {
    Range days = column({10.0, 4.0, 6.0, kBlank, 3.0, 20.0, 8.0, 2.0});
    Range gender = column({"K", "M", "K", "M", "X", "K", "M", "M"});
    Range groups = column({"Adm", "Adm", "adm", "Adm", "Adm", "Tek", "Tek", kBlank});
    Range fte = column({1.0, 0.5, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0});
};

TEST(GenderSumTable, SumsAndDaysPerFteByGroupThenAll) {
    const AbsenceData d;
    const auto table = genderSumTable(d.days, d.gender, d.groups, &d.fte, 3);
    ASSERT_TRUE(table.ok());
    ASSERT_EQ(table.value().size(), 2u);  // Tek has 2 rows taking part: not listed
    const GenderSumRow& adm = table.value()[0];
    EXPECT_EQ(adm.group, Cell("Adm"));
    EXPECT_EQ(adm.womenSum, 16);
    EXPECT_EQ(adm.menSum, 4);
    expectFigure(adm.womenRate, 16.0 / 2);   // 2 FTE
    expectFigure(adm.menRate, 4.0 / 0.5);    // 0.5 FTE
    const GenderSumRow& all = table.value()[1];
    EXPECT_TRUE(all.isAll);
    EXPECT_FALSE(all.suppressed);  // 7 rows take part
    EXPECT_EQ(all.womenSum, 36);   // 10 + 6 + 20
    EXPECT_EQ(all.menSum, 14);     // 4 + 8 + 2
    expectFigure(all.womenRate, 36.0 / 3);
    expectFigure(all.menRate, 14.0 / 2.5);
}

TEST(GenderSumTable, PerHeadWithoutFte) {
    const AbsenceData d;
    const auto table = genderSumTable(d.days, d.gender, d.groups, nullptr, 3);
    ASSERT_TRUE(table.ok());
    expectFigure(table.value()[0].womenRate, 16.0 / 2);
    expectFigure(table.value()[0].menRate, 4.0 / 1);
    expectFigure(table.value()[1].womenRate, 36.0 / 3);
    expectFigure(table.value()[1].menRate, 14.0 / 3);
}

TEST(GenderSumTable, BelowMinCountOnlyTheSuppressedAllRowIsLeft) {
    const AbsenceData d;
    const auto table = genderSumTable(d.days, d.gender, d.groups, &d.fte);  // default 8 > 7 rows
    ASSERT_TRUE(table.ok());
    ASSERT_EQ(table.value().size(), 1u);
    EXPECT_TRUE(table.value()[0].isAll);
    EXPECT_TRUE(table.value()[0].suppressed);
}

TEST(GenderSumTable, NoWomenHaveNoRate) {
    const Range days = column({1.0, 2.0});
    const Range gender = column({"M", "M"});
    const Range groups = column({"A", "A"});
    const auto table = genderSumTable(days, gender, groups, nullptr, 1);
    ASSERT_TRUE(table.ok());
    EXPECT_EQ(table.value()[0].womenSum, 0);
    EXPECT_TRUE(isNotAvailable(table.value()[0].womenRate));
    expectFigure(table.value()[0].menRate, 1.5);
}

TEST(GenderSumTable, BadInput) {
    AbsenceData d;
    const Range shorter = column({1.0});
    EXPECT_TRUE(isBadInput(genderSumTable(shorter, d.gender, d.groups, nullptr)));
    EXPECT_TRUE(isBadInput(genderSumTable(d.days, d.gender, d.groups, &shorter)));
    EXPECT_TRUE(isBadInput(genderSumTable(d.days, d.gender, d.groups, nullptr, -1)));
    d.fte.cells[0] = Cell("en");  // text FTE on a used row
    EXPECT_TRUE(isBadInput(genderSumTable(d.days, d.gender, d.groups, &d.fte)));
    d.fte.cells[0] = Cell(-1.0);
    EXPECT_TRUE(isBadInput(genderSumTable(d.days, d.gender, d.groups, &d.fte)));
    d.fte.cells[0] = Cell(1.0);
    d.fte.cells[3] = Cell("en");  // on a row whose value is empty: not used, no error
    EXPECT_TRUE(genderSumTable(d.days, d.gender, d.groups, &d.fte).ok());
    const Range huge = column({1e308, 1e308});
    const Range two = column({"K", "K"});
    const Range group = column({"A", "A"});
    EXPECT_TRUE(isBadInput(genderSumTable(huge, two, group, nullptr, 1)));
}

}  // namespace
}  // namespace ligestat
