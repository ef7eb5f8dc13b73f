#include "ligestat/datacheck.hpp"

#include "detail/rows.hpp"

#include "ligestat/gender.hpp"
#include "ligestat/rules.hpp"
#include "ligestat/text.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <string>

namespace ligestat {

const std::array<ProblemInfo, kProblemCount>& problemList() {
    static const std::array<ProblemInfo, kProblemCount> list{{
        {Problem::UnknownGender, "unknown_gender", "Unknown gender", "Ukendt køn"},
        {Problem::MissingPay, "missing_pay", "Missing pay", "Manglende løn"},
        {Problem::TextPay, "text_pay", "Text as pay", "Tekst som løn"},
        {Problem::NegativeFte, "negative_fte", "Negative FTE", "Negativt årsværk"},
        {Problem::MissingFte, "missing_fte", "Missing FTE", "Manglende årsværk"},
        {Problem::TextFte, "text_fte", "Text as FTE", "Tekst som årsværk"},
        {Problem::InvalidCpr, "invalid_cpr", "Invalid CPR number", "Ugyldigt CPR-nummer"},
        {Problem::DuplicateEmployeeId, "duplicate_employee_id", "Duplicate employee id", "Dubleret medarbejdernr."},
        {Problem::AgeOutOfRange, "age_out_of_range", "Age outside 15–75", "Alder uden for 15–75"},
        {Problem::NumberAsText, "number_as_text", "Text that looks like a number", "Tekst der ligner et tal"},
        {Problem::GenderCprMismatch, "gender_cpr_mismatch", "Gender and CPR disagree", "Køn og CPR er uenige"},
        {Problem::MissingEmployeeId, "missing_employee_id", "Rows without employee id", "Rækker uden medarbejdernr."},
        {Problem::DuplicateEmployeeIdLastYear, "duplicate_employee_id_last_year", "Duplicate id, last year's list",
         "Dubleret nr., sidste års liste"},
        {Problem::GenderDiffersFromLastYear, "gender_differs_last_year", "Gender differs from last year",
         "Køn afviger fra sidste år"},
    }};
    return list;
}

const std::vector<ColumnRole>& checkedRoles() {
    static const std::vector<ColumnRole> roles{ColumnRole::Gender,     ColumnRole::Pay, ColumnRole::Fte,
                                               ColumnRole::Cpr,        ColumnRole::EmployeeId,
                                               ColumnRole::Age,        ColumnRole::BirthDate};
    return roles;
}

const std::vector<ColumnRole>& numberColumns() {
    static const std::vector<ColumnRole> roles{ColumnRole::Pay, ColumnRole::Fte, ColumnRole::Age};
    return roles;
}

std::size_t DataCheck::countIn(Problem p, ColumnRole role) const {
    std::size_t n = 0;
    for (const ProblemCell& cell : cellsOf(p))
        if (cell.role == role) ++n;
    return n;
}

std::optional<double> numberFromText(const Cell& cell, NumberLocale locale) {
    const auto* text = std::get_if<std::string>(&cell);
    if (text == nullptr) return std::nullopt;
    return parseNumberText(*text, locale);
}

namespace {

// Empty, or text of white space only: what a user sees as an empty cell.
bool isBlank(const Cell& cell) {
    if (isEmpty(cell)) return true;
    if (const auto* text = std::get_if<std::string>(&cell)) return trimWhitespace(*text).empty();
    return false;
}

// The cell of `role` in `row`, or an empty cell when the column is not mapped.
const Cell& cellAt(const DataColumns& data, ColumnRole role, std::size_t row) {
    static const Cell kNone{};
    const auto& column = data[role];
    return row < column.size() ? column[row] : kNone;
}

std::size_t rowCount(const DataColumns& data) {
    std::size_t rows = 0;
    for (const auto& column : data.byRole) rows = std::max(rows, column.size());
    return rows;
}

struct AgeSource {
    double age;
    ColumnRole role;
};

double ageFromBirth(const Date& birth, const Date& today) {
    const Result<double> years = completedYears(birth, today);
    return years.ok() ? years.value() : -1.0;  // born after today: certainly not a plausible age
}

std::optional<AgeSource> ageOfRow(const DataColumns& data, std::size_t row, const CheckDates& dates) {
    if (const auto* age = std::get_if<double>(&cellAt(data, ColumnRole::Age, row)))
        return AgeSource{*age, ColumnRole::Age};
    if (const auto* serial = std::get_if<double>(&cellAt(data, ColumnRole::BirthDate, row))) {
        if (std::isfinite(*serial) && std::fabs(*serial) < 1e8) {
            const Date birth = civilFromDays(daysFromCivil(dates.serialOrigin) + static_cast<long>(std::floor(*serial)));
            return AgeSource{ageFromBirth(birth, dates.today), ColumnRole::BirthDate};
        }
    }
    if (auto cpr = parseCpr(cellAt(data, ColumnRole::Cpr, row)))
        return AgeSource{ageFromBirth(cpr->birthDate, dates.today), ColumnRole::Cpr};
    return std::nullopt;
}

class Checker {
public:
    Checker(const DataColumns& data, const CheckDates& dates, NumberLocale locale, const DataColumns* lastYear)
        : data_(data), dates_(dates), locale_(locale), lastYear_(lastYear) {}

