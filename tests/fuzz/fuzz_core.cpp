// libFuzzer target for the core: every parser and aggregate on columns built
// from the fuzzer's bytes. A crash, a sanitizer report, an exception or a
// broken invariant (checked below) is a finding; anything else is a pass.
#include "ligestat/age.hpp"
#include "ligestat/balance.hpp"
#include "ligestat/cpr.hpp"
#include "ligestat/gender.hpp"
#include "ligestat/number_text.hpp"
#include "ligestat/pay.hpp"
#include "ligestat/text.hpp"

#include <fuzzer/FuzzedDataProvider.h>

#include <array>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <string>

namespace {

using namespace ligestat;

void require(bool holds, const char* invariant) {
    if (holds) return;
    std::fprintf(stderr, "broken invariant: %s\n", invariant);
    std::abort();
}

// Numbers that sit on the spec's edges, beside arbitrary ones.
double pickNumber(FuzzedDataProvider& input) {
    static constexpr std::array<double, 16> kEdges{
        0.0, -0.0, 1.0, 2.999, 3.0, 0.3, -1.0, 1e308, -1e308, 5e-324,
        std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity(),
        -std::numeric_limits<double>::infinity(), 101701234.0, 3112999999.0, 9999999999.0};
    switch (input.ConsumeIntegralInRange<int>(0, 2)) {
        case 0: return input.PickValueInArray(kEdges);
        case 1: return static_cast<double>(input.ConsumeIntegralInRange<int>(-5, 100000));
        default: return input.ConsumeFloatingPoint<double>();
    }
}

// Texts a sheet holds: gender codes, Danish titles in both cases, white space,
// statistic names, CPR-like text, broken UTF-8.
std::string pickText(FuzzedDataProvider& input) {
    static constexpr std::array<const char*, 24> kWords{
        "K", "m", " Kvinde ", "MAND", "female", "W", "X", "", "  ", "\u00A0K\u00A0", "\u212Avinde",
        "Læge", "LÆGE", " læge\u2003", "Øst", "øST", "Å", "A\u030A", "mean", "MEDIAN", "gennemsnit",
        "010170-1234", "2902004000", "\xC3"};
    if (input.ConsumeBool()) return input.PickValueInArray(kWords);
    return input.ConsumeRandomLengthString(24);
}

Cell pickCell(FuzzedDataProvider& input) {
    switch (input.ConsumeIntegralInRange<int>(0, 2)) {
        case 0: return Cell{};
        case 1: return Cell(pickNumber(input));
        default: return Cell(pickText(input));
    }
}

Range pickRange(FuzzedDataProvider& input, std::size_t rows, std::size_t cols) {
    Range range;
    range.rows = rows;
    range.cols = cols;
    for (std::size_t i = 0; i < rows * cols; ++i) range.cells.push_back(pickCell(input));
    return range;
}

// The columns of one call: mostly one shape, sometimes a mismatched one.
struct Columns {
    Range pay, gender, fte, groups;
};

Columns pickColumns(FuzzedDataProvider& input) {
    const std::size_t rows = input.ConsumeIntegralInRange<std::size_t>(0, 40);
    const std::size_t cols = input.ConsumeIntegralInRange<std::size_t>(1, 2);
    const auto shape = [&] {
        if (input.ConsumeIntegralInRange<int>(0, 15) != 0) return std::pair(rows, cols);
        return std::pair(input.ConsumeIntegralInRange<std::size_t>(0, 40), std::size_t{1});
    };
    Columns columns;
    for (Range* range : {&columns.pay, &columns.gender, &columns.fte, &columns.groups}) {
        const auto [r, c] = shape();
        *range = pickRange(input, r, c);
    }
    return columns;
}

bool isShare(double value) { return value >= 0 && value <= 1; }

void fuzzText(FuzzedDataProvider& input) {
    const std::string text = input.ConsumeRandomLengthString(64);
    const std::string key = matchKey(text);
    require(matchKey(" " + text + "\t") == key, "matchKey ignores surrounding white space");
    require(parseGender(Cell(text)) == parseGender(Cell("\u00A0" + text)), "parseGender trims");
    (void)trimWhitespace(text);
    (void)parseStatistic(Cell(text));
    // Number-like text: never a non-finite number, and surrounding space never matters.
    for (const NumberLocale locale : {NumberLocale::Danish, NumberLocale::English}) {
        const auto number = parseNumberText(text, locale);
        require(!number || std::isfinite(*number), "parseNumberText gives finite numbers");
        require(parseNumberText(" " + text + "\u00A0", locale) == number, "parseNumberText trims");
    }
    if (const auto plain = parsePlainNumber(text)) require(std::isfinite(*plain), "parsePlainNumber is finite");
}

// Mostly real dates (random ints are almost never a valid month and day, so
// completedYears would never get past its checks), with any year at all.
Date pickDate(FuzzedDataProvider& input) {
    if (input.ConsumeIntegralInRange<int>(0, 7) == 0) {
        return Date{input.ConsumeIntegral<int>(), input.ConsumeIntegral<int>(), input.ConsumeIntegral<int>()};
    }
    const int year = input.ConsumeBool() ? input.ConsumeIntegralInRange<int>(1850, 2100) : input.ConsumeIntegral<int>();
    return Date{year, input.ConsumeIntegralInRange<int>(1, 12), input.ConsumeIntegralInRange<int>(1, 31)};
}

void fuzzCpr(FuzzedDataProvider& input) {
    const Cell cpr = input.ConsumeBool() ? Cell(pickNumber(input)) : Cell(pickText(input));
    const auto info = parseCpr(cpr);
    if (info) {
        require(isValidDate(info->birthDate), "a valid CPR has a real date");
        require(info->birthDate.year >= 1858 && info->birthDate.year <= 2057, "CPR years are 1858-2057");
        require(info->gender != Gender::Other, "a CPR gives a woman or a man");
    }
    const Date at = pickDate(input);
    if (info) {
        const auto years = completedYears(info->birthDate, at);
        require(!years.ok() || years.value() >= 0, "completed years are never negative");
    }
    if (isValidDate(at) && std::abs(static_cast<long>(at.year)) < 100'000'000L) {
        require(civilFromDays(daysFromCivil(at)) == at, "days round-trip");
    }
    (void)civilFromDays(input.ConsumeIntegral<long>());
}

void fuzzPay(FuzzedDataProvider& input, const Columns& c, const GroupFilter& filter, double threshold) {
    const Range* fte = input.ConsumeBool() ? &c.fte : nullptr;
    const auto index = payIndex(c.pay, c.gender, fte, filter, threshold);
    require(!index.ok() || std::isfinite(index.value()), "a pay index is finite");
    const auto statistic = input.ConsumeBool() ? Statistic::Mean : Statistic::Median;
    const auto gap = payGap(c.pay, c.gender, statistic, filter);
    require(!gap.ok() || std::isfinite(gap.value()), "a pay gap is finite");
    const auto variableGap = variablePayGap(c.pay, c.gender, statistic, filter);
    require(!variableGap.ok() || std::isfinite(variableGap.value()), "a variable pay gap is finite");
    const auto recipients = recipientShare(c.pay, c.gender, pickCell(input), filter);
    require(!recipients.ok() || isShare(recipients.value()), "a recipient share is a share");

    const auto quartiles = payQuartiles(c.pay, c.gender);
    if (quartiles.ok()) {
        for (const auto& band : quartiles.value()) {
            require(isShare(band[0]) && isShare(band[1]), "quartile shares are shares");
            require(std::abs(band[0] + band[1] - 1) < 1e-9, "a band is all women and men");
        }
    }
    const auto table = payIndexTable(c.pay, c.gender, c.fte, c.groups, threshold);
    if (table.ok()) {
        for (const PayIndexRow& row : table.value()) {
            require(row.suppressed || std::isfinite(row.index), "a shown table index is finite");
            require(row.womenFte >= 0 && row.menFte >= 0, "FTE sums are not negative");
        }
    }
}

void fuzzBalance(FuzzedDataProvider& input, const Columns& c, const GroupFilter& filter, double threshold) {
    const Range* fte = input.ConsumeBool() ? &c.fte : nullptr;
    const auto share = genderShare(c.gender, pickCell(input), fte, filter);
    require(!share.ok() || isShare(share.value()), "a gender share is a share");
    (void)genderBalance(c.gender, fte, filter, pickNumber(input), pickNumber(input));
    const auto table = genderTable(c.gender, c.groups, threshold);
    if (table.ok()) {
        for (const GenderTableRow& row : table.value()) {
            require(row.women + row.men <= row.headcount, "women and men are part of the headcount");
            require(isShare(row.womenShare) && isShare(row.menShare), "table shares are shares");
        }
    }
}

void fuzzAge(FuzzedDataProvider& input) {
    const auto band = ageBand(pickNumber(input), pickNumber(input), pickNumber(input), pickNumber(input));
    require(!band.ok() || !band.value().empty(), "a band has a label");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedDataProvider input(data, size);
    fuzzText(input);
    fuzzCpr(input);
    fuzzAge(input);
    const Columns columns = pickColumns(input);
    const Cell group = pickCell(input);
    const GroupFilter filter = input.ConsumeBool() ? GroupFilter{&columns.groups, group} : GroupFilter{};
    const double threshold = input.ConsumeBool() ? pickNumber(input) : 3.0;
    fuzzPay(input, columns, filter, threshold);
    fuzzBalance(input, columns, filter, threshold);
    return 0;
}
