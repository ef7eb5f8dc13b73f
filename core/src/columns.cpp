// The column roles of an HR sheet and the one list of header synonyms
// (key-figures.md, "Input: an HR sheet"): a header is matched exactly, else by
// its words ("Annual salary", "Løn i kr.", "Køn (K/M)").
#include "ligestat/columns.hpp"

#include "ligestat/text.hpp"

#include <algorithm>

namespace ligestat {

const std::array<ColumnRoleInfo, kColumnRoleCount>& columnRoles() {
    static const std::array<ColumnRoleInfo, kColumnRoleCount> roles{{
        {ColumnRole::Gender, "gender", "Gender", "Køn", {"Køn", "Gender", "Sex", "Kønskode"}},
        {ColumnRole::Cpr, "cpr", "CPR number", "CPR-nummer", {"CPR", "CPR-nr", "CPR-nr.", "CPR-nummer", "Personnummer"}},
        {ColumnRole::BirthDate, "birth_date", "Birth date", "Fødselsdato", {"Fødselsdato", "Birth date", "Date of birth"}},
        {ColumnRole::Age, "age", "Age", "Alder", {"Alder", "Age"}},
        {ColumnRole::Fte, "fte", "FTE", "Årsværk", {"Årsværk", "FTE", "Beskæftigelsesgrad"}},
        {ColumnRole::Pay, "pay", "Pay", "Løn", {"Løn", "Månedsløn", "Årsløn", "Grundløn", "Bruttoløn", "Basisløn", "Pay", "Salary", "Base pay", "Wage", "Wages"}},
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
        {ColumnRole::HireDate, "hire_date", "Hire date", "Ansættelsesdato",
         {"Ansættelsesdato", "Ansat dato", "Ansat den", "Hire date", "Start date", "Date of hire"}},
        {ColumnRole::YearsOfService, "years_of_service", "Years of service", "Anciennitet",
         {"Anciennitet", "Ansættelsesår", "Years of service", "Seniority"}},
        {ColumnRole::Education, "education", "Education", "Uddannelse",
         {"Uddannelse", "Uddannelsesniveau", "Education", "Education level"}},
        {ColumnRole::AbsenceDays, "absence_days", "Sickness absence days", "Sygefraværsdage",
         {"Sygefravær", "Sygefraværsdage", "Fraværsdage", "Sickness absence", "Absence days", "Sick days"}},
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

// Words that make a header something else than the role its other words name:
// "Pay grade", "Løntrin", "Lønkode" and "Salary band" are not pay.
bool qualifiesAway(const std::vector<std::string>& headerWords, const std::vector<std::string>& synonymWords) {
    static const std::vector<std::string> kQualifiers{"grade", "trin", "kode", "code", "band",  "gruppe", "group",
                                                      "scale", "skala", "klasse", "class", "type", "ændring", "change"};
    for (const auto& word : headerWords)
        if (std::find(kQualifiers.begin(), kQualifiers.end(), word) != kQualifiers.end() &&
            std::find(synonymWords.begin(), synonymWords.end(), word) == synonymWords.end())
            return true;
    return false;
}

// How many words of `synonym` the header holds in a row (0: not all of them).
std::size_t wordsMatched(const std::vector<std::string>& headerWords, const std::vector<std::string>& synonymWords) {
    if (synonymWords.empty() || synonymWords.size() > headerWords.size()) return 0;
    for (std::size_t start = 0; start + synonymWords.size() <= headerWords.size(); ++start)
        if (std::equal(synonymWords.begin(), synonymWords.end(), headerWords.begin() + static_cast<long>(start)))
            return synonymWords.size();
    return 0;
}

// An exact synonym first ("Løn" is pay); else the role whose synonym's words
// the header holds, the longest synonym first ("Annual salary", "Løn i kr.",
// "Køn (K/M)"); on a tie the first role of the list.
std::optional<ColumnRole> roleOfHeader(const std::string& header) {
    const std::string key = matchKey(header);
    if (key.empty()) return std::nullopt;
    for (const auto& info : columnRoles()) {
        const bool named = std::any_of(info.headers.begin(), info.headers.end(),
                                       [&](const char* synonym) { return matchKey(synonym) == key; });
        if (named) return info.role;
    }
    const std::vector<std::string> words = matchWords(header);
    std::optional<ColumnRole> best;
    std::size_t bestWords = 0;
    for (const auto& info : columnRoles()) {
        for (const char* synonym : info.headers) {
            const std::vector<std::string> synonymWords = matchWords(synonym);
            const std::size_t matched = wordsMatched(words, synonymWords);
            if (matched > bestWords && !qualifiesAway(words, synonymWords)) {
                best = info.role;
                bestWords = matched;
            }
        }
    }
    return best;
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
