#include "function_table.hpp"

#include <algorithm>

namespace ligestat::addin {
namespace {

// Arguments shared by several functions: written once.
const ArgumentInfo kPay{{"pay", "løn"},
                        {"Range with each worker's pay. Empty or text cells are left out.",
                         "Område med hver medarbejders løn. Tomme celler og tekst udelades."}};
const ArgumentInfo kGender{{"gender", "køn"},
                           {"Range with gender codes: K/Kvinde/F/Female/W/Woman or M/Mand/Male/Man.",
                            "Område med kønskoder: K/Kvinde/F/Female/W/Woman eller M/Mand/Male/Man."}};
const ArgumentInfo kFte{{"fte", "årsværk"},
                        {"Optional range with each worker's FTE (a number >= 0), used as weight.",
                         "Valgfrit område med hver medarbejders årsværk (et tal >= 0), bruges som vægt."}};
const ArgumentInfo kGroupRange{{"group_range", "gruppeområde"},
                               {"Optional range with the group of each worker, e.g. job title.",
                                "Valgfrit område med hver medarbejders gruppe, fx stillingsbetegnelse."}};
const ArgumentInfo kGroup{{"group", "gruppe"},
                          {"The group to include (case-insensitive). Only used with group_range.",
                           "Gruppen der medtages (uden forskel på store og små bogstaver). Bruges med gruppeområde."}};
const ArgumentInfo kMinFte{{"min_fte", "min_årsværk"},
                           {"Least FTE (or headcount without fte) each gender must have; default 3.",
                            "Mindste årsværk (eller antal uden årsværk) hvert køn skal have; standard 3."}};
const ArgumentInfo kStatistic{{"statistic", "statistik"},
                              {"\"mean\" (default) or \"median\".",
                               "\"gennemsnit\" (standard) eller \"median\"."}};
const ArgumentInfo kAmount{{"amount", "beløb"},
                           {"Range with allowances or one-off payments; empty means none.",
                            "Område med tillæg eller engangsvederlag; tom betyder intet."}};
// EU pay transparency: total pay = basic + complementary.
const ArgumentInfo kBasicPay{{"basic_pay", "grundløn"},
                             {"Range with each worker's basic pay. Empty or text cells are left out.",
                              "Område med hver medarbejders grundløn. Tomme celler og tekst udelades."}};
const ArgumentInfo kComplementary{{"complementary", "tillæg"},
                                  {"Optional range with complementary or variable pay; empty means none; several "
                                   "columns are added up per row.",
                                   "Valgfrit område med tillæg eller variabel løn; tom betyder intet; flere kolonner "
                                   "lægges sammen pr. række."}};
const ArgumentInfo kCpr{{"cpr", "cpr"},
                        {"A CPR number: DDMMYY-SSSS, DDMMYYSSSS or a number.",
                         "Et CPR-nummer: DDMMÅÅ-SSSS, DDMMÅÅSSSS eller et tal."}};

// The explained pay gap's data arguments (functions.md, "Explained pay gap").
const ArgumentInfo kNumericFactors{
    {"numeric_factors", "talfaktorer"},
    {"Optional range, one column per numeric factor (e.g. age, age squared, years of service), same rows as pay.",
     "Valgfrit område, én kolonne pr. talfaktor (fx alder, alder i anden, anciennitet), samme rækker som løn."}};
const ArgumentInfo kCategoryFactors{
    {"category_factors", "kategorifaktorer"},
    {"Optional range, one column per category factor (e.g. job title, level), same rows as pay.",
     "Valgfrit område, én kolonne pr. kategorifaktor (fx stilling, niveau), samme rækker som løn."}};
const ArgumentInfo kRegressionFte{
    {"fte", "årsværk"},
    {"Optional range with each worker's FTE (> 0): pay is divided by it to compare with full-timers.",
     "Valgfrit område med hver medarbejders årsværk (> 0): lønnen divideres med det, så deltid sammenlignes med fuld tid."}};

// Arguments of the year-on-year functions.
const ArgumentInfo kIdNow{{"id_now", "id_nu"},
                          {"This year's employee ids (text or numbers; a duplicate is an error).",
                           "Årets medarbejdernumre (tekst eller tal; en dublet er en fejl)."}};
const ArgumentInfo kIdBefore{{"id_before", "id_før"},
                             {"Last year's employee ids, e.g. from last year's sheet.",
                              "Sidste års medarbejdernumre, fx fra sidste års ark."}};
const ArgumentInfo kGenderNow{{"gender_now", "køn_nu"},
                              {"This year's gender codes, same rows as id_now.",
                               "Årets kønskoder, samme rækker som id_nu."}};
const ArgumentInfo kGenderBefore{{"gender_before", "køn_før"},
                                 {"Last year's gender codes, same rows as id_before.",
                                  "Sidste års kønskoder, samme rækker som id_før."}};
const ArgumentInfo kGenderThisYear{{"gender", "køn"},
                                   {"This year's gender codes, same rows as id_now.",
                                    "Årets kønskoder, samme rækker som id_nu."}};
const ArgumentInfo kGroupRangeThisYear{{"group_range", "gruppeområde"},
                                       {"Optional: this year's group of each worker, same rows as id_now.",
                                        "Valgfrit: hver medarbejders gruppe i år, samme rækker som id_nu."}};

std::vector<FunctionInfo> makeTable() {
    return {
        {"payIndex", {"PAYINDEX", "LØNINDEKS"},
         {"Pay index: 100 x women's mean pay / men's mean pay; #N/A when a gender has too little FTE.",
          "Lønindeks: 100 x kvinders gennemsnitsløn / mænds; #I/T når et køn har for få årsværk."},
         false, {kPay, kGender, kFte, kGroupRange, kGroup, kMinFte}},
        {"payGap", {"PAYGAP", "LØNGAB"},
         {"Gender pay gap in %: (men - women) / men x 100, mean or median (EU directive 2023/970).",
          "Lønforskel mellem kønnene i %: (mænd - kvinder) / mænd x 100, gennemsnit eller median (EU-direktiv 2023/970)."},
         false, {kPay, kGender, kStatistic, kGroupRange, kGroup}},
        {"varPayGap", {"VARPAYGAP", "TILLÆGSGAB"},
         {"Gap in variable or complementary pay in %, among recipients (amount > 0) only.",
          "Forskel i tillæg eller variabel løn i %, kun blandt modtagere (beløb > 0)."},
         false, {kAmount, kGender, kStatistic, kGroupRange, kGroup}},
        {"recipientShare", {"RECIPIENTSHARE", "MODTAGERANDEL"},
         {"Share of the workers of one gender who receive the amount (amount > 0).",
          "Andel af medarbejderne af et køn som modtager beløbet (beløb > 0)."},
         false,
         {kAmount, kGender,
          {{"sex", "køn_kode"}, {"The gender to count: K or M.", "Kønnet der tælles: K eller M."}},
          kGroupRange, kGroup}},
        {"payQuartiles", {"PAYQUARTILES", "LØNKVARTILER"},
         {"4 x 2 array: share of women and men in each quartile pay band, lowest first.",
          "4 x 2 matrix: andel kvinder og mænd i hver lønkvartil, laveste først."},
         false, {kPay, kGender}},
        {"payIndexTable", {"PAYINDEXTABLE", "LØNINDEKSTABEL"},
         {"Array per group: group, women FTE, men FTE, women mean, men mean, pay index (suppressed rows empty).",
          "Matrix pr. gruppe: gruppe, årsværk kvinder, årsværk mænd, gns. kvinder, gns. mænd, lønindeks (skjulte rækker tomme)."},
         false,
         {kPay, kGender,
          {{"fte", "årsværk"}, {"Range with each worker's FTE.", "Område med hver medarbejders årsværk."}},
          {{"group_range", "gruppeområde"}, {"Range with each worker's group, e.g. job title.",
                                             "Område med hver medarbejders gruppe, fx stillingsbetegnelse."}},
          kMinFte}},
        // ---- EU pay transparency (functions.md; directive 2023/970 art. 9 and 10) ----
        {"euPayReport", {"EUPAYREPORT", "EU.LØNRAPPORT"},
         {"14 x 2 array (label, value): the EU pay transparency art. 9(1)(a)-(f) indicators on total pay.",
          "14 x 2 matrix (tekst, værdi): EU-løngennemsigtighedsdirektivets art. 9, stk. 1, litra a-f, af samlet løn."},
         false, {kBasicPay, kGender, kComplementary}},
        {"payGapTable", {"PAYGAPTABLE", "LØNGABSTABEL"},
         {"Array per category of workers: women, men, gaps of basic, complementary and total pay, art. 10 flag.",
          "Matrix pr. kategori af arbejdstagere: kvinder, mænd, løngab i grundløn, tillæg og samlet løn, art. 10-markering."},
         false,
         {kBasicPay, kGender,
          {{"group_range", "gruppeområde"},
           {"Range with each worker's category, or job title when mapped with map_keys.",
            "Område med hver medarbejders kategori, eller stilling når den oversættes med nøgler."}},
          kComplementary,
          {{"map_keys", "nøgler"},
           {"Optional range of job titles, e.g. on the job evaluation sheet.",
            "Valgfrit område med stillinger, fx på ark med stillingsvurdering."}},
          {{"map_categories", "nøglekategorier"},
           {"Optional range with each job title's category; same length as map_keys.",
            "Valgfrit område med hver stillings kategori; samme længde som nøgler."}},
          {{"min_count", "min_antal"},
           {"Least women and men in a category for its gaps to be shown; default 3.",
            "Mindste antal kvinder og mænd i en kategori for at dens løngab vises; standard 3."}}}},
        {"genderSumTable", {"GENDERSUMTABLE", "KØNSSUMTABEL"},
         {"Array per group, then All: women's and men's sums and sums per FTE (e.g. sickness absence days).",
          "Matrix pr. gruppe og i alt: kvinders og mænds summer og summer pr. årsværk (fx sygefraværsdage)."},
         false,
         {{{"value", "værdi"},
           {"Range with the number to add up per worker, e.g. sickness absence days.",
            "Område med tallet der lægges sammen pr. medarbejder, fx sygefraværsdage."}},
          kGender,
          {{"group_range", "gruppeområde"}, {"Range with each worker's group, e.g. staff category.",
                                             "Område med hver medarbejders gruppe, fx personalekategori."}},
          {{"fte", "årsværk"}, {"Optional range with each worker's FTE; without it, rates are per head.",
                                "Valgfrit område med hver medarbejders årsværk; uden er satserne pr. person."}},
          {{"min_count", "min_antal"}, {"Least workers for a group to be listed; default 8.",
                                        "Mindste antal for at en gruppe vises; standard 8."}}}},
        // ---- end EU pay transparency ----
        {"genderShare", {"GENDERSHARE", "KØNSANDEL"},
         {"Share of one gender among women and men (FTE-weighted with fte).",
          "Andel af et køn blandt kvinder og mænd (vægtet med årsværk)."},
         false,
         {kGender, {{"sex", "køn_kode"}, {"The gender to count: K (default) or M.", "Kønnet der tælles: K (standard) eller M."}},
          kFte, kGroupRange, kGroup}},
        {"genderBalance", {"GENDERBALANCE", "KØNSBALANCE"},
         {"Balance flag: balanced, below target or critical.",
          "Balancemarkering: balanceret, under mål eller kritisk."},
         false,
         {kGender, kFte, kGroupRange, kGroup,
          {{"target", "mål"}, {"Least share of each gender for balance; default 0.4.",
                               "Mindste andel af hvert køn for balance; standard 0,4."}},
          {{"floor", "bund"}, {"Below this share the balance is critical; default 0.1.",
                               "Under denne andel er balancen kritisk; standard 0,1."}}}},
        {"genderTable", {"GENDERTABLE", "KØNSTABEL"},
         {"Array per group: group, headcount, women, men, women share, men share.",
          "Matrix pr. gruppe: gruppe, antal, kvinder, mænd, andel kvinder, andel mænd."},
         false,
         {kGender,
          {{"group_range", "gruppeområde"}, {"Range with each worker's group, e.g. staff category.",
                                             "Område med hver medarbejders gruppe, fx personalekategori."}},
          {{"min_count", "min_antal"}, {"Least headcount for a group to be listed; default 8.",
                                        "Mindste antal for at en gruppe vises; standard 8."}}}},
        {"ageBand", {"AGEBAND", "ALDERSGRUPPE"},
         {"Age band label such as <30, 30-39 or 60+.", "Aldersgruppe som <30, 30-39 eller 60+."},
         false,
         {{{"age", "alder"}, {"Age in years (fractions are cut).", "Alder i år (decimaler skæres bort)."}},
          {{"width", "bredde"}, {"Width of each band in years; default 10.", "Hver gruppes bredde i år; standard 10."}},
          {{"lowest", "laveste"}, {"Start of the first full band; default 30.", "Start på første hele gruppe; standard 30."}},
          {{"highest", "højeste"}, {"Start of the open top band; default 60.", "Start på den åbne øverste gruppe; standard 60."}}}},
        {"cprGender", {"CPRGENDER", "CPR.KØN"},
         {"Gender from a CPR number: K (even last digit) or M (odd).",
          "Køn ud fra et CPR-nummer: K (lige sidste ciffer) eller M (ulige)."},
         false, {kCpr}},
        {"cprBirthDate", {"CPRBIRTHDATE", "CPR.FØDSELSDATO"},
         {"Birth date from a CPR number, as a date.", "Fødselsdato ud fra et CPR-nummer, som dato."},
         true, {kCpr}},
        {"cprAge", {"CPRAGE", "CPR.ALDER"},
         {"Age in completed years from a CPR number.", "Alder i hele år ud fra et CPR-nummer."},
         true,
         {kCpr, {{"date", "dato"}, {"The date at which the age is taken; default today.",
                                   "Datoen alderen beregnes på; standard i dag."}}}},
        {"cprValid", {"CPRVALID", "CPR.GYLDIG"},
         {"1 if the CPR number has a valid form and date, else 0.",
          "1 hvis CPR-nummeret har gyldig form og dato, ellers 0."},
         false, {kCpr}},
        {"adjustedPayGap", {"ADJUSTEDPAYGAP", "JUSTERET.LØNGAB"},
         {"Adjusted pay gap in %: women's pay below comparable men's after the factors (Logib regression).",
          "Justeret lønforskel i %: kvinders løn under sammenlignelige mænds efter faktorerne (Logib-regression)."},
         false, {kPay, kGender, kNumericFactors, kCategoryFactors, kRegressionFte}},
        {"payRegression", {"PAYREGRESSION", "LØNREGRESSION"},
         {"12 x 2 array: adjusted gap, women coefficient, standard error, t, p, df, R², rows, women, men, left out, rating.",
          "12 x 2 matrix: justeret forskel, koefficient, standardfejl, t, p, frihedsgrader, R², rækker, kvinder, mænd, udeladt, vurdering."},
         false, {kPay, kGender, kNumericFactors, kCategoryFactors, kRegressionFte}},
        {"payGapDecomposition", {"PAYGAPDECOMPOSITION", "LØNGAB.OPDELING"},
         {"Array: raw, explained and unexplained gap (log points x 100, share of raw gap), then each factor's part.",
          "Matrix: rå, forklaret og uforklaret forskel (log-point x 100, andel af rå forskel), derefter hver faktors del."},
         false, {kPay, kGender, kNumericFactors, kCategoryFactors, kRegressionFte}},
        {"expectedPay", {"EXPECTEDPAY", "FORVENTET.LØN"},
         {"Column array: each worker's expected full-time pay from the factors alone (gender left out).",
          "Kolonnematrix: hver medarbejders forventede fuldtidsløn ud fra faktorerne alene (køn udeladt)."},
         false, {kPay, kGender, kNumericFactors, kCategoryFactors, kRegressionFte}},
        // ---- This year against last year (functions.md) ----
        {"staffFlows", {"STAFFFLOWS", "PERSONALEFLOW"},
         {"4 x 5 array: women, men, other, all: headcount last year, leavers, joiners, headcount this year.",
          "4 x 5 matrix: kvinder, mænd, andet, i alt: antal sidste år, fratrådte, tiltrådte, antal i år."},
         false, {kIdNow, kGenderNow, kIdBefore, kGenderBefore}},
        {"payDevelopment", {"PAYDEVELOPMENT", "LØNUDVIKLING"},
         {"2 x 5 array for women and men who stayed: count, mean and median change of FTE pay in %, share with a raise.",
          "2 x 5 matrix for kvinder og mænd der er blevet: antal, gns. og median ændring af årsværksløn i %, andel med stigning."},
         false,
         {kIdNow, {{"pay_now", "løn_nu"}, {"This year's pay, same rows as id_now.", "Årets løn, samme rækker som id_nu."}},
          kIdBefore,
          {{"pay_before", "løn_før"}, {"Last year's pay, same rows as id_before.", "Sidste års løn, samme rækker som id_før."}},
          kGenderThisYear,
          {{"fte_now", "årsværk_nu"}, {"Optional: this year's FTE (give both or neither).",
                                      "Valgfri: årets årsværk (angiv begge eller ingen)."}},
          {{"fte_before", "årsværk_før"}, {"Optional: last year's FTE (give both or neither).",
                                          "Valgfri: sidste års årsværk (angiv begge eller ingen)."}},
          kGroupRangeThisYear, kGroup}},
        {"allowanceRound", {"ALLOWANCEROUND", "TILLÆGSRUNDE"},
         {"2 x 5 array for women and men who stayed: count, recipients of a new or larger allowance, share, mean increase.",
          "2 x 5 matrix for kvinder og mænd der er blevet: antal, modtagere af nyt eller større tillæg, andel, gns. stigning."},
         false,
         {kIdNow, {{"allowance_now", "tillæg_nu"}, {"This year's permanent allowance; empty means none.",
                                                 "Årets faste tillæg; tom betyder intet."}},
          kIdBefore,
          {{"allowance_before", "tillæg_før"}, {"Last year's permanent allowance; empty means none.",
                                               "Sidste års faste tillæg; tom betyder intet."}},
          kGenderThisYear, kGroupRangeThisYear, kGroup}},
        {"promotions", {"PROMOTIONS", "FORFREMMELSER"},
         {"2 x 4 array for women and men who stayed: count, promoted to a higher level, share.",
          "2 x 4 matrix for kvinder og mænd der er blevet: antal, forfremmet til et højere niveau, andel."},
         false,
         {kIdNow, {{"level_now", "niveau_nu"}, {"This year's level, e.g. management level.",
                                             "Årets niveau, fx ledelsesniveau."}},
          kIdBefore,
          {{"level_before", "niveau_før"}, {"Last year's level.", "Sidste års niveau."}},
          kGenderThisYear,
          {{"levels", "niveauer"}, {"The level names from the highest down (a range or {\"A\";\"B\"}).",
                                    "Niveauernes navne fra det højeste og ned (et område eller {\"A\";\"B\"})."}}}},
    };
}

}  // namespace

const std::vector<FunctionInfo>& functionTable() {
    static const std::vector<FunctionInfo> table = makeTable();
    return table;
}

const FunctionInfo* findFunction(std::string_view method) {
    const auto& table = functionTable();
    auto it = std::find_if(table.begin(), table.end(),
                           [&](const FunctionInfo& f) { return method == f.method; });
    return it == table.end() ? nullptr : &*it;
}

const ArgumentInfo* findArgument(const FunctionInfo& function, long unoParameterPosition) {
    long visible = unoParameterPosition - (function.hasCallerArgument ? 1 : 0);
    if (visible < 0 || visible >= static_cast<long>(function.arguments.size())) return nullptr;
    return &function.arguments[static_cast<std::size_t>(visible)];
}

}  // namespace ligestat::addin
