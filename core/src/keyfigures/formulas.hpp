// Formula text for the key-figure sheet (key-figures.md, "Output: a new sheet"):
// the one place that spells column names, absolute references, quoting, the
// data columns of the user's sheet and the per-row expressions (DataFormulas)
// every section builds its figures from. Sections never build references
// themselves.
#pragma once

#include "ligestat/bilingual.hpp"
#include "ligestat/cell.hpp"
#include "ligestat/gender.hpp"
#include "ligestat/keyfigures.hpp"

#include <cmath>
#include <string>
#include <string_view>
#include <vector>

namespace ligestat::keyfigures {

// Numbers written into formulas: 15 digits keep them readable (0.4, not
// 0.40000000000000002) and are exact for every threshold a user types.
inline constexpr int kFormulaDigits = 15;

using Label = Text;  // a label on the sheet, in the sheet's language

// A cell as the text a reader sees: trimmed text, or the number.
std::string cellText(const Cell& cell);
std::string asciiUpper(std::string_view text);
std::string replaceAll(std::string text, std::string_view what, std::string_view with);
// "a \"b\"" as a formula's text literal: quoted, inner quotes doubled.
std::string textLiteral(std::string_view text);
// 0 -> "A", 26 -> "AA".
std::string columnName(int col);
// "$B$3": a cell of the key-figure sheet itself.
std::string absoluteCell(int row, int col);
// "B3": a relative reference, for formulas that read their own row.
std::string relativeCell(int row, int col);
// "$'Medarbejdere'.$C$2:$C$910": a data column on the user's sheet (API grammar).
std::string sheetColumn(const std::string& sheet, int col, int firstRow, int lastRow);
// "$'Medarbejdere'.$J$2:$K$910": data columns side by side.
std::string sheetColumns(const std::string& sheet, int firstCol, int lastCol, int firstRow, int lastRow);
std::string joined(const std::vector<std::string>& parts, std::string_view separator);

// The per-row expressions the figures are built from, as Calc formula text.
// Conditions are 0/1 arrays, meant to be multiplied inside SUMPRODUCT.
class DataFormulas {
public:
    DataFormulas(const KeyFigureInput& input, std::string referenceDate)
        : in_(input), data_(input.data), referenceDate_(std::move(referenceDate)) {}

    bool has(ColumnRole role) const { return data_.columns.has(role); }
    std::string range(ColumnRole role) const;
    bool hasGender() const { return has(ColumnRole::Gender) || has(ColumnRole::Cpr); }

    // Gender per row: the row's own gender cell, else (the cell blank or no
    // gender column) the gender its CPR number gives.
    std::string gender() const;

    // A computed gender is an array expression: an add-in function given it
    // must be an array formula, or Calc would pass it one row only.
    bool genderIsComputed() const { return cprForGender(); }
    // The CPR column is read for gender / ages only where the data has rows
    // that need it (DataFacts), or when the own column is missing.
    bool cprForGender() const {
        return has(ColumnRole::Cpr) && (!has(ColumnRole::Gender) || in_.facts.blankGenderWithCpr);
    }
    bool cprForAge() const {
        if (!has(ColumnRole::Cpr)) return false;
        if (has(ColumnRole::Age)) return in_.facts.blankAgeWithCpr;
        if (has(ColumnRole::BirthDate)) return in_.facts.blankBirthDateWithCpr;
        return true;
    }
    std::string isWoman() const { return isGender(Gender::Woman); }
    std::string isMan() const { return isGender(Gender::Man); }

    // A row that is not blank: some identifying column has something in it.
    std::string exists() const;

    // Top management is left out of the pay statistics (when the data has any).
    bool excludesTop() const {
        return has(ColumnRole::ManagementLevel) && in_.facts.hasTopManagementRows &&
               !in_.settings.topManagementLevels.empty();
    }
    std::string isTop() const;
    std::string notTop() const { return excludesTop() ? "(1-" + isTop() + ")" : "1"; }

