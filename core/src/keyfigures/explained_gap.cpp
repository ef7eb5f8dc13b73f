// Section "Explained and unexplained pay gap" of the key-figure sheet
// (key-figures.md, section 8; method analysis.md §1; the functions of
// functions.md "Explained pay gap"): one PAYREGRESSION and one
// PAYGAPDECOMPOSITION over the factors the user chose and the data has, a
// sentence in plain words, the figures, the explained part per factor, and
// notes on the method and its limits.
//
// Decisions made here:
// - Every row takes part, top management included: management level is a
//   factor, and Logib's model covers all employees.
// - The pay column is taken as full-time-equivalent pay, as the pay index and
//   the EU indicators take it, so the model gets no FTE argument; each row
//   counts once (FTE is not a weight in the model).
// - Age and years of service are years at the reference date (days / 365.25
//   from a date; the age or years-of-service column as it is; completed years
//   from a CPR number), each with its square (analysis.md §1).
// - The factor columns are passed as the functions' contract asks (a range
//   argument with one column per factor): columns placed side by side by IF
//   with a one-row 0/1 array, which Calc repeats over every row, and squared
//   by a one-row array of powers. A row whose factor is unknown gets no gender
//   for the model, so the function leaves it out; the factor columns hold a
//   number on every row, so each is computed once per call. Two calls in all,
//   in hidden helper columns; no per-row formula over the data.
// - The raw gap shown is that of the same rows and the same measure as the
//   adjusted gap (geometric means): 100·(1 − e^(−D)), D the decomposition's
//   raw gap in log points, so the two compare directly.
#include "keyfigures/planner.hpp"

#include <cctype>

namespace ligestat::keyfigures {
namespace {

// PAYREGRESSION's rows (functions.md), counted from 1.
constexpr int kRegressionRows = 12;
constexpr int kAdjustedGapRow = 1, kPValueRow = 5, kRSquaredRow = 7, kRowsUsedRow = 8, kWomenUsedRow = 9,
              kMenUsedRow = 10, kRowsLeftOutRow = 11, kRatingRow = 12;
// PAYGAPDECOMPOSITION's rows before the factors.
constexpr int kRawGapRow = 1, kExplainedRow = 2, kUnexplainedRow = 3, kDecompositionTotals = 3;

// Columns placed side by side: IF picks the columns of a one-row 0/1 array
// for each one-column branch, and Calc repeats that branch over them.
// `widths` says how many columns each takes.
std::string sideBySide(const std::vector<std::string>& columns, int width = 1) {
    const std::size_t total = columns.size() * static_cast<std::size_t>(width);
    std::string out = columns.back();
    for (std::size_t j = columns.size() - 1; j-- > 0;) {
        std::vector<std::string> pick(total, "0");
        for (int w = 0; w < width; ++w) pick[j * static_cast<std::size_t>(width) + static_cast<std::size_t>(w)] = "1";
        out = "IF({" + joined(pick, ";") + "};" + columns[j] + ";" + out + ")";
    }
    return out;
}

// Each numeric factor and its square: [a, a², b, b², ...].
std::string withSquares(const std::vector<std::string>& values) {
    std::vector<std::string> powers;
    for (std::size_t j = 0; j < values.size(); ++j) powers.insert(powers.end(), {"1", "2"});
    const std::string columns = values.size() == 1 ? "(" + values.front() + ")" : sideBySide(values, 2);
    return columns + "^{" + joined(powers, ";") + "}";
}

std::string lowerFirst(std::string name) {
    if (!name.empty()) name[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(name[0])));
    return name;
}

// "a, b and c"
std::string listInWords(const std::vector<std::string>& items, const std::string& lastSeparator) {
    if (items.size() < 2) return joined(items, "");
    const std::vector<std::string> head(items.begin(), items.end() - 1);
    return joined(head, ", ") + lastSeparator + items.back();
}

}  // namespace

