// Section "EU pay transparency indicators" of the key-figure sheet
// (key-figures.md, section 6; analysis.md section 2; EU directive 2023/970
// art. 9(1)(a)-(f)): one EUPAYREPORT over all workers, managers included, on
// total pay = basic + complementary pay. The SSI-style pay index of section 5
// keeps leaving top management out; the directive does not.
#include "keyfigures/planner.hpp"

#include "ligestat/eu_pay.hpp"
#include "ligestat/text.hpp"

namespace ligestat::keyfigures {

namespace {

// EUPAYREPORT's rows (functions.md): 0-1 (a)(c), 2-3 (b)(d), 4-5 (e), 6-13 (f).
constexpr int kFirstComplementaryRow = 2;
constexpr int kFirstQuartileRow = 6;

}  // namespace

void Planner::payTransparency() {
    section({"EU pay transparency indicators", "EU-løngennemsigtighed: indikatorer"});
    header({t({"Indicator", "Indikator"}), t({"Value", "Værdi"})});
    const bool complementary = f_.hasComplementaryPay();
    std::string call = "EUPAYREPORT(" + f_.range(ColumnRole::Pay) + ";" + f_.gender();
    if (complementary) call += ";" + f_.complementaryPay();
    const Helper h = helper(row_, static_cast<int>(kEuPayReportRows), 2, call + ")");
    // Row `i` (1-based) of the report's value column; #N/A (no women, no men,
    // no complementary pay) shows "–", an error stays an error.
    const auto figure = [&](int i) { return orDash("INDEX(" + h.range(1) + ";" + std::to_string(i) + ")"); };
    const int indicators = complementary ? kFirstQuartileRow : kFirstComplementaryRow;
    for (int i = 0; i < indicators; ++i) {
        text(row_, 0, euPayReportLabels()[static_cast<std::size_t>(i)].in(lang_), CellStyle::Label);
        formula(row_, 1, figure(i + 1), i < 4 ? CellStyle::Decimal : CellStyle::Percent);
        ++row_;
    }
    ++row_;
    header({t({"(f) Quartile pay band", "(f) Lønkvartil"}), t({"Women", "Kvinder"}), t({"Men", "Mænd"})});
    const std::vector<Label> bands{{"Q1 (lowest pay)", "1. kvartil (laveste løn)"},
                                   {"Q2", "2. kvartil"},
                                   {"Q3", "3. kvartil"},
                                   {"Q4 (highest pay)", "4. kvartil (højeste løn)"}};
    for (int q = 0; q < 4; ++q) {
        text(row_, 0, t(bands[static_cast<std::size_t>(q)]), CellStyle::Label);
        formula(row_, 1, figure(kFirstQuartileRow + 2 * q + 1), CellStyle::Percent);
        formula(row_, 2, figure(kFirstQuartileRow + 2 * q + 2), CellStyle::Percent);
        ++row_;
    }
    payTransparencyNotes();
}

void Planner::payTransparencyNotes() {
    note(t({"Pay gap = (men − women) / men × 100 (EU directive 2023/970, art. 9); positive: women are paid less.",
            "Løngab = (mænd − kvinder) / mænd × 100 (EU-direktiv 2023/970, art. 9); positivt: kvinder får mindre."}));
    note(t({"All workers count, managers and top management included (art. 9); the pay index by job title "
            "leaves top management out.",
            "Alle medarbejdere tæller med, også ledere og topledelse (art. 9); lønindekset efter stilling udelader "
            "topledelsen."}));
    note(payColumnsNote());
    if (f_.hasComplementaryPay())
        note(t({"(b) and (d) are among those who receive complementary pay (amount > 0).",
                "(b) og (d) er blandt dem, der modtager tillæg (beløb > 0)."}));
    note(t({"Quartile pay bands: the share of women and of men among the workers in each quarter of total pay.",
            "Lønkvartiler: andelen af kvinder og af mænd blandt medarbejderne i hver fjerdedel af den samlede løn."}));
}

// Which columns make up basic and complementary pay (analysis.md section 2:
// "the sheet's notes state which columns make each up").
std::string Planner::payColumnsNote() const {
    const bool da = lang_ == "da";
    const std::string basic = f_.columnLabel(ColumnRole::Pay, lang_);
    std::vector<std::string> parts;
    for (ColumnRole role : f_.complementaryRoles()) parts.push_back(f_.columnLabel(role, lang_));
    if (parts.empty())
        return da ? "Grundløn: kolonne " + basic +
                        ". Ingen kolonne for tillæg eller engangsvederlag: samlet løn = grundløn; (b), (d) og (e) "
                        "vises ikke."
                  : "Basic pay: column " + basic +
                        ". No allowance or one-off payment column: total pay = basic pay; (b), (d) and (e) are not "
                        "shown.";
    const std::string complementary = joined(parts, da ? " + " : " + ");
    return da ? "Grundløn: kolonne " + basic + ". Tillæg (supplerende løn): " +
                    (parts.size() > 1 ? "kolonnerne " : "kolonne ") + complementary +
                    ", tom = 0. Samlet løn = grundløn + tillæg."
              : "Basic pay: column " + basic + ". Complementary pay: " + (parts.size() > 1 ? "columns " : "column ") +
                    complementary + ", empty = 0. Total pay = basic + complementary pay.";
}

}  // namespace ligestat::keyfigures