    DataCheck run() {
        markChecked();
        const std::size_t rows = rowCount(data_);
        for (std::size_t row = 0; row < rows; ++row) {
            if (isBlankRow(data_, row)) continue;
            ++result_.rowsChecked;
            checkRow(row);
        }
        flagDuplicateIds(rowsById_, Problem::DuplicateEmployeeId, false);
        if (comparesYears()) checkLastYear();
        return result_;
    }

private:
    bool mapped(ColumnRole role) const { return !data_[role].empty(); }
    const Cell& at(ColumnRole role, std::size_t row) const { return cellAt(data_, role, row); }

    void markChecked() {
        const auto mark = [&](Problem p, bool on) { result_.checked[static_cast<std::size_t>(p)] = on; };
        const bool gender = mapped(ColumnRole::Gender), cpr = mapped(ColumnRole::Cpr);
        mark(Problem::UnknownGender, gender || cpr);
        mark(Problem::MissingPay, mapped(ColumnRole::Pay));
        mark(Problem::TextPay, mapped(ColumnRole::Pay));
        mark(Problem::NegativeFte, mapped(ColumnRole::Fte));
        mark(Problem::MissingFte, mapped(ColumnRole::Fte));
        mark(Problem::TextFte, mapped(ColumnRole::Fte));
        mark(Problem::InvalidCpr, cpr);
        mark(Problem::DuplicateEmployeeId, mapped(ColumnRole::EmployeeId));
        mark(Problem::AgeOutOfRange, mapped(ColumnRole::Age) || mapped(ColumnRole::BirthDate) || cpr);
        mark(Problem::GenderCprMismatch, gender && cpr);
        mark(Problem::NumberAsText, std::any_of(numberColumns().begin(), numberColumns().end(),
                                                [&](ColumnRole role) { return mapped(role); }));
        mark(Problem::MissingEmployeeId, mapped(ColumnRole::EmployeeId) || comparesYears());
        mark(Problem::DuplicateEmployeeIdLastYear, comparesYears());
        mark(Problem::GenderDiffersFromLastYear, comparesYears() && mapped(ColumnRole::EmployeeId) &&
                                                     (gender || cpr) && hasGenderSource(*lastYear_));
    }

    // Last year's list takes part when it has an id column to match by.
    bool comparesYears() const { return lastYear_ != nullptr && !(*lastYear_)[ColumnRole::EmployeeId].empty(); }
    static bool hasGenderSource(const DataColumns& list) {
        return !list[ColumnRole::Gender].empty() || !list[ColumnRole::Cpr].empty();
    }

    static bool isBlankRow(const DataColumns& list, std::size_t row) {
        for (ColumnRole role : checkedRoles())
            if (!isBlank(cellAt(list, role, row))) return false;
        return true;
    }

    void flag(Problem problem, std::size_t row, ColumnRole role) {
        const auto p = static_cast<std::size_t>(problem);
        ++result_.counts[p];
        result_.cells[p].push_back({row, role});
    }

    // Text in a number column: a number written as text, which the user can
    // convert, or text that is no number at all. Never both.
    void flagText(Problem noNumber, std::size_t row, ColumnRole role) {
        flag(numberFromText(at(role, row), locale_) ? Problem::NumberAsText : noNumber, row, role);
    }

    void checkRow(std::size_t row) {
        checkGender(row);
        if (mapped(ColumnRole::Pay)) {
            const Cell& pay = at(ColumnRole::Pay, row);
            if (isBlank(pay)) flag(Problem::MissingPay, row, ColumnRole::Pay);
            else if (isText(pay)) flagText(Problem::TextPay, row, ColumnRole::Pay);
        }
        if (mapped(ColumnRole::Fte)) {
            const Cell& fte = at(ColumnRole::Fte, row);
            if (isBlank(fte)) flag(Problem::MissingFte, row, ColumnRole::Fte);
            else if (isText(fte)) flagText(Problem::TextFte, row, ColumnRole::Fte);
            else if (std::get<double>(fte) < 0) flag(Problem::NegativeFte, row, ColumnRole::Fte);
        }
        if (mapped(ColumnRole::Age)) {
            const Cell& age = at(ColumnRole::Age, row);
            if (!isBlank(age) && numberFromText(age, locale_)) flag(Problem::NumberAsText, row, ColumnRole::Age);
        }
        if (mapped(ColumnRole::Cpr)) {
            const Cell& cpr = at(ColumnRole::Cpr, row);
            if (!isBlank(cpr) && !parseCpr(cpr)) flag(Problem::InvalidCpr, row, ColumnRole::Cpr);
        }
        if (auto age = ageOfRow(data_, row, dates_))
            if (age->age < rules::kMinPlausibleAge || age->age > rules::kMaxPlausibleAge)
                flag(Problem::AgeOutOfRange, row, age->role);
        if (mapped(ColumnRole::EmployeeId)) {
            if (auto key = detail::employeeIdKey(at(ColumnRole::EmployeeId, row))) rowsById_[*key].push_back(row);
            else flag(Problem::MissingEmployeeId, row, ColumnRole::EmployeeId);
        }
    }

