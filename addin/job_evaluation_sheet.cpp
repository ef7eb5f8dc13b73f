// The job evaluation sheet in the workbook (analysis.md §2): see the header.
#include "job_evaluation_sheet.hpp"
#include "uno_names.hpp"

#include "convert.hpp"
#include "sheet_writer.hpp"

#include "ligestat/bilingual.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/ConditionOperator.hpp>
#include <com/sun/star/sheet/ValidationType.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeReferrer.hpp>
#include <com/sun/star/sheet/XNamedRange.hpp>
#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/sheet/XSheetCondition.hpp>
#include <com/sun/star/sheet/XSheetOperation.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/table/CellAddress.hpp>
#include <com/sun/star/table/CellContentType.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XText.hpp>

#include <algorithm>

namespace ligestat::addin {

using namespace jobsheet;

namespace {

const Text kScoreHelp{"A whole number from 1 (lowest) to 5 (highest).",
                      "Et helt tal fra 1 (lavest) til 5 (højest)."};

Reference<css::sheet::XNamedRanges> namedRanges(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    Reference<css::beans::XPropertySet> properties(document, UNO_QUERY_THROW);
    return Reference<css::sheet::XNamedRanges>(properties->getPropertyValue("NamedRanges"), UNO_QUERY_THROW);
}

UserCell readUserCell(const Reference<css::table::XCell>& cell) {
    switch (cell->getType()) {
        case css::table::CellContentType_VALUE: return {UserCell::Kind::Number, cell->getValue(), {}};
        case css::table::CellContentType_TEXT:
            return {UserCell::Kind::Text, 0, toUtf8(Reference<css::text::XText>(cell, UNO_QUERY_THROW)->getString())};
        case css::table::CellContentType_FORMULA: return {UserCell::Kind::Formula, 0, toUtf8(cell->getFormula())};
        default: return {};
    }
}

void defineName(const Reference<css::sheet::XNamedRanges>& names, const char* name, const OUString& content) {
    const OUString key = OUString::createFromAscii(name);
    if (names->hasByName(key)) {
        Reference<css::sheet::XNamedRange>(names->getByName(key), UNO_QUERY_THROW)->setContent(content);
        return;
    }
    names->addNewByName(key, content, css::table::CellAddress(0, 0, 0), 0);
}

// Data validity on the score cells: a whole number 1–5, with a help text.
void validateScores(const Reference<css::sheet::XSpreadsheet>& sheet, const JobEvaluationPlan& plan,
                    const std::string& language) {
    if (plan.lastTableRow < plan.firstTableRow) return;
    Reference<css::beans::XPropertySet> range(
        sheet->getCellRangeByPosition(plan.scoreFirstCol, plan.firstTableRow, plan.scoreLastCol, plan.lastTableRow),
        UNO_QUERY_THROW);
    Reference<css::beans::XPropertySet> validation(range->getPropertyValue("Validation"), UNO_QUERY_THROW);
    validation->setPropertyValue("Type", Any(css::sheet::ValidationType_WHOLE));
    Reference<css::sheet::XSheetCondition> condition(validation, UNO_QUERY_THROW);
    condition->setOperator(css::sheet::ConditionOperator_BETWEEN);
    condition->setFormula1("1");
    condition->setFormula2("5");
    validation->setPropertyValue("IgnoreBlankCells", Any(true));
    validation->setPropertyValue("ShowInputMessage", Any(true));
    validation->setPropertyValue("InputMessage", Any(fromUtf8(kScoreHelp.in(language))));
    validation->setPropertyValue("ShowErrorMessage", Any(true));
    validation->setPropertyValue("ErrorMessage", Any(fromUtf8(kScoreHelp.in(language))));
    range->setPropertyValue("Validation", Any(validation));
}

void fill(const Reference<css::sheet::XSpreadsheetDocument>& document, const Reference<css::sheet::XSpreadsheet>& sheet,
          const JobEvaluationPlan& plan, const std::string& language) {
    writePlannedCells(document, sheet, plan.cells, plan.columnWidthsCm, plan.pageStyleName);
    validateScores(sheet, plan, language);
}

}  // namespace

std::optional<ExistingJobEvaluation> findJobEvaluationSheet(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    Reference<css::sheet::XNamedRanges> names = namedRanges(document);
    const OUString key = OUString::createFromAscii(kJobTitlesName);
    if (!names->hasByName(key)) return std::nullopt;
    Reference<css::sheet::XCellRangeReferrer> referrer(names->getByName(key), UNO_QUERY);
    // A name whose sheet was deleted refers to nothing: a new sheet is made.
    Reference<css::table::XCellRange> cells = referrer.is() ? referrer->getReferredCells() : nullptr;
    Reference<css::sheet::XCellRangeAddressable> addressable(cells, UNO_QUERY);
    if (!addressable.is()) return std::nullopt;
    const css::table::CellRangeAddress address = addressable->getRangeAddress();
    Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    if (address.Sheet < 0 || address.Sheet >= sheets->getCount()) return std::nullopt;
    ExistingJobEvaluation existing;
    existing.sheet.set(sheets->getByIndex(address.Sheet), UNO_QUERY_THROW);
    existing.name = toUtf8(Reference<css::container::XNamed>(existing.sheet, UNO_QUERY_THROW)->getName());
    existing.firstTableRow = address.StartRow;
    existing.lastTableRow = address.EndRow;
    return existing;
}

JobEvaluationEntries readJobEvaluationEntries(const ExistingJobEvaluation& existing) {
    const int lastRow = std::max(existing.lastTableRow, existing.firstTableRow - kFirstTableRow + kFirstBandRow + kJobBands);
    std::vector<std::vector<UserCell>> cells(static_cast<std::size_t>(lastRow + 1),
                                             std::vector<UserCell>(kBandNameCol + 1));
    for (int row = 0; row <= lastRow; ++row)
        for (int col = 0; col <= kBandNameCol; ++col)
            cells[static_cast<std::size_t>(row)][static_cast<std::size_t>(col)] =
                readUserCell(existing.sheet->getCellByPosition(col, row));
    return readJobEvaluationEntries(cells, existing.firstTableRow, existing.lastTableRow);
}

Reference<css::sheet::XSpreadsheet> addJobEvaluationSheet(const Reference<css::sheet::XSpreadsheetDocument>& document,
                                                          const JobEvaluationPlan& plan, const std::string& name,
                                                          const std::string& language) {
    return addFilledSheet(document, name, [&](const Reference<css::sheet::XSpreadsheet>& sheet) {
        fill(document, sheet, plan, language);
    });
}

void rewriteJobEvaluationSheet(const Reference<css::sheet::XSpreadsheetDocument>& document,
                               const ExistingJobEvaluation& existing, const JobEvaluationPlan& plan,
                               const std::string& language) {
    using namespace css::sheet::CellFlags;
    const sal_Int32 contents = VALUE | DATETIME | STRING | FORMULA;
    const int shift = existing.firstTableRow - kFirstTableRow;  // rows the user inserted above the table
    Reference<css::sheet::XSheetOperation>(
        existing.sheet->getCellRangeByPosition(0, 0, kLastTableCol, std::max(existing.lastTableRow, kFirstTableRow)),
        UNO_QUERY_THROW)
        ->clearContents(contents);
    Reference<css::sheet::XSheetOperation>(
        existing.sheet->getCellRangeByPosition(kBandFromCol, std::max(0, kHeaderRow + shift), kBandNameCol,
                                               std::max(0, kFirstBandRow + kJobBands - 1 + shift)),
        UNO_QUERY_THROW)
        ->clearContents(contents);
    fill(document, existing.sheet, plan, language);
}

void defineJobEvaluationNames(const Reference<css::sheet::XSpreadsheetDocument>& document, const std::string& sheetName,
                              const JobEvaluationPlan& plan) {
    Reference<css::sheet::XNamedRanges> names = namedRanges(document);
    defineName(names, kJobTitlesName, fromUtf8(jobTableColumn(sheetName, kTitleCol, plan)));
    defineName(names, kJobCategoriesName, fromUtf8(jobTableColumn(sheetName, kCategoryCol, plan)));
}

}  // namespace ligestat::addin
