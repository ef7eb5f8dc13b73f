// Writing a key-figure plan into a new sheet with the UNO API.
#pragma once

#include "ligestat/keyfigures.hpp"

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <functional>
#include <string>
#include <vector>

namespace ligestat::addin {

// Inserts a sheet named `name` after the last sheet and writes the plan into
// it: cells, number formats, column widths, charts, the highlighted pay-index
// band and a page setup that prints one page wide. Touches no other sheet.
css::uno::Reference<css::sheet::XSpreadsheet> writeKeyFigureSheet(
    const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document, const KeyFigurePlan& plan,
    const std::string& name);

// Inserts a sheet named `name` after the last sheet and lets `fill` write it;
// when `fill` throws, the sheet is removed again (nothing half-made stays
// behind) and the exception goes on.
css::uno::Reference<css::sheet::XSpreadsheet> addFilledSheet(
    const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document, const std::string& name,
    const std::function<void(const css::uno::Reference<css::sheet::XSpreadsheet>&)>& fill);

// Column widths, cells (with their styles) and the one-page-wide page style:
// what every sheet Ligestat writes has (the key-figure and job evaluation sheets).
void writePlannedCells(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                       const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, const std::vector<PlannedCell>& cells,
                       const std::vector<double>& columnWidthsCm, const std::string& pageStyleName);

// Sets the helper tables' array formulas again, with automatic calculation on:
// calculated first while it was off (during the writing), Calc 7.4 can show
// the first row's group text in a table's last column until a hard
// recalculation (seen with the example workbook; not in a small repro).
void refreshHelperTables(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, const KeyFigurePlan& plan);

// Every formula of the sheet becomes its value; the helper columns are emptied.
void freezeKeyFigureValues(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                           const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, const KeyFigurePlan& plan);

}  // namespace ligestat::addin
