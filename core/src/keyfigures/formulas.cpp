// Formula text for the key-figure sheet: the helpers and DataFormulas of
// formulas.hpp (key-figures.md, "Output: a new sheet").
#include "keyfigures/formulas.hpp"

#include "ligestat/text.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace ligestat::keyfigures {


// A cell as the text a reader sees: trimmed text, or the number.
std::string cellText(const Cell& cell) {
    if (const auto* text = std::get_if<std::string>(&cell)) return std::string(trimWhitespace(*text));
    if (const auto* number = std::get_if<double>(&cell)) return formatNumber(*number, kFormulaDigits);
    return {};
}

std::string asciiUpper(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return out;
}

std::string replaceAll(std::string text, std::string_view what, std::string_view with) {
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + with.size()))
        text.replace(at, what.size(), with);
    return text;
}

std::string textLiteral(std::string_view text) { return "\"" + replaceAll(std::string(text), "\"", "\"\"") + "\""; }

std::string columnName(int col) {
    std::string name;
    for (int c = col + 1; c > 0; c = (c - 1) / 26) name.insert(name.begin(), static_cast<char>('A' + (c - 1) % 26));
    return name;
}

// "$B$3": a cell of the key-figure sheet itself.
std::string absoluteCell(int row, int col) { return "$" + columnName(col) + "$" + std::to_string(row + 1); }
// "B3": a relative reference, for formulas that read their own row.
std::string relativeCell(int row, int col) { return columnName(col) + std::to_string(row + 1); }

// "$'Medarbejdere'.$J$2:$K$910": data columns side by side on the user's sheet (API grammar).
std::string sheetColumns(const std::string& sheet, int firstCol, int lastCol, int firstRow, int lastRow) {
    const std::string quoted = "$'" + replaceAll(sheet, "'", "''") + "'.";
    return quoted + absoluteCell(firstRow, firstCol) + ":" + absoluteCell(lastRow, lastCol);
}

// "$'Medarbejdere'.$C$2:$C$910": a data column.
std::string sheetColumn(const std::string& sheet, int col, int firstRow, int lastRow) {
    return sheetColumns(sheet, col, col, firstRow, lastRow);
}

std::string joined(const std::vector<std::string>& parts, std::string_view separator) {
    std::string out;
    for (const auto& part : parts) out += (out.empty() ? "" : std::string(separator)) + part;
    return out;
}

std::string DataFormulas::range(ColumnRole role) const {
    return sheetColumn(data_.sheet, data_.firstColumn + data_.columns[role], data_.headerRow + 1, data_.lastRow);
}

std::string DataFormulas::gender() const {
    if (!cprForGender()) return range(ColumnRole::Gender);
    const std::string fromCpr = "IFERROR(CPRGENDER(" + range(ColumnRole::Cpr) + ");\"\")";
    if (!has(ColumnRole::Gender)) return fromCpr;
    return "IF(" + isBlank(ColumnRole::Gender) + ";" + fromCpr + ";" + range(ColumnRole::Gender) + ")";
}

std::string DataFormulas::isBlank(ColumnRole role) const { return "(LEN(TRIM(" + range(role) + "))=0)"; }

std::string DataFormulas::exists() const {
    std::vector<std::string> parts;
    for (ColumnRole role : {ColumnRole::EmployeeId, ColumnRole::Gender, ColumnRole::JobTitle,
                            ColumnRole::StaffCategory, ColumnRole::Pay})
        if (has(role)) parts.push_back(range(role));
    // The CPR column is read only where it is the source of gender.
    if (genderIsComputed()) parts.push_back(range(ColumnRole::Cpr));
    if (parts.empty()) return "1";
    // Compared one column at a time: joining the columns as text would
    // build 100,000 strings per column.
    for (auto& part : parts) part = "(" + part + "<>\"\")";
    return "((" + joined(parts, "+") + ")>0)";
}

std::vector<ColumnRole> DataFormulas::complementaryRoles() const {
    std::vector<ColumnRole> roles;
    for (ColumnRole role : {ColumnRole::Allowance, ColumnRole::OneOffPayment})
        if (has(role)) roles.push_back(role);
    return roles;
}

bool DataFormulas::complementaryIsComputed() const {
    const std::vector<ColumnRole> roles = complementaryRoles();
    return roles.size() == 2 && std::abs(data_.columns[roles[0]] - data_.columns[roles[1]]) != 1;
}

