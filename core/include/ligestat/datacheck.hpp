// The sidebar's "Check data": problems in the rows of an HR sheet that would
// make rows drop out of the key figures. Checking only reads; it changes nothing.
#pragma once

#include "ligestat/cell.hpp"
#include "ligestat/columns.hpp"
#include "ligestat/cpr.hpp"
#include "ligestat/number_text.hpp"

#include <array>
#include <cstddef>
#include <optional>
#include <vector>

namespace ligestat {

enum class Problem {
    UnknownGender,        // not one of the spec's codes, or empty
    MissingPay,           // empty pay cell
    TextPay,              // text in the pay column that reads as no number
    NegativeFte,          // FTE below 0
    MissingFte,           // empty FTE cell
    TextFte,              // text in the FTE column that reads as no number
    InvalidCpr,           // a filled CPR cell that parseCpr rejects
    DuplicateEmployeeId,  // counted once per id that occurs more than once
    AgeOutOfRange,        // outside rules::kMinPlausibleAge..kMaxPlausibleAge
    NumberAsText,         // text that reads as a number in the user's locale ("kr. 41.963", "80 %"),
                          // in a column of numbers (numberColumns()); the sidebar can convert it
    GenderCprMismatch,    // a gender cell that says the other gender than the row's valid CPR number
    // Issue 12 (analysis.md §3): the rows this year's list is matched with last year's by.
    MissingEmployeeId,            // a row without an id, in either list (when it has an id column)
    DuplicateEmployeeIdLastYear,  // as DuplicateEmployeeId, in last year's list
    GenderDiffersFromLastYear,    // one id, women in one year and men in the other (counted once per id)
};
inline constexpr std::size_t kProblemCount = 14;

struct ProblemInfo {
    Problem problem;
    const char* key;  // stable id, e.g. "unknown_gender" (the tests' expected.json uses it)
    const char* labelEn;
    const char* labelDa;
};
const std::array<ProblemInfo, kProblemCount>& problemList();

// The data rows below the header, one vector per column role, each with one
// cell per row; a role whose column is not mapped has an empty vector.
struct DataColumns {
    std::array<std::vector<Cell>, kColumnRoleCount> byRole;
    std::vector<Cell>& operator[](ColumnRole role) { return byRole[static_cast<std::size_t>(role)]; }
    const std::vector<Cell>& operator[](ColumnRole role) const { return byRole[static_cast<std::size_t>(role)]; }
};

// The roles checkData reads: the glue reads only these columns.
const std::vector<ColumnRole>& checkedRoles();
// The checked columns that hold numbers: where number-like text is counted.
const std::vector<ColumnRole>& numberColumns();

// A cell to select for a problem: data row (0 = first row below the header)
// and the role whose column holds the offending value.
struct ProblemCell {
    std::size_t row;
    ColumnRole role;
    bool lastYear = false;  // the cell is in last year's list, not in the checked sheet
    friend bool operator==(const ProblemCell&, const ProblemCell&) = default;
};

struct DataCheck {
    std::size_t rowsChecked = 0;  // rows of this year's list with at least one filled checked cell
    std::array<std::size_t, kProblemCount> counts{};
    std::array<std::vector<ProblemCell>, kProblemCount> cells;
    // Whether a problem could be looked for: false when none of the columns it
    // reads is mapped (the sidebar then says "not mapped", not 0).
    std::array<bool, kProblemCount> checked{};

    std::size_t count(Problem p) const { return counts[static_cast<std::size_t>(p)]; }
    // How many cells of `p` lie in the column of `role` (NumberAsText per column).
    std::size_t countIn(Problem p, ColumnRole role) const;
    const std::vector<ProblemCell>& cellsOf(Problem p) const { return cells[static_cast<std::size_t>(p)]; }
    bool wasChecked(Problem p) const { return checked[static_cast<std::size_t>(p)]; }
};

struct CheckDates {
    Date today;         // ages are completed years at this date
    Date serialOrigin;  // the date of serial number 0 in the document (Calc: 1899-12-30)
};

// A blank gender cell takes the gender of the row's valid CPR number (as the
// key-figure sheet does); only a gender neither gives is unknown.
// Rows where every checked column is empty are skipped (the end of a used area).
// Age comes from the age column, else the birth date (a date serial), else the CPR.
// Number-like text is read in `locale` (the user's: "1.234" is 1234 in Danish).
// `lastYear`, when given, is last year's list (the same roles): its ids are
// checked too and matched with this year's (detail::employeeIdKey, as the
// year-on-year functions match them) to compare genders; its other columns
// are not checked (they are checked when that sheet is the active one).
DataCheck checkData(const DataColumns& data, const CheckDates& dates,
                    NumberLocale locale = NumberLocale::Danish, const DataColumns* lastYear = nullptr);

// The number a NumberAsText cell becomes when the user converts it, or
// std::nullopt when the cell (by now) is no such text: the one rule the check
// and the Convert button share.
std::optional<double> numberFromText(const Cell& cell, NumberLocale locale);

}  // namespace ligestat
