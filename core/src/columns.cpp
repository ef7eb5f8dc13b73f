#include "ligestat/columns.hpp"

#include "ligestat/text.hpp"

#include <algorithm>

namespace ligestat {

const std::array<ColumnRoleInfo, kColumnRoleCount>& columnRoles() {
    static const std::array<ColumnRoleInfo, kColumnRoleCount> roles{{
        {ColumnRole::Gender, "gender", "Gender", "Køn", {"Køn", "Gender", "Sex"}},
        {ColumnRole::Cpr, "cpr", "CPR number", "CPR-nummer", {"CPR", "CPR-nr", "CPR-nr.", "CPR-nummer", "Personnummer"}},
        {ColumnRole::BirthDate, "birth_date", "Birth date", "Fødselsdato", {"Fødselsdato", "Birth date", "Date of birth"}},
        {ColumnRole::Age, "age", "Age", "Alder", {"Alder", "Age"}},
        {ColumnRole::Fte, "fte", "FTE", "Årsværk", {"Årsværk", "FTE", "Beskæftigelsesgrad"}},
        {ColumnRole::Pay, "pay", "Pay", "Løn", {"Løn", "Månedsløn", "Årsløn", "Pay", "Salary", "Base pay"}},
        {ColumnRole::JobTitle, "job_title", "Job title", "Stillingsbetegnelse",
         {"Stillingsbetegnelse", "Stilling", "Job title", "Position"}},
        {ColumnRole::StaffCategory, "staff_category", "Staff category", "Personalekategori",
         {"Personalekategori", "Faggruppe", "Staff category", "Staff group"}},
        {ColumnRole::ManagementLevel, "management_level", "Management level", "Ledelsesniveau",
         {"Ledelsesniveau", "Management level"}},
        {ColumnRole::Allowance, "allowance", "Allowance", "Tillæg",
         {"Tillæg", "Varige tillæg", "Kvalifikationstillæg", "Allowance"}},
        {ColumnRole::OneOffPayment, "one_off_payment", "One-off payment", "Engangsvederlag",
         {"Engangsvederlag", "One-off payment", "Bonus"}},
        {ColumnRole::EmployeeId, "employee_id", "Employee id", "Medarbejdernr.",
         {"Medarbejdernr", "Medarbejdernr.", "Medarbejdernummer", "Lønnummer", "Employee id", "Employee ID", "Employee number"}},
    }};
    return roles;
}

const ColumnRoleInfo& roleInfo(ColumnRole role) { return columnRoles()[static_cast<std::size_t>(role)]; }

std::optional<ColumnRole> roleFromKey(std::string_view key) {
    for (const auto& info : columnRoles())
        if (key == info.key) return info.role;
    return std::nullopt;
}

namespace {

std::optional<ColumnRole> roleOfHeader(const std::string& header) {
    const std::string key = matchKey(header);
    if (key.empty()) return std::nullopt;
    for (const auto& info : columnRoles()) {
        const bool named = std::any_of(info.headers.begin(), info.headers.end(),
                                       [&](const char* synonym) { return matchKey(synonym) == key; });
        if (named) return info.role;
    }
    return std::nullopt;
}

}  // namespace

ColumnMap detectColumns(const std::vector<std::string>& headers) {
    ColumnMap map;
    for (std::size_t c = 0; c < headers.size(); ++c) {
        const auto role = roleOfHeader(headers[c]);
        if (role && !map.has(*role)) map[*role] = static_cast<int>(c);
    }
    return map;
}

int countRecognisedHeaders(const std::vector<std::string>& row) {
    const ColumnMap map = detectColumns(row);
    return static_cast<int>(std::count_if(map.column.begin(), map.column.end(), [](int c) { return c >= 0; }));
}

}  // namespace ligestat
