#include "plan_helpers.hpp"

#include <gtest/gtest.h>

#include <algorithm>

using namespace ligestat;

namespace {

using test::findText;

// A small staff list: id, CPR, gender, title, category, level, FTE, pay.
const std::vector<std::string> kStaffHeaders{"Medarbejdernr", "CPR", "Køn", "Stilling",
                                        "Personalekategori", "Ledelsesniveau", "Årsværk", "Løn"};

Range staff(const std::vector<std::vector<Cell>>& rows) { return test::staffRows(kStaffHeaders, rows); }

const Range kStaff = staff({
    {1.0, std::string("010170-1234"), std::string("K"), std::string("Laborant"), std::string("Lab"),
     std::string("Ingen ledelse"), 1.0, 30000.0},
    {2.0, std::string("010170-1235"), std::string("M"), std::string(" laborant"), std::string("lab "),
     std::string("Ingen ledelse"), 1.0, 31000.0},
    {3.0, std::string("010170-1236"), std::string("K"), std::string("Direktør"), std::string("Ledere"),
     std::string("Direktion"), 1.0, 80000.0},
    {4.0, std::string("010170-1237"), std::string("M"), std::string("Sektionsleder"), std::string("Ledere"),
     std::string("Sektionsleder"), 1.0, 60000.0},
    {5.0, std::string("010170-1238"), std::string("K"), std::string("Laborant"), std::string("LAB"),
     std::string("Ingen ledelse"), 0.5, 29000.0},
});

KeyFigureInput inputFor(const Range& data, const Settings& settings = {}) {
    KeyFigureInput in;
    in.data.sheet = "Medarbejdere";
    in.data.headerRow = 0;
    in.data.lastRow = static_cast<int>(data.rows);
    in.data.columns = resolveColumns(kStaffHeaders, settings);
    in.facts = collectFacts(data, in.data.columns, settings);
    in.settings = settings;
    in.language = "da";
    in.referenceDate = 46023;  // 2026-01-01
    return in;
}

const PlannedCell* at(const KeyFigurePlan& plan, int row, int col) { return test::cellAt(plan, row, col); }

}  // namespace

TEST(KeyFigures, UserChoiceOverridesDetectedColumns) {
    Settings s;
    s.columnHeaders["pay"] = "årsværk";  // odd but the user's choice: the FTE column becomes pay
    s.columnHeaders["cpr"] = "";         // no CPR column
    const ColumnMap map = resolveColumns(kStaffHeaders, s);
    EXPECT_EQ(map[ColumnRole::Pay], 6);
    EXPECT_EQ(map[ColumnRole::Fte], -1);  // a column plays one role
    EXPECT_EQ(map[ColumnRole::Cpr], -1);
    EXPECT_EQ(map[ColumnRole::Gender], 2);
}

TEST(KeyFigures, DistinctValuesIgnoreCaseAndSpaces) {
    const DataFacts facts = collectFacts(kStaff, resolveColumns(kStaffHeaders, {}), Settings{});
    // Lab (3 rows, spelled three ways) before Ledere (2)
    EXPECT_EQ(facts.categories, (std::vector<DistinctValue>{{"Lab", 3}, {"Ledere", 2}}));
    // top management first, then the fewest rows first
    EXPECT_EQ(facts.levels,
              (std::vector<DistinctValue>{{"Direktion", 1}, {"Sektionsleder", 1}, {"Ingen ledelse", 3}}));
    // the director is top management: not a pay title
    EXPECT_EQ(facts.payTitles, (std::vector<DistinctValue>{{"Laborant", 3}, {"Sektionsleder", 1}}));
    EXPECT_TRUE(facts.hasTopManagementRows);
}

TEST(KeyFigures, SheetNameGetsASuffixWhenTaken) {
    EXPECT_EQ(keyFigureSheetName("da"), "Nøgletal");
    EXPECT_EQ(keyFigureSheetName("en"), "Key figures");
    EXPECT_EQ(uniqueSheetName("Nøgletal", {"Medarbejdere"}), "Nøgletal");
    EXPECT_EQ(uniqueSheetName("Nøgletal", {"NØGLETAL", "Nøgletal (2)"}), "Nøgletal (3)");
}

TEST(KeyFigures, SurveyAnswersInScaleOrder) {
    const std::vector<Cell> answers{std::string("Ved ikke"), std::string("I høj grad"), Cell{},
                                    std::string("i meget høj grad "), std::string("Måske"), std::string("I høj grad")};
    EXPECT_EQ(surveyAnswers(answers), (std::vector<std::string>{"i meget høj grad", "I høj grad", "Ved ikke", "Måske"}));
    EXPECT_TRUE(isSurveyHeader(" svar"));
    EXPECT_TRUE(isSurveyHeader("Answer"));
    EXPECT_FALSE(isSurveyHeader("Køn"));
}

TEST(KeyFigures, CategoriesBelowTheMinimumAreLeftOut) {
    Settings s;
    s.minCategorySize = 3;
    const KeyFigurePlan plan = planKeyFigures(inputFor(kStaff, s));
    EXPECT_NE(findText(plan, "Lab"), nullptr);
    // "Ledere" (2 rows) is not a category row; as a title it does not exist either
    EXPECT_EQ(findText(plan, "Ledere"), nullptr);
    EXPECT_NE(findText(plan, "Kategorier med færre end 3 medarbejdere vises ikke. "
                             "Balance: hvert køn mindst 40 %; kritisk under 10 %."),
              nullptr);
}

