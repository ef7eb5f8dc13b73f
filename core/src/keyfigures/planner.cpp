// The key-figure sheet as a plan: the order of the sections, the heading, and the
// shared pieces of a section (tables read from hidden helper columns, charts,
// balance flags) (key-figures.md, "Output: a new sheet").
#include "keyfigures/planner.hpp"

#include "ligestat/balance.hpp"
#include "ligestat/text.hpp"

#include <algorithm>
#include <cmath>

namespace ligestat::keyfigures {

KeyFigurePlan Planner::plan() {
    heading();
    overview();
    if (f_.hasAge() && f_.hasGender()) ageDistribution();
    if (f_.has(ColumnRole::StaffCategory) && f_.hasGender()) categories();
    if (f_.has(ColumnRole::ManagementLevel) && f_.hasGender()) levels();
    if (f_.has(ColumnRole::Pay) && f_.has(ColumnRole::JobTitle) && f_.hasGender()) payIndex();
    if (f_.has(ColumnRole::Pay) && f_.hasGender()) payTransparency();
    if (f_.has(ColumnRole::Pay) && f_.hasGender())
        if (const WorkerCategories how = workerCategories(); how.rows > 0) categoriesOfWorkers(how);
    if (f_.has(ColumnRole::Pay) && f_.hasGender() && !modelFactors().empty()) explainedGap();
    if (in_.lastYear && f_.hasGender()) yearOnYear();
    if (f_.has(ColumnRole::AbsenceDays) && f_.hasGender()) sicknessAbsence();
    if (in_.survey && !in_.survey->answers.empty()) survey();
    dataNotes();
    plan_.columnWidthsCm = {8.2, 2.5, 2.5, 2.5, 2.5, 2.5, 3.0};
    plan_.pageStyleName = t({"Ligestat key figures", "Ligestat nøgletal"});
    return std::move(plan_);
}

void Planner::heading() {
    text(0, 0, t({"Gender equality key figures", "Nøgletal for ligestilling"}), CellStyle::Title);
    text(1, 0, t({"Data", "Data"}), CellStyle::Label);
    const int first = in_.data.headerRow + 2, last = in_.data.lastRow + 1;
    text(1, 1, in_.data.sheet + ", " + t({"rows", "rækker"}) + " " + std::to_string(first) + "–" + std::to_string(last),
         CellStyle::Text);
    // The reference date only where there are ages or years of service to count at it.
    const bool serviceOnly = !f_.hasAge() && f_.yearsFromHireDate() && f_.has(ColumnRole::Pay) && f_.hasGender() &&
                             in_.settings.uses(ModelFactor::YearsOfService);
    const bool ages = f_.hasAge() || serviceOnly;
    if (ages) {
        text(kReferenceDateRow, 0,
             serviceOnly ? t({"Reference date (years of service)", "Opgørelsesdato (anciennitet)"})
                         : t({"Reference date (ages)", "Opgørelsesdato (alder)"}),
             CellStyle::Label);
        number(kReferenceDateRow, 1, in_.referenceDate, CellStyle::Date);
    }
    const int noteRow = ages ? kReferenceDateRow + 1 : kReferenceDateRow;
    text(noteRow, 0,
         in_.valuesOnly
             ? t({"Values as computed when the sheet was made; \"–\" marks a figure the rules do not show.",
                  "Værdier som beregnet da arket blev lavet; \"–\" markerer et tal, som reglerne ikke viser."})
             : t({"Every figure is a formula on the data; \"–\" marks a figure the rules do not show.",
                  "Alle tal er formler på data; \"–\" markerer et tal, som reglerne ikke viser."}),
         CellStyle::Note);
    row_ = noteRow + 1;
}

void Planner::chart(const std::string& name, const std::string& title, int firstRow, int lastRow, ChartKind kind) {
    plan_.charts.push_back({name, title, firstRow, 0, lastRow, 2, row_, 0, kChartRows, 6, kind});
    row_ += kChartRows;
}

Planner::Helper Planner::helper(int firstRow, int rows, int cols, const std::string& call) {
    const Helper h{firstRow, rows, nextHelperColumn_};
    nextHelperColumn_ += cols + 1;
    for (int c = h.column; c <= h.column + cols; ++c) plan_.hiddenColumns.push_back(c);
    // No number format on the helper: in Calc 7.4 formatting an add-in's
    // array result while automatic calculation is off (as during the
    // generation) shows the first row's group text in its last column
    // until the next hard recalculation.
    if (rows > 0) arrayFormula(firstRow, h.column + 1, rows, cols, call, CellStyle::Text);
    return h;
}

void Planner::lookUpRow(const Helper& h, int row) {
    formula(row, h.column,
            "MATCH(1;IFERROR(EXACT(UPPER(TRIM(" + h.range(0) + "));UPPER(TRIM(" + absoluteCell(row, 0) +
                ")))*1;0);0)",
            CellStyle::Count, true);
}

std::string Planner::balanceFlag(int row) const {
    const std::string women = relativeCell(row, 1), men = relativeCell(row, 2);
    const std::string both = "(" + women + "+" + men + ")";
    const std::string smaller = "MIN(" + women + ";" + men + ")/" + both;
    // the same slack as the rule's comparison (atLeast in core/src/rows.cpp)
    const auto atLeast = [&](double threshold) {
        return smaller + ">=" + formatNumber(threshold - 1e-9 * std::max(1.0, std::abs(threshold)), kFormulaDigits);
    };
    const auto word = [&](Balance b) { return textLiteral(lang_ == "da" ? balanceWord(b).da : balanceWord(b).en); };
    return "IF(" + both + ">0;IF(" + atLeast(in_.settings.balanceTarget) + ";" + word(Balance::Balanced) + ";IF(" +
           atLeast(in_.settings.balanceFloor) + ";" + word(Balance::BelowTarget) + ";" + word(Balance::Critical) +
           "));\"–\")";
}

std::string Planner::balanceRule() const {
    const std::string target = percentText(in_.settings.balanceTarget);
    const std::string floor = percentText(in_.settings.balanceFloor);
    return lang_ == "da" ? "Balance: hvert køn mindst " + target + "; kritisk under " + floor + "."
                         : "Balance: each gender at least " + target + "; critical below " + floor + ".";
}

std::string Planner::topLevelsText() const { return joined(in_.settings.topManagementLevels, ", "); }

void Planner::topManagementNote() {
    if (!f_.excludesTop()) return;
    note(lang_ == "da" ? "Topledelsen (" + topLevelsText() + ") indgår ikke i lønstatistikken."
                       : "Top management (" + topLevelsText() + ") is left out of the pay statistics.");
}

}  // namespace ligestat::keyfigures

namespace ligestat {

KeyFigurePlan planKeyFigures(const KeyFigureInput& input) { return keyfigures::Planner(input).plan(); }

}  // namespace ligestat
