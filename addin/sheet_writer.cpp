#include "sheet_writer.hpp"
#include "uno_names.hpp"

#include "convert.hpp"
#include "office_access.hpp"

#include <algorithm>

#include <com/sun/star/awt/FontSlant.hpp>
#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/awt/Point.hpp>
#include <com/sun/star/awt/Rectangle.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/chart/XChartDocument.hpp>
#include <com/sun/star/chart/XDiagram.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/document/XEmbeddedObjectSupplier.hpp>
#include <com/sun/star/i18n/NumberFormatIndex.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/ConditionOperator.hpp>
#include <com/sun/star/sheet/XArrayFormulaRange.hpp>
#include <com/sun/star/sheet/XCalculatable.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSheetConditionalEntries.hpp>
#include <com/sun/star/sheet/XSheetOperation.hpp>
#include <com/sun/star/sheet/XSheetPageBreak.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/CellAddress.hpp>
#include <com/sun/star/table/CellHoriJustify.hpp>
#include <com/sun/star/table/CellVertJustify2.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableCharts.hpp>
#include <com/sun/star/table/XTableChartsSupplier.hpp>
#include <com/sun/star/table/XTableColumns.hpp>
#include <com/sun/star/table/XTableRows.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/util/XNumberFormatTypes.hpp>
#include <com/sun/star/util/XNumberFormats.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>
#include <com/sun/star/util/XProtectable.hpp>

#include <map>

namespace ligestat::addin {

using css::beans::PropertyValue;
using css::beans::XPropertySet;

namespace {

constexpr const char* kInBandStyle = "Ligestat in band";
constexpr const char* kOutsideBandStyle = "Ligestat outside band";
constexpr sal_Int32 kInBandColour = 0xC6EFCE;   // light green
constexpr sal_Int32 kOutsideColour = 0xFFEB9C;  // light amber
constexpr sal_Int32 kHeaderColour = 0xDDE7F0;
constexpr sal_Int32 kSectionColour = 0x1F4E79;
constexpr sal_Int32 kNoteColour = 0x595959;

Reference<XPropertySet> properties(const Reference<css::uno::XInterface>& object) {
    return Reference<XPropertySet>(object, UNO_QUERY_THROW);
}

// Number formats by style, found or added once per document.
class NumberFormats {
public:
    explicit NumberFormats(const Reference<css::sheet::XSpreadsheetDocument>& document)
        : formats_(Reference<css::util::XNumberFormatsSupplier>(document, UNO_QUERY_THROW)->getNumberFormats()) {}

    sal_Int32 of(CellStyle style) {
        auto found = cache_.find(style);
        if (found != cache_.end()) return found->second;
        sal_Int32 key = 0;  // General
        try {
            key = lookUp(style);
        } catch (const css::uno::Exception&) {
            key = 0;  // a format the office refuses: show the value with General
        }
        cache_[style] = key;
        return key;
    }

private:
    sal_Int32 lookUp(CellStyle style) {
        Reference<css::util::XNumberFormatTypes> types(formats_, UNO_QUERY_THROW);
        const css::lang::Locale system;  // the document's default language
        switch (style) {
            case CellStyle::Count: return types->getFormatIndex(css::i18n::NumberFormatIndex::NUMBER_INT, system);
            case CellStyle::Percent: return types->getFormatIndex(css::i18n::NumberFormatIndex::PERCENT_INT, system);
            case CellStyle::Date:
                return types->getFormatIndex(css::i18n::NumberFormatIndex::DATE_DIN_YYYYMMDD, system);
            case CellStyle::Decimal:
            case CellStyle::Fraction: {
                // One (three) decimals, written in en-US notation and converted
                // to the document's language (so Danish shows 97,3).
                const css::lang::Locale english("en", "US", "");
                const OUString code = style == CellStyle::Decimal ? OUString("0.0") : OUString("0.000");
                sal_Int32 key = formats_->queryKey(code, english, false);
                if (key < 0) key = formats_->addNewConverted(code, english, system);
                return key;
            }
            default: return 0;
        }
    }

