// The Actions panel: "Generate key figures" and "Job evaluation" (dispatch the
// commands that another part of the extension implements) and "Check data" (counts problems
// and lets the user select the offending cells). Checking changes nothing;
// only the Convert button, on the user's click, turns the cells of "text that
// looks like a number" into numbers (key-figures.md, "Data check"). With last
// year's list (the Data panel's choice) its ids are checked too and matched
// with this year's (issue 12); Select shows its cells on its own sheet.
#include "convert.hpp"
#include "uno_names.hpp"
#include "office_access.hpp"
#include "sidebar_document.hpp"
#include "sidebar_panel.hpp"
#include "sidebar_texts.hpp"

#include "ligestat/datacheck.hpp"
#include "ligestat/sheet_layout.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XDispatch.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/util/URL.hpp>
#include <com/sun/star/util/URLTransformer.hpp>

#include <optional>

namespace ligestat::addin {
namespace {

const OUString kGenerate("generate");
const OUString kJobEvaluation("job_evaluation");
const OUString kCheck("check");
const OUString kStatus("status");
const OUString kSelectPrefix("select.");
const OUString kConvert("convert.number_as_text");
const OUString kNumberTextDetail("detail.number_as_text");
const OUString kGenerateCommand("vnd.dk.ligestat:GenerateKeyFigures");
const OUString kJobEvaluationCommand("vnd.dk.ligestat:JobEvaluation");

OUString problemKey(const ProblemInfo& problem) { return OUString::createFromAscii(problem.key); }

// A check and where its rows are, so that "Select" can find the cells again.
struct ListPlace {
    sal_Int16 sheetIndex;
    sal_Int32 firstDataRow;
    ColumnMap columns;
};

struct CheckedSheet {
    sal_Int16 sheetIndex;
    sal_Int32 firstDataRow;
    ColumnMap columns;
    std::optional<ListPlace> lastYear;
    NumberLocale locale;  // the one the check read number-like text in; Convert uses the same
    DataCheck result;
};

class ActionsPanel final : public PanelBody {
public:
    explicit ActionsPanel(const PanelContext& context) : ctx_(context) {}

    void build(Form& form) override {
        form_ = &form;
        form.addButton(kGenerate, ctx_.tr(texts::kGenerate), 1);
        form.newRow();
        form.addButton(kJobEvaluation, ctx_.tr(texts::kJobEvaluation), 1);
        form.newRow();
        form.addButton(kCheck, ctx_.tr(texts::kCheck), 1);
        for (const auto& problem : problemList()) {
            form.newRow();
            form.addLabel("label." + problemKey(problem), ctx_.tr(problem.labelEn, problem.labelDa), 90, 1);
            form.addLabel("count." + problemKey(problem), ctx_.tr(texts::kNotChecked), 36, 0);
            form.addButton(kSelectPrefix + problemKey(problem), ctx_.tr(texts::kSelect), 0);
            form.setEnabled(kSelectPrefix + problemKey(problem), false);
            if (problem.problem == Problem::NumberAsText) addConvertRow(form);
        }
        form.newRow();
        form.addLabel(kStatus, OUString(), 100, 1, 2);
    }

    void onAction(const OUString& name) override {
        try {
            if (name == kGenerate) run(kGenerateCommand, texts::kGenerating);
            else if (name == kJobEvaluation) run(kJobEvaluationCommand, texts::kEvaluatingJobs);
            else if (name == kCheck) check();
            else if (name == kConvert) convert();
            else if (name.startsWith(kSelectPrefix)) select(toUtf8(name.copy(kSelectPrefix.getLength())));
        } catch (const css::uno::Exception&) {
            form_->setLabel(kStatus, ctx_.tr(texts::kFailed));
        }
    }

private:
    void run(const OUString& command, const Text& busy) {
        css::util::URL url;
        url.Complete = command;
        css::util::URLTransformer::create(ctx_.context)->parseStrict(url);
        Reference<css::frame::XDispatchProvider> provider(ctx_.frame, UNO_QUERY);
        Reference<css::frame::XDispatch> dispatch =
            provider.is() ? provider->queryDispatch(url, "_self", 0) : Reference<css::frame::XDispatch>();
        if (!dispatch.is()) {
            form_->setLabel(kStatus, ctx_.tr(texts::kCommandMissing));
            return;
        }
        form_->setLabel(kStatus, ctx_.tr(busy));
        dispatch->dispatch(url, {});
    }

