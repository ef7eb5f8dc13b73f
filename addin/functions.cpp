#include "functions.hpp"

#include "convert.hpp"
#include "function_table.hpp"
#include "labels.hpp"
#include "range_cache.hpp"

#include "ligestat/age.hpp"
#include "ligestat/balance.hpp"
#include "ligestat/cpr.hpp"
#include "ligestat/pay.hpp"

#include <com/sun/star/uno/XComponentContext.hpp>
#include <com/sun/star/util/Date.hpp>
#include <cppuhelper/supportsservice.hxx>

#include <ctime>
#include <functional>

namespace ligestat::addin {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using rtl::OUString;

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
        if (!groups) return;
        filter.groups = &*groups;
        filter.group = optionalCell(group).value_or(Cell{});
    }
};

Statistic statisticArgument(const Any& value) {
    Result<Statistic> statistic = parseStatistic(optionalCell(value).value_or(Cell{}));
    if (!statistic.ok()) throwBadInput("statistic must be mean or median");
    return statistic.value();
}

// Applies a per-value function to a single value or, cell by cell, to a range
// (array formula). In an array, a value without an answer becomes #N/A's void.
Any mapCells(const AnyMatrix& input, const std::function<Any(const Cell&)>& perCell) {
    if (input.getLength() == 1 && input[0].getLength() == 1) return perCell(toCell(input[0][0]));
    AnyMatrix output(input.getLength());
    for (sal_Int32 r = 0; r < input.getLength(); ++r) {
        Sequence<Any> row(input[r].getLength());
        for (sal_Int32 c = 0; c < input[r].getLength(); ++c) {
            try {
                row.getArray()[c] = perCell(toCell(input[r][c]));
            } catch (const css::lang::IllegalArgumentException&) {
                row.getArray()[c] = Any();
            }
        }
        output.getArray()[r] = row;
    }
    return Any(output);
}

CprInfo cprArgument(const Cell& cpr) {
    std::optional<CprInfo> info = parseCpr(cpr);
    if (!info) throwBadInput("invalid CPR number");
    return *info;
}

Date nullDateOf(const Reference<css::beans::XPropertySet>& document) {
    css::util::Date nullDate(30, 12, 1899);  // Calc's default
    if (document.is()) document->getPropertyValue("NullDate") >>= nullDate;
    return Date{nullDate.Year, nullDate.Month, nullDate.Day};
}

Date today() {
    std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

Any arrayOf(const std::vector<std::vector<Any>>& rows) {
    AnyMatrix matrix(static_cast<sal_Int32>(rows.size()));
    for (std::size_t r = 0; r < rows.size(); ++r)
        matrix.getArray()[r] = Sequence<Any>(rows[r].data(), static_cast<sal_Int32>(rows[r].size()));
    return Any(matrix);
}

}  // namespace

// ---- Pay ---------------------------------------------------------------

Any Functions::payIndex(const Document& document, const CellRange& pay, const CellRange& gender, const Any& fte,
                        const Any& groupRange, const Any& group, const Any& minFte) {
    return firewall([&] {
        std::optional<Range> fteRange = optionalRange(fte);
        FilterArguments filter(groupRange, group);
        return toAny(ligestat::payIndex(*readRange(document, pay), *readRange(document, gender), fteRange ? &*fteRange : nullptr,
                                        filter.filter, optionalNumber(minFte, rules::kMinFtePerGender)));
    });
}

Any Functions::payGap(const Document& document, const CellRange& pay, const CellRange& gender,
                      const Any& statistic, const Any& groupRange, const Any& group) {
    return firewall([&] {
        FilterArguments filter(groupRange, group);
        return toAny(ligestat::payGap(*readRange(document, pay), *readRange(document, gender), statisticArgument(statistic), filter.filter));
    });
}

Any Functions::varPayGap(const Document& document, const CellRange& amount, const CellRange& gender,
                         const Any& statistic, const Any& groupRange, const Any& group) {
    return firewall([&] {
        FilterArguments filter(groupRange, group);
        return toAny(ligestat::variablePayGap(*readRange(document, amount), *readRange(document, gender),
                                              statisticArgument(statistic),
                                              filter.filter));
    });
}

Any Functions::recipientShare(const Document& document, const CellRange& amount, const CellRange& gender,
                              const OUString& sex, const Any& groupRange, const Any& group) {
    return firewall([&] {
        FilterArguments filter(groupRange, group);
        return toAny(ligestat::recipientShare(*readRange(document, amount), *readRange(document, gender),
                                              Cell{toUtf8(sex)}, filter.filter));
    });
}

Any Functions::payQuartiles(const Document& document, const CellRange& pay, const CellRange& gender) {
    return firewall([&] {
        return toAny(ligestat::payQuartiles(*readRange(document, pay), *readRange(document, gender)), [](const QuartileShares& bands) {
            std::vector<std::vector<Any>> rows;
            for (const auto& band : bands) rows.push_back({Any(band[0]), Any(band[1])});
            return arrayOf(rows);
        });
    });
}