bool modelFactorAvailable(const DataFormulas& list, ModelFactor factor) {
    switch (factor) {
        case ModelFactor::Age: return list.hasAge();
        case ModelFactor::YearsOfService: return list.hasYearsOfService();
        case ModelFactor::JobTitle: return list.has(ColumnRole::JobTitle);
        case ModelFactor::ManagementLevel: return list.has(ColumnRole::ManagementLevel);
        case ModelFactor::Education: return list.has(ColumnRole::Education);
    }
    return false;
}

ModelArguments modelArguments(const DataFormulas& list, const std::vector<ModelFactor>& factors) {
    ModelArguments out;
    std::vector<std::string> numeric, category, known;
    for (ModelFactor factor : factors) {
        if (factor == ModelFactor::Age || factor == ModelFactor::YearsOfService) {
            const auto number = factor == ModelFactor::Age ? list.modelAge() : list.modelYearsOfService();
            out.rows.push_back({factor, 2 * static_cast<int>(numeric.size()), 2, true});
            numeric.push_back(number.value);
            known.push_back(number.known);
        } else {
            const ColumnRole role = factor == ModelFactor::JobTitle          ? ColumnRole::JobTitle
                                    : factor == ModelFactor::ManagementLevel ? ColumnRole::ManagementLevel
                                                                             : ColumnRole::Education;
            out.rows.push_back({factor, static_cast<int>(category.size()), 1, false});
            category.push_back(list.range(role));
        }
    }
    // One category column is passed as it is (the function leaves blank ones
    // out); placed side by side, Calc would pass a blank cell on as 0.
    if (category.size() > 1)
        for (const auto& column : category) known.push_back("(" + column + "<>\"\")");
    const std::string gender =
        known.empty() ? list.gender() : "IF(" + joined(known, "*") + ";" + list.gender() + ";\"\")";
    // No FTE argument: the pay column already is full-time-equivalent pay (the
    // pay index and the EU indicators read it so); dividing by FTE again would
    // count a part-timer's pay as more than full time.
    out.text = list.range(ColumnRole::Pay) + ";" + gender + ";" + (numeric.empty() ? "" : withSquares(numeric)) +
               ";" + (category.empty() ? "" : sideBySide(category));
    out.numericColumns = 2 * static_cast<int>(numeric.size());
    out.categoryColumns = static_cast<int>(category.size());
    return out;
}

std::vector<ModelFactor> Planner::modelFactors() const {
    std::vector<ModelFactor> factors;
    for (const auto& info : kModelFactors)
        if (in_.settings.uses(info.factor) && modelFactorAvailable(f_, info.factor)) factors.push_back(info.factor);
    return factors;
}

