// Section "This year against last year" of the key-figure sheet
// (key-figures.md, section 9; method in analysis.md §3): staff flows, pay
// development, the allowance round, promotions, and last year's headline
// figures beside this year's. Every figure is STAFFFLOWS, PAYDEVELOPMENT,
// ALLOWANCEROUND, PROMOTIONS or Calc's own over both lists; each table
// function is called once, in a hidden helper, and the visible cells pick
// from it (a call per visible cell would copy both lists each time).
//
// Decided where the spec is silent:
// - Flows, pay development, the allowance round, promotions and the headline
//   pay gap count every worker, managers included, as the EU indicators of
//   section 6 do (and the gender column goes in as it is: an IF() leaving top
//   management out doubled each call's cost at 100,000 rows); only the pay
//   index per title leaves top management out, as section 5 does.
// - Levels rank as the management-level section lists them: top management
//   first, then the levels with fewest people (the rules have no ranking of
//   the other levels); a level only last year's list has ranks below all.
// - The allowance gap is men's share minus women's share, in percentage
//   points: positive when women get a new or larger allowance less often (as
//   the pay gap is positive when women are paid less).
#include "keyfigures/planner.hpp"

#include "ligestat/text.hpp"

#include <optional>

namespace ligestat::keyfigures {

namespace {

// "Medarbejdere 2025, rows 2–880": where last year's list was read.
std::string listPlace(const DataBlock& data, const std::string& rowsWord) {
    return data.sheet + ", " + rowsWord + " " + std::to_string(data.headerRow + 2) + "–" +
           std::to_string(data.lastRow + 1);
}

}  // namespace

void Planner::yearOnYear() {
    section({"This year against last year", "I år mod sidste år"});
    // Last year's list as formulas: the same per-row expressions as this year's, on its own sheet.
    KeyFigureInput lastInput = in_;
    lastInput.data = in_.lastYear->data;
    lastInput.facts = in_.lastYear->facts;
    const DataFormulas before(lastInput, absoluteCell(kReferenceDateRow, 1));
    text(row_, 0, t({"Last year's list", "Sidste års liste"}), CellStyle::Label);
    text(row_++, 1, listPlace(lastInput.data, t({"rows", "rækker"})), CellStyle::Text);
    // Totals and footnote rows below last year's list are outside it, as below this year's (data notes).
    for (const TrailingRow& left : lastInput.data.leftOutRows)
        note(t({"Last year's list, ", "Sidste års liste, "}) + leftOutRowSentence(lastInput.data, left) + ".");
    if (!f_.has(ColumnRole::EmployeeId) || !before.has(ColumnRole::EmployeeId) || !before.hasGender()) {
        note(t({"Not compared: both lists need an employee id column (Medarbejdernr., Employee ID) and last "
                "year's a gender or CPR column.",
                "Ikke sammenlignet: begge lister skal have en kolonne med medarbejdernummer (Medarbejdernr.) og "
                "sidste års en kolonne med køn eller CPR-nummer."}));
        return;
    }
    staffFlows(before);
    if (f_.has(ColumnRole::Pay) && before.has(ColumnRole::Pay)) payDevelopment(before);
    if (f_.has(ColumnRole::Allowance) && before.has(ColumnRole::Allowance)) allowanceRound(before);
    if (f_.has(ColumnRole::ManagementLevel) && before.has(ColumnRole::ManagementLevel) && !in_.facts.levels.empty())
        promotions(before);
    headlinesBesideLastYear(before);
    if (const auto factors = factorsOfBothYears(before)) {
        std::vector<std::string> names;
        for (ModelFactor factor : *factors) names.push_back(modelFactorInfo(factor).name.in(lang_));
        note(t({"Adjusted pay gap, both years: ", "Justeret lønforskel, begge år: "}) +
             (names.empty() ? t({"no factors (last year's list has none of section 8's).",
                                 "ingen faktorer (sidste års liste har ingen af afsnit 8's)."})
                            : joined(names, ", ") +
                                  t({" (the factors of section 8 that both lists have).",
                                     " (de faktorer fra afsnit 8, som begge lister har)."})));
    }
    note(t({"Matched by employee id: stayers are in both lists, joiners only in this year's, leavers only in last "
            "year's. Gender and staff category are this year's, a leaver's last year's.",
            "Matchet på medarbejdernummer: de blivende står på begge lister, nye kun på årets, fratrådte kun på "
            "sidste års. Køn og personalekategori er årets, en fratrådts sidste års."}));
    note(t({"\"–\": not shown for a gender with fewer than 3 stayers (privacy). An id found twice in a list "
            "makes the figures Err:502 (see Check data).",
            "\"–\": ikke vist for et køn med under 3 blivende (diskretion). Et nummer, der står to gange på en "
            "liste, giver Err:502 (se Tjek data)."}));
    if (f_.excludesTop())
        note(t({"Pay development, the allowance round and the pay gap count every worker, managers included, as "
                "the EU indicators do; the pay index per title leaves top management out, as in its own section.",
                "Lønudvikling, tillægsrunde og løngab tæller alle medarbejdere med, ledere inklusive, som "
                "EU-indikatorerne; lønindekset pr. stilling udelader topledelsen som i sit eget afsnit."}));
}

void Planner::womenMenRows(const Helper& h, const std::vector<CellStyle>& styles) {
    const std::vector<Label> genders{{"Women", "Kvinder"}, {"Men", "Mænd"}};
    for (int r = 0; r < 2; ++r) {
        text(row_, 0, t(genders[static_cast<std::size_t>(r)]), CellStyle::Label);
        for (std::size_t c = 0; c < styles.size(); ++c)
            formula(row_, static_cast<int>(c) + 1,
                    orDash(absoluteCell(h.firstRow + r, h.column + 2 + static_cast<int>(c))), styles[c]);
        ++row_;
    }
}

void Planner::staffFlows(const DataFormulas& before) {
    ++row_;
    header({t({"Staff flows", "Personaleflow"}), t({"Last year", "Sidste år"}), t({"Leavers", "Fratrådte"}),
            t({"Joiners", "Nye"}), t({"This year", "I år"})});
    const Helper h = helper(row_, 4, 5,
                            "STAFFFLOWS(" + f_.range(ColumnRole::EmployeeId) + ";" + f_.gender() + ";" +
                                before.range(ColumnRole::EmployeeId) + ";" + before.gender() + ")");
    const std::vector<Label> rows{
        {"Women", "Kvinder"}, {"Men", "Mænd"}, {"Other or unknown gender", "Andet eller ukendt køn"}, {"All", "I alt"}};
    const int women = row_, all = row_ + 3;
    for (int r = 0; r < 4; ++r) {
        text(row_, 0, t(rows[static_cast<std::size_t>(r)]), CellStyle::Label);
        for (int c = 1; c <= 4; ++c) formula(row_, c, orDash(absoluteCell(h.firstRow + r, h.column + 1 + c)), CellStyle::Count);
        ++row_;
    }
    // The recruitment goal: women's share of joiners against their share of staff.
    text(row_, 0, t({"Women's share of joiners", "Kvinders andel af nye"}), CellStyle::Label);
    formula(row_++, 1, share(absoluteCell(women, 3), absoluteCell(all, 3)), CellStyle::Percent);
    text(row_, 0, t({"Women's share of staff this year", "Kvinders andel af personalet i år"}), CellStyle::Label);
    formula(row_++, 1, share(absoluteCell(women, 4), absoluteCell(all, 4)), CellStyle::Percent);
}

void Planner::payDevelopment(const DataFormulas& before) {
    ++row_;
    header({t({"Pay development", "Lønudvikling"}), t({"Stayers", "Blivende"}),
            t({"Mean change (%)", "Gns. ændring (%)"}), t({"Median change (%)", "Median ændring (%)"}),
            t({"Share with a raise", "Andel med stigning"})});
    // No FTE arguments: the sheet reads the pay column as full-time pay (the
    // pay index weights it by FTE, it does not divide by it), so a changed
    // FTE must not change a stayer's pay development.
    const std::string call = "PAYDEVELOPMENT(" + f_.range(ColumnRole::EmployeeId) + ";" + f_.range(ColumnRole::Pay) +
                             ";" + before.range(ColumnRole::EmployeeId) + ";" + before.range(ColumnRole::Pay) + ";" +
                             f_.gender();
    const std::vector<CellStyle> styles{CellStyle::Count, CellStyle::Decimal, CellStyle::Decimal, CellStyle::Percent};
    womenMenRows(helper(row_, 2, 5, call + ")"), styles);
    if (!f_.has(ColumnRole::StaffCategory)) return;
    for (const auto& category : in_.facts.categories) {
        if (category.rows < in_.settings.minCategorySize) continue;
        text(row_++, 0, category.text, CellStyle::Subtitle);
        // the two FTE arguments left empty: Calc passes them as missing
        womenMenRows(helper(row_, 2, 5, call + ";;;" + f_.range(ColumnRole::StaffCategory) + ";" +
                                            textLiteral(category.text) + ")"),
                     styles);
    }
    note(t({"Per stayer with pay in both years: the change of full-time pay in %; by this year's staff category "
            "(categories with at least the minimum size).",
            "Pr. blivende med løn i begge år: ændringen i fuldtidsløn i %; efter årets personalekategori "
            "(kategorier med mindst minimumsstørrelsen)."}));
}

void Planner::allowanceRound(const DataFormulas& before) {
    ++row_;
    header({t({"Allowance round", "Tillægsrunde"}), t({"Stayers", "Blivende"}),
            t({"New or larger allowance", "Nyt eller større tillæg"}), t({"Share", "Andel"}),
            t({"Mean increase", "Gns. stigning"})});
    const Helper h = helper(row_, 2, 5,
                            "ALLOWANCEROUND(" + f_.range(ColumnRole::EmployeeId) + ";" +
                                f_.range(ColumnRole::Allowance) + ";" + before.range(ColumnRole::EmployeeId) + ";" +
                                before.range(ColumnRole::Allowance) + ";" + f_.gender() + ")");
    const int women = row_;
    womenMenRows(h, {CellStyle::Count, CellStyle::Count, CellStyle::Percent, CellStyle::Decimal});
    const std::string w = absoluteCell(women, 3), m = absoluteCell(women + 1, 3);
    text(row_, 0, t({"Gap in shares (men − women), percentage points", "Forskel i andele (mænd − kvinder), procentpoint"}),
         CellStyle::Label);
    formula(row_++, 1, "IF(AND(ISNUMBER(" + w + ");ISNUMBER(" + m + "));(" + m + "-" + w + ")*100;\"–\")",
            CellStyle::Decimal);
    note(t({"A new or larger permanent allowance: this year's allowance above last year's (empty = 0).",
            "Nyt eller større varigt tillæg: årets tillæg over sidste års (tomt = 0)."}));
}

void Planner::promotions(const DataFormulas& before) {
    ++row_;
    header({t({"Promotions", "Forfremmelser"}), t({"Stayers", "Blivende"}), t({"Promoted", "Forfremmet"}),
            t({"Share", "Andel"})});
    std::vector<std::string> ranked;
    for (const auto& level : in_.facts.levels) ranked.push_back(textLiteral(level.text));
    const Helper h = helper(row_, 2, 4,
                            "PROMOTIONS(" + f_.range(ColumnRole::EmployeeId) + ";" +
                                f_.range(ColumnRole::ManagementLevel) + ";" + before.range(ColumnRole::EmployeeId) +
                                ";" + before.range(ColumnRole::ManagementLevel) + ";" + f_.gender() + ";{" +
                                joined(ranked, ";") + "})");
    womenMenRows(h, {CellStyle::Count, CellStyle::Count, CellStyle::Percent});
    std::vector<std::string> names;
    for (const auto& level : in_.facts.levels) names.push_back(level.text);
    note(t({"Promoted: a higher management level than last year. Levels from the highest: ",
            "Forfremmet: et højere ledelsesniveau end sidste år. Niveauer fra det højeste: "}) +
         joined(names, ", ") + ".");
}

// The factors of section 8's model that last year's list has too: both years'
// adjusted gaps are fitted with these, so that the change compares like with
// like. None without section 8 or without last year's pay.
std::optional<std::vector<ModelFactor>> Planner::factorsOfBothYears(const DataFormulas& before) const {
    if (adjustedGap_.cell.empty() || !before.has(ColumnRole::Pay) || !before.hasGender()) return std::nullopt;
    std::vector<ModelFactor> common;
    for (ModelFactor factor : adjustedGap_.factors)
        if (modelFactorAvailable(before, factor)) common.push_back(factor);
    return common;
}

void Planner::headlinesBesideLastYear(const DataFormulas& before) {
    ++row_;
    header({t({"Headline figures", "Hovedtal"}), t({"Last year", "Sidste år"}), t({"This year", "I år"}),
            t({"Change", "Ændring"})});
    const auto lineOf = [&](const Label& label, const std::string& last, bool lastIsArray, const std::string& now,
                            bool nowIsArray, CellStyle style) {
        text(row_, 0, t(label), CellStyle::Label);
        formula(row_, 1, last, style, lastIsArray);
        formula(row_, 2, now, style, nowIsArray);
        const std::string l = relativeCell(row_, 1), n = relativeCell(row_, 2);
        formula(row_, 3, "IF(AND(ISNUMBER(" + l + ");ISNUMBER(" + n + "));" + n + "-" + l + ";\"–\")", style);
        ++row_;
    };
    const auto line = [&](const Label& label, const std::string& last, const std::string& now, CellStyle style) {
        lineOf(label, last, before.genderIsComputed() || before.payNeedsArray(), now,
               f_.genderIsComputed() || f_.payNeedsArray(), style);
    };
    const auto womenShare = [&](const DataFormulas& list) {
        return share(sumproduct(list.isWoman()), sumproduct(list.exists()));
    };
    line({"Women's share of staff", "Kvinders andel af personalet"}, womenShare(before), womenShare(f_),
         CellStyle::Percent);
    if (!f_.has(ColumnRole::Pay) || !before.has(ColumnRole::Pay)) return;
    const auto payGap = [&](const DataFormulas& list) {
        return orDash("PAYGAP(" + list.range(ColumnRole::Pay) + ";" + list.gender() + ";\"mean\")");
    };
    line({"Pay gap, mean (%)", "Løngab, gennemsnit (%)"}, payGap(before), payGap(f_), CellStyle::Decimal);
    if (const auto factors = factorsOfBothYears(before)) {
        // Its factor columns are array expressions: array formulas. This
        // year's is section 8's figure when that model is the same.
        const auto model = [&](const DataFormulas& list) {
            return orDash("ADJUSTEDPAYGAP(" + modelArguments(list, *factors).text + ")");
        };
        const bool sameModel = *factors == adjustedGap_.factors;
        lineOf({"Adjusted pay gap (%)", "Justeret lønforskel (%)"}, model(before), true,
               sameModel ? adjustedGap_.cell : model(f_), !sameModel, CellStyle::Decimal);
    }
    if (!f_.has(ColumnRole::JobTitle) || !before.has(ColumnRole::JobTitle) ||
        payIndexRows_.second < payIndexRows_.first || in_.lastYear->facts.payTitles.empty())
        return;
    // Pay index per title of this year's table (section 5), last year's from one PAYINDEXTABLE of its own.
    const Helper h = helper(row_, static_cast<int>(in_.lastYear->facts.payTitles.size()), 6,
                            "PAYINDEXTABLE(" + before.range(ColumnRole::Pay) + ";" + before.gender() + ";" +
                                before.payWeights() + ";" + before.payTitles() + ";" +
                                formatNumber(in_.settings.minFtePerGender, kFormulaDigits) + ")");
    for (int r = payIndexRows_.first; r <= payIndexRows_.second; ++r) {
        const auto& title = in_.facts.payTitles[static_cast<std::size_t>(r - payIndexRows_.first)];
        text(row_, 0, t({"Pay index: ", "Lønindeks: "}) + title.text, CellStyle::Label);
        // looked up by the title alone: the label's prefix would not match
        formula(row_, h.column,
                "MATCH(1;IFERROR(EXACT(UPPER(TRIM(" + h.range(0) + "));UPPER(TRIM(" + textLiteral(title.text) +
                    ")))*1;0);0)",
                CellStyle::Count, true);
        const std::string last = pick(h, row_, 5);
        formula(row_, 1, "IF(ISNUMBER(" + last + ");" + last + ";\"–\")", CellStyle::Decimal);
        formula(row_, 2, absoluteCell(r, 3), CellStyle::Decimal);
        const std::string l = relativeCell(row_, 1), n = relativeCell(row_, 2);
        formula(row_, 3, "IF(AND(ISNUMBER(" + l + ");ISNUMBER(" + n + "));" + n + "-" + l + ";\"–\")",
                CellStyle::Decimal);
        ++row_;
    }
}

}  // namespace ligestat::keyfigures
