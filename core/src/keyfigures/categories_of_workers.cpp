// Section "Pay gap per category of workers" of the key-figure sheet
// (key-figures.md, section 7; analysis.md section 2; EU directive 2023/970
// art. 9(1)(g) and the art. 10 joint pay assessment flag): one PAYGAPTABLE,
// by the job evaluation sheet's categories when the document has its two
// named ranges (JobEvaluationRanges), else by staff category.
//
// Decided where the spec is silent:
// - All workers count, managers included, as in section 6 (the directive).
// - The rows are the table's rows by position (first-seen order), not looked
//   up by label: the categories of the job evaluation sheet and the
//   "(not evaluated)" row are the function's to decide, and an edit to the
//   job evaluation sheet then shows without generating again. The section has
//   as many rows as there can be categories; rows the table does not fill
//   stay empty.
// - A job evaluation sheet whose named ranges differ in length or hold no
//   category yet is not used: the section falls back to staff categories and
//   says why (PAYGAPTABLE would give Err:502, or one "(not evaluated)" row).
#include "keyfigures/planner.hpp"

#include "ligestat/job_evaluation.hpp"
#include "ligestat/rules.hpp"
#include "ligestat/text.hpp"

#include <set>

namespace ligestat::keyfigures {

namespace {

constexpr int kTableColumns = 9;  // PAYGAPTABLE: category, women, men, 4 basic/complementary gaps, total, flag

std::size_t distinctCategories(const std::vector<Cell>& cells) {
    std::set<std::string> keys;
    for (const Cell& cell : cells) {
        const std::string key = matchKey(cellText(cell));
        if (!key.empty()) keys.insert(key);
    }
    return keys.size();
}

}  // namespace

Planner::WorkerCategories Planner::workerCategories() const {
    WorkerCategories how;
    const auto& evaluation = in_.jobEvaluation;
    if (evaluation && f_.has(ColumnRole::JobTitle)) {
        const std::size_t categories = distinctCategories(evaluation->categories);
        if (evaluation->titles.size() != evaluation->categories.size()) {
            how.fallbackReason = {"The job evaluation sheet's titles and categories differ in length: by staff "
                                  "category instead.",
                                  "Jobvurderingsarkets stillinger og kategorier har forskellig længde: efter "
                                  "personalekategori i stedet."};
        } else if (categories == 0) {
            how.fallbackReason = {"The job evaluation sheet has no category of workers yet: by staff category "
                                  "instead.",
                                  "Jobvurderingsarket har endnu ingen medarbejderkategorier: efter "
                                  "personalekategori i stedet."};
        } else {
            how.byJobEvaluation = true;
            how.rows = static_cast<int>(categories) + 1;  // + "(not evaluated)"
            return how;
        }
    }
    if (f_.has(ColumnRole::StaffCategory)) how.rows = static_cast<int>(in_.facts.categories.size());
    return how;
}

void Planner::categoriesOfWorkers(const WorkerCategories& how) {
    section({"Pay gap per category of workers (art. 9(1)(g))", "Løngab pr. medarbejderkategori (art. 9, stk. 1, g)"});
    header({how.byJobEvaluation ? t({"Category of workers", "Medarbejderkategori"})
                                : t({"Staff category", "Personalekategori"}),
            t({"Women", "Kvinder"}), t({"Men", "Mænd"}), t({"Basic pay gap (%)", "Gab i grundløn (%)"}),
            t({"Complementary pay gap (%)", "Gab i tillæg (%)"}), t({"Total pay gap (%)", "Gab i samlet løn (%)"}),
            t({"Art. 10", "Art. 10"})});
    const bool complementary = f_.hasComplementaryPay();
    std::string call = "PAYGAPTABLE(" + f_.range(ColumnRole::Pay) + ";" + f_.gender() + ";" +
                       f_.range(how.byJobEvaluation ? ColumnRole::JobTitle : ColumnRole::StaffCategory) + ";" +
                       (complementary ? f_.complementaryPay() : "");
    if (how.byJobEvaluation)
        call += ";" + std::string(kJobTitlesRangeName) + ";" + std::string(kJobCategoriesRangeName);
    else
        call += ";;";
    call += ";" + formatNumber(rules::kMinPerGenderInCategory, kFormulaDigits) + ")";
    const Helper h = helper(row_, how.rows, kTableColumns, call);
    for (int i = 1; i <= how.rows; ++i) {
        const std::string at = ";" + std::to_string(i) + ")";
        const auto cell = [&](int col) { return "INDEX(" + h.range(col) + at; };
        // Rows the table does not fill (#N/A) stay empty; an error of the whole table shows.
        formula(row_, 0, "IFNA(" + cell(0) + ";\"\")", CellStyle::Label);
        const std::string filled = "IF(" + relativeCell(row_, 0) + "=\"\";\"\";";
        formula(row_, 1, filled + cell(1) + ")", CellStyle::Count);
        formula(row_, 2, filled + cell(2) + ")", CellStyle::Count);
        // A suppressed gap is empty text: "–"; #N/A (a men's mean of 0): "–"; an error stays.
        const auto gap = [&](int col) {
            return filled + orDash("IF(ISTEXT(" + cell(col) + ");\"–\";" + cell(col) + ")") + ")";
        };
        formula(row_, 3, gap(3), CellStyle::Decimal);
        formula(row_, 4, complementary ? gap(5) : filled + "\"–\")", CellStyle::Decimal);
        formula(row_, 5, gap(7), CellStyle::Decimal);
        formula(row_, 6, filled + cell(8) + ")", CellStyle::Text);
        ++row_;
    }
    categoriesOfWorkersNotes(how);
}

void Planner::categoriesOfWorkersNotes(const WorkerCategories& how) {
    const std::string minimum = formatNumber(rules::kMinPerGenderInCategory, kFormulaDigits);
    const std::string limit = formatNumber(rules::kJointAssessmentGap, kFormulaDigits);
    if (how.byJobEvaluation)
        note(t({"Categories of workers from the job evaluation sheet (job titles mapped to categories); titles not "
                "on it are \"(not evaluated)\".",
                "Medarbejderkategorier fra jobvurderingsarket (stillinger knyttet til kategorier); stillinger, der "
                "ikke står på det, er \"(ikke vurderet)\"."}));
    else
        note(t(std::string_view(how.fallbackReason.en).empty()
                   ? Label{"By staff category: make a job evaluation sheet to group work of equal value.",
                           "Efter personalekategori: lav et jobvurderingsark for at samle arbejde af samme værdi."}
                   : how.fallbackReason));
    note(lang_ == "da"
             ? "Art. 10: \"vurdering nødvendig\", når gennemsnittet af den samlede løn har et gab på mindst " + limit +
                   " % i den ene eller anden retning: en fælles lønvurdering, medmindre objektive, kønsneutrale "
                   "kriterier begrunder gabet."
             : "Art. 10: \"assessment needed\" where the mean total pay gap is " + limit +
                   " % or more either way: a joint pay assessment, unless objective, gender-neutral criteria "
                   "justify the gap.");
    if (how.byJobEvaluation)
        note(t({"Write those criteria per job title in the job evaluation sheet's column \"",
                "Skriv kriterierne pr. stilling i jobvurderingsarkets kolonne \""}) +
             t(kJustificationHeader) + "\".");
    note(lang_ == "da" ? "\"for få til at sammenligne\": færre end " + minimum +
                             " kvinder eller mænd i kategorien; gabene vises ikke (\"–\")."
                       : "\"too few to compare\": fewer than " + minimum +
                             " women or men in the category; its gaps are not shown (\"–\").");
    note(t({"Gaps of means; the complementary pay gap is over all workers of the category (empty = 0).",
            "Gab i gennemsnit; gabet i tillæg er over alle kategoriens medarbejdere (tom = 0)."}));
    note(payColumnsNote());
}

}  // namespace ligestat::keyfigures
