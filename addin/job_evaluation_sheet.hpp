// The job evaluation sheet in the workbook (analysis.md §2): finding the one a
// previous run made (through its named range), reading what the user entered
// on it, writing a plan of core/src/job_evaluation.cpp and keeping the named
// ranges `LigestatJobTitles` / `LigestatJobCategories` on its table.
#pragma once

#include "ligestat/job_evaluation.hpp"

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <optional>
#include <string>

namespace ligestat::addin {

struct ExistingJobEvaluation {
    css::uno::Reference<css::sheet::XSpreadsheet> sheet;
    std::string name;
    int firstTableRow = 0, lastTableRow = 0;  // the rows LigestatJobTitles covers
};

// The sheet LigestatJobTitles points to, if the name exists and its sheet is still there.
std::optional<ExistingJobEvaluation> findJobEvaluationSheet(
    const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

// What the user entered on it (scores, weights, bands, justifications, titles).
JobEvaluationEntries readJobEvaluationEntries(const ExistingJobEvaluation& existing);

// A new sheet named `name` after the last one, filled with the plan (removed
// again if writing fails).
css::uno::Reference<css::sheet::XSpreadsheet> addJobEvaluationSheet(
    const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document, const JobEvaluationPlan& plan,
    const std::string& name, const std::string& language);

// The existing sheet rewritten with the plan: the contents of the old layout
// (up to its last table row) are cleared first; the user's formatting and
// anything outside the layout's columns stay.
void rewriteJobEvaluationSheet(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                               const ExistingJobEvaluation& existing, const JobEvaluationPlan& plan,
                               const std::string& language);

// LigestatJobTitles and LigestatJobCategories set to the plan's table rows
// on `sheetName` (added, or changed when they exist).
void defineJobEvaluationNames(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                              const std::string& sheetName, const JobEvaluationPlan& plan);

}  // namespace ligestat::addin
