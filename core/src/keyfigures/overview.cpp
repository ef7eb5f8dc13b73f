// Section "Overview" of the key-figure sheet (key-figures.md, section 1):
// employees, FTE, women and men, other or unknown gender.
#include "keyfigures/planner.hpp"

#include "ligestat/text.hpp"

namespace ligestat::keyfigures {

void Planner::overview() {
    section({"Overview", "Overblik"});
    header({"", t({"Employees", "Antal"}), t({"Share", "Andel"}), t({"FTE", "Årsværk"})});
    const int women = row_, men = row_ + 1, other = row_ + 2, total = row_ + 3;
    const std::string totalCount = absoluteCell(total, 1);
    const bool fte = f_.has(ColumnRole::Fte);
    const auto line = [&](int row, const Label& label, const std::string& count, const std::string& fteSum) {
        text(row, 0, t(label), CellStyle::Label);
        // CPR functions take one value since issue 9 item 6: over a column they need an array formula
        formula(row, 1, count, CellStyle::Count, f_.genderIsComputed());
        formula(row, 2, share(relativeCell(row, 1), totalCount), CellStyle::Percent);
        if (fte) formula(row, 3, fteSum, CellStyle::Decimal, f_.genderIsComputed());
    };
    const std::string fteNumber = fte ? f_.fteNumber() : "";
    if (f_.hasGender()) {
        line(women, {"Women", "Kvinder"}, sumproduct(f_.isWoman()), sumproduct(f_.isWoman() + "*" + fteNumber));
        line(men, {"Men", "Mænd"}, sumproduct(f_.isMan()), sumproduct(f_.isMan() + "*" + fteNumber));
    } else {
        line(women, {"Women", "Kvinder"}, "\"–\"", "\"–\"");
        line(men, {"Men", "Mænd"}, "\"–\"", "\"–\"");
    }
    line(other, {"Other or unknown gender", "Andet eller ukendt køn"},
         absoluteCell(total, 1) + "-N(" + absoluteCell(women, 1) + ")-N(" + absoluteCell(men, 1) + ")",
         absoluteCell(total, 3) + "-N(" + absoluteCell(women, 3) + ")-N(" + absoluteCell(men, 3) + ")");
    line(total, {"All employees", "Alle medarbejdere"}, sumproduct(f_.exists()),
         // text and negative FTE are left out, as in the women and men rows
         fte ? "SUMIF(" + f_.range(ColumnRole::Fte) + ";\">=0\")" : std::string("SUM(0)"));
    overviewTotal_ = totalCount;
    overviewOther_ = absoluteCell(other, 1);
    row_ = total + 1;
}

}  // namespace ligestat::keyfigures