std::string DataFormulas::complementaryPay() const {
    const std::vector<ColumnRole> roles = complementaryRoles();
    if (roles.empty()) return "";
    if (roles.size() == 1) return range(roles[0]);
    if (!complementaryIsComputed()) {
        const int left = data_.firstColumn + std::min(data_.columns[roles[0]], data_.columns[roles[1]]);
        return sheetColumns(data_.sheet, left, left + 1, data_.headerRow + 1, data_.lastRow);
    }
    const std::string a = range(roles[0]), b = range(roles[1]);
    return "IF(ISTEXT(" + a + ");" + a + ";IF(ISTEXT(" + b + ");" + b + ";" + a + "+" + b + "))";
}

std::string DataFormulas::columnLabel(ColumnRole role, std::string_view language) const {
    const int index = data_.columns[role];
    std::string header;
    if (index >= 0 && static_cast<std::size_t>(index) < data_.headers.size())
        header = std::string(trimWhitespace(data_.headers[static_cast<std::size_t>(index)]));
    if (header.empty()) header = language == "da" ? roleInfo(role).labelDa : roleInfo(role).labelEn;
    return "\"" + header + "\" (" + columnName(data_.firstColumn + index) + ")";
}

std::string DataFormulas::isTop() const {
    std::vector<std::string> tests;
    for (const auto& level : in_.settings.topManagementLevels)
        tests.push_back("(UPPER(TRIM(" + range(ColumnRole::ManagementLevel) + "))=UPPER(" + textLiteral(level) +
                        "))");
    return "((" + joined(tests, "+") + ")>0)";
}

std::string DataFormulas::payTitles() const {
    std::vector<std::string> keeps;
    if (excludesTop()) keeps.push_back(notTop());
    if (has(ColumnRole::Fte)) keeps.push_back("(" + fteUsable() + ")");
    if (keeps.empty()) return range(ColumnRole::JobTitle);
    return "IF(" + joined(keeps, "*") + ";" + range(ColumnRole::JobTitle) + ";\"\")";
}

std::string DataFormulas::payWeights() const {
    if (has(ColumnRole::Fte)) return range(ColumnRole::Fte);
    return "(1+0*ROW(" + range(ColumnRole::Pay) + "))";
}

std::string DataFormulas::fteNumber() const {
    return "IF(" + fteUsable() + ";" + range(ColumnRole::Fte) + ";0)";
}

// Text compares greater than any number in Calc, so (text>=0) is no error;
// ISNUMBER has already made the product 0.
std::string DataFormulas::fteUsable() const {
    const std::string f = range(ColumnRole::Fte);
    return "ISNUMBER(" + f + ")*(" + f + ">=0)";
}

std::string DataFormulas::ageYears() const {
    const std::string a = range(ColumnRole::Age);
    // completed years, as the age-column path counts them (INT)
    return "IF(ISNUMBER(" + a + ");INT(" + a + ");IF(" + isBlank(ColumnRole::Age) + ";" + cprAge() + ";-1))";
}

std::string DataFormulas::birthDates() const {
    const std::string b = range(ColumnRole::BirthDate);
    if (!cprForAge()) return b;
    return "IF(ISNUMBER(" + b + ");" + b + ";IF(" + isBlank(ColumnRole::BirthDate) + ";IFERROR(CPRBIRTHDATE(" +
           range(ColumnRole::Cpr) + ");\"\");\"\"))";
}

std::string DataFormulas::ageBetween(double low, double high) const {
    std::vector<std::string> parts;
    if (has(ColumnRole::Age) && !cprForAge()) {
        const std::string a = range(ColumnRole::Age);
        parts.push_back("ISNUMBER(" + a + ")");
        if (!std::isnan(low)) parts.push_back("(" + a + ">=" + formatNumber(low, kFormulaDigits) + ")");
        if (!std::isnan(high)) parts.push_back("(" + a + "<" + formatNumber(high, kFormulaDigits) + ")");
    } else if (has(ColumnRole::BirthDate) && !has(ColumnRole::Age)) {
        // age >= n  <=>  born on or before the reference date n years back
        const std::string b = birthDates();
        parts.push_back("ISNUMBER(" + b + ")");
        if (!std::isnan(low)) parts.push_back("(" + b + "<=" + yearsBack(low) + ")");
        if (!std::isnan(high)) parts.push_back("(" + b + ">" + yearsBack(high) + ")");
    } else {
        const std::string age = has(ColumnRole::Age) ? ageYears() : cprAge();
        parts.push_back("(" + age + ">=" + (std::isnan(low) ? std::string("0") : formatNumber(low, kFormulaDigits)) + ")");
        if (!std::isnan(high)) parts.push_back("(" + age + "<" + formatNumber(high, kFormulaDigits) + ")");
    }
    return joined(parts, "*");
}