TEST(KeyFigures, PayIndexIsSuppressedAsDashAndExcludesTopManagement) {
    const KeyFigurePlan plan = planKeyFigures(inputFor(kStaff));
    const PlannedCell* title = findText(plan, "Laborant");
    ASSERT_NE(title, nullptr);
    const PlannedCell* index = at(plan, title->row, 3);
    ASSERT_NE(index, nullptr);
    // the visible index picks the last column of one PAYINDEXTABLE: a suppressed one (empty text) shows as "–"
    EXPECT_EQ(index->content.rfind("=IF(ISNUMBER(INDEX(", 0), 0u) << index->content;
    EXPECT_NE(index->content.find(");\"–\")"), std::string::npos) << index->content;
    const auto table = std::find_if(plan.cells.begin(), plan.cells.end(),
                                    [](const PlannedCell& c) { return c.content.rfind("=PAYINDEXTABLE(", 0) == 0; });
    ASSERT_NE(table, plan.cells.end());
    // one array formula for both titles; the FTE rule comes from the settings
    EXPECT_EQ(table->kind, PlannedCell::Kind::ArrayFormula);
    EXPECT_EQ(table->rows, 2);
    EXPECT_EQ(table->cols, 6);
    EXPECT_NE(table->content.find(";3)"), std::string::npos) << table->content;
    // top management rows get no title, so they are in no group
    EXPECT_NE(table->content.find("UPPER(\"Direktion\")"), std::string::npos) << table->content;
    // the table (with the means) sits in hidden helper columns, right of the visible A-G
    EXPECT_GE(table->col, 7);
    for (int c = table->col; c < table->col + 6; ++c)
        EXPECT_NE(std::find(plan.hiddenColumns.begin(), plan.hiddenColumns.end(), c), plan.hiddenColumns.end()) << c;
    // no visible cell refers to the mean columns (4th and 5th of the table)
    for (int meanCol : {table->col + 3, table->col + 4}) {
        std::string name;  // the column's letters, e.g. "AA"
        for (int c = meanCol + 1; c > 0; c = (c - 1) / 26) name.insert(name.begin(), static_cast<char>('A' + (c - 1) % 26));
        const std::string column = "$" + name + "$";
        for (const auto& c : plan.cells)
            if (c.col < 7) EXPECT_EQ(c.content.find(column), std::string::npos) << c.content;
    }
    EXPECT_EQ(findText(plan, "Direktør"), nullptr);
    ASSERT_EQ(plan.bands.size(), 1u);
    EXPECT_EQ(plan.bands[0].low, 95.0);
    EXPECT_EQ(plan.bands[0].high, 105.0);
}

TEST(KeyFigures, FormulasUseAbsoluteReferencesToTheDataSheet) {
    const KeyFigurePlan plan = planKeyFigures(inputFor(kStaff));
    int formulas = 0;
    for (const auto& c : plan.cells) {
        if (c.kind == PlannedCell::Kind::Text || c.kind == PlannedCell::Kind::Number) continue;
        ++formulas;
        EXPECT_EQ(c.content.front(), '=');
        // every data reference is absolute and names the sheet
        for (std::size_t at = c.content.find("Medarbejdere"); at != std::string::npos;
             at = c.content.find("Medarbejdere", at + 1))
            EXPECT_EQ(c.content.substr(at - 2, 2), "$'") << c.content;
    }
    EXPECT_GT(formulas, 30);
}

TEST(KeyFigures, CprOnlyFeedsGenderAndAgeThroughFunctionsAndIsNeverCopied) {
    const std::vector<std::string> headers{"CPR", "Løn", "Stilling"};
    Range data;
    data.rows = 2;
    data.cols = 3;
    data.cells = {std::string("010170-1234"), 30000.0, std::string("Laborant"),
                  std::string("010170-1235"), 31000.0, std::string("Laborant")};
    KeyFigureInput in;
    in.data.sheet = "Ark1";
    in.data.lastRow = 2;
    in.data.columns = resolveColumns(headers, {});
    in.facts = collectFacts(data, in.data.columns, {});
    in.language = "en";
    const KeyFigurePlan plan = planKeyFigures(in);
    bool usesCprGender = false, usesCprAge = false;
    for (const auto& c : plan.cells) {
        usesCprGender = usesCprGender || c.content.find("CPRGENDER($'Ark1'.$A$2:$A$3)") != std::string::npos;
        usesCprAge = usesCprAge || c.content.find("VALUE(CPRAGE($'Ark1'.$A$2:$A$3;$B$3))") != std::string::npos;
        EXPECT_EQ(c.content.find("010170"), std::string::npos);
        // the CPR column only ever appears inside a CPR function
        if (c.content.find("$A$2:$A$3") != std::string::npos) {
            EXPECT_TRUE(c.content.find("CPRGENDER($'Ark1'.$A$2") != std::string::npos ||
                        c.content.find("CPRAGE($'Ark1'.$A$2") != std::string::npos ||
                        c.content.find("CPRVALID($'Ark1'.$A$2") != std::string::npos ||
                        c.content.find("($'Ark1'.$A$2:$A$3<>\"\")") != std::string::npos ||  // "row not blank"
                        c.content.find("LEN(TRIM($'Ark1'.$A$2:$A$3))") != std::string::npos)  // "CPR cell blank"
                << c.content;
        }
    }
    EXPECT_TRUE(usesCprGender);
    EXPECT_TRUE(usesCprAge);
    EXPECT_NE(findText(plan, "Invalid CPR number"), nullptr);
}

TEST(KeyFigures, EnglishAndDanishLabels) {
    KeyFigureInput in = inputFor(kStaff);
    EXPECT_NE(findText(planKeyFigures(in), "Nøgletal for ligestilling"), nullptr);
    in.language = "en";
    const KeyFigurePlan plan = planKeyFigures(in);
    EXPECT_NE(findText(plan, "Gender equality key figures"), nullptr);
    EXPECT_NE(findText(plan, "1. Overview"), nullptr);
}