void Planner::explainedGap() {
    const std::vector<ModelFactor> factors = modelFactors();
    const bool da = lang_ == "da";
    section({"Explained and unexplained pay gap", "Forklaret og uforklaret lønforskel"});

    // The model's factor columns, and for each factor its rows in the
    // decomposition (a numeric factor and its square are one factor to a reader).
    const ModelArguments model = modelArguments(f_, factors);
    const std::string& arguments = model.text;
    const int numericColumns = model.numericColumns;
    const int sentenceRow = row_++;
    const int decompositionRows = kDecompositionTotals + numericColumns + model.categoryColumns;
    const Helper regression = helper(row_, kRegressionRows, 2, "PAYREGRESSION(" + arguments + ")");
    const Helper decomposition = helper(row_, decompositionRows, 3, "PAYGAPDECOMPOSITION(" + arguments + ")");
    const auto figure = [](const Helper& h, int col, int row) {
        return "INDEX(" + h.range(col) + ";" + std::to_string(row) + ")";
    };

    header({t({"Figure", "Tal"}), t({"Value", "Værdi"})});
    const auto line = [&](const Label& label, const std::string& value, CellStyle style) {
        text(row_, 0, t(label), CellStyle::Label);
        formula(row_, 1, orDash(value), style);
        return absoluteCell(row_++, 1);
    };
    const std::string raw = line({"Pay gap, the same rows (%)", "Lønforskel, de samme rækker (%)"},
                                 "100*(1-EXP(-" + figure(decomposition, 1, kRawGapRow) + "/100))", CellStyle::Decimal);
    const std::string adjusted = line({"Adjusted pay gap (%)", "Justeret lønforskel (%)"},
                                      figure(regression, 1, kAdjustedGapRow), CellStyle::Decimal);
    adjustedGap_ = {adjusted, factors};
    const std::string p = line({"p-value", "p-værdi"}, figure(regression, 1, kPValueRow), CellStyle::Fraction);
    const std::string rating =
        line({"Rating (Logib)", "Vurdering (Logib)"}, figure(regression, 1, kRatingRow), CellStyle::Text);
    line({"R²", "R²"}, figure(regression, 1, kRSquaredRow), CellStyle::Fraction);
    line({"Rows used", "Rækker brugt"}, figure(regression, 1, kRowsUsedRow), CellStyle::Count);
    line({"Women used", "Kvinder brugt"}, figure(regression, 1, kWomenUsedRow), CellStyle::Count);
    line({"Men used", "Mænd brugt"}, figure(regression, 1, kMenUsedRow), CellStyle::Count);
    line({"Rows left out", "Rækker udeladt"}, figure(regression, 1, kRowsLeftOutRow), CellStyle::Count);

    ++row_;
    header({t({"Decomposition", "Opdeling"}), t({"Log points × 100", "Logpoint × 100"}),
            t({"Share of the gap", "Andel af forskellen"})});
    const auto part = [&](const std::string& label, const std::vector<int>& rows) {
        text(row_, 0, label, CellStyle::Label);
        for (int col = 1; col <= 2; ++col) {
            std::vector<std::string> terms;
            for (int r : rows) terms.push_back(figure(decomposition, col, r));
            formula(row_, col, orDash(joined(terms, "+")), col == 1 ? CellStyle::Decimal : CellStyle::Percent);
        }
        ++row_;
    };
    part(t({"Raw gap", "Rå forskel"}), {kRawGapRow});
    part(t({"Explained by the factors", "Forklaret af faktorerne"}), {kExplainedRow});
    part(t({"Unexplained", "Uforklaret"}), {kUnexplainedRow});
    std::vector<std::string> names;
    for (const ModelFactorRows& f : model.rows) {
        const std::string name = modelFactorInfo(f.factor).name.in(lang_);
        names.push_back(lowerFirst(name));
        const int first = kDecompositionTotals + 1 + f.first + (f.numeric ? 0 : numericColumns);
        std::vector<int> rows;
        for (int i = 0; i < f.count; ++i) rows.push_back(first + i);
        part(t({"  explained by ", "  forklaret af "}) + lowerFirst(name), rows);
    }

    // The sentence, from the figures above: live, in the sheet's language.
    const std::string factorsInWords = listInWords(names, da ? " og " : " and ");
    const auto lessOrMore = [&](const std::string& cell) {
        return "FIXED(ABS(" + cell + ");1)&\" % \"&IF(" + cell + ">=0;" + textLiteral(da ? "mindre" : "less") + ";" +
               textLiteral(da ? "mere" : "more") + ")";
    };
    const std::string significance = "IF(" + p + "<=0.05;" + textLiteral(da ? "signifikant, " : "significant, ") +
                                     "&" + rating + ";" + rating + ")&\"; p \"&IF(" + p + "<0.001;\"< \"&FIXED(0.001;3);\"= \"&FIXED(" +
                                     p + ";3))";
    const std::string sentence =
        da ? "\"Kvinder får \"&" + lessOrMore(raw) + "&\" i løn end mænd; når der tages højde for " + factorsInWords +
                 ", får de \"&" + lessOrMore(adjusted) + "&\" end sammenlignelige mænd (\"&" + significance + "&\").\""
           : "\"Women are paid \"&" + lessOrMore(raw) + "&\" than men; taking " + factorsInWords +
                 " into account, they are paid \"&" + lessOrMore(adjusted) + "&\" than comparable men (\"&" +
                 significance + "&\").\"";
    const std::string notShown =
        textLiteral(da ? "Den justerede lønforskel vises ikke (\"–\"): se noten nedenfor."
                       : "The adjusted pay gap is not shown (\"–\"): see the note below.");
    // An error in the data stays an error here too.
    formula(sentenceRow, 0,
            "IF(ISNUMBER(" + adjusted + ");" + sentence + ";IF(" + adjusted + "=\"–\";" + notShown + ";" + adjusted +
                "))",
            CellStyle::Text);

    explainedGapNotes(names);
}

