// Plain values as the spreadsheet hands them over: the core never sees UNO.
#pragma once

#include <cstddef>
#include <string>
#include <variant>
#include <vector>

namespace ligestat {

// An empty cell, a number or a text (UTF-8). Error cells never reach the core:
// Calc answers them itself before calling the add-in.
using Cell = std::variant<std::monostate, double, std::string>;

inline bool isEmpty(const Cell& c) { return std::holds_alternative<std::monostate>(c); }
inline bool isNumber(const Cell& c) { return std::holds_alternative<double>(c); }
inline bool isText(const Cell& c) { return std::holds_alternative<std::string>(c); }

// A rectangular block of cells in row-major order, as one range argument.
struct Range {
    std::size_t rows = 0;
    std::size_t cols = 0;
    std::vector<Cell> cells;  // rows * cols entries

    std::size_t size() const { return cells.size(); }
    bool sameShape(const Range& other) const { return rows == other.rows && cols == other.cols; }
    static Range column(std::vector<Cell> cells) {
        Range r;
        r.rows = cells.size();
        r.cols = 1;
        r.cells = std::move(cells);
        return r;
    }
};

}  // namespace ligestat