// ---- Issue 9: real exports ----------------------------------------------------

namespace {

bool anyCellContains(const KeyFigurePlan& plan, const std::string& part) {
    return std::any_of(plan.cells.begin(), plan.cells.end(),
                       [&](const PlannedCell& c) { return c.content.find(part) != std::string::npos; });
}

}  // namespace

TEST(KeyFigures, NoCellTurnsAnErrorIntoZero) {
    const KeyFigurePlan plan = planKeyFigures(inputFor(kStaff));
    for (const auto& c : plan.cells) {
        if (c.kind == PlannedCell::Kind::Text) continue;
        for (const char* wrapper : {"=IFNA(", "=IFERROR("})
            EXPECT_FALSE(c.content.rfind(wrapper, 0) == 0 && c.content.size() > 3 &&
                         c.content.compare(c.content.size() - 3, 3, ";0)") == 0)
                << c.content;
    }
}

TEST(KeyFigures, TextOrNegativeFteRowsAreLeftOutOfThePayIndexAndEveryFteFigure) {
    const KeyFigurePlan plan = planKeyFigures(inputFor(kStaff));
    const auto table = std::find_if(plan.cells.begin(), plan.cells.end(),
                                    [](const PlannedCell& c) { return c.content.rfind("=PAYINDEXTABLE(", 0) == 0; });
    ASSERT_NE(table, plan.cells.end());
    // rows without a usable FTE get no title: in no group, instead of making the table Err:502
    const std::string usable = "ISNUMBER($'Medarbejdere'.$G$2:$G$6)*($'Medarbejdere'.$G$2:$G$6>=0)";
    EXPECT_NE(table->content.find(usable), std::string::npos) << table->content;
    // the overview's total FTE leaves out negative FTE as the women and men rows do
    EXPECT_TRUE(anyCellContains(plan, "=SUMIF($'Medarbejdere'.$G$2:$G$6;\">=0\")"));
    EXPECT_FALSE(anyCellContains(plan, "=SUM($'Medarbejdere'.$G$2:$G$6)"));
}

TEST(KeyFigures, CprFillsBlankGenderCellsRowByRow) {
    // every gender cell filled: the CPR column is not read (no CPR function over every row)
    for (const auto& c : planKeyFigures(inputFor(kStaff)).cells) EXPECT_EQ(c.content.find("CPRGENDER"), std::string::npos);
    Range blank = kStaff;
    blank.cells[1 * kStaffHeaders.size() + 2] = Cell{};  // the second person's Køn is empty; the CPR is filled
    const KeyFigurePlan plan = planKeyFigures(inputFor(blank));
    // the gender column where it is filled, else the gender of the row's CPR number
    const std::string gender = "IF((LEN(TRIM($'Medarbejdere'.$C$2:$C$6))=0);IFERROR(CPRGENDER($'Medarbejdere'.$B$2:$B$6);"
                               "\"\");$'Medarbejdere'.$C$2:$C$6)";
    EXPECT_TRUE(anyCellContains(plan, "GENDERTABLE(" + gender)) << gender;
    EXPECT_TRUE(anyCellContains(plan, "PAYINDEXTABLE($'Medarbejdere'.$H$2:$H$6;" + gender));
    // an expression argument needs an array formula around the add-in call
    for (const auto& c : plan.cells)
        if (c.content.find("=IFNA(PAYGAP(") == 0) EXPECT_EQ(c.kind, PlannedCell::Kind::ArrayFormula);
}

TEST(KeyFigures, CprFillsBlankAgeAndBirthDateCells) {
    for (const char* header : {"Alder", "Fødselsdato"}) {
        const std::vector<std::string> headers{"CPR", "Køn", header};
        Range data;  // the second row's age or birth date is blank
        data.rows = 2;
        data.cols = 3;
        data.cells = {std::string("010170-1234"), std::string("K"), 30.0,
                      std::string("010170-1235"), std::string("M"), Cell{}};
        KeyFigureInput in;
        in.data.sheet = "Ark1";
        in.data.lastRow = 2;
        in.data.columns = resolveColumns(headers, {});
        in.facts = collectFacts(data, in.data.columns, {});
        in.language = "en";
        const KeyFigurePlan plan = planKeyFigures(in);
        const std::string fromCpr = std::string(header) == "Alder" ? "CPRAGE($'Ark1'.$A$2:$A$3" : "CPRBIRTHDATE($'Ark1'.$A$2:$A$3";
        EXPECT_TRUE(anyCellContains(plan, "IF((LEN(TRIM($'Ark1'.$C$2:$C$3))=0);" +
                                              std::string(std::string(header) == "Alder" ? "IFERROR(VALUE(" : "IFERROR(") + fromCpr))
            << header;
    }
}

TEST(KeyFigures, LeftOutRowsAndMissingColumnsAreNamedInTheDataNotes) {
    KeyFigureInput in = inputFor(kStaff);
    in.data.leftOutRows = {{5, TrailingKind::Totals}};
    in.data.columns[ColumnRole::StaffCategory] = -1;
    const KeyFigurePlan da = planKeyFigures(in);
    EXPECT_NE(findText(da, "Række 7 ligner en totalrække: udeladt."), nullptr);  // header in row 1, data from row 2
    EXPECT_NE(findText(da, "Ingen kolonne for personalekategori fundet: køn efter personalekategori vises ikke; vælg "
                           "den i sidepanelet."),
              nullptr);
    in.language = "en";
    in.data.columns[ColumnRole::Pay] = -1;
    const KeyFigurePlan en = planKeyFigures(in);
    EXPECT_NE(findText(en, "Row 7 looks like a totals row: left out."), nullptr);
    EXPECT_NE(findText(en, "No pay column found: the pay index and the EU pay transparency indicators are not shown; "
                           "choose it in the sidebar."),
              nullptr);
}