    Reference<css::util::XNumberFormats> formats_;
    std::map<CellStyle, sal_Int32> cache_;
};

void applyStyle(const Reference<XPropertySet>& cell, CellStyle style, NumberFormats& formats) {
    const auto set = [&](const char* name, const Any& value) { cell->setPropertyValue(OUString::createFromAscii(name), value); };
    switch (style) {
        case CellStyle::Title:
            set("CharHeight", Any(16.0f));
            set("CharWeight", Any(css::awt::FontWeight::BOLD));
            break;
        case CellStyle::Subtitle:
        case CellStyle::Section:
            set("CharHeight", Any(12.5f));
            set("CharWeight", Any(css::awt::FontWeight::BOLD));
            set("CharColor", Any(kSectionColour));
            break;
        case CellStyle::Header:
            set("CharWeight", Any(css::awt::FontWeight::BOLD));
            set("CellBackColor", Any(kHeaderColour));
            set("IsTextWrapped", Any(true));  // long Danish headers stay readable in narrow columns
            set("VertJustify", Any(css::table::CellVertJustify2::BOTTOM));
            break;
        case CellStyle::Note:
            set("CharHeight", Any(9.0f));
            set("CharPosture", Any(css::awt::FontSlant_ITALIC));
            set("CharColor", Any(kNoteColour));
            break;
        case CellStyle::Count:
        case CellStyle::Decimal:
        case CellStyle::Fraction:
        case CellStyle::Percent:
            // "–" (a suppressed figure) is text: keep it aligned with the numbers
            set("HoriJustify", Any(css::table::CellHoriJustify_RIGHT));
            set("NumberFormat", Any(formats.of(style)));
            break;
        case CellStyle::Date:
            set("HoriJustify", Any(css::table::CellHoriJustify_LEFT));
            set("NumberFormat", Any(formats.of(style)));
            break;
        case CellStyle::Label:
        case CellStyle::Text: break;
    }
}

void writeCell(const Reference<css::sheet::XSpreadsheet>& sheet, const PlannedCell& planned, NumberFormats& formats) {
    Reference<css::table::XCell> cell = sheet->getCellByPosition(planned.col, planned.row);
    switch (planned.kind) {
        case PlannedCell::Kind::Text:
            Reference<css::text::XText>(cell, UNO_QUERY_THROW)->setString(fromUtf8(planned.content));
            break;
        case PlannedCell::Kind::Number: cell->setValue(planned.number); break;
        case PlannedCell::Kind::Formula: cell->setFormula(fromUtf8(planned.content)); break;
        case PlannedCell::Kind::ArrayFormula: {
            Reference<css::table::XCellRange> range = sheet->getCellRangeByPosition(
                planned.col, planned.row, planned.col + planned.cols - 1, planned.row + planned.rows - 1);
            Reference<css::sheet::XArrayFormulaRange>(range, UNO_QUERY_THROW)
                ->setArrayFormula(fromUtf8(planned.content));
            applyStyle(properties(range), planned.style, formats);
            return;
        }
    }
    applyStyle(properties(cell), planned.style, formats);
}

Reference<css::container::XNameContainer> styleFamily(const Reference<css::sheet::XSpreadsheetDocument>& document,
                                                      const char* family) {
    Reference<css::style::XStyleFamiliesSupplier> supplier(document, UNO_QUERY_THROW);
    return Reference<css::container::XNameContainer>(
        supplier->getStyleFamilies()->getByName(OUString::createFromAscii(family)), UNO_QUERY_THROW);
}

// A style of our own, made once per document (the user's styles are left alone).
// `name` is UTF-8 (the page style has a Danish name in the Danish UI).
Reference<XPropertySet> ensureStyle(const Reference<css::sheet::XSpreadsheetDocument>& document, const char* family,
                                    const char* service, const char* name) {
    Reference<css::container::XNameContainer> styles = styleFamily(document, family);
    const OUString styleName = fromUtf8(name);
    if (!styles->hasByName(styleName)) {
        Reference<css::lang::XMultiServiceFactory> factory(document, UNO_QUERY_THROW);
        styles->insertByName(styleName, Any(factory->createInstance(OUString::createFromAscii(service))));
    }
    return Reference<XPropertySet>(styles->getByName(styleName), UNO_QUERY_THROW);
}

PropertyValue property(const char* name, const Any& value) {
    PropertyValue p;
    p.Name = OUString::createFromAscii(name);
    p.Value = value;
    return p;
}

std::string numberText(double value) {
    return toUtf8(OUString::number(value));
}

bool anySheetProtected(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i)
        if (Reference<css::util::XProtectable>(sheets->getByIndex(i), UNO_QUERY_THROW)->isProtected()) return true;
    return false;
}

// The cell style a band condition shows. Calc refuses to change any cell
// style while a sheet is protected (a style could restyle protected cells),
// and a protected staff list must not stop the key figures (issue 14): then
// our style from an earlier run is used as it is, else Calc's built-in style
// of the same meaning ("Good" light green, "Neutral" light yellow), else none.
OUString bandStyle(const Reference<css::sheet::XSpreadsheetDocument>& document, const char* ours, sal_Int32 colour,
                   const char* builtIn) {
    Reference<css::container::XNameContainer> styles = styleFamily(document, "CellStyles");
    const OUString name = OUString::createFromAscii(ours);
    if (!styles->hasByName(name) && anySheetProtected(document)) {
        const OUString fallback = OUString::createFromAscii(builtIn);
        return styles->hasByName(fallback) ? fallback : OUString();
    }
    try {
        ensureStyle(document, "CellStyles", "com.sun.star.style.CellStyle", ours)
            ->setPropertyValue("CellBackColor", Any(colour));
    } catch (const css::uno::RuntimeException&) {
        // a protected sheet: the existing style keeps its colour
    }
    return name;
}

void addCondition(const Reference<css::sheet::XSheetConditionalEntries>& entries, const OUString& style,
                  Sequence<PropertyValue> condition) {
    if (style.isEmpty()) return;
    condition.realloc(condition.getLength() + 1);
    condition.getArray()[condition.getLength() - 1] = property("StyleName", Any(style));
    entries->addNew(condition);
}

void highlightBand(const Reference<css::sheet::XSpreadsheetDocument>& document,
                   const Reference<css::sheet::XSpreadsheet>& sheet, const PlannedBand& band) {
    const OUString inBandStyle = bandStyle(document, kInBandStyle, kInBandColour, "Good");
    const OUString outsideStyle = bandStyle(document, kOutsideBandStyle, kOutsideColour, "Neutral");
    Reference<XPropertySet> range = properties(sheet->getCellRangeByPosition(band.col, band.firstRow, band.col,
                                                                             band.lastRow));
    Reference<css::sheet::XSheetConditionalEntries> entries(range->getPropertyValue("ConditionalFormat"),
                                                            UNO_QUERY_THROW);
    const std::string low = numberText(band.low), high = numberText(band.high);
    // Text ("–", a suppressed index) matches neither condition.
    Sequence<PropertyValue> inBand(3);
    inBand.getArray()[0] = property("Operator", Any(css::sheet::ConditionOperator_BETWEEN));
    inBand.getArray()[1] = property("Formula1", Any(fromUtf8(low)));
    inBand.getArray()[2] = property("Formula2", Any(fromUtf8(high)));
    addCondition(entries, inBandStyle, inBand);
    // Relative to the range's first cell.
    const std::string cell = "$" + std::string(1, static_cast<char>('A' + band.col)) + std::to_string(band.firstRow + 1);
    Sequence<PropertyValue> outside(3);
    outside.getArray()[0] = property("Operator", Any(css::sheet::ConditionOperator_FORMULA));
    outside.getArray()[1] = property("Formula1", Any(fromUtf8("AND(ISNUMBER(" + cell + ");OR(" + cell + "<" + low +
                                                              ";" + cell + ">" + high + "))")));
    outside.getArray()[2] = property("SourcePosition", Any(css::table::CellAddress(0, band.col, band.firstRow)));
    addCondition(entries, outsideStyle, outside);
    range->setPropertyValue("ConditionalFormat", Any(entries));
}

css::awt::Point cellPosition(const Reference<css::sheet::XSpreadsheet>& sheet, int row, int col) {
    css::awt::Point point;
    properties(sheet->getCellByPosition(col, row))->getPropertyValue("Position") >>= point;
    return point;
}

void addChart(const Reference<css::sheet::XSpreadsheet>& sheet, const PlannedChart& planned) {
    const css::awt::Point topLeft = cellPosition(sheet, planned.anchorRow, planned.anchorCol);
    const css::awt::Point bottomRight =
        cellPosition(sheet, planned.anchorRow + planned.rows, planned.anchorCol + planned.cols);
    const css::awt::Rectangle area(topLeft.X, topLeft.Y, bottomRight.X - topLeft.X, bottomRight.Y - topLeft.Y);
    Sequence<css::table::CellRangeAddress> data(1);
    data.getArray()[0] = css::table::CellRangeAddress(0, planned.firstCol, planned.firstRow, planned.lastCol,
                                                      planned.lastRow);
    // The sheet index is filled in from the sheet the charts belong to.
    Reference<css::sheet::XCellRangeAddressable> self(sheet, UNO_QUERY_THROW);
    data.getArray()[0].Sheet = self->getRangeAddress().Sheet;

    Reference<css::table::XTableCharts> charts =
        Reference<css::table::XTableChartsSupplier>(sheet, UNO_QUERY_THROW)->getCharts();
    // Chart names are unique in the whole document: one key-figure sheet per sheet index.
    const OUString name = fromUtf8(planned.name) + OUString::number(data[0].Sheet);
    charts->addNewByName(name, area, data, true, true);

    Reference<css::document::XEmbeddedObjectSupplier> embedded(charts->getByName(name), UNO_QUERY_THROW);
    Reference<css::chart::XChartDocument> chart(embedded->getEmbeddedObject(), UNO_QUERY_THROW);
    Reference<css::lang::XMultiServiceFactory> factory(chart, UNO_QUERY_THROW);
    chart->setDiagram(Reference<css::chart::XDiagram>(factory->createInstance("com.sun.star.chart.BarDiagram"),
                                                      UNO_QUERY_THROW));
    Reference<XPropertySet> diagram = properties(chart->getDiagram());
    if (planned.kind == ChartKind::PercentBars) {
        diagram->setPropertyValue("Vertical", Any(true));  // horizontal bars: long category names fit
        diagram->setPropertyValue("Stacked", Any(true));
        diagram->setPropertyValue("Percent", Any(true));
    }
    Reference<XPropertySet> chartProperties = properties(chart);
    chartProperties->setPropertyValue("HasMainTitle", Any(true));
    properties(chart->getTitle())->setPropertyValue("String", Any(fromUtf8(planned.title)));
    chartProperties->setPropertyValue("HasLegend", Any(true));
}

// One page wide, as long as needed, so that nothing is cut off in a PDF.
void setUpPages(const Reference<css::sheet::XSpreadsheetDocument>& document,
                const Reference<css::sheet::XSpreadsheet>& sheet, const std::string& styleName) {
    Reference<XPropertySet> page =
        ensureStyle(document, "PageStyles", "com.sun.star.style.PageStyle", styleName.c_str());
    page->setPropertyValue("ScaleToPagesX", Any(sal_Int16(1)));
    page->setPropertyValue("ScaleToPagesY", Any(sal_Int16(0)));
    page->setPropertyValue("LeftMargin", Any(sal_Int32(1500)));
    page->setPropertyValue("RightMargin", Any(sal_Int32(1500)));
    properties(sheet)->setPropertyValue("PageStyle", Any(fromUtf8(styleName)));
}

// A section heading never ends a printed page: where an automatic page break
// falls just below a heading (the heading, or it and its table header, would
// end the page), a manual break before the heading takes it to the next page.
// Each manual break moves the breaks below it, so the breaks are read again.
void keepSectionsWithTheirTables(const Reference<css::sheet::XSpreadsheet>& sheet, const KeyFigurePlan& plan) {
    constexpr int kRowsKeptWithHeading = 2;  // the table header and the first row
    Reference<css::sheet::XSheetPageBreak> pages(sheet, UNO_QUERY_THROW);
    Reference<css::table::XTableRows> rows = Reference<css::table::XColumnRowRange>(sheet, UNO_QUERY_THROW)->getRows();
    for (std::size_t pass = 0; pass <= plan.sectionRows.size(); ++pass) {
        // Deprecated, but the one call that computes the automatic breaks
        // (reading a row's IsStartOfNewPage does not update them).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
        const Sequence<css::sheet::TablePageBreakData> breaks = pages->getRowPageBreaks();
#pragma GCC diagnostic pop
        const auto endsAPage = [&](int heading) {
            return std::any_of(breaks.begin(), breaks.end(), [&](const css::sheet::TablePageBreakData& b) {
                return b.Position > heading && b.Position <= heading + kRowsKeptWithHeading;
            });
        };
        const auto stranded = std::find_if(plan.sectionRows.begin(), plan.sectionRows.end(), endsAPage);
        if (stranded == plan.sectionRows.end()) return;
        properties(Reference<css::uno::XInterface>(rows->getByIndex(*stranded), UNO_QUERY_THROW))
            ->setPropertyValue("IsStartOfNewPage", Any(true));
    }
}

// Formulas become their values (formats, charts and highlights stay).
void freezeValues(const Reference<css::sheet::XSpreadsheetDocument>& document,
                  const Reference<css::sheet::XSpreadsheet>& sheet) {
    Reference<css::sheet::XCalculatable>(document, UNO_QUERY_THROW)->calculate();
    const auto area = usedArea(sheet);
    Reference<css::table::XCellRange> range =
        sheet->getCellRangeByPosition(area.StartColumn, area.StartRow, area.EndColumn, area.EndRow);
    const Sequence<Sequence<Any>> values = Reference<css::sheet::XCellRangeData>(range, UNO_QUERY_THROW)->getDataArray();
    Reference<css::sheet::XSheetOperation>(range, UNO_QUERY_THROW)
        ->clearContents(css::sheet::CellFlags::VALUE | css::sheet::CellFlags::DATETIME |
                        css::sheet::CellFlags::STRING | css::sheet::CellFlags::FORMULA);
    for (sal_Int32 r = 0; r < values.getLength(); ++r) {
        for (sal_Int32 c = 0; c < values[r].getLength(); ++c) {
            const Any& value = values[r][c];
            Reference<css::table::XCell> cell = sheet->getCellByPosition(area.StartColumn + c, area.StartRow + r);
            double number = 0;
            OUString text;
            if (value >>= number)
                cell->setValue(number);
            else if ((value >>= text) && !text.isEmpty())
                Reference<css::text::XText>(cell, UNO_QUERY_THROW)->setString(text);
        }
    }
}

// The helper columns hold whole table-function results the visible cells pick from.
void hideHelperColumns(const Reference<css::sheet::XSpreadsheet>& sheet, const KeyFigurePlan& plan) {
    Reference<css::table::XTableColumns> columns =
        Reference<css::table::XColumnRowRange>(sheet, UNO_QUERY_THROW)->getColumns();
    for (int c : plan.hiddenColumns)
        properties(Reference<css::uno::XInterface>(columns->getByIndex(c), UNO_QUERY_THROW))
            ->setPropertyValue("IsVisible", Any(false));
}

void fillSheet(const Reference<css::sheet::XSpreadsheetDocument>& document,
               const Reference<css::sheet::XSpreadsheet>& sheet, const KeyFigurePlan& plan) {
    writePlannedCells(document, sheet, plan.cells, plan.columnWidthsCm, plan.pageStyleName);
    for (const PlannedBand& band : plan.bands) highlightBand(document, sheet, band);
    hideHelperColumns(sheet, plan);
    for (const PlannedChart& chart : plan.charts) addChart(sheet, chart);
    keepSectionsWithTheirTables(sheet, plan);
}

}  // namespace

