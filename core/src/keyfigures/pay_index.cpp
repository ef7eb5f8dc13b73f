// Section "Pay index by job title" of the key-figure sheet (key-figures.md,
// section 5): one PAYINDEXTABLE, the 3-FTE rule and the target band.
#include "keyfigures/planner.hpp"

#include "ligestat/text.hpp"

namespace ligestat::keyfigures {

void Planner::payIndex() {
    section({"Pay index by job title", "Lønindeks efter stillingsbetegnelse"});
    const bool fte = f_.has(ColumnRole::Fte);
    header({t({"Job title", "Stillingsbetegnelse"}),
            fte ? t({"Women FTE", "Årsværk kvinder"}) : t({"Women, heads", "Kvinder, personer"}),
            fte ? t({"Men FTE", "Årsværk mænd"}) : t({"Men, heads", "Mænd, personer"}), t({"Pay index", "Lønindeks"})});
    const int first = row_;
    // One PAYINDEXTABLE for all titles. Its columns: group, women FTE, men
    // FTE, women mean, men mean, index. The means stay in the hidden helper
    // (empty text where suppressed); the sheet shows FTE and index only.
    const Helper h = helper(row_, static_cast<int>(in_.facts.payTitles.size()), 6,
                            "PAYINDEXTABLE(" + f_.range(ColumnRole::Pay) + ";" + f_.gender() + ";" +
                                f_.payWeights() + ";" + f_.payTitles() + ";" +
                                formatNumber(in_.settings.minFtePerGender, kFormulaDigits) + ")");
    for (const auto& title : in_.facts.payTitles) {
        text(row_, 0, title.text, CellStyle::Label);
        lookUpRow(h, row_);
        const CellStyle amount = fte ? CellStyle::Decimal : CellStyle::Count;
        // A title the table does not list (no row with a usable pay and FTE)
        // shows "–", explained in the note below; never 0 FTE.
        formula(row_, 1, orDash(pick(h, row_, 1)), amount);
        formula(row_, 2, orDash(pick(h, row_, 2)), amount);
        const std::string index = pick(h, row_, 5);
        formula(row_, 3, "IF(ISNUMBER(" + index + ");" + index + ";\"–\")", CellStyle::Decimal);
        ++row_;
    }
    if (row_ > first)
        plan_.bands.push_back({first, row_ - 1, 3, in_.settings.payIndexBandLow, in_.settings.payIndexBandHigh});
    payIndexRows_ = {first, row_ - 1};
    const std::string minimum = formatNumber(in_.settings.minFtePerGender, kFormulaDigits);
    const std::string low = formatNumber(in_.settings.payIndexBandLow, kFormulaDigits);
    const std::string high = formatNumber(in_.settings.payIndexBandHigh, kFormulaDigits);
    if (lang_ == "da") {
        note("Lønindeks = 100 × kvinders gennemsnitsløn / mænds" + std::string(fte ? ", vægtet med årsværk." : "."));
        note("\"–\": ikke vist, fordi kvinder eller mænd har under " + minimum +
             (fte ? " årsværk" : " personer") + " i stillingen.");
        note("Målbåndet " + low + "–" + high + " er fremhævet.");
        if (fte) note("Rækker med tekst eller negativt årsværk indgår ikke (se noter om data).");
    } else {
        note("Pay index = 100 × women's mean pay / men's mean pay" + std::string(fte ? ", FTE-weighted." : "."));
        note("\"–\": not shown because women or men have less than " + minimum + (fte ? " FTE" : " people") +
             " in the title.");
        note("The target band " + low + "–" + high + " is highlighted.");
        if (fte) note("Rows with text or negative FTE are left out (see the data notes).");
    }
    topManagementNote();
}

}  // namespace ligestat::keyfigures