TEST(KeyFigures, OnlyWhatTheDataHasIsShown) {
    // no age source: no reference-date line; no allowance column: no allowance note; no FTE: heads
    const std::vector<std::string> headers{"Køn", "Løn", "Stilling"};
    KeyFigureInput in;
    in.data.sheet = "Ark1";
    in.data.lastRow = 2;
    in.data.columns = resolveColumns(headers, {});
    in.language = "da";
    const KeyFigurePlan plan = planKeyFigures(in);
    EXPECT_EQ(findText(plan, "Opgørelsesdato (alder)"), nullptr);
    EXPECT_EQ(findText(plan, "Gab i tillæg og engangsvederlag er blandt dem, der modtager dem."), nullptr);
    EXPECT_NE(findText(plan, "Kvinder, personer"), nullptr);
    EXPECT_EQ(plan.pageStyleName, "Ligestat nøgletal");
    in.language = "en";
    EXPECT_NE(findText(planKeyFigures(in), "Women, heads"), nullptr);
    EXPECT_EQ(planKeyFigures(in).pageStyleName, "Ligestat key figures");
}

// ---- EU pay transparency (issue 11): sections 6, 7 and 10 ---------------------

namespace {

// The staff list with complementary pay and absence days: columns I-K.
const std::vector<std::string> kEuHeaders{"Medarbejdernr", "CPR", "Køn", "Stilling", "Personalekategori",
                                          "Ledelsesniveau", "Årsværk", "Løn", "Tillæg", "Engangsvederlag",
                                          "Sygefraværsdage"};

KeyFigureInput euInput(std::vector<std::string> headers = kEuHeaders) {
    KeyFigureInput in;
    in.data.sheet = "Medarbejdere";
    in.data.headerRow = 0;
    in.data.lastRow = 5;
    in.data.headers = headers;
    in.data.columns = resolveColumns(headers, {});
    in.facts.categories = {{"Lab", 3}, {"Ledere", 2}};
    in.facts.payTitles = {{"Laborant", 3}, {"Sektionsleder", 1}};
    in.facts.hasTopManagementRows = true;
    in.language = "en";
    return in;
}

std::vector<const PlannedCell*> cellsContaining(const KeyFigurePlan& plan, const std::string& part) {
    std::vector<const PlannedCell*> found;
    for (const auto& c : plan.cells)
        if (c.content.find(part) != std::string::npos) found.push_back(&c);
    return found;
}

const PlannedCell& onlyCall(const KeyFigurePlan& plan, const std::string& function) {
    const auto calls = cellsContaining(plan, function + "(");
    EXPECT_EQ(calls.size(), 1u) << function;
    if (calls.empty()) throw std::runtime_error("no " + function);
    return *calls.front();
}

bool hasNote(const KeyFigurePlan& plan, const std::string& text) {
    return std::any_of(plan.cells.begin(), plan.cells.end(), [&](const PlannedCell& c) {
        return c.kind == PlannedCell::Kind::Text && c.content.find(text) != std::string::npos;
    });
}

}  // namespace

// ---- Issue 10: the explained and unexplained pay gap (section 8) ----------------

namespace {

// A section's title cell whatever its number ("7. " now; other sections may come before it).
const PlannedCell* sectionTitled(const KeyFigurePlan& plan, const std::string& title) {
    for (const auto& c : plan.cells)
        if (c.style == CellStyle::Section && c.content.size() > title.size() &&
            c.content.compare(c.content.size() - title.size(), title.size(), title) == 0 &&
            c.content.find(". ") == c.content.size() - title.size() - 2)
            return &c;
    return nullptr;
}

const PlannedCell* cellStartingWith(const KeyFigurePlan& plan, const std::string& start) {
    for (const auto& c : plan.cells)
        if (c.content.rfind(start, 0) == 0) return &c;
    return nullptr;
}

// The staff list with a hire date and an education column: K = Ansættelsesdato, L = Uddannelse.
KeyFigureInput inputWithHireDateAndEducation(const Settings& settings = {}) {
    std::vector<std::string> headers = kStaffHeaders;
    headers.push_back("Ansættelsesdato");
    headers.push_back("Uddannelse");
    KeyFigureInput in = inputFor(kStaff, settings);
    in.data.columns = resolveColumns(headers, settings);
    return in;
}

}  // namespace

