// Reading the office and the document, shared by the functions, the
// key-figure command and the sidebar: one way to learn the UI language, to
// find a sheet's used area, to read a block of cells and to read the
// workbook's settings.
#pragma once

#include "ligestat/cpr.hpp"
#include "ligestat/number_text.hpp"
#include "ligestat/settings.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/Sequence.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>
#include <vector>

namespace ligestat::addin {

using AnyMatrix = css::uno::Sequence<css::uno::Sequence<css::uno::Any>>;

// "da" when the office's UI is Danish, else "en": the user's choice in
// Tools > Options > Language first, else the locale the office started with.
// Calc's XLocalizable::setLocale cannot be trusted for this: Calc 7.4 switches
// an add-in to en-US after reading its names and never switches back.
std::string uiLanguage(const css::uno::Reference<css::uno::XComponentContext>& context);

// The locale in which the user reads numbers: Tools > Options > Language >
// Locale setting, else the UI language (the office's own fallback).
NumberLocale userNumberLocale(const css::uno::Reference<css::uno::XComponentContext>& context);

css::table::CellRangeAddress usedArea(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);
AnyMatrix readBlock(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 left, sal_Int32 top,
                    sal_Int32 right, sal_Int32 bottom);
// The texts of a row of cells; a number or an empty cell gives "".
std::vector<std::string> textsOf(const css::uno::Sequence<css::uno::Any>& row);

// The names of the document's sheets, in their order.
std::vector<std::string> sheetNames(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

// Today on this machine's clock, local time.
Date today();
// Day 0 of the document's date serials (its NullDate; Calc's default
// 1899-12-30 when the document has none or is not given).
Date documentNullDate(const css::uno::Reference<css::beans::XPropertySet>& document);

// The settings stored as user-defined properties "Ligestat.<key>" (defaults
// for what is missing or unreadable).
Settings documentSettings(const css::uno::Reference<css::frame::XModel>& document);

}  // namespace ligestat::addin
