// What the sidebar reads from and writes to the document: the data on the
// active sheet, the workbook settings (user-defined document properties),
// the selection, and the UI language. Thin UNO glue: the rules are in core.
#pragma once

#include "ligestat/cell.hpp"
#include "ligestat/columns.hpp"
#include "ligestat/cpr.hpp"
#include "ligestat/datacheck.hpp"
#include "ligestat/settings.hpp"
#include "ligestat/sheet_layout.hpp"

#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

#include <optional>
#include <string>
#include <vector>

namespace ligestat::addin {

// The active sheet's data: header row and the rows below it down to the end of the used area.
struct SheetData {
    css::uno::Reference<css::sheet::XSpreadsheet> sheet;
    sal_Int16 sheetIndex = 0;
    rtl::OUString sheetName;
    std::optional<sal_Int32> headerRow;  // 0-based sheet row; none when no header row was found
    std::vector<std::string> headers;    // header texts, one per column from column A
    sal_Int32 lastRow = 0;               // of the used area
    sal_Int32 lastColumn = 0;

    sal_Int32 firstDataRow() const { return headerRow ? *headerRow + 1 : 0; }
    sal_Int32 dataRowCount() const { return headerRow ? lastRow - *headerRow : 0; }
};

// Throws a UNO exception when the controller shows no spreadsheet.
SheetData readActiveSheet(const css::uno::Reference<css::frame::XController>& controller);
// Any sheet of the document, read as readActiveSheet reads the active one.
SheetData readSheet(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);

// Last year's list beside `thisYear` (core lastYearSheet: the stored choice,
// else the year in the sheet names), read; none when there is no such sheet.
std::optional<SheetData> readLastYearSheet(const css::uno::Reference<css::frame::XModel>& document,
                                           const rtl::OUString& thisYear, const Settings& settings);

// The data cells of one column (0-based), one Cell per data row.
std::vector<Cell> readDataColumn(const SheetData& data, int column);

// The columns checkData needs, read according to `columns`, down to `rows` data rows.
DataColumns readCheckedColumns(const SheetData& data, const ColumnMap& columns, std::size_t rows);

// Where the employees end: trailing totals, subtotal and footnote rows left out (core findDataEnd).
DataEnd readDataEnd(const SheetData& data, const ColumnMap& columns);

// "A1:K910": the header row to the last used row.
rtl::OUString rangeName(const SheetData& data);

// Writes the properties whose text differs between `before` and `after` (so
// that opening the sidebar or an unchanged choice never modifies the document).
void saveChangedSettings(const css::uno::Reference<css::frame::XModel>& document, const Settings& before,
                         const Settings& after);

// Today and the document's null date (day 0 of its date serials).
CheckDates checkDates(const css::uno::Reference<css::frame::XModel>& document);

// Selects the cells (sheet rows and columns) on the given sheet.
struct SheetCell {
    sal_Int32 column;
    sal_Int32 row;
};
void selectCells(const css::uno::Reference<css::frame::XController>& controller, sal_Int16 sheetIndex,
                 const std::vector<SheetCell>& cells);

// Turns each listed cell that still holds number-like text (numberFromText)
// into that number, as one undo step named `undoTitle`; any other cell,
// including one the user changed since the check, is left as it is. Returns
// how many cells were converted.
std::size_t convertNumberText(const css::uno::Reference<css::frame::XModel>& document, sal_Int16 sheetIndex,
                              const std::vector<SheetCell>& cells, NumberLocale locale,
                              const rtl::OUString& undoTitle);

}  // namespace ligestat::addin