TEST(KeyFigures, EuIndicatorsAreOneReportOverAllWorkersOnTotalPay) {
    const KeyFigurePlan plan = planKeyFigures(euInput());
    const PlannedCell& report = onlyCall(plan, "EUPAYREPORT");
    EXPECT_EQ(report.kind, PlannedCell::Kind::ArrayFormula);
    EXPECT_EQ(report.rows, 14);
    EXPECT_EQ(report.cols, 2);
    EXPECT_GE(report.col, 7);  // in the hidden helper columns
    // basic pay, the gender column as it is (no top management left out), and
    // allowance and one-off payment side by side as one two-column range: no per-row formula
    EXPECT_EQ(report.content, "=EUPAYREPORT($'Medarbejdere'.$H$2:$H$6;$'Medarbejdere'.$C$2:$C$6;"
                              "$'Medarbejdere'.$I$2:$J$6)");
    // the many per-indicator calls are gone
    for (const char* old : {"=IFNA(PAYGAP(", "VARPAYGAP(", "RECIPIENTSHARE(", "PAYQUARTILES("})
        EXPECT_TRUE(cellsContaining(plan, old).empty()) << old;
    // visible figures pick from the one result; #N/A shows as "–"
    const PlannedCell* mean = findText(plan, "(a) mean pay gap, %");
    ASSERT_NE(mean, nullptr);
    const PlannedCell* value = at(plan, mean->row, 1);
    ASSERT_NE(value, nullptr);
    EXPECT_EQ(value->content.rfind("=IFNA(INDEX(", 0), 0u) << value->content;
    EXPECT_NE(value->content.find(";1);\"–\")"), std::string::npos) << value->content;
    EXPECT_NE(findText(plan, "(e) men receiving complementary pay"), nullptr);
    // the notes name exactly the columns of basic and complementary pay
    EXPECT_TRUE(hasNote(plan, "Basic pay: column \"Løn\" (H). Complementary pay: columns \"Tillæg\" (I) + "
                              "\"Engangsvederlag\" (J), empty = 0. Total pay = basic + complementary pay."));
    EXPECT_TRUE(hasNote(plan, "All workers count, managers and top management included"));
    // the pay index of section 5 keeps leaving top management out
    EXPECT_NE(onlyCall(plan, "PAYINDEXTABLE").content.find("UPPER(\"Direktion\")"), std::string::npos);
}

TEST(KeyFigures, ComplementaryColumnsApartAreAddedPerRowWithTextPassedOn) {
    const std::vector<std::string> apart{"Køn", "Tillæg", "Løn", "Engangsvederlag"};
    const KeyFigurePlan plan = planKeyFigures(euInput(apart));
    const PlannedCell& report = onlyCall(plan, "EUPAYREPORT");
    // text in either column is passed on, so the function leaves that row out (text + number would be #VALUE!)
    const std::string allowance = "$'Medarbejdere'.$B$2:$B$6", oneOff = "$'Medarbejdere'.$D$2:$D$6";
    EXPECT_EQ(report.content, "=EUPAYREPORT($'Medarbejdere'.$C$2:$C$6;$'Medarbejdere'.$A$2:$A$6;IF(ISTEXT(" +
                                  allowance + ");" + allowance + ";IF(ISTEXT(" + oneOff + ");" + oneOff + ";" +
                                  allowance + "+" + oneOff + ")))");
    EXPECT_EQ(report.kind, PlannedCell::Kind::ArrayFormula);
    EXPECT_TRUE(hasNote(plan, "Complementary pay: columns \"Tillæg\" (B) + \"Engangsvederlag\" (D), empty = 0."));
}

TEST(KeyFigures, EuIndicatorsWithOneOrNoComplementaryColumn) {
    const std::vector<std::string> oneColumn{"Køn", "Stilling", "Løn", "Engangsvederlag"};
    const KeyFigurePlan one = planKeyFigures(euInput(oneColumn));
    EXPECT_EQ(onlyCall(one, "EUPAYREPORT").content,
              "=EUPAYREPORT($'Medarbejdere'.$C$2:$C$6;$'Medarbejdere'.$A$2:$A$6;$'Medarbejdere'.$D$2:$D$6)");
    EXPECT_TRUE(hasNote(one, "Complementary pay: column \"Engangsvederlag\" (D), empty = 0."));

    const std::vector<std::string> none{"Køn", "Stilling", "Løn"};
    const KeyFigurePlan plan = planKeyFigures(euInput(none));
    EXPECT_EQ(onlyCall(plan, "EUPAYREPORT").content,
              "=EUPAYREPORT($'Medarbejdere'.$C$2:$C$6;$'Medarbejdere'.$A$2:$A$6)");
    // (b)-(e) would all be #N/A: not listed, and the note says why
    EXPECT_EQ(findText(plan, "(b) mean gap in complementary pay, %"), nullptr);
    EXPECT_NE(findText(plan, "(c) median pay gap, %"), nullptr);
    EXPECT_TRUE(hasNote(plan, "Basic pay: column \"Løn\" (C). No allowance or one-off payment column: total pay = "
                              "basic pay; (b), (d) and (e) are not shown."));
}

TEST(KeyFigures, CategoriesOfWorkersByStaffCategoryWithoutAJobEvaluationSheet) {
    const KeyFigurePlan plan = planKeyFigures(euInput());
    const PlannedCell& table = onlyCall(plan, "PAYGAPTABLE");
    EXPECT_EQ(table.kind, PlannedCell::Kind::ArrayFormula);
    EXPECT_EQ(table.rows, 2);  // Lab, Ledere
    EXPECT_EQ(table.cols, 9);
    // staff category as the groups, no map, at least 3 of each gender
    EXPECT_NE(table.content.find(";$'Medarbejdere'.$C$2:$C$6;$'Medarbejdere'.$E$2:$E$6;$'Medarbejdere'.$I$2:$J$6;"),
              std::string::npos)
        << table.content;
    EXPECT_EQ(table.content.substr(table.content.size() - 5), ";;;3)") << table.content;
    EXPECT_NE(findText(plan, "7. Pay gap per category of workers (art. 9(1)(g))"), nullptr);
    EXPECT_TRUE(hasNote(plan, "By staff category: make a job evaluation sheet"));
    EXPECT_FALSE(hasNote(plan, "Write those criteria per job title"));
    EXPECT_TRUE(hasNote(plan, "Art. 10: \"assessment needed\" where the mean total pay gap is 5 % or more either "
                              "way"));
    EXPECT_TRUE(hasNote(plan, "\"too few to compare\": fewer than 3 women or men"));
    // the rows pick the table's rows by position; an unfilled row stays empty, a suppressed gap is "–"
    const auto labels = cellsContaining(plan, "=IFNA(INDEX(");
    const auto first = std::find_if(labels.begin(), labels.end(), [](const PlannedCell* c) {
        return c->col == 0 && c->content.find(";1);\"\")") != std::string::npos;
    });
    ASSERT_NE(first, labels.end());
    const PlannedCell* gap = at(plan, (*first)->row, 5);
    ASSERT_NE(gap, nullptr);
    EXPECT_NE(gap->content.find("IF(ISTEXT(INDEX("), std::string::npos) << gap->content;
    const PlannedCell* flag = at(plan, (*first)->row, 6);
    ASSERT_NE(flag, nullptr);
    EXPECT_NE(flag->content.find(";1)"), std::string::npos) << flag->content;
}

