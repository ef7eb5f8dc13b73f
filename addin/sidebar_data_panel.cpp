// The Data panel: the data range of the active sheet and, per column role, a
// list box with the detected (or chosen) header. A choice is stored in the
// document as "Ligestat.column.<role key>" ("" = the user cleared it).
// The panel follows the active sheet: switching sheets shows the new one's
// columns at once, without Refresh (issue 9, item 8).
// Last year's list (issue 12, analysis.md §3): a list box of the other sheets
// and "(none)", preselected by core's lastYearSheet (the stored choice, else
// the year in the sheet names), its header found as this year's is; the
// choice is stored as "Ligestat.lastYearSheet".
#include "convert.hpp"
#include "uno_names.hpp"
#include "office_access.hpp"
#include "sidebar_document.hpp"
#include "sidebar_panel.hpp"
#include "sidebar_texts.hpp"

#include "ligestat/last_year.hpp"
#include "ligestat/sheet_layout.hpp"
#include "ligestat/text.hpp"

#include <com/sun/star/sheet/XActivationBroadcaster.hpp>
#include <com/sun/star/sheet/XActivationEventListener.hpp>
#include <cppuhelper/implbase1.hxx>

#include <functional>

namespace ligestat::addin {
namespace {

const OUString kInfo("info");
const OUString kRefresh("refresh");
const OUString kColumnPrefix("column.");
const OUString kLastYear("lastyear");
const OUString kLastYearInfo("lastyear.info");

OUString listName(const ColumnRoleInfo& role) { return kColumnPrefix + OUString::createFromAscii(role.key); }

// Calls back on a switch of the active sheet until detached. The view holds
// it by reference count; the panel detaches it when disposed, and the callback
// holds the panel body weakly, so a late event finds nothing to call.
class SheetSwitchListener final : public cppu::WeakImplHelper1<css::sheet::XActivationEventListener> {
public:
    explicit SheetSwitchListener(std::function<void()> onSwitch) : onSwitch_(std::move(onSwitch)) {}
    void detach() { onSwitch_ = nullptr; }

    void SAL_CALL activeSpreadsheetChanged(const css::sheet::ActivationEvent&) override {
        try {
            if (onSwitch_) onSwitch_();
        } catch (...) {  // a failed refresh shows the old sheet; it never reaches the office
        }
    }
    void SAL_CALL disposing(const css::lang::EventObject&) override { onSwitch_ = nullptr; }

private:
    std::function<void()> onSwitch_;
};

class DataPanel final : public PanelBody {
public:
    explicit DataPanel(const PanelContext& context) : ctx_(context) {}
    ~DataPanel() override { stopFollowingSheets(); }

    void build(Form& form) override {
        form_ = &form;
        form.addLabel(kInfo, OUString(), 100, 1, 2);
        form.newRow();
        form.addButton(kRefresh, ctx_.tr(texts::kRefresh), 0);
        form.newRow();
        form.addLabel("label." + kLastYear, ctx_.tr(texts::kLastYear));
        form.addListBox(kLastYear, ctx_.tr(texts::kLastYear));
        form.newRow();
        form.addLabel(kLastYearInfo, OUString(), 100, 1, 2);
        for (const auto& role : columnRoles()) {
            form.newRow();
            const OUString label = ctx_.tr(role.labelEn, role.labelDa);
            form.addLabel("label." + listName(role), label);
            form.addListBox(listName(role), label);
        }
        refresh();
        followSheets();
    }

    void onAction(const OUString& name) override {
        if (name == kRefresh) refresh();
    }

    void dispose() override { stopFollowingSheets(); }

    // The user chose a header for a role, or last year's list: remember it in the document.
    void onSelect(const OUString& name) override {
        if (name == kLastYear) {
            chooseLastYear();
            return;
        }
        if (!name.startsWith(kColumnPrefix)) return;
        const std::string key = toUtf8(name.copy(kColumnPrefix.getLength()));
        const sal_Int16 position = form_->selectedPosition(name);
        if (!roleFromKey(key) || position < 0 || static_cast<std::size_t>(position) >= choices_.size()) return;
        auto document = ctx_.document();
        const Settings before = documentSettings(document);
        Settings after = before;
        after.columnHeaders[key] = choices_[static_cast<std::size_t>(position)];
        saveChangedSettings(document, before, after);
    }

private:
    void chooseLastYear() {
        const sal_Int16 position = form_->selectedPosition(kLastYear);
        if (position < 0 || static_cast<std::size_t>(position) >= lastYearChoices_.size()) return;
        auto document = ctx_.document();
        const Settings before = documentSettings(document);
        Settings after = before;
        after.lastYearSheet = lastYearChoices_[static_cast<std::size_t>(position)];
        saveChangedSettings(document, before, after);
        refresh();
    }

