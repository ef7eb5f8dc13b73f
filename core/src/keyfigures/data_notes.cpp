// Section "Data notes" of the key-figure sheet (key-figures.md): the rows left
// out of the figures and why.
#include "keyfigures/planner.hpp"

#include "ligestat/text.hpp"

namespace ligestat::keyfigures {

void Planner::dataNotes() {
    section({"Data notes", "Noter om data"});
    header({t({"Rows left out", "Rækker udeladt"}), t({"Rows", "Rækker"}), t({"Why", "Hvorfor"})});
    const auto line = [&](const Label& what, const std::string& count, const Label& why) {
        text(row_, 0, t(what), CellStyle::Label);
        // CPR functions take one value: over a column they need an array formula
        formula(row_, 1, count, CellStyle::Count, f_.genderIsComputed() || f_.cprForAge());
        text(row_, 2, t(why), CellStyle::Note);
        ++row_;
    };
    const std::string exists = f_.exists();
    line({"Unknown or other gender", "Ukendt eller andet køn"}, overviewOther_,
         {"Left out of every women/men figure.", "Udeladt af alle tal for kvinder og mænd."});
    if (f_.has(ColumnRole::Pay))
        line({"Missing or text pay", "Manglende løn eller tekst"},
             sumproduct(exists + "*NOT(ISNUMBER(" + f_.range(ColumnRole::Pay) + "))"),
             {"Left out of the pay figures, never read as 0.", "Udeladt af lønstatistikken, aldrig læst som 0."});
    if (f_.has(ColumnRole::Fte)) {
        const std::string fte = f_.range(ColumnRole::Fte);
        line({"Missing, text or negative FTE", "Manglende, tekst eller negativt årsværk"},
             sumproduct(exists + "*(1-" + f_.fteUsable() + ")"),
             {"Left out of every FTE figure and of the pay index.",
              "Tæller ikke med i årsværk og indgår ikke i lønindekset."});
    }
    if (f_.excludesTop())
        line({"Top management", "Topledelse"}, sumproduct(exists + "*" + f_.isTop()),
             {"Left out of the pay statistics.", "Udeladt af lønstatistikken."});
    if (categoryRows_.first > 0) {
        const std::string shown = categoryRows_.second >= categoryRows_.first
                                      ? "-SUM(" + absoluteCell(categoryRows_.first, 3) + ":" +
                                            absoluteCell(categoryRows_.second, 3) + ")"
                                      : "";
        line({"Small or no staff category", "Lille eller ingen personalekategori"}, overviewTotal_ + shown,
             {"Not shown by staff category (fewer than the minimum employees).",
              "Vises ikke efter personalekategori (færre end minimum medarbejdere)."});
    }
    if (f_.hasAge())
        line({"Unknown age", "Ukendt alder"}, sumproduct(exists + "*(1-" + f_.ageKnown() + ")"),
             {"Not in the age distribution.", "Indgår ikke i aldersfordelingen."});
    // The CPR number fills every blank gender, birth-date or age cell: a filled, invalid one is counted.
    if (f_.genderIsComputed() || f_.cprForAge())
        line({"Invalid CPR number", "Ugyldigt CPR-nummer"},
             sumproduct(exists + "*(1-" + f_.isBlank(ColumnRole::Cpr) + ")*(CPRVALID(" + f_.range(ColumnRole::Cpr) +
                        ")=0)"),
             {"Gender or age could not be read from it.", "Køn eller alder kunne ikke læses af det."});
    if (payIndexRows_.second >= payIndexRows_.first && payIndexRows_.first > 0)
        line({"Job titles without pay index", "Stillinger uden lønindeks"},
             "COUNTIF(" + absoluteCell(payIndexRows_.first, 3) + ":" + absoluteCell(payIndexRows_.second, 3) +
                 ";\"–\")",
             {"Too few women or men in the title (job titles, not rows).",
              "For få kvinder eller mænd i stillingen (stillinger, ikke rækker)."});
    for (const TrailingRow& left : in_.data.leftOutRows) {
        std::string sentence = leftOutRowSentence(in_.data, left);
        sentence[0] = static_cast<char>(sentence[0] - 'a' + 'A');  // "row"/"række": ASCII
        note(sentence + ".");
    }
    missingColumnNotes();
    note(t({"No CPR number is copied to this sheet.", "Intet CPR-nummer er kopieret til dette ark."}));
}

// "row 881 looks like a totals row: left out", numbered as the sheet numbers it.
std::string Planner::leftOutRowSentence(const DataBlock& data, const TrailingRow& left) const {
    return leftOutSentence(left.kind, data.headerRow + 2 + static_cast<long>(left.row), lang_);
}

// Every section a missing column removes is named, with what to do about it.
void Planner::missingColumnNotes() {
    const auto missing = [&](bool absent, const Label& sentence) {
        if (absent) note(t(sentence));
    };
    missing(!f_.hasAge(), {"No age column found (Age, Birth date or CPR): the age distribution is not shown; "
                           "choose it in the sidebar.",
                           "Ingen alderskolonne fundet (Alder, Fødselsdato eller CPR): aldersfordelingen vises "
                           "ikke; vælg den i sidepanelet."});
    missing(!f_.has(ColumnRole::StaffCategory),
            {"No staff category column found: gender by staff category is not shown; choose it in the sidebar.",
             "Ingen kolonne for personalekategori fundet: køn efter personalekategori vises ikke; vælg den i "
             "sidepanelet."});
    missing(!f_.has(ColumnRole::ManagementLevel),
            {"No management level column found: gender by management level is not shown; choose it in the sidebar.",
             "Ingen kolonne for ledelsesniveau fundet: køn efter ledelsesniveau vises ikke; vælg den i sidepanelet."});
    missing(!f_.has(ColumnRole::Pay),
            {"No pay column found: the pay index and the EU pay transparency indicators are not shown; choose it "
             "in the sidebar.",
             "Ingen lønkolonne fundet: lønindeks og EU-indikatorer for løngennemsigtighed vises ikke; vælg den i "
             "sidepanelet."});
    missing(f_.has(ColumnRole::Pay) && !f_.has(ColumnRole::JobTitle),
            {"No job title column found: the pay index by job title is not shown; choose it in the sidebar.",
             "Ingen kolonne for stillingsbetegnelse fundet: lønindeks efter stilling vises ikke; vælg den i "
             "sidepanelet."});
    missing(!f_.has(ColumnRole::Fte),
            {"No FTE column found: counts are heads, not FTE; choose it in the sidebar.",
             "Ingen kolonne for årsværk fundet: der tælles personer, ikke årsværk; vælg den i sidepanelet."});
}

}  // namespace ligestat::keyfigures
