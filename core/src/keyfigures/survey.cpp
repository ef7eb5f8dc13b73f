// Section "Survey" of the key-figure sheet (key-figures.md): answers counted
// from the survey sheet.
#include "keyfigures/planner.hpp"

#include "ligestat/text.hpp"

namespace ligestat::keyfigures {

void Planner::survey() {
    const SurveyBlock& s = *in_.survey;
    section({"Survey", "Spørgeskema"});
    header({t({"Answer", "Svar"}), t({"Answers", "Antal"}), t({"Share", "Andel"})});
    const std::string answers = sheetColumn(s.sheet, s.column, s.firstRow, s.lastRow);
    const int total = row_ + static_cast<int>(s.answers.size());
    for (const auto& answer : s.answers) {
        text(row_, 0, answer, CellStyle::Label);
        formula(row_, 1, sumproduct("UPPER(TRIM(" + answers + "))=UPPER(TRIM(" + absoluteCell(row_, 0) + "))"),
                CellStyle::Count);
        formula(row_, 2, share(relativeCell(row_, 1), absoluteCell(total, 1)), CellStyle::Percent);
        ++row_;
    }
    text(row_, 0, t({"N (all answers)", "N (alle svar)"}), CellStyle::Header);
    formula(row_, 1, sumproduct("LEN(TRIM(" + answers + "))>0"), CellStyle::Count);
    ++row_;
    note((lang_ == "da" ? "Fra arket " : "From the sheet ") + s.sheet + ".");
}

}  // namespace ligestat::keyfigures