Any Functions::payIndexTable(const Document& document, const CellRange& pay, const CellRange& gender,
                             const CellRange& fte, const CellRange& groupRange, const Any& minFte) {
    return firewall([&] {
        auto table = ligestat::payIndexTable(*readRange(document, pay), *readRange(document, gender),
                                             *readRange(document, fte), *readRange(document, groupRange),
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
            return arrayOf(rows);
        });
    });
}

// ---- Gender balance -----------------------------------------------------

Any Functions::genderShare(const Document& document, const CellRange& gender, const Any& sex, const Any& fte,
                           const Any& groupRange, const Any& group) {
    return firewall([&] {
        std::optional<Range> fteRange = optionalRange(fte);
        FilterArguments filter(groupRange, group);
        Cell sexCode = optionalCell(sex).value_or(Cell{std::string("K")});
        return toAny(ligestat::genderShare(*readRange(document, gender), sexCode, fteRange ? &*fteRange : nullptr, filter.filter));
    });
}

Any Functions::genderBalance(const Document& document, const CellRange& gender, const Any& fte,
                             const Any& groupRange, const Any& group, const Any& target, const Any& floor) {
    return firewall([&] {
        std::optional<Range> fteRange = optionalRange(fte);
        FilterArguments filter(groupRange, group);
        auto balance = ligestat::genderBalance(*readRange(document, gender), fteRange ? &*fteRange : nullptr, filter.filter,
                                               optionalNumber(target, rules::kBalanceTarget),
                                               optionalNumber(floor, rules::kBalanceFloor));
        const std::string lang = language();
        return toAny(balance, [&](Balance b) { return Any(fromUtf8(balanceLabel(b).in(lang))); });
    });
}

Any Functions::genderTable(const Document& document, const CellRange& gender, const CellRange& groupRange,
                           const Any& minCount) {
    return firewall([&] {
        auto table = ligestat::genderTable(*readRange(document, gender), *readRange(document, groupRange),
                                           optionalNumber(minCount, rules::kMinCategorySize));
        return toAny(table, [](const std::vector<GenderTableRow>& groups) {
            if (groups.empty()) return Any();
            std::vector<std::vector<Any>> rows;
            for (const GenderTableRow& g : groups)
                rows.push_back({toAny(g.group), Any(g.headcount), Any(g.women), Any(g.men), Any(g.womenShare),
                                Any(g.menShare)});
            return arrayOf(rows);
        });
    });
}

// ---- Age and CPR ----------------------------------------------------------

Any Functions::ageBand(const AnyMatrix& age, const Any& width, const Any& lowest, const Any& highest) {
    return firewall([&] {
        const double w = optionalNumber(width, rules::kAgeBandWidth);
        const double lo = optionalNumber(lowest, rules::kAgeBandLowest);
        const double hi = optionalNumber(highest, rules::kAgeBandHighest);
        return mapCells(age, [&](const Cell& cell) -> Any {
            if (isEmpty(cell)) return Any();  // no age: nothing to show
            if (!isNumber(cell)) throwBadInput("age must be a number");
            return toAny(ligestat::ageBand(std::get<double>(cell), w, lo, hi),
                         [](const std::string& label) { return Any(fromUtf8(label)); });
        });
    });
}

Any Functions::cprGender(const AnyMatrix& cpr) {
    return firewall([&] {
        return mapCells(cpr, [](const Cell& cell) {
            return Any(OUString::createFromAscii(cprArgument(cell).gender == Gender::Woman ? "K" : "M"));
        });
    });
}

Any Functions::cprBirthDate(const Reference<css::beans::XPropertySet>& document, const AnyMatrix& cpr) {
    return firewall([&] {
        const long nullDay = daysFromCivil(nullDateOf(document));
        return mapCells(cpr, [&](const Cell& cell) {
            return Any(static_cast<double>(daysFromCivil(cprArgument(cell).birthDate) - nullDay));
        });
    });
}

Any Functions::cprAge(const Reference<css::beans::XPropertySet>& document, const AnyMatrix& cpr, const Any& date) {
    return firewall([&] {
        Date at = today();
        if (std::optional<Cell> given = optionalCell(date)) {
            if (!isNumber(*given)) throwBadInput("date must be a date");
            const double serial = std::get<double>(*given);
            if (!(serial > -1e7 && serial < 1e7)) throwBadInput("date out of range");
            at = civilFromDays(daysFromCivil(nullDateOf(document)) + static_cast<long>(serial));
        }
        return mapCells(cpr, [&](const Cell& cell) { return toAny(completedYears(cprArgument(cell).birthDate, at)); });
    });
}

Any Functions::cprValid(const AnyMatrix& cpr) {
    return firewall([&] {
        return mapCells(cpr, [](const Cell& cell) { return Any(parseCpr(cell) ? 1.0 : 0.0); });
    });
}

// ---- Metadata (XAddIn) -----------------------------------------------------

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
dk_ligestat_sheet_Functions_get_implementation(css::uno::XComponentContext*, const css::uno::Sequence<css::uno::Any>&) {
    auto* component = new ligestat::addin::Functions();
    component->acquire();
    return static_cast<cppu::OWeakObject*>(component);
}
