// Reading what the key-figure sheet needs from a workbook: where the HR data
// is, the survey sheet, the settings stored in the document, today's date.
// Reads only: the user's sheets are never changed.
#pragma once

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

// "da" or "en": the office's UI language.
std::string uiLanguage(const css::uno::Reference<css::uno::XComponentContext>& context);

// Settings from the document's user-defined properties "Ligestat.<key>".
Settings documentSettings(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

// Everything planKeyFigures needs. The HR data is the active sheet when it has
// a header row, else the sheet with the most recognised headers. Throws
// UserProblem when no sheet has HR data.
KeyFigureInput readKeyFigureInput(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                                  const css::uno::Reference<css::sheet::XSpreadsheet>& activeSheet,
                                  const std::string& language);

}  // namespace ligestat::addin