TEST(KeyFigures, CategoriesOfWorkersByTheJobEvaluationSheetWhenItsNamedRangesExist) {
    KeyFigureInput in = euInput();
    in.jobEvaluation = JobEvaluationRanges{
        {Cell{std::string("Laborant")}, Cell{std::string("Direktør")}, Cell{std::string("Sektionsleder")}},
        {Cell{std::string("Kategori 2")}, Cell{std::string("Kategori 5")}, Cell{std::string(" kategori 5")}}};
    const KeyFigurePlan plan = planKeyFigures(in);
    const PlannedCell& table = onlyCall(plan, "PAYGAPTABLE");
    // the job titles grouped through the live named ranges
    EXPECT_NE(table.content.find(";$'Medarbejdere'.$D$2:$D$6;$'Medarbejdere'.$I$2:$J$6;"), std::string::npos)
        << table.content;
    EXPECT_EQ(table.content.substr(table.content.size() - 43), ";LigestatJobTitles;LigestatJobCategories;3)");
    EXPECT_EQ(table.rows, 3);  // two distinct categories + "(not evaluated)"
    EXPECT_NE(findText(plan, "Category of workers"), nullptr);
    EXPECT_TRUE(hasNote(plan, "Categories of workers from the job evaluation sheet"));
    // where the art. 10 justification goes: the sheet's own column, by its header
    EXPECT_TRUE(hasNote(plan, "Write those criteria per job title in the job evaluation sheet's column "
                              "\"Justification / notes\"."));
}

TEST(KeyFigures, AnUnusableJobEvaluationSheetFallsBackToStaffCategoryAndSaysWhy) {
    KeyFigureInput empty = euInput();
    empty.jobEvaluation = JobEvaluationRanges{{Cell{std::string("Laborant")}}, {Cell{}}};
    KeyFigurePlan plan = planKeyFigures(empty);
    EXPECT_NE(onlyCall(plan, "PAYGAPTABLE").content.find("$E$2:$E$6;$'Medarbejdere'.$I$2:$J$6;"), std::string::npos);
    EXPECT_TRUE(hasNote(plan, "The job evaluation sheet has no category of workers yet: by staff category instead."));

    KeyFigureInput uneven = euInput();
    uneven.jobEvaluation = JobEvaluationRanges{{Cell{std::string("Laborant")}, Cell{std::string("Pedel")}},
                                               {Cell{std::string("A")}}};
    plan = planKeyFigures(uneven);
    EXPECT_EQ(onlyCall(plan, "PAYGAPTABLE").content.find("LigestatJobTitles"), std::string::npos);
    EXPECT_TRUE(hasNote(plan, "differ in length: by staff category instead."));

    // no job titles in the data: the map has nothing to map
    const std::vector<std::string> noTitles{"Køn", "Personalekategori", "Løn"};
    KeyFigureInput untitled = euInput(noTitles);
    untitled.jobEvaluation = JobEvaluationRanges{{Cell{std::string("Laborant")}}, {Cell{std::string("A")}}};
    plan = planKeyFigures(untitled);
    EXPECT_EQ(onlyCall(plan, "PAYGAPTABLE").content.find("LigestatJobTitles"), std::string::npos);

    // neither job titles nor staff categories: no section 7
    const std::vector<std::string> bare{"Køn", "Løn"};
    KeyFigureInput neither = euInput(bare);
    neither.facts.categories.clear();
    EXPECT_TRUE(cellsContaining(planKeyFigures(neither), "PAYGAPTABLE(").empty());
}

TEST(KeyFigures, SicknessAbsenceByGenderPerFteOverallAndPerStaffCategory) {
    KeyFigureInput in = euInput();
    in.facts.categories = {{"Lab", 9}, {"Ledere", 2}};
    const KeyFigurePlan plan = planKeyFigures(in);
    const PlannedCell& table = onlyCall(plan, "GENDERSUMTABLE");
    EXPECT_EQ(table.content, "=GENDERSUMTABLE($'Medarbejdere'.$K$2:$K$6;$'Medarbejdere'.$C$2:$C$6;"
                             "$'Medarbejdere'.$E$2:$E$6;$'Medarbejdere'.$G$2:$G$6;8)");
    EXPECT_EQ(table.rows, 2);  // Lab (>= 8 rows) and All
    EXPECT_NE(findText(plan, "Lab"), nullptr);
    const PlannedCell* section = findText(plan, "9. Sickness absence by gender");  // after the explained pay gap
    ASSERT_NE(section, nullptr);
    const PlannedCell* all = at(plan, section->row + 3, 0);  // title, header, Lab, All
    ASSERT_NE(all, nullptr);
    EXPECT_EQ(all->content, "All");
    EXPECT_NE(findText(plan, "Women, days per FTE"), nullptr);
    const PlannedCell* rate = at(plan, all->row, 3);
    ASSERT_NE(rate, nullptr);
    EXPECT_EQ(rate->content.rfind("=IFNA(IF(ISTEXT(INDEX(", 0), 0u) << rate->content;
    EXPECT_TRUE(hasNote(plan, "Sickness absence days from column \"Sygefraværsdage\" (K); per FTE from column "
                              "\"Årsværk\" (G)."));

    // without a staff category: the All row only; without absence days: no section
    const std::vector<std::string> noCategory{"Køn", "Løn", "Sygefravær"};
    const KeyFigurePlan withoutCategory = planKeyFigures(euInput(noCategory));
    const PlannedCell& overall = onlyCall(withoutCategory, "GENDERSUMTABLE");
    EXPECT_EQ(overall.content, "=GENDERSUMTABLE($'Medarbejdere'.$C$2:$C$6;$'Medarbejdere'.$A$2:$A$6;"
                               "T($'Medarbejdere'.$C$2:$C$6);;8)");
    EXPECT_EQ(overall.rows, 1);
    EXPECT_TRUE(cellsContaining(planKeyFigures(inputFor(kStaff)), "GENDERSUMTABLE(").empty());
}

