// The figures of the explained pay gap (functions.md, "Explained pay gap";
// analysis.md §1 "Figures", "Decomposition", "Expected pay") from the fit of
// regression_fit.cpp, and the model's rules: fewer than 50 rows, no woman or
// no man, or the women dummy dropped: NotAvailable.
#include "ligestat/regression.hpp"

#include "detail/regression_model.hpp"
#include "ligestat/rules.hpp"

#include <boost/math/distributions/students_t.hpp>

#include <cmath>

namespace ligestat {

namespace {

using detail::RegressionDesign;
using detail::RegressionFit;

Result<RegressionDesign> designWithEnoughRows(const RegressionData& data) {
    Result<RegressionDesign> design = detail::readRegressionDesign(data);
    if (!design.ok()) return design;
    const RegressionDesign& rows = design.value();
    if (static_cast<double>(rows.rows()) < rules::kMinRegressionRows || rows.women == 0 || rows.men == 0) {
        return Failure::NotAvailable;
    }
    return design;
}

// The model with the women dummy, when its rules are met.
Result<RegressionFit> fitWithWomen(const RegressionDesign& design) {
    RegressionFit fit = detail::fitRegression(design, true);
    const auto women = static_cast<std::size_t>(fit.layout.womenColumn);
    if (!fit.kept[women] || !(fit.degreesOfFreedom > 0)) return Failure::NotAvailable;
    // Pay that the model fits exactly (every pay the same) has no standard
    // error and no t-test, only rounding noise: nothing to judge a gap by.
    // "Exactly": residuals below 1e-12 of the size of ln pay.
    double sizeOfY = 0;
    for (const double y : design.y) sizeOfY += y * y;
    if (!(fit.residualSumOfSquares > 1e-24 * sizeOfY)) return Failure::NotAvailable;
    return fit;
}

// The rows and the model with the women dummy: what every figure starts from.
struct WomenModel {
    RegressionDesign rows;
    RegressionFit fit;
};
Result<WomenModel> womenModel(const RegressionData& data) {
    Result<RegressionDesign> design = designWithEnoughRows(data);
    if (!design.ok()) return design.failure();
    Result<RegressionFit> fit = fitWithWomen(design.value());
    if (!fit.ok()) return fit.failure();
    return WomenModel{std::move(design.value()), std::move(fit.value())};
}

double totalSumOfSquares(const std::vector<double>& y) {
    double mean = 0;
    for (const double value : y) mean += value;
    mean /= static_cast<double>(y.size());
    double sum = 0;
    for (const double value : y) sum += (value - mean) * (value - mean);
    return sum;
}

double twoSidedP(double t, double degreesOfFreedom) {
    if (std::isnan(t)) return t;
    const boost::math::students_t distribution(degreesOfFreedom);
    return 2 * boost::math::cdf(boost::math::complement(distribution, std::abs(t)));
}

// mean over men minus mean over women of one value per used row.
template <class ValueOf>
double menMinusWomen(const RegressionDesign& design, ValueOf&& valueOf) {
    double men = 0;
    double women = 0;
    for (std::size_t row = 0; row < design.rows(); ++row) {
        (design.woman[row] != 0 ? women : men) += valueOf(row);
    }
    return men / static_cast<double>(design.men) - women / static_cast<double>(design.women);
}

DecompositionPart partOf(double logPoints, double rawGap) {
    DecompositionPart part{100 * logPoints, std::nullopt};
    if (rawGap != 0) part.share = logPoints / rawGap;
    return part;
}

}  // namespace

PayGapRating ratePayGap(double kennedy, double pValue) {
    if (!(pValue <= 0.05)) return PayGapRating::NotSignificant;
    const double cut = std::floor(1000 * std::abs(kennedy)) / 1000;
    if (cut <= 0.025) return PayGapRating::WithinTarget;
    if (cut <= 0.05) return PayGapRating::WithinLimit;
    return PayGapRating::AboveLimit;
}

Result<PayRegression> payRegression(const RegressionData& data) {
    const Result<WomenModel> model = womenModel(data);
    if (!model.ok()) return model.failure();
    const RegressionDesign& rows = model.value().rows;
    const RegressionFit& fit = model.value().fit;
    const auto women = static_cast<std::size_t>(fit.layout.womenColumn);

    PayRegression figures;
    const double variance = fit.residualSumOfSquares / fit.degreesOfFreedom;
    figures.womenCoefficient = fit.coefficients[women];
    figures.standardError = std::sqrt(variance * fit.unscaledVariance[women]);
    const double kennedy = std::expm1(figures.womenCoefficient - figures.standardError * figures.standardError / 2);
    figures.adjustedGap = -100 * kennedy;
    figures.t = figures.womenCoefficient / figures.standardError;
    figures.degreesOfFreedom = fit.degreesOfFreedom;
    figures.pValue = twoSidedP(figures.t, fit.degreesOfFreedom);
    figures.rSquared = 1 - fit.residualSumOfSquares / totalSumOfSquares(rows.y);
    figures.rowsUsed = rows.rows();
    figures.womenUsed = rows.women;
    figures.menUsed = rows.men;
    figures.rowsLeftOut = rows.rowsLeftOut;
    figures.rating = ratePayGap(kennedy, figures.pValue);
    if (!std::isfinite(figures.adjustedGap) || !std::isfinite(figures.t)) return Failure::NotAvailable;
    return figures;
}

Result<PayGapDecomposition> payGapDecomposition(const RegressionData& data) {
    const Result<WomenModel> model = womenModel(data);
    if (!model.ok()) return model.failure();
    const RegressionDesign& rows = model.value().rows;
    const RegressionFit& fit = model.value().fit;

    const std::size_t factorCount = rows.numericCount + rows.categories.size();
    std::vector<double> menParts(factorCount, 0.0);
    std::vector<double> womenParts(factorCount, 0.0);
    for (std::size_t row = 0; row < rows.rows(); ++row) {
        detail::addFactorParts(rows, fit, row, rows.woman[row] != 0 ? womenParts : menParts);
    }
    const double rawGap = menMinusWomen(rows, [&](std::size_t row) { return rows.y[row]; });
    PayGapDecomposition result;
    double explained = 0;
    for (std::size_t factor = 0; factor < factorCount; ++factor) {
        const double part = menParts[factor] / static_cast<double>(rows.men) -
                            womenParts[factor] / static_cast<double>(rows.women);
        explained += part;
        (factor < rows.numericCount ? result.numericFactors : result.categoryFactors).push_back(partOf(part, rawGap));
    }
    result.raw = partOf(rawGap, rawGap);
    result.explained = partOf(explained, rawGap);
    result.unexplained = partOf(rawGap - explained, rawGap);
    return result;
}

Result<std::vector<std::optional<double>>> expectedPay(const RegressionData& data) {
    const Result<WomenModel> model = womenModel(data);  // same rules as the other three
    if (!model.ok()) return model.failure();
    const RegressionDesign& rows = model.value().rows;
    const RegressionFit neutral = detail::fitRegression(rows, false);
    std::vector<std::optional<double>> expected(rows.sheetRows);
    for (std::size_t row = 0; row < rows.rows(); ++row) {
        expected[rows.sheetRowOf[row]] = std::exp(detail::fittedValue(rows, neutral, row));
    }
    return expected;
}

}  // namespace ligestat
