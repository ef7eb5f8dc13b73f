// Builders and finders shared by the tests of the sheet planners: a staff
// list as rows under given headers, and the planned cell holding a text.
#pragma once

#include "ligestat/keyfigures.hpp"

#include <string>
#include <vector>

namespace ligestat::test {

// Rows of cells under `headers`, as the data block of a sheet.
inline Range staffRows(const std::vector<std::string>& headers, const std::vector<std::vector<Cell>>& rows) {
    Range r;
    r.rows = rows.size();
    r.cols = headers.size();
    for (const auto& row : rows) r.cells.insert(r.cells.end(), row.begin(), row.end());
    return r;
}

inline const PlannedCell* findText(const KeyFigurePlan& plan, const std::string& text) {
    for (const auto& c : plan.cells)
        if (c.kind == PlannedCell::Kind::Text && c.content == text) return &c;
    return nullptr;
}

inline const PlannedCell* cellAt(const KeyFigurePlan& plan, int row, int col) {
    for (const auto& c : plan.cells)
        if (c.row == row && c.col == col) return &c;
    return nullptr;
}

}  // namespace ligestat::test
