// The explained-pay-gap regression (analysis.md §1) against an independent
// oracle: R's lm() run by tests/unit/regression_oracle.R, which applies the
// spec's row rules and design on its own. Figures must agree to 1e-9
// relative (the spec's promise), on generated data and on data sets that R
// ships (warpbreaks, ToothGrowth).
#include "cells.hpp"

#include "ligestat/regression.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace ligestat {
namespace {

namespace fs = std::filesystem;

// A sheet's columns for one call.
struct Sheet {
    std::vector<Cell> pay, gender, fte;
    std::vector<std::vector<Cell>> numeric, category;  // per factor column

    std::size_t rows() const { return pay.size(); }
};

Range block(const std::vector<std::vector<Cell>>& columns, std::size_t rows) {
    Range range;
    range.rows = rows;
    range.cols = columns.size();
    for (std::size_t row = 0; row < rows; ++row) {
        for (const auto& column : columns) range.cells.push_back(column[row]);
    }
    return range;
}

// The ranges of a call, kept alive for RegressionData's pointers.
struct Call {
    Range pay, gender, fte, numeric, category;
    RegressionData data;

    explicit Call(const Sheet& sheet)
        : pay(Range::column(sheet.pay)), gender(Range::column(sheet.gender)), fte(Range::column(sheet.fte)),
          numeric(block(sheet.numeric, sheet.rows())), category(block(sheet.category, sheet.rows())) {
        data.pay = &pay;
        data.gender = &gender;
        data.fte = sheet.fte.empty() ? nullptr : &fte;
        data.numericFactors = sheet.numeric.empty() ? nullptr : &numeric;
        data.categoryFactors = sheet.category.empty() ? nullptr : &category;
    }
};

std::string encode(const Cell& cell) {
    if (const auto* number = std::get_if<double>(&cell)) {
        char text[40];
        std::snprintf(text, sizeof text, "%.17g", *number);
        return text;
    }
    if (const auto* text = std::get_if<std::string>(&cell)) return "t:" + *text;
    return "";
}

Cell decode(std::string field) {
    if (field.size() >= 2 && field.front() == '"') field = field.substr(1, field.size() - 2);
    if (field.empty()) return Cell{};
    if (field.rfind("t:", 0) == 0) return Cell(field.substr(2));
    return Cell(std::stod(field));
}

fs::path scratch(const std::string& name) {
    return fs::temp_directory_path() / ("ligestat_oracle_" + std::to_string(::getpid()) + "_" + name);
}

void runR(const std::string& arguments) {
    const std::string command = std::string(LIGESTAT_RSCRIPT) + " --vanilla " + LIGESTAT_ORACLE_SCRIPT + " " +
                                arguments + " > /dev/null 2>&1";
    ASSERT_EQ(std::system(command.c_str()), 0) << command;
}

void writeSheet(const Sheet& sheet, const fs::path& path) {
    std::ofstream out(path);
    out << "pay,gender,fte";
    for (std::size_t j = 0; j < sheet.numeric.size(); ++j) out << ",n" << j + 1;
    for (std::size_t j = 0; j < sheet.category.size(); ++j) out << ",c" << j + 1;
    out << "\n";
    for (std::size_t row = 0; row < sheet.rows(); ++row) {
        out << encode(sheet.pay[row]) << ',' << encode(sheet.gender[row]) << ','
            << (sheet.fte.empty() ? "" : encode(sheet.fte[row]));
        for (const auto& column : sheet.numeric) out << ',' << encode(column[row]);
        for (const auto& column : sheet.category) out << ',' << encode(column[row]);
        out << "\n";
    }
}

std::vector<std::string> split(const std::string& line) {
    std::vector<std::string> fields;
    std::stringstream stream(line);
    std::string field;
    while (std::getline(stream, field, ',')) fields.push_back(field);
    if (!line.empty() && line.back() == ',') fields.emplace_back();
    return fields;
}

// A data set R ships, read back from the oracle's export.
Sheet datasetFromR(const std::string& name) {
    const fs::path path = scratch(name + ".csv");
    runR("export " + name + " " + path.string());
    std::ifstream in(path);
    std::string line;
    std::getline(in, line);
    const std::vector<std::string> header = split(line);
    Sheet sheet;
    for (const auto& column : header) {
        const std::string name = column.substr(1, column.size() - 2);
        if (name[0] == 'n') sheet.numeric.emplace_back();
        if (name[0] == 'c') sheet.category.emplace_back();
    }
    while (std::getline(in, line)) {
        const std::vector<std::string> fields = split(line);
        std::size_t numeric = 0, category = 0;
        for (std::size_t i = 0; i < header.size(); ++i) {
            const Cell cell = decode(fields[i]);
            const char kind = header[i][1];
            if (header[i] == "\"pay\"") sheet.pay.push_back(cell);
            else if (header[i] == "\"gender\"") sheet.gender.push_back(cell);
            else if (kind == 'n') sheet.numeric[numeric++].push_back(cell);
            else if (kind == 'c') sheet.category[category++].push_back(cell);
        }
    }
    fs::remove(path);
    return sheet;
}

// The oracle's figures: "name,value" and "factor,i,value", "expected,row,value".
struct OracleFigures {
    std::map<std::string, std::string> scalar;
    std::vector<double> factors;
    std::map<std::size_t, double> expected;
};

OracleFigures askR(const Sheet& sheet) {
    const fs::path input = scratch("data.csv");
    const fs::path output = scratch("figures.txt");
    writeSheet(sheet, input);
    runR("fit " + input.string() + " " + output.string());
    OracleFigures figures;
    std::ifstream in(output);
    std::string line;
    while (std::getline(in, line)) {
        const std::vector<std::string> fields = split(line);
        if (fields[0] == "factor") figures.factors.push_back(std::stod(fields[2]));
        else if (fields[0] == "expected") figures.expected[std::stoul(fields[1])] = std::stod(fields[2]);
        else figures.scalar[fields[0]] = fields[1];
    }
    fs::remove(input);
    fs::remove(output);
    return figures;
}

double worstRelative = 0;  // of the current comparison, printed as evidence

::testing::AssertionResult agrees(const char* name, double ours, double oracle) {
    const double scale = std::max(std::abs(ours), std::abs(oracle));
    if (scale > 0) worstRelative = std::max(worstRelative, std::abs(ours - oracle) / scale);
    if (std::abs(ours - oracle) <= 1e-9 * scale + 1e-12) return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << name << ": ours " << ours << ", lm " << oracle << " (relative "
                                         << std::abs(ours - oracle) / scale << ")";
}

double number(const OracleFigures& oracle, const std::string& name) { return std::stod(oracle.scalar.at(name)); }

// Every figure of the four functions against lm().
void expectSameAsLm(const Sheet& sheet) {
    worstRelative = 0;
    const OracleFigures oracle = askR(sheet);
    const Call call(sheet);
    const Result<PayRegression> regression = payRegression(call.data);
    ASSERT_TRUE(regression.ok()) << "lm found the women dummy " << oracle.scalar.count("women");
    const PayRegression& r = regression.value();
    EXPECT_EQ(r.rowsUsed, std::stoul(oracle.scalar.at("rowsUsed")));
    EXPECT_EQ(r.rowsLeftOut, std::stoul(oracle.scalar.at("rowsLeftOut")));
    EXPECT_EQ(r.womenUsed, std::stoul(oracle.scalar.at("womenUsed")));
    EXPECT_EQ(r.menUsed, std::stoul(oracle.scalar.at("menUsed")));
    EXPECT_TRUE(agrees("adjusted gap", r.adjustedGap, number(oracle, "adjustedGap")));
    EXPECT_TRUE(agrees("women coefficient", r.womenCoefficient, number(oracle, "womenCoefficient")));
    EXPECT_TRUE(agrees("standard error", r.standardError, number(oracle, "standardError")));
    EXPECT_TRUE(agrees("t", r.t, number(oracle, "t")));
    EXPECT_TRUE(agrees("p", r.pValue, number(oracle, "pValue")));
    EXPECT_EQ(r.degreesOfFreedom, number(oracle, "degreesOfFreedom"));
    EXPECT_TRUE(agrees("R squared", r.rSquared, number(oracle, "rSquared")));

    const Result<PayGapDecomposition> decomposition = payGapDecomposition(call.data);
    ASSERT_TRUE(decomposition.ok());
    const PayGapDecomposition& d = decomposition.value();
    EXPECT_TRUE(agrees("raw gap", d.raw.logPoints, number(oracle, "raw")));
    EXPECT_TRUE(agrees("explained", d.explained.logPoints, number(oracle, "explained")));
    EXPECT_TRUE(agrees("unexplained", d.unexplained.logPoints, number(oracle, "unexplained")));
    std::vector<DecompositionPart> parts = d.numericFactors;
    parts.insert(parts.end(), d.categoryFactors.begin(), d.categoryFactors.end());
    ASSERT_EQ(parts.size(), oracle.factors.size());
    for (std::size_t f = 0; f < parts.size(); ++f) {
        EXPECT_TRUE(agrees(("factor " + std::to_string(f + 1)).c_str(), parts[f].logPoints, oracle.factors[f]));
    }

    const Result<std::vector<std::optional<double>>> expected = expectedPay(call.data);
    ASSERT_TRUE(expected.ok());
    ASSERT_EQ(expected.value().size(), sheet.rows());
    for (std::size_t row = 0; row < sheet.rows(); ++row) {
        const auto found = oracle.expected.find(row);
        ASSERT_EQ(expected.value()[row].has_value(), found != oracle.expected.end()) << "row " << row;
        if (found != oracle.expected.end()) {
            EXPECT_TRUE(agrees("expected pay", *expected.value()[row], found->second)) << "row " << row;
        }
    }
    std::printf("largest relative difference from lm: %.3g\n", worstRelative);
}

// Generated staff: pay from age, title and level, women in lower titles and
// with a planted gap, some part-timers.
struct StaffOptions {
    std::size_t rows = 300;
    bool fte = true;
    std::size_t titles = 5;
    unsigned seed = 1;
};

Sheet staff(const StaffOptions& options) {
    std::mt19937 random(options.seed);
    std::uniform_real_distribution<double> uniform(0, 1);
    Sheet sheet;
    sheet.numeric.resize(2);
    sheet.category.resize(2);
    for (std::size_t row = 0; row < options.rows; ++row) {
        const bool woman = uniform(random) < 0.45;
        const double age = std::floor(22 + 40 * uniform(random));
        const auto title = static_cast<std::size_t>(std::min(
            static_cast<double>(options.titles - 1), std::floor(uniform(random) * options.titles * (woman ? 0.8 : 1.0))));
        const double level = std::floor(3 * uniform(random));
        const double fte = uniform(random) < 0.2 ? 0.5 + 0.1 * std::floor(5 * uniform(random)) : 1.0;
        const double logPay = 10 + 0.02 * age - 0.0002 * age * age + 0.05 * static_cast<double>(title) +
                              0.1 * level - (woman ? 0.03 : 0) + 0.05 * (uniform(random) - 0.5);
        sheet.pay.push_back(std::round(std::exp(logPay) * fte));
        sheet.gender.push_back(Cell(std::string(woman ? "K" : "M")));
        sheet.fte.push_back(fte);
        sheet.numeric[0].push_back(age);
        sheet.numeric[1].push_back(age * age);
        sheet.category[0].push_back(Cell("Title " + std::to_string(title)));
        sheet.category[1].push_back(level);
    }
    if (!options.fte) sheet.fte.clear();
    return sheet;
}

TEST(RegressionOracle, StaffWithPartTimersAgreesWithLm) { expectSameAsLm(staff({})); }

TEST(RegressionOracle, WithoutFteAgreesWithLm) { expectSameAsLm(staff({.fte = false, .seed = 2})); }

TEST(RegressionOracle, LeftOutRowsAgreeWithLm) {
    Sheet sheet = staff({.rows = 200, .seed = 3});
    sheet.pay[0] = Cell(std::string("Pay"));  // a header row
    sheet.gender[0] = Cell(std::string("Gender"));
    sheet.pay[5] = Cell{};                    // blank pay
    sheet.pay[6] = 0.0;                       // pay not > 0
    sheet.gender[7] = Cell(std::string("X")); // other gender
    sheet.fte[8] = 0.0;                       // FTE not > 0
    sheet.fte[9] = Cell{};                    // blank FTE
    sheet.numeric[0][10] = Cell(std::string("n/a"));  // text factor
    sheet.category[0][11] = Cell(std::string("  "));  // blank category
    sheet.category[1][12] = Cell{};
    sheet.gender[13] = Cell(std::string(" kvinde "));  // a women code, trimmed, any case
    sheet.category[0][14] = Cell(std::string("title 1 "));  // same value as "Title 1"
    expectSameAsLm(sheet);
}

TEST(RegressionOracle, CollinearColumnsAreDroppedAsLmDoes) {
    Sheet sheet = staff({.rows = 150, .seed = 4});
    std::vector<Cell> combination;  // 2 x age + age², a linear combination of earlier columns
    for (std::size_t row = 0; row < sheet.rows(); ++row) {
        combination.push_back(2 * std::get<double>(sheet.numeric[0][row]) + std::get<double>(sheet.numeric[1][row]));
    }
    sheet.numeric.push_back(combination);
    sheet.category.push_back(sheet.category[0]);  // a category repeating another: all its dummies dropped
    expectSameAsLm(sheet);
}

TEST(RegressionOracle, ConstantFactorsAreDroppedNotAnError) {
    Sheet sheet = staff({.rows = 120, .seed = 5});
    sheet.numeric.emplace_back(sheet.rows(), Cell(37.0));                    // constant number
    sheet.category.emplace_back(sheet.rows(), Cell(std::string("Nurse")));  // a single level
    expectSameAsLm(sheet);
}

TEST(RegressionOracle, TiesInTheMostFrequentValueTakeTheFirstSeen) {
    Sheet sheet = staff({.rows = 120, .seed = 6});
    const char* values[] = {"B", "A", "C", "A", "B", "C"};  // A and B tie, B first seen; C too
    for (std::size_t row = 0; row < sheet.rows(); ++row) sheet.category[0][row] = Cell(std::string(values[row % 6]));
    expectSameAsLm(sheet);
}

TEST(RegressionOracle, ExactlyFiftyRowsAgreeWithLm) {
    Sheet sheet = staff({.rows = 51, .seed = 7});
    sheet.pay[50] = Cell(std::string("total"));
    expectSameAsLm(sheet);
    const Call call(sheet);
    EXPECT_EQ(payRegression(call.data).value().rowsUsed, 50u);
}

TEST(RegressionOracle, OneWomanAgreesWithLm) {
    Sheet sheet = staff({.rows = 80, .seed = 8});
    for (auto& gender : sheet.gender) gender = Cell(std::string("M"));
    sheet.gender[17] = Cell(std::string("F"));
    expectSameAsLm(sheet);
}

TEST(RegressionOracle, WarpbreaksAgreesWithLm) { expectSameAsLm(datasetFromR("warpbreaks")); }

TEST(RegressionOracle, ToothGrowthWithCollinearDoseAgreesWithLm) { expectSameAsLm(datasetFromR("ToothGrowth")); }

TEST(RegressionOracle, AbsorbedLargeCategoryAgreesWithLm) {
    Sheet sheet = staff({.rows = 3000, .seed = 9});
    std::mt19937 random(10);
    for (auto& title : sheet.category[0]) title = Cell("Job " + std::to_string(random() % 150));  // > 100 levels
    expectSameAsLm(sheet);
}

TEST(RegressionOracle, NoFactorsAtAllIsTheRawModel) {
    Sheet sheet = staff({.rows = 90, .seed = 11});
    sheet.numeric.clear();
    sheet.category.clear();
    expectSameAsLm(sheet);
}

}  // namespace
}  // namespace ligestat
