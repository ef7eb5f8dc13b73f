// Sections "Gender by staff category" and "Gender by management level" of the
// key-figure sheet (key-figures.md, sections 3 and 4): one GENDERTABLE each, with
// balance flags.
#include "keyfigures/planner.hpp"

#include "ligestat/text.hpp"

namespace ligestat::keyfigures {

void Planner::genderTable(ColumnRole role, const std::vector<DistinctValue>& values, double minCount,
                 const Label& groupLabel) {
    header({t(groupLabel), t({"Women", "Kvinder"}), t({"Men", "Mænd"}), t({"All", "Alle"}),
            t({"Women %", "Kvinder %"}), t({"Men %", "Mænd %"}), t({"Balance", "Balance"})});
    // GENDERTABLE columns: group, headcount, women, men, women share, men share.
    const Helper h = helper(row_, static_cast<int>(values.size()), 6,
                            "GENDERTABLE(" + f_.gender() + ";" + f_.range(role) + ";" + formatNumber(minCount, kFormulaDigits) + ")");
    for (const auto& value : values) {
        text(row_, 0, value.text, CellStyle::Label);
        lookUpRow(h, row_);
        // No IFNA(...;0): a group the table no longer has shows #N/A, never 0 people.
        formula(row_, 1, pick(h, row_, 2), CellStyle::Count);
        formula(row_, 2, pick(h, row_, 3), CellStyle::Count);
        formula(row_, 3, pick(h, row_, 1), CellStyle::Count);
        const std::string both = "(" + relativeCell(row_, 1) + "+" + relativeCell(row_, 2) + ")";
        formula(row_, 4, share(relativeCell(row_, 1), both), CellStyle::Percent);
        formula(row_, 5, share(relativeCell(row_, 2), both), CellStyle::Percent);
        formula(row_, 6, balanceFlag(row_), CellStyle::Text);
        ++row_;
    }
}

void Planner::categories() {
    section({"Gender by staff category", "Køn efter personalekategori"});
    std::vector<DistinctValue> shown;
    for (const auto& c : in_.facts.categories)
        if (c.rows >= in_.settings.minCategorySize) shown.push_back(c);
    const int top = row_;
    genderTable(ColumnRole::StaffCategory, shown, in_.settings.minCategorySize, {"Staff category", "Personalekategori"});
    categoryRows_ = {top + 1, row_ - 1};
    const std::string minimum = formatNumber(in_.settings.minCategorySize, kFormulaDigits);
    note((lang_ == "da" ? "Kategorier med færre end " + minimum + " medarbejdere vises ikke. "
                        : "Categories with fewer than " + minimum + " employees are not shown. ") +
         balanceRule());
    if (!shown.empty())
        chart("LigestatCategories", t({"Gender by staff category", "Køn efter personalekategori"}), top, row_ - 2,
              ChartKind::PercentBars);
}

void Planner::levels() {
    section({"Gender by management level", "Køn efter ledelsesniveau"});
    genderTable(ColumnRole::ManagementLevel, in_.facts.levels, 0, {"Management level", "Ledelsesniveau"});
    note(balanceRule());
}

}  // namespace ligestat::keyfigures
