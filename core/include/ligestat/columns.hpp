// Column roles of an HR sheet and the headers that name them
// (key-figures.md, "Input: an HR sheet"): the one list of header synonyms.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ligestat {

enum class ColumnRole {
    Gender,
    Cpr,
    BirthDate,
    Age,
    Fte,
    Pay,
    JobTitle,
    StaffCategory,
    ManagementLevel,
    Allowance,
    OneOffPayment,
    EmployeeId,
    HireDate,
    YearsOfService,
    Education,
    AbsenceDays,
};
inline constexpr std::size_t kColumnRoleCount = 16;

struct ColumnRoleInfo {
    ColumnRole role;
    const char* key;    // stable id for settings stored in documents, e.g. "pay"
    const char* labelEn;
    const char* labelDa;
    std::vector<const char*> headers;  // recognised headers, compared by matchKey
};

const std::array<ColumnRoleInfo, kColumnRoleCount>& columnRoles();
const ColumnRoleInfo& roleInfo(ColumnRole role);
std::optional<ColumnRole> roleFromKey(std::string_view key);

// Which column (0-based, within the given header row) plays each role; -1 = none.
struct ColumnMap {
    std::array<int, kColumnRoleCount> column{};
    ColumnMap() { column.fill(-1); }
    int& operator[](ColumnRole role) { return column[static_cast<std::size_t>(role)]; }
    int operator[](ColumnRole role) const { return column[static_cast<std::size_t>(role)]; }
    bool has(ColumnRole role) const { return (*this)[role] >= 0; }
};

// Maps header texts to roles (trimmed, Unicode case-insensitive). The first
// matching column wins; a column plays at most one role.
ColumnMap detectColumns(const std::vector<std::string>& headers);

// How many roles a row of texts names: used to find the header row.
int countRecognisedHeaders(const std::vector<std::string>& row);

}  // namespace ligestat