TEST(KeyFigures, ExplainedGapUsesEveryFactorTheDataHas) {
    const KeyFigurePlan plan = planKeyFigures(inputFor(kStaff));
    const PlannedCell* title = sectionTitled(plan, "Forklaret og uforklaret lønforskel");
    ASSERT_NE(title, nullptr);
    // one regression and one decomposition, as array formulas in hidden helper columns
    const PlannedCell* regression = cellStartingWith(plan, "=PAYREGRESSION(");
    const PlannedCell* decomposition = cellStartingWith(plan, "=PAYGAPDECOMPOSITION(");
    ASSERT_NE(regression, nullptr);
    ASSERT_NE(decomposition, nullptr);
    EXPECT_EQ(regression->kind, PlannedCell::Kind::ArrayFormula);
    EXPECT_EQ(decomposition->kind, PlannedCell::Kind::ArrayFormula);
    EXPECT_EQ(regression->rows, 12);
    EXPECT_EQ(regression->cols, 2);
    // age from the CPR numbers and its square; job title and management level as categories
    const std::string age = "IFERROR(VALUE(CPRAGE($'Medarbejdere'.$B$2:$B$6;$B$3));-1)";
    const std::string titles = "$'Medarbejdere'.$D$2:$D$6", level = "$'Medarbejdere'.$F$2:$F$6";
    // a row with an unknown factor gets no gender for the model: the function leaves it out
    const std::string gender = "IF((" + age + ">=0)*(" + titles + "<>\"\")*(" + level + "<>\"\");" +
                               "$'Medarbejdere'.$C$2:$C$6;\"\")";
    // no FTE argument: the pay column already is full-time pay (as the pay index reads it)
    EXPECT_EQ(regression->content, "=PAYREGRESSION($'Medarbejdere'.$H$2:$H$6;" + gender + ";(" + age + ")^{1;2};IF({1;0};" +
                                       titles + ";" + level + "))");
    EXPECT_EQ(decomposition->content.substr(std::string("=PAYGAPDECOMPOSITION").size()),
              regression->content.substr(std::string("=PAYREGRESSION").size()));
    // raw, explained, unexplained, then age, age², title, level
    EXPECT_EQ(decomposition->rows, 3 + 2 + 2);
    EXPECT_EQ(decomposition->cols, 3);
    for (const char* factor : {"  forklaret af alder", "  forklaret af stillingsbetegnelse",
                               "  forklaret af ledelsesniveau"})
        EXPECT_NE(findText(plan, factor), nullptr) << factor;
    EXPECT_EQ(findText(plan, "  forklaret af anciennitet"), nullptr);
    EXPECT_EQ(findText(plan, "  forklaret af uddannelse"), nullptr);
}

TEST(KeyFigures, ExplainedGapFiguresShowSuppressedAsDashAndNeverAsANumber) {
    const KeyFigurePlan plan = planKeyFigures(inputFor(kStaff));
    const PlannedCell* label = findText(plan, "Justeret lønforskel (%)");
    ASSERT_NE(label, nullptr);
    const PlannedCell* adjusted = at(plan, label->row, 1);
    ASSERT_NE(adjusted, nullptr);
    EXPECT_EQ(adjusted->content.rfind("=IFNA(INDEX(", 0), 0u) << adjusted->content;
    const std::string end = ";1);\"–\")";  // PAYREGRESSION's first row, #N/A shown as "–"
    EXPECT_EQ(adjusted->content.substr(adjusted->content.size() - end.size()), end);
    // the age factor's explained part adds its two columns (age and age²): rows 4 and 5
    const PlannedCell* ageLabel = findText(plan, "  forklaret af alder");
    ASSERT_NE(ageLabel, nullptr);
    const PlannedCell* agePart = at(plan, ageLabel->row, 1);
    ASSERT_NE(agePart, nullptr);
    EXPECT_NE(agePart->content.find(";4)+INDEX("), std::string::npos) << agePart->content;
    EXPECT_NE(agePart->content.find(";5);\"–\")"), std::string::npos) << agePart->content;
    EXPECT_NE(findText(plan, "\"–\": ikke beregnet, når under 50 rækker kan bruges, der ikke er både kvinder og "
                             "mænd, eller faktorerne forklarer køn helt."),
              nullptr);
}

