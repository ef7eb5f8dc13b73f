// Small builders so that each test's data reads like the sheet it stands for.
#pragma once

#include "ligestat/cell.hpp"
#include "ligestat/filter.hpp"
#include "ligestat/result.hpp"

#include <gtest/gtest.h>

#include <initializer_list>
#include <limits>
#include <string>

namespace ligestat::test {

inline const Cell kBlank{};
inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

inline Range column(std::initializer_list<Cell> cells) { return Range::column(std::vector<Cell>(cells)); }

// `count` copies of one cell: the long columns of a threshold test.
inline Range repeated(const Cell& cell, std::size_t count) {
    return Range::column(std::vector<Cell>(count, cell));
}

inline GroupFilter noFilter() { return GroupFilter{}; }
inline GroupFilter onlyGroup(const Range& groups, Cell group) { return GroupFilter{&groups, std::move(group)}; }

template <class T>
::testing::AssertionResult failsWith(const Result<T>& result, Failure expected) {
    if (result.ok()) return ::testing::AssertionFailure() << "expected a failure, got a value";
    if (result.failure() != expected) return ::testing::AssertionFailure() << "the other failure";
    return ::testing::AssertionSuccess();
}

inline ::testing::AssertionResult isBadInput(const auto& result) { return failsWith(result, Failure::BadInput); }
inline ::testing::AssertionResult isNotAvailable(const auto& result) {
    return failsWith(result, Failure::NotAvailable);
}

}  // namespace ligestat::test