    // "(none)", then every other sheet in the document's order; the one last year's rule picks is selected.
    void showLastYear(const SheetData& data, const Settings& settings) {
        auto document = ctx_.document();
        const std::string thisYear = toUtf8(data.sheetName);
        lastYearChoices_ = {""};
        std::vector<OUString> items{ctx_.tr(texts::kNoColumn)};
        const std::vector<std::string> names = sheetNames(Reference<css::sheet::XSpreadsheetDocument>(document, UNO_QUERY_THROW));
        const auto chosen = lastYearSheet(settings, thisYear, names);
        sal_Int16 selected = 0;
        for (const std::string& name : names) {
            if (name == thisYear) continue;
            if (chosen && name == *chosen) selected = static_cast<sal_Int16>(lastYearChoices_.size());
            lastYearChoices_.push_back(name);
            items.push_back(fromUtf8(name));
        }
        form_->setListItems(kLastYear, items, selected);
        const auto lastYear = readLastYearSheet(document, data.sheetName, settings);
        form_->setLabel(kLastYearInfo, lastYear ? sheetInfo(*lastYear) : OUString());
    }

    // "Medarbejdere: A1:K910, 909 rows", or that the sheet has no header row.
    OUString sheetInfo(const SheetData& data) const {
        return data.headerRow ? data.sheetName + ": " + rangeName(data) + ", " +
                                    OUString::number(data.dataRowCount()) + " " + ctx_.tr(texts::kRows)
                              : data.sheetName + ": " + ctx_.tr(texts::kDataRangeNone);
    }

    void followSheets() {
        try {
            Reference<css::sheet::XActivationBroadcaster> view(ctx_.controller(), UNO_QUERY);
            if (!view.is()) return;  // not a spreadsheet view: nothing to follow
            listener_ = new SheetSwitchListener([weak = self()] {
                if (const auto body = weak.lock()) static_cast<DataPanel*>(body.get())->refresh();
            });
            view->addActivationEventListener(listener_);
            view_ = view;
        } catch (const css::uno::Exception&) {
            listener_.clear();  // Refresh still works by hand
        }
    }

    void stopFollowingSheets() noexcept {
        try {
            if (!listener_.is()) return;
            static_cast<SheetSwitchListener*>(listener_.get())->detach();
            if (view_.is()) view_->removeActivationEventListener(listener_);
        } catch (...) {
        }
        listener_.clear();
        view_.clear();
    }

    void refresh() {
        try {
            showSheet(readActiveSheet(ctx_.controller()));
        } catch (const css::uno::Exception&) {
            form_->setLabel(kInfo, ctx_.tr(texts::kNoSpreadsheet));
        }
    }

    void showSheet(const SheetData& data) {
        // List entries: "(none)", then every non-empty header in column order.
        choices_ = {""};
        std::vector<OUString> items{ctx_.tr(texts::kNoColumn)};
        for (const auto& header : data.headers) {
            if (trimWhitespace(header).empty()) continue;
            choices_.push_back(header);
            items.push_back(fromUtf8(header));
        }
        const Settings settings = documentSettings(ctx_.document());
        const ColumnMap columns = resolveColumns(data.headers, settings);
        for (const auto& role : columnRoles()) {
            const int column = columns[role.role];
            sal_Int16 selected = 0;
            if (column >= 0)
                for (std::size_t i = 1; i < choices_.size(); ++i)
                    if (choices_[i] == data.headers[static_cast<std::size_t>(column)]) selected = static_cast<sal_Int16>(i);
            form_->setListItems(listName(role), items, selected);
        }
        form_->setLabel(kInfo, sheetInfo(data));
        showLastYear(data, settings);
    }

    PanelContext ctx_;
    Form* form_ = nullptr;
    Reference<css::sheet::XActivationBroadcaster> view_;
    Reference<css::sheet::XActivationEventListener> listener_;
    std::vector<std::string> choices_;  // header text per list position ("" = none)
    std::vector<std::string> lastYearChoices_;  // sheet name per position of the last-year list ("" = none)
};

}  // namespace

std::unique_ptr<PanelBody> makeDataPanel(const PanelContext& context) { return std::make_unique<DataPanel>(context); }

}  // namespace ligestat::addin