TEST(KeyFigures, ExplainedGapSentenceNamesTheFactorsInTheSheetsLanguage) {
    KeyFigureInput in = inputFor(kStaff);
    in.language = "en";
    const KeyFigurePlan plan = planKeyFigures(in);
    const PlannedCell* title = sectionTitled(plan, "Explained and unexplained pay gap");
    ASSERT_NE(title, nullptr);
    const PlannedCell* sentence = at(plan, title->row + 1, 0);
    ASSERT_NE(sentence, nullptr);
    EXPECT_EQ(sentence->kind, PlannedCell::Kind::Formula);
    EXPECT_NE(sentence->content.find("taking age, job title and management level into account"), std::string::npos)
        << sentence->content;
    // an error in the data is not hidden behind the "not shown" text
    EXPECT_NE(sentence->content.find("=\"–\";\"The adjusted pay gap is not shown"), std::string::npos);
    EXPECT_NE(findText(plan, "Factors: age, job title and management level (age and years of service in years at the "
                             "reference date, each with its square; categories with the most frequent "
                             "value as the reference)."),
              nullptr);
}

TEST(KeyFigures, ExplainedGapCountsYearsOfServiceFromTheHireDateAndTakesEducation) {
    const KeyFigurePlan plan = planKeyFigures(inputWithHireDateAndEducation());
    const PlannedCell* regression = cellStartingWith(plan, "=PAYREGRESSION(");
    ASSERT_NE(regression, nullptr);
    const std::string service = "IF(ISNUMBER($'Medarbejdere'.$I$2:$I$6);($B$3-$'Medarbejdere'.$I$2:$I$6)/365.25;0)";
    // age and service side by side, each twice, then raised to 1 and 2: each computed once
    EXPECT_NE(regression->content.find("IF({1;1;0;0};IFERROR(VALUE(CPRAGE("), std::string::npos) << regression->content;
    EXPECT_NE(regression->content.find(";" + service + ")^{1;2;1;2}"), std::string::npos) << regression->content;
    EXPECT_NE(regression->content.find("ISNUMBER($'Medarbejdere'.$I$2:$I$6)*($'Medarbejdere'.$I$2:$I$6<=$B$3)"),
              std::string::npos);  // a hire date after the reference date is unknown
    EXPECT_NE(regression->content.find("IF({1;0;0};"), std::string::npos);     // title, level, education
    EXPECT_NE(regression->content.find("$'Medarbejdere'.$J$2:$J$6"), std::string::npos);
    EXPECT_EQ(cellStartingWith(plan, "=PAYGAPDECOMPOSITION(")->rows, 3 + 4 + 3);
    EXPECT_NE(findText(plan, "  forklaret af anciennitet"), nullptr);
    EXPECT_NE(findText(plan, "  forklaret af uddannelse"), nullptr);
    EXPECT_NE(findText(plan, "Anciennitet: dage fra ansættelsesdatoen til opgørelsesdatoen / 365,25."), nullptr);
}

TEST(KeyFigures, ExplainedGapHonoursTheFactorsTheUserChose) {
    Settings s;
    s.modelFactors = {ModelFactor::Age, ModelFactor::YearsOfService, ModelFactor::ManagementLevel};
    const KeyFigurePlan plan = planKeyFigures(inputWithHireDateAndEducation(s));
    const PlannedCell* regression = cellStartingWith(plan, "=PAYREGRESSION(");
    ASSERT_NE(regression, nullptr);
    // one category column left: passed as the range itself
    EXPECT_EQ(regression->content.find("$'Medarbejdere'.$D$2:$D$6"), std::string::npos);  // no job title
    EXPECT_EQ(regression->content.find("$'Medarbejdere'.$J$2:$J$6"), std::string::npos);  // no education
    EXPECT_EQ(regression->content.substr(regression->content.size() - 27), ";$'Medarbejdere'.$F$2:$F$6)")
        << regression->content;
    EXPECT_EQ(findText(plan, "  forklaret af stillingsbetegnelse"), nullptr);
    EXPECT_EQ(findText(plan, "  forklaret af uddannelse"), nullptr);
    EXPECT_NE(findText(plan, "  forklaret af ledelsesniveau"), nullptr);
    EXPECT_EQ(cellStartingWith(plan, "=PAYGAPDECOMPOSITION(")->rows, 3 + 4 + 1);
}

TEST(KeyFigures, NoExplainedGapWithoutAFactorOrWithoutPay) {
    Settings none;
    none.modelFactors.clear();
    EXPECT_EQ(sectionTitled(planKeyFigures(inputFor(kStaff, none)), "Forklaret og uforklaret lønforskel"), nullptr);
    // the data has no factor at all
    const std::vector<std::string> headers{"Køn", "Løn"};
    KeyFigureInput in;
    in.data.sheet = "Ark1";
    in.data.lastRow = 2;
    in.data.columns = resolveColumns(headers, {});
    in.language = "da";
    const KeyFigurePlan plan = planKeyFigures(in);
    EXPECT_EQ(cellStartingWith(plan, "=PAYREGRESSION("), nullptr);
    // no pay column: no model
    Settings noPay;
    noPay.columnHeaders["pay"] = "";
    EXPECT_EQ(cellStartingWith(planKeyFigures(inputFor(kStaff, noPay)), "=PAYREGRESSION("), nullptr);
}

TEST(KeyFigures, ReferenceDateIsShownForYearsOfServiceWithoutAges) {
    const std::vector<std::string> headers{"Køn", "Løn", "Ansættelsesdato"};
    KeyFigureInput in;
    in.data.sheet = "Ark1";
    in.data.lastRow = 2;
    in.data.columns = resolveColumns(headers, {});
    in.language = "da";
    in.referenceDate = 46023;
    const KeyFigurePlan plan = planKeyFigures(in);
    EXPECT_NE(findText(plan, "Opgørelsesdato (anciennitet)"), nullptr);
    EXPECT_TRUE(anyCellContains(plan, "($B$3-$'Ark1'.$C$2:$C$3)/365.25"));
}
