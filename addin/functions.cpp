#include "functions.hpp"
#include "uno_names.hpp"

#include "convert.hpp"
#include "function_table.hpp"
#include "office_access.hpp"

#include "ligestat/age.hpp"
#include "ligestat/balance.hpp"
#include "ligestat/cpr.hpp"
#include "ligestat/eu_pay.hpp"
#include "ligestat/number_text.hpp"
#include "ligestat/text.hpp"
#include "ligestat/pay.hpp"
#include "ligestat/year_on_year.hpp"
#include "ligestat/regression.hpp"

#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/supportsservice.hxx>
#include <rtl/math.hxx>
#include <sal/mathconf.h>

#include <cmath>

namespace ligestat::addin {

namespace {

// The exception firewall: only IllegalArgumentException (Err:502) may leave a
// function; anything else (bad_alloc, a bug) becomes Err:502 too, never a crash.
template <class Body>
Any firewall(Body&& body) {
    try {
        return body();
    } catch (const css::lang::IllegalArgumentException&) {
        throw;
    } catch (...) {
        throwBadInput("internal error");
    }
}

// Metadata lookups must not throw either: Calc shows "###" for empty text.
template <class Body>
OUString metadataFirewall(Body&& body) noexcept {
    try {
        return body();
    } catch (...) {
        return OUString();
    }
}

// Holds the optional group_range + group arguments alive for a GroupFilter.
struct FilterArguments {
    std::optional<Range> groups;
    GroupFilter filter;

    FilterArguments(const Any& groupRange, const Any& group) : groups(optionalRange(groupRange)) {
        // A group with nothing to look it up in would silently give the
        // all-staff figure under the group's name: Err:502 (functions.md).
        if (!groups) {
            if (optionalCell(group)) throwBadInput("group needs a group range");
            return;
        }
        filter.groups = &*groups;
        filter.group = optionalCell(group).value_or(Cell{});
    }
};

Statistic statisticArgument(const Any& value) {
    Result<Statistic> statistic = parseStatistic(optionalCell(value).value_or(Cell{}));
    if (!statistic.ok()) throwBadInput("statistic must be mean or median");
    return statistic.value();
}

// An error as one element of an array result. Calc copies each double of an
// array into its matrix as it is, and a Calc matrix stores an error as a NaN
// whose low 32 bits hold the error code (formula::CreateDoubleError); a
// single-cell result cannot do this (Calc shows any NaN there as #NUM!).
Any errorElement(unsigned calcErrorCode) {
    sal_math_Double error;
    rtl::math::setNan(&error.value);
    error.nan_parts.fraction_lo = calcErrorCode;
    return Any(error.value);
}
Any notAvailableElement() { return errorElement(0x7FFF); }  // #N/A

// The value of a per-value function as Calc hands it over: the cell's text,
// or a number written as text in the office's locale ("45,5", "1E+308"), or
// "" for an empty cell. Text that reads as a plain number is that number, so
// a CPR number that lost its leading zero still decodes.
Cell perValueCell(const OUString& value) {
    const std::string text = toUtf8(value);
    if (trimWhitespace(text).empty()) return std::monostate{};
    if (const auto number = parsePlainNumber(text)) return *number;
    return text;
}

// Blank in, blank out: an empty cell has no band, gender or age, and the
// answer is empty text (not #N/A, not "<30").
template <class PerValue>
Any perValue(const OUString& value, PerValue&& answer) {
    const Cell cell = perValueCell(value);
    if (isEmpty(cell)) return Any(OUString());
    return answer(cell);
}

CprInfo cprArgument(const Cell& cpr) {
    std::optional<CprInfo> info = parseCpr(cpr);
    if (!info) throwBadInput("invalid CPR number");
    return *info;
}

Any arrayOf(const std::vector<std::vector<Any>>& rows) {
    AnyMatrix matrix(static_cast<sal_Int32>(rows.size()));
    for (std::size_t r = 0; r < rows.size(); ++r)
        matrix.getArray()[r] = Sequence<Any>(rows[r].data(), static_cast<sal_Int32>(rows[r].size()));
    return Any(matrix);
}

// A table with one row per group. Calc repeats a one-row array result over
// every row of a taller array range, so a table with a single group would show
// that group again on every row (and invite adding it up): a row of #N/A below
// it makes the rest of the range #N/A, as below any longer table.
Any tableOf(std::vector<std::vector<Any>> rows) {
    if (rows.size() == 1) rows.push_back(std::vector<Any>(rows.front().size(), notAvailableElement()));
    return arrayOf(rows);
}

// Holds the explained pay gap's range arguments alive for RegressionData.
struct RegressionArguments {
    Range pay, gender;
    std::optional<Range> numericFactors, categoryFactors, fte;
    RegressionData data;

