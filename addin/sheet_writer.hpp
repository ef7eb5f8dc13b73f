// Writing a key-figure plan into a new sheet with the UNO API.
#pragma once

#include "ligestat/keyfigures.hpp"

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <string>

namespace ligestat::addin {

// Inserts a sheet named `name` after the last sheet and writes the plan into
// it: cells, number formats, column widths, charts, the highlighted pay-index
// band and a page setup that prints one page wide. With `valuesOnly` every
// formula is replaced by its value. Touches no other sheet.
css::uno::Reference<css::sheet::XSpreadsheet> writeKeyFigureSheet(
    const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document, const KeyFigurePlan& plan,
    const std::string& name, bool valuesOnly);

}  // namespace ligestat::addin
