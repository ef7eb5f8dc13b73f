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
        formula(row_, 1, count, CellStyle::Count);
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
             sumproduct(exists + "*(1-ISNUMBER(" + fte + ")*(" + f_.fteNumber() + ">=0))"),
             {"Not counted in FTE; a pay index with such rows shows \"–\".",
              "Tæller ikke med i årsværk; et lønindeks med sådanne rækker viser \"–\"."});
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
    if (f_.has(ColumnRole::Cpr) && (!f_.has(ColumnRole::Gender) || !(f_.has(ColumnRole::Age) || f_.has(ColumnRole::BirthDate))))
        line({"Invalid CPR number", "Ugyldigt CPR-nummer"},
             sumproduct(exists + "*(CPRVALID(" + f_.range(ColumnRole::Cpr) + ")=0)"),
             {"Gender or age could not be read from it.", "Køn eller alder kunne ikke læses af det."});
    if (payIndexRows_.second >= payIndexRows_.first && payIndexRows_.first > 0)
        line({"Job titles without pay index", "Stillinger uden lønindeks"},
             "COUNTIF(" + absoluteCell(payIndexRows_.first, 3) + ":" + absoluteCell(payIndexRows_.second, 3) +
                 ";\"–\")",
             {"Too few women or men in the title (job titles, not rows).",
              "For få kvinder eller mænd i stillingen (stillinger, ikke rækker)."});
    note(t({"No CPR number is copied to this sheet.", "Intet CPR-nummer er kopieret til dette ark."}));
}

}  // namespace ligestat::keyfigures