void writePlannedCells(const Reference<css::sheet::XSpreadsheetDocument>& document,
                       const Reference<css::sheet::XSpreadsheet>& sheet, const std::vector<PlannedCell>& cells,
                       const std::vector<double>& columnWidthsCm, const std::string& pageStyleName) {
    Reference<css::table::XTableColumns> columns =
        Reference<css::table::XColumnRowRange>(sheet, UNO_QUERY_THROW)->getColumns();
    for (std::size_t c = 0; c < columnWidthsCm.size(); ++c)
        properties(Reference<css::uno::XInterface>(columns->getByIndex(static_cast<sal_Int32>(c)), UNO_QUERY_THROW))
            ->setPropertyValue("Width", Any(static_cast<sal_Int32>(columnWidthsCm[c] * 1000)));

    NumberFormats formats(document);
    for (const PlannedCell& cell : cells) writeCell(sheet, cell, formats);
    setUpPages(document, sheet, pageStyleName);
}

Reference<css::sheet::XSpreadsheet> addFilledSheet(
    const Reference<css::sheet::XSpreadsheetDocument>& document, const std::string& name,
    const std::function<void(const Reference<css::sheet::XSpreadsheet>&)>& fill) {
    Reference<css::sheet::XSpreadsheets> sheets = document->getSheets();
    const sal_Int16 position =
        static_cast<sal_Int16>(Reference<css::container::XIndexAccess>(sheets, UNO_QUERY_THROW)->getCount());
    const OUString sheetName = fromUtf8(name);
    sheets->insertNewByName(sheetName, position);
    try {
        Reference<css::sheet::XSpreadsheet> sheet(sheets->getByName(sheetName), UNO_QUERY_THROW);
        fill(sheet);
        return sheet;
    } catch (...) {
        // Leave nothing half-made behind. (Removing beats undo(): LibreOffice 7.4
        // crashes undoing a sheet insertion in a hidden document.)
        try {
            sheets->removeByName(sheetName);
        } catch (...) {
        }
        throw;
    }
}

