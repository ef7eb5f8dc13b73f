// Reading what the key-figure sheet needs from a workbook: where the HR data
// is, the survey sheet, the settings stored in the document, today's date.
// Reads only: the user's sheets are never changed.
#pragma once

#include "office_access.hpp"

#include "function_table.hpp"
#include "ligestat/keyfigures.hpp"

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace ligestat::addin {

// A problem the user can fix, with the message to show (no row contents in it).
struct UserProblem {
    Text message;
};

// Everything planKeyFigures needs. The HR data is the active sheet when it has
// a header row, else the sheet with the most recognised headers. Throws
// UserProblem when no sheet has HR data.
KeyFigureInput readKeyFigureInput(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                                  const css::uno::Reference<css::sheet::XSpreadsheet>& activeSheet,
                                  const std::string& language);

}  // namespace ligestat::addin
