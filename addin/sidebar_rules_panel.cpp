// The Rules panel: the thresholds of the key figures with the spec's defaults,
// and the factors of the explained pay gap (key-figures.md section 8), stored
// in the document as "Ligestat.<key>" when the user changes one.
#include "convert.hpp"
#include "uno_names.hpp"
#include "office_access.hpp"
#include "sidebar_document.hpp"
#include "sidebar_panel.hpp"
#include "sidebar_texts.hpp"

#include "ligestat/number_text.hpp"
#include "ligestat/text.hpp"

#include <optional>

namespace ligestat::addin {
namespace {

const OUString kRulesStatus("rulesStatus");
const OUString kRulePrefix("rule.");
const OUString kFactorPrefix("factor.");

// A rule as the user reads and types it ("0,4" in Danish): the core's one
// number reader and writer (number_text.hpp), not a copy of its own.
OUString ruleText(double value, bool danish) {
    return fromUtf8(formatPlainNumber(value, danish ? NumberLocale::Danish : NumberLocale::English));
}

class RulesPanel final : public PanelBody {
public:
    explicit RulesPanel(const PanelContext& context) : ctx_(context) {}

    void build(Form& form) override {
        form_ = &form;
        const auto properties = toProperties(documentSettings(ctx_.document()));
        for (const auto& rule : texts::kRules) {
            auto it = properties.find(rule.key);
            if (it == properties.end()) continue;
            const OUString label = ctx_.tr(rule.label);
            const bool numeric = parsePlainNumber(it->second).has_value();
            const bool wide = !numeric;  // the list of levels gets a line of its own
            form.newRow();
            form.addLabel("label." + name(rule.key), label, wide ? 100 : 70, 2);
            if (wide) form.newRow();
            form.addEdit(name(rule.key), numeric ? ruleText(*parsePlainNumber(it->second), ctx_.danish)
                                                 : fromUtf8(it->second), label);
        }
        // One check box per factor: the sheet uses a ticked factor when the data has its columns.
        const Settings settings = documentSettings(ctx_.document());
        form.newRow();
        form.addLabel("label.factors", ctx_.tr(texts::kModelFactors), 100, 2);
        for (const auto& factor : kModelFactors) {
            form.newRow();
            form.addCheckBox(kFactorPrefix + OUString::createFromAscii(factor.key), ctx_.tr(factor.name),
                             settings.uses(factor.factor));
        }
        form.newRow();
        form.addLabel(kRulesStatus, OUString(), 100, 1, 2);
    }

    void onSelect(const OUString& control) override {
        if (!control.startsWith(kFactorPrefix)) return;
        auto document = ctx_.document();
        const Settings before = documentSettings(document);
        Settings after = before;
        after.modelFactors.clear();
        for (const auto& factor : kModelFactors)
            if (form_->isChecked(kFactorPrefix + OUString::createFromAscii(factor.key)))
                after.modelFactors.push_back(factor.factor);
        saveChangedSettings(document, before, after);
        form_->setLabel(kRulesStatus, ctx_.tr(texts::kSaved));
    }

    void onText(const OUString& control) override {
        if (!control.startsWith(kRulePrefix)) return;
        const std::string key = toUtf8(control.copy(kRulePrefix.getLength()));
        const std::string text = toUtf8(form_->text(control));
        auto document = ctx_.document();
        const Settings before = documentSettings(document);
        auto properties = toProperties(before);
        auto it = properties.find(key);
        if (it == properties.end()) return;
        if (parsePlainNumber(it->second)) {  // a numeric rule: only a number >= 0 is stored
            const auto value = parsePlainNumber(text);
            if (!value || *value < 0) {
                form_->setLabel(kRulesStatus, fromUtf8(text) + " " + ctx_.tr(value ? texts::kNegative : texts::kNotANumber));
                return;
            }
            it->second = formatNumber(*value);  // locale-independent, round-trips
        } else {
            it->second = text;
        }
        saveChangedSettings(document, before, settingsFromProperties(properties));
        form_->setLabel(kRulesStatus, ctx_.tr(texts::kSaved));
    }

private:
    static OUString name(const char* key) { return kRulePrefix + OUString::createFromAscii(key); }

    PanelContext ctx_;
    Form* form_ = nullptr;
};

}  // namespace

std::unique_ptr<PanelBody> makeRulesPanel(const PanelContext& context) { return std::make_unique<RulesPanel>(context); }

}  // namespace ligestat::addin
