#include "sheet_reader.hpp"
#include "uno_names.hpp"

#include "office_access.hpp"

#include "convert.hpp"
#include "ligestat/cpr.hpp"
#include "ligestat/last_year.hpp"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertySetInfo.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangeReferrer.hpp>
#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>

#include <map>

namespace ligestat::addin {

namespace {

constexpr int kSurveyHeaderRows = 5;  // a survey header is in the first rows

std::vector<std::vector<std::string>> texts(const AnyMatrix& block) {
    std::vector<std::vector<std::string>> rows;
    for (const auto& row : block) rows.push_back(textsOf(row));
    return rows;
}

std::string sheetName(const Reference<css::sheet::XSpreadsheet>& sheet) {
    return toUtf8(Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->getName());
}

// A sheet whose first rows hold a header row of HR data.
struct Candidate {
    Reference<css::sheet::XSpreadsheet> sheet;
    css::table::CellRangeAddress area;
    int headerRow = -1;  // sheet row
    std::vector<std::string> headers;
    int recognised = 0;
};

Candidate examine(const Reference<css::sheet::XSpreadsheet>& sheet) {
    Candidate c;
    c.sheet = sheet;
    c.area = usedArea(sheet);
    const int bottom = std::min<int>(c.area.EndRow, c.area.StartRow + static_cast<int>(kHeaderSearchRows) - 1);
    const auto rows = texts(readBlock(sheet, c.area.StartColumn, c.area.StartRow, c.area.EndColumn, bottom));
    const auto found = findHeaderRow(rows);
    if (!found) return c;
    c.headerRow = c.area.StartRow + static_cast<int>(*found);
    c.headers = rows[*found];
    c.recognised = countRecognisedHeaders(c.headers);
    return c;
}

std::vector<Reference<css::sheet::XSpreadsheet>> allSheets(
    const Reference<css::sheet::XSpreadsheetDocument>& document) {
    Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    std::vector<Reference<css::sheet::XSpreadsheet>> out;
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i)
        out.emplace_back(sheets->getByIndex(i), UNO_QUERY_THROW);
    return out;
}

Candidate findDataSheet(const Reference<css::sheet::XSpreadsheetDocument>& document,
                        const Reference<css::sheet::XSpreadsheet>& activeSheet) {
    if (activeSheet.is()) {
        Candidate active = examine(activeSheet);
        if (active.headerRow >= 0) return active;
    }
    Candidate best;
    for (const auto& sheet : allSheets(document)) {
        Candidate c = examine(sheet);
        if (c.headerRow >= 0 && c.recognised > best.recognised) best = c;
    }
    return best;
}

std::optional<SurveyBlock> findSurvey(const Reference<css::sheet::XSpreadsheetDocument>& document,
                                      const std::string& dataSheet) {
    for (const auto& sheet : allSheets(document)) {
        const std::string name = sheetName(sheet);
        if (name == dataSheet) continue;
        const auto area = usedArea(sheet);
        const int bottom = std::min<int>(area.EndRow, area.StartRow + kSurveyHeaderRows - 1);
        const auto rows = texts(readBlock(sheet, area.StartColumn, area.StartRow, area.EndColumn, bottom));
        for (std::size_t r = 0; r < rows.size(); ++r) {
            for (std::size_t c = 0; c < rows[r].size(); ++c) {
                if (!isSurveyHeader(rows[r][c])) continue;
                SurveyBlock survey;
                survey.sheet = name;
                survey.column = area.StartColumn + static_cast<int>(c);
                survey.firstRow = area.StartRow + static_cast<int>(r) + 1;
                survey.lastRow = area.EndRow;
                if (survey.lastRow < survey.firstRow) return std::nullopt;
                const Range answers = toRange(readBlock(sheet, survey.column, survey.firstRow, survey.column,
                                                        survey.lastRow));
                survey.answers = surveyAnswers(answers.cells);
                return survey;
            }
        }
    }
    return std::nullopt;
}

// A sheet's staff rows as a data block: the header found by examine, the
// columns as the settings resolve them, totals and footnotes at the end left
// out. `rows` receives the data rows (for collectFacts).
DataBlock dataBlockOf(const Candidate& c, const Settings& settings, Range& rows) {
    DataBlock block;
    block.sheet = sheetName(c.sheet);
    block.headerRow = c.headerRow;
    block.firstColumn = c.area.StartColumn;
    block.lastRow = c.area.EndRow;
    block.columns = resolveColumns(c.headers, settings);
    block.headers = c.headers;
    if (block.lastRow <= block.headerRow) return block;
    rows = toRange(readBlock(c.sheet, c.area.StartColumn, c.headerRow + 1, c.area.EndColumn, c.area.EndRow));
    const DataEnd end = findDataEnd(rows, block.columns);
    block.lastRow = block.headerRow + static_cast<int>(end.dataRows);
    block.leftOutRows = end.leftOut;
    rows.rows = end.dataRows;
    rows.cells.resize(rows.rows * rows.cols);
    return block;
}

// Last year's list (analysis.md §3): the sheet the user chose or the year in
// its name gives (lastYearSheet), read with the same header detection; none
// when that sheet has no header row or no rows.
std::optional<LastYearList> readLastYear(const Reference<css::sheet::XSpreadsheetDocument>& document,
                                         const std::string& thisYear, const Settings& settings) {
    const auto name = lastYearSheet(settings, thisYear, sheetNames(document));
    if (!name) return std::nullopt;
    Reference<css::sheet::XSpreadsheet> sheet(
        Reference<css::container::XNameAccess>(document->getSheets(), UNO_QUERY_THROW)->getByName(fromUtf8(*name)),
        UNO_QUERY_THROW);
    const Candidate found = examine(sheet);
    if (found.headerRow < 0) return std::nullopt;
    Range rows;
    LastYearList list;
    list.data = dataBlockOf(found, settings, rows);
    if (rows.rows == 0) return std::nullopt;
    list.facts = collectFacts(rows, list.data.columns, settings);
    return list;
}

// The cells a document-level named range refers to, as one list (row by
// row); nullopt when the name is missing or refers to no cell range.
std::optional<std::vector<Cell>> namedRangeCells(const Reference<css::container::XNameAccess>& names,
                                                 std::string_view name) {
    const OUString uname = fromUtf8(std::string(name));
    if (!names.is() || !names->hasByName(uname)) return std::nullopt;
    const Reference<css::sheet::XCellRangeReferrer> referrer(names->getByName(uname), UNO_QUERY);
    if (!referrer.is()) return std::nullopt;
    const Reference<css::sheet::XCellRangeData> cells(referrer->getReferredCells(), UNO_QUERY);
    if (!cells.is()) return std::nullopt;  // a name for a formula or constant, not cells
    return toRange(cells->getDataArray()).cells;
}

// The job evaluation sheet's contract (issue 11): both named ranges, or none.
std::optional<JobEvaluationRanges> findJobEvaluation(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    const Reference<css::beans::XPropertySet> properties(document, UNO_QUERY);
    if (!properties.is()) return std::nullopt;
    const Reference<css::container::XNameAccess> names(properties->getPropertyValue("NamedRanges"), UNO_QUERY);
    auto titles = namedRangeCells(names, kJobTitlesRangeName);
    auto categories = namedRangeCells(names, kJobCategoriesRangeName);
    if (!titles || !categories) return std::nullopt;
    return JobEvaluationRanges{std::move(*titles), std::move(*categories)};
}

double todaySerial(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    const Reference<css::beans::XPropertySet> properties(document, UNO_QUERY);
    return static_cast<double>(daysFromCivil(today()) - daysFromCivil(documentNullDate(properties)));
}

}  // namespace