std::string DataFormulas::ageFrequency(const std::string& condition, const std::vector<double>& upperBounds) const {
    const std::string leftOut = "1E+307", lastBand = "1E+306";
    std::vector<std::string> bounds;
    for (double high : upperBounds) bounds.push_back(formatNumber(high, kFormulaDigits));
    if (has(ColumnRole::BirthDate) && !has(ColumnRole::Age)) {
        // age < high  <=>  born after the reference date `high` years back;
        // negated day numbers put the youngest first, as the bands are.
        const std::string b = birthDates();
        const std::string& d = referenceDate_;
        std::vector<std::string> isBound(bounds.size(), "1");
        isBound.push_back("0");
        bounds.push_back("0");
        const std::string bins = "IF({" + joined(isBound, ";") + "};-DATE(YEAR(" + d + ")-{" + joined(bounds, ";") +
                                 "};MONTH(" + d + ");DAY(" + d + "))-1;" + lastBand + ")";
        return "FREQUENCY(IF(" + condition + "*ISNUMBER(" + b + ");-INT(" + b + ");" + leftOut + ");" + bins + ")";
    }
    // completed years below `high`  <=>  INT(age) <= high - 1
    bounds.clear();
    for (double high : upperBounds) bounds.push_back(formatNumber(high - 1, kFormulaDigits));
    bounds.push_back(lastBand);
    const std::string bins = "{" + joined(bounds, ";") + "}";
    if (has(ColumnRole::Age) && !cprForAge()) {
        const std::string a = range(ColumnRole::Age);
        return "FREQUENCY(IF(" + condition + "*ISNUMBER(" + a + ");INT(" + a + ");" + leftOut + ");" + bins + ")";
    }
    const std::string age = has(ColumnRole::Age) ? ageYears() : cprAge();
    return "FREQUENCY(IF(" + condition + "*(" + age + ">=0);" + age + ";" + leftOut + ");" + bins + ")";
}

std::string DataFormulas::isGender(Gender which) const {
    std::vector<std::string> codes;
    for (std::string_view code : genderCodes(which)) codes.push_back(textLiteral(asciiUpper(code)));
    return "ISNUMBER(MATCH(UPPER(TRIM(" + gender() + "));{" + joined(codes, ";") + "};0))";
}

std::string DataFormulas::yearsBack(double years) const {
    const std::string& d = referenceDate_;
    return "DATE(YEAR(" + d + ")-" + formatNumber(years, kFormulaDigits) + ";MONTH(" + d + ");DAY(" + d + "))";
}

std::string DataFormulas::cprAge() const {
    // A blank CPR cell gives "" (and "">=0 is TRUE in Calc): VALUE makes it an error, then -1.
    return "IFERROR(VALUE(CPRAGE(" + range(ColumnRole::Cpr) + ";" + referenceDate_ + "));-1)";
}

// Days / 365.25: arithmetic on the whole column at once, no date function per
// row (DATEDIF there made the model's arguments five times slower on 100,000
// rows), and a finer measure for a regression than completed years.
DataFormulas::ModelNumber DataFormulas::yearsSince(const std::string& dates) const {
    const std::string& d = referenceDate_;
    return {"IF(ISNUMBER(" + dates + ");(" + d + "-" + dates + ")/365.25;0)",
            "ISNUMBER(" + dates + ")*(" + dates + "<=" + d + ")"};
}

DataFormulas::ModelNumber DataFormulas::numberOf(const std::string& values) {
    return {"IF(ISNUMBER(" + values + ");" + values + ";0)", "ISNUMBER(" + values + ")*(" + values + ">=0)"};
}

DataFormulas::ModelNumber DataFormulas::modelAge() const {
    if (has(ColumnRole::Age) && !cprForAge()) return numberOf(range(ColumnRole::Age));
    if (has(ColumnRole::BirthDate) && !has(ColumnRole::Age)) return yearsSince(birthDates());
    const std::string age = has(ColumnRole::Age) ? ageYears() : cprAge();  // -1: unknown
    return {age, "(" + age + ">=0)"};
}

DataFormulas::ModelNumber DataFormulas::modelYearsOfService() const {
    if (has(ColumnRole::YearsOfService)) return numberOf(range(ColumnRole::YearsOfService));
    return yearsSince(range(ColumnRole::HireDate));
}

}  // namespace ligestat::keyfigures