    RegressionArguments(const AnyMatrix& payCells, const AnyMatrix& genderCells, const Any& numeric,
                        const Any& category, const Any& fteCells)
        : pay(toRange(payCells)), gender(toRange(genderCells)), numericFactors(optionalRange(numeric)),
          categoryFactors(optionalRange(category)), fte(optionalRange(fteCells)) {
        data.pay = &pay;
        data.gender = &gender;
        data.numericFactors = numericFactors ? &*numericFactors : nullptr;
        data.categoryFactors = categoryFactors ? &*categoryFactors : nullptr;
        data.fte = fte ? &*fte : nullptr;
    }
};

Any labelled(const Text& label, const std::string& language) { return Any(fromUtf8(label.in(language))); }

Any shareOf(const DecompositionPart& part) { return part.share ? Any(*part.share) : notAvailableElement(); }

}  // namespace

// ---- Pay ---------------------------------------------------------------

Any Functions::payIndex(const AnyMatrix& pay, const AnyMatrix& gender, const Any& fte, const Any& groupRange,
                        const Any& group, const Any& minFte) {
    return firewall([&] {
        std::optional<Range> fteRange = optionalRange(fte);
        FilterArguments filter(groupRange, group);
        return toAny(ligestat::payIndex(toRange(pay), toRange(gender), fteRange ? &*fteRange : nullptr,
                                        filter.filter, optionalNumber(minFte, rules::kMinFtePerGender)));
    });
}

Any Functions::payGap(const AnyMatrix& pay, const AnyMatrix& gender, const Any& statistic, const Any& groupRange,
                      const Any& group) {
    return firewall([&] {
        FilterArguments filter(groupRange, group);
        return toAny(ligestat::payGap(toRange(pay), toRange(gender), statisticArgument(statistic), filter.filter));
    });
}

Any Functions::varPayGap(const AnyMatrix& amount, const AnyMatrix& gender, const Any& statistic,
                         const Any& groupRange, const Any& group) {
    return firewall([&] {
        FilterArguments filter(groupRange, group);
        return toAny(ligestat::variablePayGap(toRange(amount), toRange(gender), statisticArgument(statistic),
                                              filter.filter));
    });
}

Any Functions::recipientShare(const AnyMatrix& amount, const AnyMatrix& gender, const OUString& sex,
                              const Any& groupRange, const Any& group) {
    return firewall([&] {
        FilterArguments filter(groupRange, group);
        return toAny(ligestat::recipientShare(toRange(amount), toRange(gender), Cell{toUtf8(sex)}, filter.filter));
    });
}

Any Functions::payQuartiles(const AnyMatrix& pay, const AnyMatrix& gender) {
    return firewall([&] {
        return toAny(ligestat::payQuartiles(toRange(pay), toRange(gender)), [](const QuartileShares& bands) {
            std::vector<std::vector<Any>> rows;
            for (const auto& band : bands) rows.push_back({Any(band[0]), Any(band[1])});
            return arrayOf(rows);
        });
    });
}

Any Functions::payIndexTable(const AnyMatrix& pay, const AnyMatrix& gender, const AnyMatrix& fte,
                             const AnyMatrix& groupRange, const Any& minFte) {
    return firewall([&] {
        auto table = ligestat::payIndexTable(toRange(pay), toRange(gender), toRange(fte), toRange(groupRange),
                                             optionalNumber(minFte, rules::kMinFtePerGender));
        return toAny(table, [](const std::vector<PayIndexRow>& groups) {
            if (groups.empty()) return Any();  // nothing to show: #N/A
            std::vector<std::vector<Any>> rows;
            const Any hidden{OUString()};  // a suppressed mean would show someone's pay
            for (const PayIndexRow& g : groups) {
                rows.push_back({toAny(g.group), Any(g.womenFte), Any(g.menFte),
                                g.suppressed ? hidden : Any(g.womenMean), g.suppressed ? hidden : Any(g.menMean),
                                g.suppressed ? hidden : Any(g.index)});
            }
            return tableOf(std::move(rows));
        });
    });
}

// ---- EU pay transparency -------------------------------------------------

namespace {

// One figure of an array result: the value, #N/A, or Err:502 in its own cell
// (the rest of the array stands).
Any figureElement(const Result<double>& figure) {
    if (figure.ok()) return Any(figure.value());
    return figure.failure() == Failure::NotAvailable ? notAvailableElement() : errorElement(502);
}

// A suppressed figure is empty text: nothing is shown that privacy forbids.
Any shownFigure(bool suppressed, const Result<double>& figure) {
    return suppressed ? Any(OUString()) : figureElement(figure);
}

Any text(const Text& words, const std::string& lang) { return Any(fromUtf8(words.in(lang))); }

}  // namespace

Any Functions::euPayReport(const AnyMatrix& basicPay, const AnyMatrix& gender, const Any& complementary) {
    return firewall([&] {
        std::optional<Range> complementaryRange = optionalRange(complementary);
        auto report = ligestat::euPayReport(toRange(basicPay), toRange(gender),
                                            complementaryRange ? &*complementaryRange : nullptr);
        const std::string lang = cellLanguage();
        return toAny(report, [&](const EuPayReport& figures) {
            std::vector<std::vector<Any>> rows;
            for (std::size_t i = 0; i < figures.size(); ++i)
                rows.push_back({text(euPayReportLabels()[i], lang), figureElement(figures[i])});
            return arrayOf(rows);
        });
    });
}

Any Functions::payGapTable(const AnyMatrix& basicPay, const AnyMatrix& gender, const AnyMatrix& groupRange,
                           const Any& complementary, const Any& mapKeys, const Any& mapCategories,
                           const Any& minCount) {
    return firewall([&] {
        std::optional<Range> complementaryRange = optionalRange(complementary);
        std::optional<Range> keys = optionalRange(mapKeys);
        std::optional<Range> categories = optionalRange(mapCategories);
        const CategoryMap map{keys ? &*keys : nullptr, categories ? &*categories : nullptr};
        auto table = ligestat::payGapTable(toRange(basicPay), toRange(gender), toRange(groupRange),
                                           complementaryRange ? &*complementaryRange : nullptr, map,
                                           optionalNumber(minCount, rules::kMinPerGenderInCategory));
        const std::string lang = cellLanguage();
        return toAny(table, [&](const std::vector<PayGapTableRow>& found) {
            if (found.empty()) return Any();  // nothing to show: #N/A
            std::vector<std::vector<Any>> rows;
            for (const PayGapTableRow& c : found) {
                rows.push_back({c.notEvaluated ? text(kNotEvaluated, lang) : toAny(c.category), Any(c.women),
                                Any(c.men), shownFigure(c.suppressed, c.basicMeanGap),
                                shownFigure(c.suppressed, c.basicMedianGap),
                                shownFigure(c.suppressed, c.complementaryMeanGap),
                                shownFigure(c.suppressed, c.complementaryMedianGap),
                                shownFigure(c.suppressed, c.totalMeanGap), text(assessmentFlagText(c.flag), lang)});
            }
            return tableOf(std::move(rows));
        });
    });
}

Any Functions::genderSumTable(const AnyMatrix& value, const AnyMatrix& gender, const AnyMatrix& groupRange,
                              const Any& fte, const Any& minCount) {
    return firewall([&] {
        std::optional<Range> fteRange = optionalRange(fte);
        auto table = ligestat::genderSumTable(toRange(value), toRange(gender), toRange(groupRange),
                                              fteRange ? &*fteRange : nullptr,
                                              optionalNumber(minCount, rules::kMinCategorySize));
        const std::string lang = cellLanguage();
        return toAny(table, [&](const std::vector<GenderSumRow>& groups) {
            std::vector<std::vector<Any>> rows;
            const Any hidden{OUString()};
            for (const GenderSumRow& g : groups) {
                rows.push_back({g.isAll ? text(kAllRows, lang) : toAny(g.group),
                                g.suppressed ? hidden : Any(g.womenSum), g.suppressed ? hidden : Any(g.menSum),
                                shownFigure(g.suppressed, g.womenRate), shownFigure(g.suppressed, g.menRate)});
            }
            return tableOf(std::move(rows));
        });
    });
}

// ---- Gender balance -----------------------------------------------------

Any Functions::genderShare(const AnyMatrix& gender, const Any& sex, const Any& fte, const Any& groupRange,
                           const Any& group) {
    return firewall([&] {
        std::optional<Range> fteRange = optionalRange(fte);
        FilterArguments filter(groupRange, group);
        Cell sexCode = optionalCell(sex).value_or(Cell{std::string("K")});
        return toAny(ligestat::genderShare(toRange(gender), sexCode, fteRange ? &*fteRange : nullptr, filter.filter));
    });
}

Any Functions::genderBalance(const AnyMatrix& gender, const Any& fte, const Any& groupRange, const Any& group,
                             const Any& target, const Any& floor) {
    return firewall([&] {
        std::optional<Range> fteRange = optionalRange(fte);
        FilterArguments filter(groupRange, group);
        auto balance = ligestat::genderBalance(toRange(gender), fteRange ? &*fteRange : nullptr, filter.filter,
                                               optionalNumber(target, rules::kBalanceTarget),
                                               optionalNumber(floor, rules::kBalanceFloor));
        const std::string lang = cellLanguage();
        return toAny(balance, [&](Balance b) { return Any(fromUtf8(balanceWord(b).in(lang))); });
    });
}

Any Functions::genderTable(const AnyMatrix& gender, const AnyMatrix& groupRange, const Any& minCount) {
    return firewall([&] {
        auto table = ligestat::genderTable(toRange(gender), toRange(groupRange),
                                           optionalNumber(minCount, rules::kMinCategorySize));
        return toAny(table, [](const std::vector<GenderTableRow>& groups) {
            if (groups.empty()) return Any();
            std::vector<std::vector<Any>> rows;
            for (const GenderTableRow& g : groups)
                rows.push_back({toAny(g.group), Any(g.headcount), Any(g.women), Any(g.men), Any(g.womenShare),
                                Any(g.menShare)});
            return tableOf(std::move(rows));
        });
    });
}

// ---- Age and CPR ----------------------------------------------------------

Any Functions::ageBand(const OUString& age, const Any& width, const Any& lowest, const Any& highest) {
    return firewall([&] {
        const double w = optionalNumber(width, rules::kAgeBandWidth);
        const double lo = optionalNumber(lowest, rules::kAgeBandLowest);
        const double hi = optionalNumber(highest, rules::kAgeBandHighest);
        return perValue(age, [&](const Cell& cell) -> Any {
            if (!isNumber(cell)) throwBadInput("age must be a number");
            return toAny(ligestat::ageBand(std::get<double>(cell), w, lo, hi),
                         [](const std::string& label) { return Any(fromUtf8(label)); });
        });
    });
}

Any Functions::cprGender(const OUString& cpr) {
    return firewall([&] {
        return perValue(cpr, [](const Cell& cell) {
            return Any(OUString::createFromAscii(cprArgument(cell).gender == Gender::Woman ? "K" : "M"));
        });
    });
}

Any Functions::cprBirthDate(const Reference<css::beans::XPropertySet>& document, const OUString& cpr) {
    return firewall([&] {
        return perValue(cpr, [&](const Cell& cell) {
            const long nullDay = daysFromCivil(documentNullDate(document));
            return Any(static_cast<double>(daysFromCivil(cprArgument(cell).birthDate) - nullDay));
        });
    });
}

Any Functions::cprAge(const Reference<css::beans::XPropertySet>& document, const OUString& cpr, const Any& date) {
    return firewall([&] {
        Date at = today();
        if (std::optional<Cell> given = optionalCell(date)) {
            if (!isNumber(*given)) throwBadInput("date must be a date");
            const double serial = std::get<double>(*given);
            if (!(serial > -1e7 && serial < 1e7)) throwBadInput("date out of range");
            // A serial's fraction is the time of day: -0.5 is noon of the day before the null date.
            at = civilFromDays(daysFromCivil(documentNullDate(document)) + static_cast<long>(std::floor(serial)));
        }
        return perValue(cpr, [&](const Cell& cell) { return toAny(completedYears(cprArgument(cell).birthDate, at)); });
    });
}

Any Functions::cprValid(const OUString& cpr) {
    return firewall([&] {
        // The spec's CPRVALID has no blank case: an empty cell holds no valid CPR number (0).
        return Any(parseCpr(perValueCell(cpr)) ? 1.0 : 0.0);
    });
}

// ---- Explained pay gap ------------------------------------------------------

Any Functions::adjustedPayGap(const AnyMatrix& pay, const AnyMatrix& gender, const Any& numericFactors,
                              const Any& categoryFactors, const Any& fte) {
    return firewall([&] {
        const RegressionArguments arguments(pay, gender, numericFactors, categoryFactors, fte);
        return toAny(ligestat::payRegression(arguments.data),
                     [](const PayRegression& figures) { return Any(figures.adjustedGap); });
    });
}

Any Functions::payRegression(const AnyMatrix& pay, const AnyMatrix& gender, const Any& numericFactors,
                             const Any& categoryFactors, const Any& fte) {
    return firewall([&] {
        const RegressionArguments arguments(pay, gender, numericFactors, categoryFactors, fte);
        const std::string lang = cellLanguage();
        return toAny(ligestat::payRegression(arguments.data), [&](const PayRegression& r) {
            const Any values[] = {Any(r.adjustedGap), Any(r.womenCoefficient), Any(r.standardError), Any(r.t),
                                  Any(r.pValue), Any(r.degreesOfFreedom), Any(r.rSquared),
                                  Any(static_cast<double>(r.rowsUsed)), Any(static_cast<double>(r.womenUsed)),
                                  Any(static_cast<double>(r.menUsed)), Any(static_cast<double>(r.rowsLeftOut)),
                                  labelled(payGapRatingText(r.rating), lang)};
            std::vector<std::vector<Any>> rows;
            for (std::size_t i = 0; i < kPayRegressionLabels.size(); ++i) {
                rows.push_back({labelled(kPayRegressionLabels[i], lang), values[i]});
            }
            return arrayOf(rows);
        });
    });
}

Any Functions::payGapDecomposition(const AnyMatrix& pay, const AnyMatrix& gender, const Any& numericFactors,
                                   const Any& categoryFactors, const Any& fte) {
    return firewall([&] {
        const RegressionArguments arguments(pay, gender, numericFactors, categoryFactors, fte);
        const std::string lang = cellLanguage();
        return toAny(ligestat::payGapDecomposition(arguments.data), [&](const PayGapDecomposition& d) {
            std::vector<std::vector<Any>> rows;
            const DecompositionPart* totals[] = {&d.raw, &d.explained, &d.unexplained};
            for (std::size_t i = 0; i < kDecompositionLabels.size(); ++i) {
                rows.push_back({labelled(kDecompositionLabels[i], lang), Any(totals[i]->logPoints), shareOf(*totals[i])});
            }
            const auto addFactors = [&](const std::vector<DecompositionPart>& parts, const Text& label) {
                for (std::size_t i = 0; i < parts.size(); ++i) {
                    const std::string name = std::string(label.in(lang)) + " " + std::to_string(i + 1);
                    rows.push_back({Any(fromUtf8(name)), Any(parts[i].logPoints), shareOf(parts[i])});
                }
            };
            addFactors(d.numericFactors, kNumericFactorLabel);
            addFactors(d.categoryFactors, kCategoryFactorLabel);
            return arrayOf(rows);
        });
    });
}

Any Functions::expectedPay(const AnyMatrix& pay, const AnyMatrix& gender, const Any& numericFactors,
                           const Any& categoryFactors, const Any& fte) {
    return firewall([&] {
        const RegressionArguments arguments(pay, gender, numericFactors, categoryFactors, fte);
        return toAny(ligestat::expectedPay(arguments.data), [](const std::vector<std::optional<double>>& expected) {
            std::vector<std::vector<Any>> rows;
            for (const auto& value : expected) rows.push_back({value ? Any(*value) : notAvailableElement()});
            return arrayOf(rows);
        });
    });
}

// ---- This year against last year --------------------------------------------

namespace {

// A figure of a gender with too few stayers: #N/A in its cell (privacy).
Any figureOrHidden(bool hidden, double figure) { return hidden ? notAvailableElement() : Any(figure); }

Any rowLabel(std::size_t row, const std::string& language) {
    return Any(fromUtf8(kFlowRowLabels[row].in(language)));
}

}  // namespace

Any Functions::staffFlows(const AnyMatrix& idNow, const AnyMatrix& genderNow, const AnyMatrix& idBefore,
                          const AnyMatrix& genderBefore) {
    return firewall([&] {
        auto flows = ligestat::staffFlows(toRange(idNow), toRange(genderNow), toRange(idBefore), toRange(genderBefore));
        const std::string lang = cellLanguage();
        return toAny(flows, [&](const StaffFlows& f) {
            std::vector<std::vector<Any>> rows;
            for (std::size_t r = 0; r < f.size(); ++r)
                rows.push_back({rowLabel(r, lang), Any(f[r].lastYear), Any(f[r].leavers), Any(f[r].joiners),
                                Any(f[r].thisYear)});
            return arrayOf(rows);
        });
    });
}

Any Functions::payDevelopment(const AnyMatrix& idNow, const AnyMatrix& payNow, const AnyMatrix& idBefore,
                              const AnyMatrix& payBefore, const AnyMatrix& gender, const Any& fteNow,
                              const Any& fteBefore, const Any& groupRange, const Any& group) {
    return firewall([&] {
        std::optional<Range> fteNowRange = optionalRange(fteNow);
        std::optional<Range> fteBeforeRange = optionalRange(fteBefore);
        FilterArguments filter(groupRange, group);
        auto development = ligestat::payDevelopment(
            toRange(idNow), toRange(payNow), toRange(idBefore), toRange(payBefore), toRange(gender),
            fteNowRange ? &*fteNowRange : nullptr, fteBeforeRange ? &*fteBeforeRange : nullptr, filter.filter);
        const std::string lang = cellLanguage();
        return toAny(development, [&](const std::array<PayDevelopmentRow, 2>& genders) {
            std::vector<std::vector<Any>> rows;
            for (std::size_t r = 0; r < genders.size(); ++r) {
                const PayDevelopmentRow& g = genders[r];
                rows.push_back({rowLabel(r, lang), Any(g.stayers), figureOrHidden(g.suppressed, g.meanChange),
                                figureOrHidden(g.suppressed, g.medianChange),
                                figureOrHidden(g.suppressed, g.shareIncreased)});
            }
            return arrayOf(rows);
        });
    });
}

Any Functions::allowanceRound(const AnyMatrix& idNow, const AnyMatrix& allowanceNow, const AnyMatrix& idBefore,
                              const AnyMatrix& allowanceBefore, const AnyMatrix& gender, const Any& groupRange,
                              const Any& group) {
    return firewall([&] {
        FilterArguments filter(groupRange, group);
        auto round = ligestat::allowanceRound(toRange(idNow), toRange(allowanceNow), toRange(idBefore),
                                              toRange(allowanceBefore), toRange(gender), filter.filter);
        const std::string lang = cellLanguage();
        return toAny(round, [&](const std::array<AllowanceRoundRow, 2>& genders) {
            std::vector<std::vector<Any>> rows;
            for (std::size_t r = 0; r < genders.size(); ++r) {
                const AllowanceRoundRow& g = genders[r];
                rows.push_back({rowLabel(r, lang), Any(g.stayers), figureOrHidden(g.suppressed, g.recipients),
                                figureOrHidden(g.suppressed, g.share),
                                figureOrHidden(g.suppressed || !g.meanIncrease, g.meanIncrease.value_or(0))});
            }
            return arrayOf(rows);
        });
    });
}

Any Functions::promotions(const AnyMatrix& idNow, const AnyMatrix& levelNow, const AnyMatrix& idBefore,
                          const AnyMatrix& levelBefore, const AnyMatrix& gender, const AnyMatrix& levels) {
    return firewall([&] {
        auto promoted = ligestat::promotions(toRange(idNow), toRange(levelNow), toRange(idBefore),
                                             toRange(levelBefore), toRange(gender), toRange(levels));
        const std::string lang = cellLanguage();
        return toAny(promoted, [&](const std::array<PromotionRow, 2>& genders) {
            std::vector<std::vector<Any>> rows;
            for (std::size_t r = 0; r < genders.size(); ++r) {
                const PromotionRow& g = genders[r];
                rows.push_back({rowLabel(r, lang), Any(g.stayers), figureOrHidden(g.suppressed, g.promoted),
                                figureOrHidden(g.suppressed, g.share)});
            }
            return arrayOf(rows);
        });
    });
}

// ---- Metadata (XAddIn) -----------------------------------------------------

Functions::Functions(const Reference<css::uno::XComponentContext>& context) : context_(context) {}

OUString Functions::getProgrammaticFuntionName(const OUString& displayName) {
    return metadataFirewall([&] {
        const std::string wanted = toUtf8(displayName.toAsciiUpperCase());
        for (const FunctionInfo& f : functionTable())
            if (wanted == f.name.en || displayName == fromUtf8(f.name.da)) return OUString::createFromAscii(f.method);
        return OUString();
    });
}

OUString Functions::getDisplayFunctionName(const OUString& method) {
    return metadataFirewall([&] {
        const FunctionInfo* f = findFunction(toUtf8(method));
        return f ? fromUtf8(f->name.in(language())) : OUString();
    });
}

OUString Functions::getFunctionDescription(const OUString& method) {
    return metadataFirewall([&] {
        const FunctionInfo* f = findFunction(toUtf8(method));
        return f ? fromUtf8(f->description.in(language())) : OUString();
    });
}

OUString Functions::getDisplayArgumentName(const OUString& method, sal_Int32 argument) {
    return metadataFirewall([&] {
        const FunctionInfo* f = findFunction(toUtf8(method));
        const ArgumentInfo* a = f ? findArgument(*f, argument) : nullptr;
        return a ? fromUtf8(a->name.in(language())) : OUString();
    });
}

OUString Functions::getArgumentDescription(const OUString& method, sal_Int32 argument) {
    return metadataFirewall([&] {
        const FunctionInfo* f = findFunction(toUtf8(method));
        const ArgumentInfo* a = f ? findArgument(*f, argument) : nullptr;
        return a ? fromUtf8(a->description.in(language())) : OUString();
    });
}

OUString Functions::getProgrammaticCategoryName(const OUString&) {
    return OUString::createFromAscii(kProgrammaticCategory);
}

OUString Functions::getDisplayCategoryName(const OUString&) {
    return metadataFirewall([&] { return fromUtf8(kCategoryName.in(language())); });
}

void Functions::setLocale(const css::lang::Locale& locale) {
    std::lock_guard lock(mutex_);
    locale_ = locale;
}

css::lang::Locale Functions::getLocale() {
    std::lock_guard lock(mutex_);
    return locale_;
}

std::string Functions::language() const {
    std::lock_guard lock(mutex_);
    return locale_.Language == "da" ? "da" : "en";
}

std::string Functions::cellLanguage() {
    {
        std::lock_guard lock(mutex_);
        if (uiLanguage_) return *uiLanguage_;
    }
    const std::string uiLanguage = ligestat::addin::uiLanguage(context_);  // never throws
    std::lock_guard lock(mutex_);
    uiLanguage_ = uiLanguage;
    return uiLanguage;
}

// ---- Service -----------------------------------------------------------------

OUString Functions::getServiceName() { return OUString::createFromAscii(kServiceName); }
OUString Functions::getImplementationName() { return OUString::createFromAscii(kImplementationName); }
sal_Bool Functions::supportsService(const OUString& name) { return cppu::supportsService(this, name); }
Sequence<OUString> Functions::getSupportedServiceNames() {
    Sequence<OUString> names(2);
    names.getArray()[0] = OUString::createFromAscii(kServiceName);
    names.getArray()[1] = "com.sun.star.sheet.AddIn";
    return names;
}

}  // namespace ligestat::addin

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface*
dk_ligestat_sheet_Functions_get_implementation(css::uno::XComponentContext* context,
                                               const css::uno::Sequence<css::uno::Any>&) {
    auto* component = new ligestat::addin::Functions(context);
    component->acquire();
    return static_cast<cppu::OWeakObject*>(component);
}