void Planner::explainedGapNotes(const std::vector<std::string>& factorNames) {
    const bool hireDate = f_.yearsFromHireDate() && in_.settings.uses(ModelFactor::YearsOfService);
    const std::string factors = listInWords(factorNames, lang_ == "da" ? " og " : " and ");
    note(t({"Method: Logib's standard analysis model (Swiss Federal Office for Gender Equality): ln(pay) by least "
           "squares on the factors and a women dummy; Kennedy's estimate, two-sided t-test. Positive: women are "
           "paid less than comparable men.",
           "Metode: Logibs standardmodel (Schweiz' ligestillingskontor): ln(løn) ved mindste kvadraters metode på "
           "faktorerne og en kvinde-indikator; Kennedys estimat, tosidet t-test. Positiv: kvinder får mindre end "
           "sammenlignelige mænd."}));
    note(t({"Factors: ", "Faktorer: "}) + factors +
         t({" (age and years of service in years at the reference date, each with its square; categories with the "
            "most frequent value as the reference).",
            " (alder og anciennitet i år på opgørelsesdatoen, hver med sit kvadrat; kategorier med den hyppigste "
            "værdi som reference)."}));
    if (hireDate) note(t({"Years of service: days from the hire date to the reference date / 365.25.",
                         "Anciennitet: dage fra ansættelsesdatoen til opgørelsesdatoen / 365,25."}));
    note(t({"Decomposition (Oaxaca–Blinder, pooled coefficients) in log points × 100: raw gap = explained + "
           "unexplained. A factor that the ones before it already determine (e.g. management level when every job "
           "title has one level) adds nothing and shows 0.",
           "Opdeling (Oaxaca–Blinder, fælles koefficienter) i logpoint × 100: rå forskel = forklaret + uforklaret. "
           "En faktor, som de foregående allerede bestemmer (fx ledelsesniveau, når hver stilling har ét niveau), "
           "lægger intet til og viser 0."}));
    note(t({"Rows used: woman or man, pay > 0 and every factor known; top management included. Pay is the pay column"
           " as it stands (full-time pay, as in the pay index); each employee counts once.",
           "Rækker brugt: kvinde eller mand, løn > 0 og hver faktor kendt; topledelsen indgår. Lønnen er "
           "lønkolonnen som den står (løn for fuld tid, som i lønindekset); hver medarbejder tæller én gang."}));
    note(t({"\"–\": not computed when fewer than 50 rows can be used, there are not both women and men, or the "
           "factors explain gender completely.",
           "\"–\": ikke beregnet, når under 50 rækker kan bruges, der ikke er både kvinder og mænd, eller "
           "faktorerne forklarer køn helt."}));
    note(t({"Limits: the model accounts only for the factors in the data. A factor that itself reflects unequal "
           "treatment (e.g. who becomes a manager) hides part of a gap, and an unexplained gap is not by itself "
           "proof of discrimination. EU directive 2023/970, art. 10: a gap of 5 % or more that objective, "
           "gender-neutral criteria do not justify calls for a joint pay assessment.",
           "Begrænsninger: modellen tager kun højde for faktorerne i data. En faktor, der selv afspejler ulige "
           "behandling (fx hvem der bliver leder), skjuler en del af en forskel, og en uforklaret forskel er ikke i"
           " sig selv bevis for forskelsbehandling. EU-direktiv 2023/970, art. 10: en forskel på 5 % eller mere, "
           "som objektive, kønsneutrale kriterier ikke begrunder, kræver en fælles lønvurdering."}));
}

}  // namespace ligestat::keyfigures