    // The row's own gender cell, else its CPR number (key-figures.md, "cpr").
    void checkGender(std::size_t row) {
        const bool hasGender = mapped(ColumnRole::Gender);
        if (!hasGender && !mapped(ColumnRole::Cpr)) return;
        const Cell& gender = at(ColumnRole::Gender, row);
        const auto cpr = parseCpr(at(ColumnRole::Cpr, row));
        if (!isBlank(gender)) {
            const Gender own = parseGender(gender);
            if (own == Gender::Other) flag(Problem::UnknownGender, row, ColumnRole::Gender);
            else if (cpr && cpr->gender != own) flag(Problem::GenderCprMismatch, row, ColumnRole::Gender);
        } else if (!cpr) {
            flag(Problem::UnknownGender, row, hasGender ? ColumnRole::Gender : ColumnRole::Cpr);
        }
    }

    // One problem per id that occurs more than once; every row carrying it is selectable.
    void flagDuplicateIds(const std::map<std::string, std::vector<std::size_t>>& rowsById, Problem problem,
                          bool lastYear) {
        const auto p = static_cast<std::size_t>(problem);
        std::vector<ProblemCell> cells;
        for (const auto& [id, rows] : rowsById) {
            if (rows.size() < 2) continue;
            ++result_.counts[p];
            for (std::size_t row : rows) cells.push_back({row, ColumnRole::EmployeeId, lastYear});
        }
        std::sort(cells.begin(), cells.end(), [](const ProblemCell& a, const ProblemCell& b) { return a.row < b.row; });
        result_.cells[p] = std::move(cells);
    }

    // Woman or man from the row's own gender cell, else its valid CPR number (as checkGender reads it).
    static Gender genderOf(const DataColumns& list, std::size_t row) {
        const Cell& own = cellAt(list, ColumnRole::Gender, row);
        if (!isBlank(own)) return parseGender(own);
        if (auto cpr = parseCpr(cellAt(list, ColumnRole::Cpr, row))) return cpr->gender;
        return Gender::Other;
    }

    // Last year's ids: missing and repeated ones, and a gender that differs
    // from this year's for the same id (only between women and men: an
    // unknown gender is already its own problem).
    void checkLastYear() {
        const DataColumns& before = *lastYear_;
        std::map<std::string, std::vector<std::size_t>> rowsById;
        const std::size_t rows = rowCount(before);
        for (std::size_t row = 0; row < rows; ++row) {
            if (isBlankRow(before, row)) continue;
            if (auto key = detail::employeeIdKey(cellAt(before, ColumnRole::EmployeeId, row)))
                rowsById[*key].push_back(row);
            else
                flagLastYear(Problem::MissingEmployeeId, row);
        }
        flagDuplicateIds(rowsById, Problem::DuplicateEmployeeIdLastYear, true);
        if (!result_.wasChecked(Problem::GenderDiffersFromLastYear)) return;
        for (const auto& [id, nowRows] : rowsById_) {
            const auto it = rowsById.find(id);
            if (nowRows.size() != 1 || it == rowsById.end() || it->second.size() != 1) continue;
            const Gender now = genderOf(data_, nowRows.front()), then = genderOf(before, it->second.front());
            if (now != Gender::Other && then != Gender::Other && now != then)
                flag(Problem::GenderDiffersFromLastYear, nowRows.front(), genderCellRole(nowRows.front()));
        }
        auto& cells = result_.cells[static_cast<std::size_t>(Problem::GenderDiffersFromLastYear)];
        std::sort(cells.begin(), cells.end(), [](const ProblemCell& a, const ProblemCell& b) { return a.row < b.row; });
    }

    void flagLastYear(Problem problem, std::size_t row) {
        const auto p = static_cast<std::size_t>(problem);
        ++result_.counts[p];
        result_.cells[p].push_back({row, ColumnRole::EmployeeId, true});
    }

    // The cell a user corrects: the gender cell, or the CPR that gave the gender.
    ColumnRole genderCellRole(std::size_t row) const {
        return mapped(ColumnRole::Gender) && !isBlank(at(ColumnRole::Gender, row)) ? ColumnRole::Gender
                                                                                    : ColumnRole::Cpr;
    }

    const DataColumns& data_;
    const CheckDates& dates_;
    NumberLocale locale_;
    const DataColumns* lastYear_;
    DataCheck result_;
    std::map<std::string, std::vector<std::size_t>> rowsById_;
};

}  // namespace

DataCheck checkData(const DataColumns& data, const CheckDates& dates, NumberLocale locale,
                    const DataColumns* lastYear) {
    return Checker(data, dates, locale, lastYear).run();
}

}  // namespace ligestat
