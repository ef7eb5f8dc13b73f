// Section "Sickness absence by gender" of the key-figure sheet (key-figures.md,
// section 10; analysis.md section 3, "Sickness absence"): one GENDERSUMTABLE
// of the absence days, days per FTE for women and men, per staff category
// (>= the minimum category size) and over all employees.
//
// Decided where the spec is silent: all employees count, managers included
// (absence is no pay statistic); a row whose absence cell is not a number
// takes no part, its FTE included (GENDERSUMTABLE's rule).
#include "keyfigures/planner.hpp"

#include "ligestat/eu_pay.hpp"
#include "ligestat/text.hpp"

namespace ligestat::keyfigures {

void Planner::sicknessAbsence() {
    section({"Sickness absence by gender", "Sygefravær efter køn"});
    const bool fte = f_.has(ColumnRole::Fte);
    const bool byCategory = f_.has(ColumnRole::StaffCategory);
    header({t({"Staff category", "Personalekategori"}), t({"Women, days", "Kvinder, dage"}),
            t({"Men, days", "Mænd, dage"}),
            fte ? t({"Women, days per FTE", "Kvinder, dage pr. årsværk"})
                : t({"Women, days per person", "Kvinder, dage pr. person"}),
            fte ? t({"Men, days per FTE", "Mænd, dage pr. årsværk"})
                : t({"Men, days per person", "Mænd, dage pr. person"})});
    std::vector<std::string> labels;
    if (byCategory)
        for (const auto& c : in_.facts.categories)
            if (c.rows >= in_.settings.minCategorySize) labels.push_back(c.text);
    labels.push_back(kAllRows.in(lang_));
    const std::string days = f_.range(ColumnRole::AbsenceDays);
    // Without a staff category every group cell is blank (T() of a number is
    // ""), so the table has its "All" row only.
    const std::string groups = byCategory ? f_.range(ColumnRole::StaffCategory) : "T(" + days + ")";
    const std::string call = "GENDERSUMTABLE(" + days + ";" + f_.gender() + ";" + groups + ";" +
                             (fte ? f_.range(ColumnRole::Fte) : "") + ";" +
                             formatNumber(in_.settings.minCategorySize, kFormulaDigits) + ")";
    // GENDERSUMTABLE columns: group, women's sum, men's sum, women per FTE, men per FTE.
    const Helper h = helper(row_, static_cast<int>(labels.size()), 5, call);
    for (const auto& label : labels) {
        text(row_, 0, label, CellStyle::Label);
        lookUpRow(h, row_);
        // A category without enough absence rows, or a suppressed figure (empty text), shows "–".
        for (int col = 1; col <= 4; ++col) {
            const std::string value = pick(h, row_, col);
            formula(row_, col, orDash("IF(ISTEXT(" + value + ");\"–\";" + value + ")"), CellStyle::Decimal);
        }
        ++row_;
    }
    const std::string minimum = formatNumber(in_.settings.minCategorySize, kFormulaDigits);
    const std::string source = f_.columnLabel(ColumnRole::AbsenceDays, lang_);
    if (lang_ == "da") {
        note("Sygefraværsdage fra kolonne " + source +
             (fte ? "; pr. årsværk fra kolonne " + f_.columnLabel(ColumnRole::Fte, lang_) + "." : "; pr. person."));
        note("Rækker uden et tal for fravær indgår ikke. Kategorier med færre end " + minimum +
             " sådanne medarbejdere vises ikke; de tæller med i \"" + kAllRows.da + "\".");
    } else {
        note("Sickness absence days from column " + source +
             (fte ? "; per FTE from column " + f_.columnLabel(ColumnRole::Fte, lang_) + "." : "; per person."));
        note("Rows without a number of absence days take no part. Categories with fewer than " + minimum +
             " such employees are not shown; they count in \"" + kAllRows.en + "\".");
    }
}

}  // namespace ligestat::keyfigures
