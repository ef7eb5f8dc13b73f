// The least-squares fit of the explained-pay-gap model (analysis.md §1,
// "Estimation"), built to give R's lm() figures:
// - The rows are folded into the triangular factor R of [X y] by Householder
//   QR over blocks of rows (Eigen's HouseholderQR; a tall-skinny QR), so no
//   rows x columns matrix is ever held and the solve stays backward stable.
// - Which columns are dropped is then decided on R by R's own dqrdc2 rule
//   (LINPACK QR with limited pivoting, tolerance 1e-7, as lm.fit calls it):
//   a column whose norm orthogonal to the kept columns before it falls below
//   1e-7 of its original norm moves to the end and is dropped. Column norms
//   and those residual norms are the same for X and for R, so the decision is
//   lm's.
// - A category factor with very many levels is absorbed (Frisch–Waugh–Lovell):
//   every column and y are demeaned within its groups, which leaves the other
//   coefficients and the residuals of the dummy model unchanged; its levels
//   count in the rank.
#include "detail/regression_model.hpp"

#include <Eigen/Dense>

#include <algorithm>
#include <cmath>

namespace ligestat::detail {

namespace {

constexpr double kDropTolerance = 1e-7;  // lm.fit's tol
constexpr std::size_t kRowsPerBlock = 1024;

std::optional<std::size_t> factorToAbsorb(const RegressionDesign& design) {
    std::optional<std::size_t> largest;
    for (std::size_t c = 0; c < design.categories.size(); ++c) {
        const auto levels = design.categories[c].levelCount;
        if (levels > kAbsorbedLevels && (!largest || levels > design.categories[*largest].levelCount)) {
            largest = c;
        }
    }
    return largest;
}

// Calls put(column, value) for each non-zero regressor of a used row (the
// absorbed factor has no column).
template <class Put>
void forEachRegressor(const RegressionDesign& design, const ModelLayout& layout, std::size_t row, Put&& put) {
    if (layout.intercept) put(std::size_t{0}, 1.0);
    const double* numeric = design.numeric.data() + row * design.numericCount;
    for (std::size_t j = 0; j < layout.numericCount; ++j) put(layout.numericStart + j, numeric[j]);
    for (std::size_t c = 0; c < design.categories.size(); ++c) {
        const int column = layout.dummyColumn[c][design.categories[c].levels[row]];
        if (column >= 0) put(static_cast<std::size_t>(column), 1.0);
    }
    if (layout.womenColumn >= 0 && design.woman[row] != 0) put(static_cast<std::size_t>(layout.womenColumn), 1.0);
}

// Per level of the absorbed factor: the mean of every column and of y (last).
struct GroupMeans {
    Eigen::MatrixXd means;         // levels x (columns + 1)
    Eigen::VectorXd rawNorms;      // per column, before demeaning: dqrdc2's reference
};

GroupMeans groupMeans(const RegressionDesign& design, const ModelLayout& layout) {
    const CategoryFactor& factor = design.categories[*layout.absorbed];
    const std::size_t q = layout.columns + 1;
    GroupMeans result{Eigen::MatrixXd::Zero(factor.levelCount, q), Eigen::VectorXd::Zero(layout.columns)};
    Eigen::VectorXd counts = Eigen::VectorXd::Zero(factor.levelCount);
    for (std::size_t row = 0; row < design.rows(); ++row) {
        const auto level = factor.levels[row];
        counts[level] += 1;
        forEachRegressor(design, layout, row, [&](std::size_t column, double value) {
            result.means(level, column) += value;
            result.rawNorms[column] += value * value;
        });
        result.means(level, layout.columns) += design.y[row];
    }
    for (Eigen::Index level = 0; level < result.means.rows(); ++level) result.means.row(level) /= counts[level];
    result.rawNorms = result.rawNorms.cwiseSqrt();
    return result;
}

// The (columns+1) x (columns+1) triangular factor of [X y] (demeaned within
// the absorbed groups when there are any).
Eigen::MatrixXd triangularFactor(const RegressionDesign& design, const ModelLayout& layout,
                                 const GroupMeans* absorbed) {
    const std::size_t q = layout.columns + 1;
    const auto qRows = static_cast<Eigen::Index>(q);
    Eigen::MatrixXd stack = Eigen::MatrixXd::Zero(qRows + static_cast<Eigen::Index>(kRowsPerBlock), qRows);
    std::size_t row = 0;
    while (row < design.rows()) {
        const std::size_t blockRows = std::min(kRowsPerBlock, design.rows() - row);
        for (std::size_t i = 0; i < blockRows; ++i, ++row) {
            const auto at = qRows + static_cast<Eigen::Index>(i);
            stack.row(at).setZero();
            forEachRegressor(design, layout, row, [&](std::size_t column, double value) {
                stack(at, static_cast<Eigen::Index>(column)) = value;
            });
            stack(at, qRows - 1) = design.y[row];
            if (absorbed != nullptr) {
                stack.row(at) -= absorbed->means.row(design.categories[*layout.absorbed].levels[row]);
            }
        }
        Eigen::Ref<Eigen::MatrixXd> block = stack.topRows(qRows + static_cast<Eigen::Index>(blockRows));
        Eigen::HouseholderQR<Eigen::Ref<Eigen::MatrixXd>> qr(block);  // in place: R on top
        stack.topRows(qRows).triangularView<Eigen::StrictlyLower>().setZero();
    }
    return stack.topRows(qRows);
}

// LINPACK dqrdc2 as R ships it (src/appl/dqrdc2.f), on a small matrix.
struct PivotedQr {
    Eigen::MatrixXd qr;
    Eigen::VectorXd qraux;
    std::vector<std::size_t> pivot;  // original column of each position
    std::size_t rank = 0;
};

void moveColumnToEnd(PivotedQr& f, Eigen::VectorXd& work1, Eigen::VectorXd& work2, Eigen::Index l) {
    const Eigen::Index m = f.qr.rows();
    const Eigen::Index p = f.qr.cols();
    double* data = f.qr.data();
    std::rotate(data + l * m, data + (l + 1) * m, data + p * m);
    std::rotate(f.pivot.begin() + l, f.pivot.begin() + l + 1, f.pivot.end());
    for (Eigen::VectorXd* v : {&f.qraux, &work1, &work2}) std::rotate(v->data() + l, v->data() + l + 1, v->data() + p);
}

PivotedQr dqrdc2(Eigen::MatrixXd x, const Eigen::VectorXd& originalNorms) {
    PivotedQr f{std::move(x), {}, {}, 0};
    const Eigen::Index m = f.qr.rows();
    const Eigen::Index p = f.qr.cols();
    f.qraux.resize(p);
    Eigen::VectorXd work1(p), work2(p);
    for (Eigen::Index j = 0; j < p; ++j) {
        f.qraux[j] = f.qr.col(j).norm();
        work1[j] = f.qraux[j];
        work2[j] = originalNorms[j] == 0 ? 1.0 : originalNorms[j];
        f.pivot.push_back(static_cast<std::size_t>(j));
    }
    Eigen::Index firstDropped = p;
    const Eigen::Index steps = std::min(m, p);
    for (Eigen::Index l = 0; l < steps; ++l) {
        while (l < firstDropped && f.qraux[l] < work2[l] * kDropTolerance) {
            moveColumnToEnd(f, work1, work2, l);
            --firstDropped;
        }
        if (l == m - 1) continue;
        auto v = f.qr.col(l).tail(m - l);
        double norm = v.norm();
        if (norm == 0) continue;
        if (v[0] != 0) norm = std::copysign(norm, v[0]);
        v /= norm;
        v[0] += 1.0;
        for (Eigen::Index j = l + 1; j < p; ++j) {
            auto column = f.qr.col(j).tail(m - l);
            column += (-v.dot(column) / v[0]) * v;
            if (f.qraux[j] == 0) continue;
            const double ratio = std::abs(f.qr(l, j)) / f.qraux[j];
            const double shrink = std::max(1.0 - ratio * ratio, 0.0);
            if (std::abs(shrink) < 1e-6) {  // Bates' 9/99 change: recompute, don't downdate
                f.qraux[j] = f.qr.col(j).tail(m - l - 1).norm();
                work1[j] = f.qraux[j];
            } else {
                f.qraux[j] *= std::sqrt(shrink);
            }
        }
        f.qraux[l] = v[0];
        v[0] = -norm;
    }
    f.rank = static_cast<std::size_t>(std::min(firstDropped, m));
    return f;
}

// Q'y with the first `rank` reflections, as dqrsl does for lm.fit.
Eigen::VectorXd applyReflections(const PivotedQr& f, Eigen::VectorXd qty) {
    const Eigen::Index m = f.qr.rows();
    const Eigen::Index reflections = std::min(static_cast<Eigen::Index>(f.rank), m - 1);
    for (Eigen::Index j = 0; j < reflections; ++j) {
        if (f.qraux[j] == 0) continue;
        Eigen::VectorXd v = f.qr.col(j).tail(m - j);
        v[0] = f.qraux[j];
        qty.tail(m - j) += (-v.dot(qty.tail(m - j)) / v[0]) * v;
    }
    return qty;
}

}  // namespace

ModelLayout layoutModel(const RegressionDesign& design, bool withWomen) {
    ModelLayout layout;
    layout.absorbed = factorToAbsorb(design);
    layout.intercept = !layout.absorbed.has_value();
    std::size_t column = 0;
    if (layout.intercept) {
        layout.factorOfColumn.push_back(-1);
        ++column;
    }
    layout.numericStart = column;
    layout.numericCount = design.numericCount;
    for (std::size_t j = 0; j < design.numericCount; ++j, ++column) layout.factorOfColumn.push_back(static_cast<int>(j));
    for (std::size_t c = 0; c < design.categories.size(); ++c) {
        const CategoryFactor& factor = design.categories[c];
        std::vector<int>& columns = layout.dummyColumn.emplace_back(factor.levelCount, -1);
        if (layout.absorbed == c) continue;
        for (std::uint32_t level = 0; level < factor.levelCount; ++level) {
            if (level == factor.reference) continue;
            columns[level] = static_cast<int>(column++);
            layout.factorOfColumn.push_back(static_cast<int>(design.numericCount + c));
        }
    }
    if (withWomen) {
        layout.womenColumn = static_cast<int>(column++);
        layout.factorOfColumn.push_back(-1);
    }
    layout.columns = column;
    return layout;
}

RegressionFit fitRegression(const RegressionDesign& design, bool withWomen) {
    RegressionFit fit;
    fit.layout = layoutModel(design, withWomen);
    const ModelLayout& layout = fit.layout;
    const auto p = static_cast<Eigen::Index>(layout.columns);
    std::optional<GroupMeans> absorbed;
    if (layout.absorbed) absorbed = groupMeans(design, layout);
    const Eigen::MatrixXd r = triangularFactor(design, layout, absorbed ? &*absorbed : nullptr);
    const Eigen::VectorXd norms = absorbed ? absorbed->rawNorms : Eigen::VectorXd(r.leftCols(p).colwise().norm().transpose());
    const PivotedQr qr = dqrdc2(r.leftCols(p), norms);
    const Eigen::VectorXd qty = applyReflections(qr, r.col(p));
    const auto rank = static_cast<Eigen::Index>(qr.rank);

    const auto triangle = qr.qr.topLeftCorner(rank, rank).triangularView<Eigen::Upper>();
    const Eigen::VectorXd solved = triangle.solve(qty.head(rank));
    const Eigen::MatrixXd inverse = triangle.solve(Eigen::MatrixXd::Identity(rank, rank));
    fit.coefficients.assign(layout.columns, 0.0);
    fit.kept.assign(layout.columns, false);
    fit.unscaledVariance.assign(layout.columns, 0.0);
    for (Eigen::Index i = 0; i < rank; ++i) {
        const std::size_t column = qr.pivot[static_cast<std::size_t>(i)];
        fit.coefficients[column] = solved[i];
        fit.kept[column] = true;
        fit.unscaledVariance[column] = inverse.row(i).squaredNorm();
    }
    fit.residualSumOfSquares = qty.tail(qty.size() - rank).squaredNorm();
    const std::size_t absorbedLevels = layout.absorbed ? design.categories[*layout.absorbed].levelCount : 0;
    fit.rank = qr.rank + absorbedLevels;
    fit.degreesOfFreedom = static_cast<double>(design.rows()) - static_cast<double>(fit.rank);
    if (absorbed) {
        const Eigen::Map<const Eigen::VectorXd> b(fit.coefficients.data(), p);
        const Eigen::VectorXd effects = absorbed->means.col(p) - absorbed->means.leftCols(p) * b;
        fit.groupEffects.assign(effects.data(), effects.data() + effects.size());
    }
    return fit;
}

double fittedValue(const RegressionDesign& design, const RegressionFit& fit, std::size_t row) {
    double value = 0;
    forEachRegressor(design, fit.layout, row,
                     [&](std::size_t column, double x) { value += fit.coefficients[column] * x; });
    if (fit.layout.absorbed) value += fit.groupEffects[design.categories[*fit.layout.absorbed].levels[row]];
    return value;
}

void addFactorParts(const RegressionDesign& design, const RegressionFit& fit, std::size_t row,
                    std::vector<double>& parts) {
    forEachRegressor(design, fit.layout, row, [&](std::size_t column, double x) {
        const int factor = fit.layout.factorOfColumn[column];
        if (factor >= 0) parts[static_cast<std::size_t>(factor)] += fit.coefficients[column] * x;
    });
    if (fit.layout.absorbed) {
        const std::size_t factor = design.numericCount + *fit.layout.absorbed;
        parts[factor] += fit.groupEffects[design.categories[*fit.layout.absorbed].levels[row]];
    }
}

}  // namespace ligestat::detail
