// Section "Age distribution" of the key-figure sheet (key-figures.md, section 2):
// age bands by gender, one FREQUENCY pass per column, with a chart.
#include "keyfigures/planner.hpp"

#include "ligestat/age.hpp"
#include "ligestat/rules.hpp"

#include <algorithm>
#include <cmath>

namespace ligestat::keyfigures {

std::vector<std::pair<double, double>> Planner::ageBands() const {
    std::vector<std::pair<double, double>> bands{{NAN, rules::kAgeBandLowest}};
    for (double low = rules::kAgeBandLowest; low < rules::kAgeBandHighest; low += rules::kAgeBandWidth)
        bands.push_back({low, std::min(low + rules::kAgeBandWidth, rules::kAgeBandHighest)});
    bands.push_back({rules::kAgeBandHighest, NAN});
    return bands;
}

void Planner::ageDistribution() {
    section({"Age distribution", "Aldersfordeling"});
    const int top = row_;
    header({t({"Age", "Alder"}), t({"Women", "Kvinder"}), t({"Men", "Mænd"}), t({"All", "Alle"})});
    const auto bands = ageBands();
    std::vector<double> upperBounds;
    for (const auto& [low, high] : bands) {
        const double example = std::isnan(low) ? high - 1 : low;
        const Result<std::string> label = ageBand(example);
        text(row_, 0, label.ok() ? label.value() : "?", CellStyle::Label);
        if (!std::isnan(high)) upperBounds.push_back(high);
        ++row_;
    }
    // One pass over the data per column, not one per band.
    const int first = top + 1, count = static_cast<int>(bands.size());
    arrayFormula(first, 1, count, 1, f_.ageFrequency(f_.isWoman(), upperBounds), CellStyle::Count);
    arrayFormula(first, 2, count, 1, f_.ageFrequency(f_.isMan(), upperBounds), CellStyle::Count);
    arrayFormula(first, 3, count, 1, f_.ageFrequency(f_.exists(), upperBounds), CellStyle::Count);
    note(t({"Completed years at the reference date.", "Fyldte år på opgørelsesdatoen."}));
    chart("LigestatAge", t({"Age distribution by gender", "Aldersfordeling efter køn"}), top, row_ - 2,
          ChartKind::Columns);
}

}  // namespace ligestat::keyfigures
