// Range arguments read once, kept until Calc reports a change.
//
// Why: a formula that passes a 100,000-row range as an array makes Calc copy
// every cell into a sequence<sequence<any>> on every call (about 20 ms per
// range; 200 pay-index cells spent 8 s on that alone). The data functions
// therefore take their required ranges as XCellRange, and this cache reads
// each distinct range (document + sheet + address) once with getDataArray.
//
// When an entry is dropped (correctness first: a stale figure is a defect):
// - Calc reports a change in the area: the entry listens on the range object
//   (XModifyBroadcaster: cell edits, paste, undo/redo, sort, find & replace,
//   fill, a formula cell in the area becoming dirty).
// - The kept range object no longer has the address it was read at: Calc
//   moves it on inserted/deleted rows or columns and moved/inserted sheets.
//   Checked on every hit.
// - The range object or the document is disposed (document closed or
//   reloaded: a reload is a new document).
// - A hard recalculation (calculateAll, Ctrl+Shift+F9): Calc then notifies
//   every range listener, so each range is read again once per hard recalc.
// Ranges holding formula cells are never cached: a volatile or recalculated
// formula can change its value without a change Calc reports to listeners.
// A range with an error cell is bad input (Err:502): Calc's getDataArray
// would read the error as an empty cell.
// Whole-column ranges are read only down to the sheet's used area (the rest
// is empty by definition) and padded back to their full shape.
#pragma once

#include "ligestat/cell.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/table/XCellRange.hpp>

#include <memory>

namespace ligestat::addin {

// The cells of a range argument of a function called from `document` (the
// hidden caller argument). Shared and immutable: pass *result to the core.
// A null range (an omitted argument) is bad input.
std::shared_ptr<const Range> readRange(const css::uno::Reference<css::beans::XPropertySet>& document,
                                       const css::uno::Reference<css::table::XCellRange>& range);

// Timing breakdown for the benchmark: with LIGESTAT_PROFILE=<file> set in the
// office's environment, every read from Calc and every 1000th hit append one
// line with counts and milliseconds (never cell contents).

}  // namespace ligestat::addin
