// Section "EU pay transparency indicators" of the key-figure sheet
// (key-figures.md, section 6; EU directive 2023/970 art. 9).
#include "keyfigures/planner.hpp"

#include "ligestat/text.hpp"

namespace ligestat::keyfigures {

void Planner::payTransparency() {
    section({"EU pay transparency indicators", "EU-løngennemsigtighed: indikatorer"});
    header({t({"Indicator", "Indikator"}), t({"Value", "Værdi"})});
    const std::string gender = f_.payStatisticGender();
    const bool array = f_.payNeedsArray();
    const auto indicator = [&](const std::string& label, const std::string& figure, CellStyle style) {
        text(row_, 0, label, CellStyle::Label);
        formula(row_, 1, orDash(figure), style, array);
        ++row_;
    };
    const std::string pay = f_.range(ColumnRole::Pay);
    indicator(t({"Pay gap, mean (%)", "Løngab, gennemsnit (%)"}), "PAYGAP(" + pay + ";" + gender + ";\"mean\")",
              CellStyle::Decimal);
    indicator(t({"Pay gap, median (%)", "Løngab, median (%)"}), "PAYGAP(" + pay + ";" + gender + ";\"median\")",
              CellStyle::Decimal);
    const auto variablePay = [&](ColumnRole role, const Label& name) {
        if (!f_.has(role)) return;
        const std::string amount = f_.range(role);
        const std::string what = t(name);
        const bool da = lang_ == "da";
        indicator(what + (da ? ": gab, gennemsnit (%)" : ": gap, mean (%)"),
                  "VARPAYGAP(" + amount + ";" + gender + ";\"mean\")", CellStyle::Decimal);
        indicator(what + (da ? ": gab, median (%)" : ": gap, median (%)"),
                  "VARPAYGAP(" + amount + ";" + gender + ";\"median\")", CellStyle::Decimal);
        indicator(what + (da ? ": andel kvinder der modtager" : ": share of women receiving"),
                  "RECIPIENTSHARE(" + amount + ";" + gender + ";\"K\")", CellStyle::Percent);
        indicator(what + (da ? ": andel mænd der modtager" : ": share of men receiving"),
                  "RECIPIENTSHARE(" + amount + ";" + gender + ";\"M\")", CellStyle::Percent);
    };
    variablePay(ColumnRole::Allowance, {"Allowances", "Tillæg"});
    variablePay(ColumnRole::OneOffPayment, {"One-off payments", "Engangsvederlag"});
    ++row_;
    header({t({"Quartile pay band", "Lønkvartil"}), t({"Women", "Kvinder"}), t({"Men", "Mænd"})});
    const std::vector<Label> bands{{"Q1 (lowest pay)", "1. kvartil (laveste løn)"},
                                   {"Q2", "2. kvartil"},
                                   {"Q3", "3. kvartil"},
                                   {"Q4 (highest pay)", "4. kvartil (højeste løn)"}};
    for (std::size_t q = 0; q < bands.size(); ++q) text(row_ + static_cast<int>(q), 0, t(bands[q]), CellStyle::Label);
    arrayFormula(row_, 1, 4, 2, orDash("PAYQUARTILES(" + pay + ";" + gender + ")"), CellStyle::Percent);
    row_ += 4;
    note(t({"Pay gap = (men − women) / men × 100 (EU directive 2023/970, art. 9); positive: women are paid less.",
            "Løngab = (mænd − kvinder) / mænd × 100 (EU-direktiv 2023/970, art. 9); positivt: kvinder får mindre."}));
    if (f_.has(ColumnRole::Allowance) || f_.has(ColumnRole::OneOffPayment))
        note(t({"Gaps in allowances and one-off payments are among those who receive them.",
                "Gab i tillæg og engangsvederlag er blandt dem, der modtager dem."}));
    note(t({"Quartile pay bands: the share of women and of men among the workers in each quarter of the pay scale.",
            "Lønkvartiler: andelen af kvinder og af mænd blandt medarbejderne i hver fjerdedel af lønskalaen."}));
    topManagementNote();
}

}  // namespace ligestat::keyfigures
