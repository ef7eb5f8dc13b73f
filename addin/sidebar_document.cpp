#include "sidebar_document.hpp"
#include "uno_names.hpp"

#include "office_access.hpp"

#include "convert.hpp"

#include "ligestat/last_year.hpp"
#include "ligestat/sheet_layout.hpp"

#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertySetInfo.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSheetCellRangeContainer.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/table/CellContentType.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

#include <algorithm>

namespace ligestat::addin {

namespace {

OUString columnLetters(sal_Int32 column) {
    OUString letters;
    for (sal_Int32 c = column + 1; c > 0; c = (c - 1) / 26)
        letters = OUString(static_cast<sal_Unicode>('A' + (c - 1) % 26)) + letters;
    return letters;
}

Reference<css::beans::XPropertyContainer> userProperties(const Reference<css::frame::XModel>& document) {
    Reference<css::document::XDocumentPropertiesSupplier> supplier(document, UNO_QUERY_THROW);
    return supplier->getDocumentProperties()->getUserDefinedProperties();
}

OUString propertyName(const std::string& key) { return fromUtf8(std::string(kSettingsPrefix) + key); }

}  // namespace

SheetData readActiveSheet(const Reference<css::frame::XController>& controller) {
    Reference<css::sheet::XSpreadsheetView> view(controller, UNO_QUERY_THROW);
    Reference<css::sheet::XSpreadsheet> active = view->getActiveSheet();
    if (!active.is()) throw css::uno::RuntimeException("no active sheet");
    return readSheet(active);
}

std::optional<SheetData> readLastYearSheet(const Reference<css::frame::XModel>& document, const OUString& thisYear,
                                           const Settings& settings) {
    Reference<css::sheet::XSpreadsheetDocument> spreadsheets(document, UNO_QUERY_THROW);
    const auto name = lastYearSheet(settings, toUtf8(thisYear), sheetNames(spreadsheets));
    if (!name) return std::nullopt;
    Reference<css::container::XNameAccess> sheets(spreadsheets->getSheets(), UNO_QUERY_THROW);
    return readSheet(Reference<css::sheet::XSpreadsheet>(sheets->getByName(fromUtf8(*name)), UNO_QUERY_THROW));
}

SheetData readSheet(const Reference<css::sheet::XSpreadsheet>& sheet) {
    SheetData data;
    data.sheet = sheet;
    data.sheetName = Reference<css::container::XNamed>(data.sheet, UNO_QUERY_THROW)->getName();
    data.sheetIndex =
        Reference<css::sheet::XCellRangeAddressable>(data.sheet, UNO_QUERY_THROW)->getRangeAddress().Sheet;

    Reference<css::sheet::XSheetCellCursor> cursor = data.sheet->createCursor();
    Reference<css::sheet::XUsedAreaCursor>(cursor, UNO_QUERY_THROW)->gotoEndOfUsedArea(false);
    const auto end = Reference<css::sheet::XCellRangeAddressable>(cursor, UNO_QUERY_THROW)->getRangeAddress();
    data.lastRow = end.EndRow;
    data.lastColumn = end.EndColumn;

    const sal_Int32 searchBottom = std::min<sal_Int32>(data.lastRow, kHeaderSearchRows - 1);
    const AnyMatrix top = readBlock(data.sheet, 0, 0, data.lastColumn, searchBottom);
    std::vector<std::vector<std::string>> rows;
    for (const auto& row : top) rows.push_back(textsOf(row));
    if (auto header = findHeaderRow(rows)) {
        data.headerRow = static_cast<sal_Int32>(*header);
        data.headers = rows[*header];
    }
    return data;
}

std::vector<Cell> readDataColumn(const SheetData& data, int column) {
    std::vector<Cell> cells;
    if (!data.headerRow || data.dataRowCount() <= 0 || column < 0) return cells;
    const AnyMatrix block = readBlock(data.sheet, column, data.firstDataRow(), column, data.lastRow);
    cells.reserve(static_cast<std::size_t>(block.getLength()));
    for (const auto& row : block) cells.push_back(row.getLength() > 0 ? toCell(row[0]) : Cell{});
    return cells;
}

DataColumns readCheckedColumns(const SheetData& data, const ColumnMap& columns, std::size_t rows) {
    DataColumns result;
    for (ColumnRole role : checkedRoles()) {
        if (!columns.has(role)) continue;
        result[role] = readDataColumn(data, columns[role]);
        if (result[role].size() > rows) result[role].resize(rows);
    }
    return result;
}

DataEnd readDataEnd(const SheetData& data, const ColumnMap& columns) {
    if (!data.headerRow || data.dataRowCount() <= 0) return {};
    return findDataEnd(toRange(readBlock(data.sheet, 0, data.firstDataRow(), data.lastColumn, data.lastRow)), columns);
}

OUString rangeName(const SheetData& data) {
    const sal_Int32 top = data.headerRow.value_or(0);
    return columnLetters(0) + OUString::number(top + 1) + ":" + columnLetters(data.lastColumn) +
           OUString::number(data.lastRow + 1);
}

void saveChangedSettings(const Reference<css::frame::XModel>& document, const Settings& before,
                         const Settings& after) {
    const auto old = toProperties(before);
    const auto now = toProperties(after);
    Reference<css::beans::XPropertyContainer> container = userProperties(document);
    Reference<css::beans::XPropertySet> properties(container, UNO_QUERY_THROW);
    for (const auto& [key, value] : now) {
        auto it = old.find(key);
        if (it != old.end() && it->second == value) continue;
        const OUString name = propertyName(key);
        if (properties->getPropertySetInfo()->hasPropertyByName(name))
            properties->setPropertyValue(name, Any(fromUtf8(value)));
        else
            container->addProperty(name, css::beans::PropertyAttribute::REMOVABLE, Any(fromUtf8(value)));
    }
}

CheckDates checkDates(const Reference<css::frame::XModel>& document) {
    return CheckDates{today(), documentNullDate(Reference<css::beans::XPropertySet>(document, UNO_QUERY))};
}

void selectCells(const Reference<css::frame::XController>& controller, sal_Int16 sheetIndex,
                 const std::vector<SheetCell>& cells) {
    Reference<css::lang::XMultiServiceFactory> factory(controller->getModel(), UNO_QUERY_THROW);
    Reference<css::sheet::XSheetCellRangeContainer> ranges(
        factory->createInstance("com.sun.star.sheet.SheetCellRanges"), UNO_QUERY_THROW);
    Sequence<css::table::CellRangeAddress> addresses(static_cast<sal_Int32>(cells.size()));
    for (std::size_t i = 0; i < cells.size(); ++i)
        addresses.getArray()[i] =
            css::table::CellRangeAddress(sheetIndex, cells[i].column, cells[i].row, cells[i].column, cells[i].row);
    ranges->addRangeAddresses(addresses, true);
    Reference<css::view::XSelectionSupplier>(controller, UNO_QUERY_THROW)->select(Any(ranges));
}

namespace {

// A cell the user typed as text (not a formula's result) that reads as a number.
std::optional<double> convertibleNumber(const Reference<css::table::XCell>& cell, NumberLocale locale) {
    if (cell->getType() != css::table::CellContentType_TEXT) return std::nullopt;
    Reference<css::text::XText> text(cell, UNO_QUERY_THROW);
    return numberFromText(Cell{toUtf8(text->getString())}, locale);
}

}  // namespace

std::size_t convertNumberText(const Reference<css::frame::XModel>& document, sal_Int16 sheetIndex,
                              const std::vector<SheetCell>& cells, NumberLocale locale, const OUString& undoTitle) {
    Reference<css::sheet::XSpreadsheetDocument> spreadsheets(document, UNO_QUERY_THROW);
    Reference<css::container::XIndexAccess> sheets(spreadsheets->getSheets(), UNO_QUERY_THROW);
    Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(sheetIndex), UNO_QUERY_THROW);
    Reference<css::document::XUndoManager> undo =
        Reference<css::document::XUndoManagerSupplier>(document, UNO_QUERY_THROW)->getUndoManager();
    std::size_t converted = 0;
    undo->enterUndoContext(undoTitle);
    try {
        for (const SheetCell& at : cells) {
            Reference<css::table::XCell> cell = sheet->getCellByPosition(at.column, at.row);
            if (const auto number = convertibleNumber(cell, locale)) {
                cell->setValue(*number);
                ++converted;
            }
        }
    } catch (...) {
        undo->leaveUndoContext();  // what was converted stays one step the user can undo
        throw;
    }
    undo->leaveUndoContext();
    return converted;
}

}  // namespace ligestat::addin
