// The sidebar's texts in English and Danish (role and problem names come from
// core's columnRoles() and problemList()).
#pragma once

#include "function_table.hpp"

#include <array>
#include <string_view>

namespace ligestat::addin::texts {

inline constexpr Text kDataRangeNone{"No header row found in the first 20 rows of this sheet.",
                                     "Ingen overskriftsrække i de første 20 rækker af dette ark."};
inline constexpr Text kRows{"rows", "rækker"};
inline constexpr Text kRefresh{"Refresh", "Opdater"};
inline constexpr Text kNoColumn{"(none)", "(ingen)"};
inline constexpr Text kLastYear{"Last year's list", "Sidste års liste"};

struct RuleText {
    const char* key;  // the settings key (settings.hpp toProperties)
    Text label;
};
// The order in which the rules panel lists them.
inline constexpr std::array<RuleText, 7> kRules{{
    {"minFtePerGender", {"Min. FTE per gender (pay index)", "Min. årsværk pr. køn (lønindeks)"}},
    {"payIndexBandLow", {"Pay index band, low", "Lønindeks, nedre grænse"}},
    {"payIndexBandHigh", {"Pay index band, high", "Lønindeks, øvre grænse"}},
    {"minCategorySize", {"Min. category size", "Min. størrelse af kategori"}},
    {"balanceTarget", {"Balance target (share 0–1)", "Balancemål (andel 0–1)"}},
    {"balanceFloor", {"Balance floor (share 0–1)", "Kritisk grænse (andel 0–1)"}},
    {"topManagementLevels", {"Top management levels excluded (separate with ;)",
                             "Topledelse udeladt (adskil med ;)"}},
}};
inline constexpr Text kModelFactors{"Explained pay gap: factors taken into account",
                                    "Forklaret lønforskel: faktorer der tages højde for"};
inline constexpr Text kNotANumber{"is not a number: not saved.", "er ikke et tal: ikke gemt."};
inline constexpr Text kNegative{"must be 0 or more: not saved.", "skal være 0 eller mere: ikke gemt."};
inline constexpr Text kSaved{"Saved in the document.", "Gemt i dokumentet."};

inline constexpr Text kGenerate{"Generate key figures", "Generer nøgletal"};
inline constexpr Text kJobEvaluation{"Job evaluation", "Stillingsvurdering"};
inline constexpr Text kCheck{"Check data", "Tjek data"};
inline constexpr Text kSelect{"Select", "Markér"};
inline constexpr Text kNotChecked{"–", "–"};
inline constexpr Text kConvert{"Convert", "Konvertér"};
inline constexpr Text kConvertUndo{"Convert text to numbers", "Konvertér tekst til tal"};
inline constexpr Text kConverted{"cells converted to numbers (Undo reverts them).",
                                 "celler konverteret til tal (Fortryd gør det om)."};
inline constexpr Text kNotMapped{"not mapped", "ikke valgt"};
inline constexpr Text kChecked{"rows checked on", "rækker tjekket på"};
inline constexpr Text kGenerating{"Generating key figures…", "Genererer nøgletal…"};
inline constexpr Text kEvaluatingJobs{"Making the job evaluation sheet…", "Laver arket med stillingsvurdering…"};
inline constexpr Text kCommandMissing{"The key-figure command is not available.", "Nøgletalskommandoen er ikke tilgængelig."};
inline constexpr Text kFailed{"Something went wrong; the document is unchanged.", "Noget gik galt; dokumentet er uændret."};
inline constexpr Text kNoSpreadsheet{"No spreadsheet is active.", "Intet regneark er aktivt."};

}  // namespace ligestat::addin::texts