KeyFigureInput readKeyFigureInput(const Reference<css::sheet::XSpreadsheetDocument>& document,
                                  const Reference<css::sheet::XSpreadsheet>& activeSheet,
                                  const std::string& language) {
    KeyFigureInput input;
    input.settings = documentSettings(Reference<css::frame::XModel>(document, UNO_QUERY));
    input.language = language;
    const Candidate data = findDataSheet(document, activeSheet);
    if (data.headerRow < 0)
        throw UserProblem{{"No staff list found: no sheet has a header row with columns such as Køn, CPR, Løn "
                           "or Stillingsbetegnelse in its first 20 rows.",
                           "Ingen medarbejderliste fundet: intet ark har en overskriftsrække med kolonner som "
                           "Køn, CPR, Løn eller Stillingsbetegnelse i de første 20 rækker."}};
    Range rows;
    input.data = dataBlockOf(data, input.settings, rows);
    if (!input.data.columns.has(ColumnRole::Gender) && !input.data.columns.has(ColumnRole::Cpr))
        throw UserProblem{{"The staff list has neither a gender (Køn) nor a CPR column.",
                           "Medarbejderlisten har hverken en kolonne for køn eller for CPR-nummer."}};
    if (rows.rows == 0)
        throw UserProblem{{"The staff list has no rows below its header.",
                           "Medarbejderlisten har ingen rækker under overskrifterne."}};
    input.facts = collectFacts(rows, input.data.columns, input.settings);
    input.lastYear = readLastYear(document, input.data.sheet, input.settings);
    input.survey = findSurvey(document, input.data.sheet);
    input.jobEvaluation = findJobEvaluation(document);
    input.referenceDate = todaySerial(document);
    return input;
}

}  // namespace ligestat::addin
