// The factors the key-figure sheet's explained pay gap can take into account
// (key-figures.md section 8, analysis.md §1 "Where it shows"): their settings
// keys and their names on the sheet and in the sidebar, in one list. Which of
// them the model uses is the user's choice (Settings::modelFactors); a factor
// is used only when the data has the columns it is made from.
#pragma once

#include "ligestat/bilingual.hpp"

#include <array>

namespace ligestat {

enum class ModelFactor {
    Age,              // numeric, with its square (age, birth date or CPR column)
    YearsOfService,   // numeric, with its square (years-of-service or hire-date column)
    JobTitle,         // category
    ManagementLevel,  // category
    Education,        // category
};

struct ModelFactorInfo {
    ModelFactor factor;
    const char* key;  // settings key, stored in the document
    Text name;        // on the sheet and in the sidebar
};

// In the order of the model: numeric factors first, as PAYGAPDECOMPOSITION lists them.
inline constexpr std::array<ModelFactorInfo, 5> kModelFactors{{
    {ModelFactor::Age, "age", {"Age", "Alder"}},
    {ModelFactor::YearsOfService, "years_of_service", {"Years of service", "Anciennitet"}},
    {ModelFactor::JobTitle, "job_title", {"Job title", "Stillingsbetegnelse"}},
    {ModelFactor::ManagementLevel, "management_level", {"Management level", "Ledelsesniveau"}},
    {ModelFactor::Education, "education", {"Education", "Uddannelse"}},
}};

inline const ModelFactorInfo& modelFactorInfo(ModelFactor factor) {
    for (const auto& info : kModelFactors)
        if (info.factor == factor) return info;
    return kModelFactors.front();  // unreachable: every factor is in the list
}

}  // namespace ligestat
