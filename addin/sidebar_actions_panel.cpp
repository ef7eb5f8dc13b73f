// The Actions panel: "Generate key figures" (dispatches the command that
// another part of the extension implements) and "Check data" (counts problems
// and lets the user select the offending cells). Checking changes nothing.
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
const OUString kCheck("check");
const OUString kStatus("status");
const OUString kSelectPrefix("select.");
const OUString kGenerateCommand("vnd.dk.ligestat:GenerateKeyFigures");

OUString problemKey(const ProblemInfo& problem) { return OUString::createFromAscii(problem.key); }

// A check and where its rows are, so that "Select" can find the cells again.
struct CheckedSheet {
    sal_Int16 sheetIndex;
    sal_Int32 firstDataRow;
    ColumnMap columns;
    DataCheck result;
};

class ActionsPanel final : public PanelBody {
public:
    explicit ActionsPanel(const PanelContext& context) : ctx_(context) {}

    void build(Form& form) override {
        form_ = &form;
        form.addButton(kGenerate, ctx_.tr(texts::kGenerate), 1);
        form.newRow();
        form.addButton(kCheck, ctx_.tr(texts::kCheck), 1);
        for (const auto& problem : problemList()) {
            form.newRow();
            form.addLabel("label." + problemKey(problem), ctx_.tr(problem.labelEn, problem.labelDa), 90, 1);
            form.addLabel("count." + problemKey(problem), ctx_.tr(texts::kNotChecked), 36, 0);
            form.addButton(kSelectPrefix + problemKey(problem), ctx_.tr(texts::kSelect), 0);
            form.setEnabled(kSelectPrefix + problemKey(problem), false);
        }
        form.newRow();
        form.addLabel(kStatus, OUString(), 100, 1, 2);
    }

    void onAction(const OUString& name) override {
        try {
            if (name == kGenerate) generate();
            else if (name == kCheck) check();
            else if (name.startsWith(kSelectPrefix)) select(toUtf8(name.copy(kSelectPrefix.getLength())));
        } catch (const css::uno::Exception&) {
            form_->setLabel(kStatus, ctx_.tr(texts::kFailed));
        }
    }

private:
    void generate() {
        css::util::URL url;
        url.Complete = kGenerateCommand;
        css::util::URLTransformer::create(ctx_.context)->parseStrict(url);
        Reference<css::frame::XDispatchProvider> provider(ctx_.frame, UNO_QUERY);
        Reference<css::frame::XDispatch> dispatch =
            provider.is() ? provider->queryDispatch(url, "_self", 0) : Reference<css::frame::XDispatch>();
        if (!dispatch.is()) {
            form_->setLabel(kStatus, ctx_.tr(texts::kCommandMissing));
            return;
        }
        form_->setLabel(kStatus, ctx_.tr(texts::kGenerating));
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
        const ColumnMap columns = resolveColumns(data.headers, documentSettings(document));
        DataCheck result = checkData(readCheckedColumns(data, columns), checkDates(document));
        checked_ = CheckedSheet{data.sheetIndex, data.firstDataRow(), columns, std::move(result)};
        showCounts(&checked_->result);
        form_->setLabel(kStatus, OUString::number(static_cast<sal_Int64>(checked_->result.rowsChecked)) + " " +
                                     ctx_.tr(texts::kChecked) + " " + data.sheetName + " (" + rangeName(data) + ")");
    }

    void showCounts(const DataCheck* result) {
        for (const auto& problem : problemList()) {
            const std::size_t count = result ? result->count(problem.problem) : 0;
            form_->setLabel("count." + problemKey(problem), result ? OUString::number(static_cast<sal_Int64>(count))
                                                                   : ctx_.tr(texts::kNotChecked));
            form_->setEnabled(kSelectPrefix + problemKey(problem), count > 0);
        }
    }

    void select(const std::string& key) {
        if (!checked_) return;
        for (const auto& problem : problemList()) {
            if (key != problem.key) continue;
            std::vector<SheetCell> cells;
            for (const ProblemCell& cell : checked_->result.cellsOf(problem.problem))
                cells.push_back({checked_->columns[cell.role], checked_->firstDataRow + static_cast<sal_Int32>(cell.row)});
            if (!cells.empty()) selectCells(ctx_.controller(), checked_->sheetIndex, cells);
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