    void check() {
        checked_.reset();
        const SheetData data = readActiveSheet(ctx_.controller());
        if (!data.headerRow) {
            showCounts(nullptr);
            form_->setLabel(kStatus, data.sheetName + ": " + ctx_.tr(texts::kDataRangeNone));
            return;
        }
        auto document = ctx_.document();
        const Settings settings = documentSettings(document);
        const ColumnMap columns = resolveColumns(data.headers, settings);
        const NumberLocale locale = userNumberLocale(ctx_.context);
        // Totals and footnote rows at the end are not employees: not checked, and said so.
        const DataEnd end = readDataEnd(data, columns);
        std::optional<ListPlace> lastYear;
        DataColumns lastYearColumns;
        if (const auto before = readLastYearSheet(document, data.sheetName, settings); before && before->headerRow) {
            const ColumnMap beforeColumns = resolveColumns(before->headers, settings);
            lastYearColumns = readCheckedColumns(*before, beforeColumns, readDataEnd(*before, beforeColumns).dataRows);
            lastYear = ListPlace{before->sheetIndex, before->firstDataRow(), beforeColumns};
        }
        DataCheck result = checkData(readCheckedColumns(data, columns, end.dataRows), checkDates(document), locale,
                                     lastYear ? &lastYearColumns : nullptr);
        checked_ = CheckedSheet{data.sheetIndex, data.firstDataRow(), columns, lastYear, locale, std::move(result)};
        showCounts(&checked_->result);
        OUString status = OUString::number(static_cast<sal_Int64>(checked_->result.rowsChecked)) + " " +
                          ctx_.tr(texts::kChecked) + " " + data.sheetName + " (" + rangeName(data) + ")";
        for (const TrailingRow& left : end.leftOut)
            status += "; " + fromUtf8(leftOutSentence(left.kind, data.firstDataRow() + 1 + static_cast<long>(left.row),
                                                      ctx_.danish ? "da" : "en"));
        form_->setLabel(kStatus, status);
    }

    // Below "Text that looks like a number": how many per column, and Convert.
    void addConvertRow(Form& form) {
        form.newRow();
        form.addLabel(kNumberTextDetail, OUString(), 90, 1);
        form.addButton(kConvert, ctx_.tr(texts::kConvert), 0);
        form.setEnabled(kConvert, false);
    }

    // "Løn 2, Årsværk 1": the columns whose text looks like a number.
    OUString numberTextDetail(const DataCheck& result) const {
        OUString detail;
        for (ColumnRole role : numberColumns()) {
            const std::size_t n = result.countIn(Problem::NumberAsText, role);
            if (n == 0) continue;
            if (!detail.isEmpty()) detail += ", ";
            detail += ctx_.tr(roleInfo(role).labelEn, roleInfo(role).labelDa) + " " +
                      OUString::number(static_cast<sal_Int64>(n));
        }
        return detail;
    }

    // Only the cells the last check found, and only if they still hold
    // number-like text; then the check runs again to show what is left.
    void convert() {
        if (!checked_) return;
        std::vector<SheetCell> cells;
        for (const ProblemCell& cell : checked_->result.cellsOf(Problem::NumberAsText))
            cells.push_back({checked_->columns[cell.role], checked_->firstDataRow + static_cast<sal_Int32>(cell.row)});
        const std::size_t converted = convertNumberText(ctx_.document(), checked_->sheetIndex, cells,
                                                        checked_->locale, ctx_.tr(texts::kConvertUndo));
        check();
        form_->setLabel(kStatus, OUString::number(static_cast<sal_Int64>(converted)) + " " + ctx_.tr(texts::kConverted));
    }

    void showCounts(const DataCheck* result) {
        for (const auto& problem : problemList()) {
            const std::size_t count = result ? result->count(problem.problem) : 0;
            OUString shown = ctx_.tr(texts::kNotChecked);
            if (result) shown = result->wasChecked(problem.problem) ? OUString::number(static_cast<sal_Int64>(count))
                                                                     : ctx_.tr(texts::kNotMapped);
            form_->setLabel("count." + problemKey(problem), shown);
            form_->setEnabled(kSelectPrefix + problemKey(problem), count > 0);
        }
        const bool numberText = result && result->count(Problem::NumberAsText) > 0;
        form_->setLabel(kNumberTextDetail, numberText ? numberTextDetail(*result) : OUString());
        form_->setEnabled(kConvert, numberText);
    }

    void select(const std::string& key) {
        if (!checked_) return;
        for (const auto& problem : problemList()) {
            if (key != problem.key) continue;
            // This year's cells; last year's only when this year's list has none (one sheet at a time).
            std::vector<SheetCell> now, before;
            for (const ProblemCell& cell : checked_->result.cellsOf(problem.problem)) {
                if (!cell.lastYear)
                    now.push_back({checked_->columns[cell.role], checked_->firstDataRow + static_cast<sal_Int32>(cell.row)});
                else if (checked_->lastYear)
                    before.push_back({checked_->lastYear->columns[cell.role],
                                      checked_->lastYear->firstDataRow + static_cast<sal_Int32>(cell.row)});
            }
            if (!now.empty()) selectCells(ctx_.controller(), checked_->sheetIndex, now);
            else if (!before.empty()) selectCells(ctx_.controller(), checked_->lastYear->sheetIndex, before);
        }
    }

    PanelContext ctx_;
    Form* form_ = nullptr;
    std::optional<CheckedSheet> checked_;
};

}  // namespace

std::unique_ptr<PanelBody> makeActionsPanel(const PanelContext& context) {
    return std::make_unique<ActionsPanel>(context);
}

}  // namespace ligestat::addin