    // Complementary pay (EU pay transparency, art. 9): the allowance and the
    // one-off payment columns, whichever the data has; "" with neither.
    // EUPAYREPORT and PAYGAPTABLE add up the columns of a wider complementary
    // range per row, so two columns side by side are passed as one range
    // (no per-row formula: the cheapest, measured in bench/README.md). Two
    // columns apart are one array expression adding them per row; a text cell
    // is passed on as it is, so the function leaves that row out as it does
    // for a text amount (text + number would be #VALUE! and break the call).
    std::string complementaryPay() const;
    bool hasComplementaryPay() const { return has(ColumnRole::Allowance) || has(ColumnRole::OneOffPayment); }
    bool complementaryIsComputed() const;
    // The columns complementary pay is made of, as named to the reader.
    std::vector<ColumnRole> complementaryRoles() const;
    // A data column as the reader knows it: its header and letter, "Løn" (I).
    std::string columnLabel(ColumnRole role, std::string_view language) const;

    // Arguments that are expressions need an array formula around the call.
    bool payNeedsArray() const { return excludesTop() || genderIsComputed(); }

    // Job titles for the pay statistics: top management rows and rows with a
    // text or negative FTE get no title, so they are in no group of
    // PAYINDEXTABLE (one such row would otherwise make the whole table Err:502).
    std::string payTitles() const;

    // PAYINDEXTABLE's weights: the FTE column, or 1 per person without one.
    std::string payWeights() const;
    // The FTE a row counts with: its number when >= 0, else 0 (text, negative
    // and empty FTE are left out of every FTE figure and counted in the notes).
    std::string fteNumber() const;
    // 1 where the row's FTE is a number >= 0.
    std::string fteUsable() const;
    // 1 where the row's own cell of `role` is empty or white space.
    std::string isBlank(ColumnRole role) const;
    bool hasAge() const { return has(ColumnRole::Age) || has(ColumnRole::BirthDate) || has(ColumnRole::Cpr); }

    // Age in [low, high) in completed years at the reference date; no bound as NaN.
    std::string ageBetween(double low, double high) const;
    std::string ageKnown() const { return ageBetween(NAN, NAN); }

    // One FREQUENCY over the rows where `condition` holds counts every age
    // band in one pass: `upperBounds` are the bands' exclusive upper ages
    // (ascending); the result's first upperBounds.size() + 1 rows are the
    // bands. Other rows get the number kLeftOut, which only a last, extra bin
    // counts (placed in the bands' rows, that count is cut off): a numbers-only
    // array is about twice as fast for Calc as one mixed with "".
    std::string ageFrequency(const std::string& condition, const std::vector<double>& upperBounds) const;

    // The explained pay gap's data (analysis.md §1): a numeric factor as a
    // number on every row (`value`), and the 0/1 condition that the row's own
    // value is known (`known`); the model's gender is blanked where a factor
    // is unknown, so the row is left out. An error in the user's cell makes
    // `known` an error, and so the figure: it is never read as a number.
    struct ModelNumber {
        std::string value, known;
    };
    // Age in years at the reference date: the age column as it is, years since
    // the birth date (days / 365.25), or the CPR number's completed years.
    ModelNumber modelAge() const;
    bool hasYearsOfService() const { return has(ColumnRole::YearsOfService) || has(ColumnRole::HireDate); }
    bool yearsFromHireDate() const { return !has(ColumnRole::YearsOfService) && has(ColumnRole::HireDate); }
    // Years of service: the column as it is, or years since the hire date (days / 365.25).
    ModelNumber modelYearsOfService() const;

private:
    std::string isGender(Gender which) const;
    std::string yearsBack(double years) const;
    std::string cprAge() const;
    // Age in years per row from the age column, or the CPR where the age cell is blank; -1 unknown.
    std::string ageYears() const;
    // Birth date serial per row from the birth-date column, or the CPR where that cell is blank; "" unknown.
    std::string birthDates() const;
    // Years from each date to the reference date; a date after it is unknown.
    ModelNumber yearsSince(const std::string& dates) const;
    // A number column: known where a number >= 0.
    static ModelNumber numberOf(const std::string& values);

    const KeyFigureInput& in_;
    const DataBlock& data_;
    std::string referenceDate_;
};

}  // namespace ligestat::keyfigures