Reference<css::sheet::XSpreadsheet> writeKeyFigureSheet(const Reference<css::sheet::XSpreadsheetDocument>& document,
                                                        const KeyFigurePlan& plan, const std::string& name) {
    return addFilledSheet(document, name,
                          [&](const Reference<css::sheet::XSpreadsheet>& sheet) { fillSheet(document, sheet, plan); });
}

void refreshHelperTables(const Reference<css::sheet::XSpreadsheet>& sheet, const KeyFigurePlan& plan) {
    if (plan.hiddenColumns.empty()) return;
    const int firstHidden = *std::min_element(plan.hiddenColumns.begin(), plan.hiddenColumns.end());
    for (const PlannedCell& cell : plan.cells) {
        if (cell.kind != PlannedCell::Kind::ArrayFormula || cell.col < firstHidden) continue;
        Reference<css::table::XCellRange> range =
            sheet->getCellRangeByPosition(cell.col, cell.row, cell.col + cell.cols - 1, cell.row + cell.rows - 1);
        Reference<css::sheet::XArrayFormulaRange>(range, UNO_QUERY_THROW)->setArrayFormula(fromUtf8(cell.content));
    }
}

void freezeKeyFigureValues(const Reference<css::sheet::XSpreadsheetDocument>& document,
                           const Reference<css::sheet::XSpreadsheet>& sheet, const KeyFigurePlan& plan) {
    freezeValues(document, sheet);
    if (plan.hiddenColumns.empty()) return;
    // Nothing refers to the helper columns any more; the means behind a pay
    // index are not part of the published figures, so they go.
    const auto [first, last] = std::minmax_element(plan.hiddenColumns.begin(), plan.hiddenColumns.end());
    Reference<css::table::XCellRange> range = sheet->getCellRangeByPosition(*first, 0, *last, usedArea(sheet).EndRow);
    Reference<css::sheet::XSheetOperation>(range, UNO_QUERY_THROW)
        ->clearContents(css::sheet::CellFlags::VALUE | css::sheet::CellFlags::DATETIME | css::sheet::CellFlags::STRING |
                        css::sheet::CellFlags::FORMULA);
}

}  // namespace ligestat::addin
