#include "sidebar_form.hpp"
#include "uno_names.hpp"

#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XCheckBox.hpp>
#include <com/sun/star/awt/XItemListener.hpp>
#include <com/sun/star/awt/XLayoutConstrains.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/awt/XTextListener.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/style/VerticalAlignment.hpp>
#include <cppuhelper/implbase3.hxx>

#include <algorithm>
#include <atomic>

namespace ligestat::addin {

// One listener per control, knowing the control's name (a control model has
// no name of its own outside a dialog). An exception never leaves it: a
// failing panel must not take the office down. It holds the events weakly and
// a strong reference only while delivering, so the panel body outlives any
// handler that has started, however the panel is disposed meanwhile.
class ControlListener
    : public cppu::WeakImplHelper3<css::awt::XActionListener, css::awt::XItemListener, css::awt::XTextListener> {
public:
    ControlListener(std::weak_ptr<FormEvents> events, const OUString& name) : events_(std::move(events)), name_(name) {}
    void detach() { detached_ = true; }

    void SAL_CALL actionPerformed(const css::awt::ActionEvent&) override { deliver(&FormEvents::onAction); }
    void SAL_CALL itemStateChanged(const css::awt::ItemEvent&) override { deliver(&FormEvents::onSelect); }
    void SAL_CALL textChanged(const css::awt::TextEvent&) override { deliver(&FormEvents::onText); }
    void SAL_CALL disposing(const css::lang::EventObject&) override {}

private:
    void deliver(void (FormEvents::*handler)(const OUString&)) noexcept {
        try {
            if (detached_) return;
            if (const std::shared_ptr<FormEvents> events = events_.lock()) (events.get()->*handler)(name_);
        } catch (...) {
        }
    }
    const std::weak_ptr<FormEvents> events_;
    std::atomic<bool> detached_{false};
    OUString name_;
};

namespace {

constexpr int kWrapSlack = 6;  // word wrapping needs a little more than the one-line width

Reference<css::uno::XInterface> create(const Reference<css::uno::XComponentContext>& context, const OUString& service) {
    return context->getServiceManager()->createInstanceWithContext(service, context);
}

int preferredHeight(const Reference<css::awt::XControl>& control) {
    Reference<css::awt::XLayoutConstrains> constraints(control, UNO_QUERY);
    return constraints.is() ? constraints->getPreferredSize().Height : 0;
}

int preferredWidth(const Reference<css::awt::XControl>& control) {
    Reference<css::awt::XLayoutConstrains> constraints(control, UNO_QUERY);
    return constraints.is() ? constraints->getPreferredSize().Width : 0;
}

}  // namespace

Form::Form(const Reference<css::uno::XComponentContext>& context, const Reference<css::awt::XWindow>& parent,
           std::weak_ptr<FormEvents> events)
    : context_(context), events_(std::move(events)) {
    Reference<css::awt::XControl> container(create(context, "com.sun.star.awt.UnoControlContainer"), UNO_QUERY_THROW);
    Reference<css::awt::XControlModel> model(create(context, "com.sun.star.awt.UnoControlContainerModel"),
                                             UNO_QUERY_THROW);
    container->setModel(model);
    // Creating the peer makes the container a real child window of the panel;
    // UnoControlContainer turns on dialog control, so Tab moves between the controls.
    container->createPeer(Reference<css::awt::XToolkit>(css::awt::Toolkit::create(context), UNO_QUERY_THROW),
                          Reference<css::awt::XWindowPeer>(parent, UNO_QUERY_THROW));
    container_.set(container, UNO_QUERY_THROW);
    const css::awt::Rectangle size = parent->getPosSize();
    window()->setPosSize(0, 0, size.Width, size.Height, css::awt::PosSize::POSSIZE);
    window()->setVisible(true);
}

Form::~Form() { dispose(); }

void Form::dispose() {
    for (auto& listener : listeners_) listener->detach();
    if (!container_.is()) return;
    Reference<css::lang::XComponent> component(container_, UNO_QUERY);
    container_.clear();
    try {
        if (component.is()) component->dispose();
    } catch (...) {
    }
}

Reference<css::awt::XWindow> Form::window() const { return Reference<css::awt::XWindow>(container_, UNO_QUERY); }

void Form::newRow() {
    if (!rows_.back().empty()) rows_.emplace_back();
}

Reference<css::awt::XControl> Form::add(const OUString& name, const char* kind,
                                        std::initializer_list<std::pair<const char*, Any>> properties) {
    const OUString service = OUString("com.sun.star.awt.UnoControl") + OUString::createFromAscii(kind);
    Reference<css::beans::XPropertySet> model(create(context_, service + "Model"), UNO_QUERY_THROW);
    for (const auto& [property, value] : properties) model->setPropertyValue(OUString::createFromAscii(property), value);
    Reference<css::awt::XControl> control(create(context_, service), UNO_QUERY_THROW);
    control->setModel(Reference<css::awt::XControlModel>(model, UNO_QUERY_THROW));
    container_->addControl(name, control);  // creates the peer: the tab order is the order of adding
    return control;
}

void Form::place(Reference<css::awt::XControl> control, FormPart geometry, bool isText) {
    geometry.height = std::max(geometry.height, 1);
    rows_.back().push_back({control, geometry, isText});
}

void Form::addLabel(const OUString& name, const OUString& text, int minWidth, int stretch, int lines) {
    auto control = add(name, "FixedText",
                       {{"Label", Any(text)},
                        {"MultiLine", Any(true)},
                        {"VerticalAlign", Any(css::style::VerticalAlignment_MIDDLE)}});
    // A one-line label wraps when narrower than its text; a status label has a fixed number of lines.
    const int textWidth = lines == 1 ? preferredWidth(control) + kWrapSlack : 0;
    place(control, FormPart{minWidth, preferredHeight(control) * lines, stretch, textWidth}, true);
}

void Form::addListBox(const OUString& name, const OUString& accessibleName) {
    auto control = add(name, "ListBox",
                       {{"Dropdown", Any(true)}, {"LineCount", Any(sal_Int16(14))}, {"HelpText", Any(accessibleName)}});
    Reference<css::awt::XListBox>(control, UNO_QUERY_THROW)->addItemListener(Reference<css::awt::XItemListener>(listener(name)));
    place(control, FormPart{90, preferredHeight(control), 2});  // header texts are long: more room than the label
}

void Form::addEdit(const OUString& name, const OUString& text, const OUString& accessibleName) {
    auto control = add(name, "Edit", {{"Text", Any(text)}, {"HelpText", Any(accessibleName)}});
    Reference<css::awt::XTextComponent>(control, UNO_QUERY_THROW)->addTextListener(Reference<css::awt::XTextListener>(listener(name)));
    place(control, FormPart{60, preferredHeight(control), 1});
}

void Form::addButton(const OUString& name, const OUString& label, int stretch) {
    auto control = add(name, "Button", {{"Label", Any(label)}});
    Reference<css::awt::XButton>(control, UNO_QUERY_THROW)->addActionListener(Reference<css::awt::XActionListener>(listener(name)));
    place(control, FormPart{preferredWidth(control) + 8, preferredHeight(control), stretch});
}

void Form::addCheckBox(const OUString& name, const OUString& label, bool checked) {
    auto control = add(name, "CheckBox", {{"Label", Any(label)}, {"State", Any(sal_Int16(checked ? 1 : 0))}});
    Reference<css::awt::XCheckBox>(control, UNO_QUERY_THROW)
        ->addItemListener(Reference<css::awt::XItemListener>(listener(name)));
    place(control, FormPart{preferredWidth(control) + 8, preferredHeight(control), 1});
}

ControlListener* Form::listener(const OUString& name) {
    listeners_.emplace_back(new ControlListener(events_, name));
    return listeners_.back().get();
}

Reference<css::awt::XControl> Form::control(const OUString& name) const {
    return container_.is() ? container_->getControl(name) : Reference<css::awt::XControl>();
}

void Form::setLabel(const OUString& name, const OUString& text) {
    if (auto c = control(name); c.is())
        Reference<css::beans::XPropertySet>(c->getModel(), UNO_QUERY_THROW)->setPropertyValue("Label", Any(text));
}

OUString Form::text(const OUString& name) const {
    Reference<css::awt::XTextComponent> field(control(name), UNO_QUERY);
    return field.is() ? field->getText() : OUString();
}

void Form::setListItems(const OUString& name, const std::vector<OUString>& items, sal_Int16 selected) {
    auto c = control(name);
    if (!c.is()) return;
    // Through the model: unlike a user's choice, this fires no item event.
    Reference<css::beans::XPropertySet> model(c->getModel(), UNO_QUERY_THROW);
    model->setPropertyValue("StringItemList", Any(Sequence<OUString>(items.data(), static_cast<sal_Int32>(items.size()))));
    model->setPropertyValue("SelectedItems", Any(selected >= 0 ? Sequence<sal_Int16>(&selected, 1) : Sequence<sal_Int16>()));
}

sal_Int16 Form::selectedPosition(const OUString& name) const {
    Reference<css::awt::XListBox> box(control(name), UNO_QUERY);
    return box.is() ? box->getSelectedItemPos() : -1;
}

bool Form::isChecked(const OUString& name) const {
    Reference<css::awt::XCheckBox> box(control(name), UNO_QUERY);
    return box.is() && box->getState() == 1;
}

void Form::setEnabled(const OUString& name, bool enabled) {
    if (auto c = control(name); c.is())
        Reference<css::beans::XPropertySet>(c->getModel(), UNO_QUERY_THROW)->setPropertyValue("Enabled", Any(enabled));
}

std::vector<std::vector<FormPart>> Form::geometry() const {
    std::vector<std::vector<FormPart>> rows;
    for (const auto& row : rows_) {
        rows.emplace_back();
        for (const auto& part : row) rows.back().push_back(part.geometry);
    }
    return rows;
}

void Form::layout(int width) {
    if (!container_.is()) return;
    const FormLayout layout = layoutForm(geometry(), width);
    for (std::size_t r = 0; r < rows_.size(); ++r)
        for (std::size_t p = 0; p < rows_[r].size(); ++p) {
            const FormRect& rect = layout.rects[r][p];
            const Part& part = rows_[r][p];
            // Texts fill the row (centred by VerticalAlign); a field keeps its height, centred in a taller row.
            const int height = part.isText ? rect.height : std::min(rect.height, part.geometry.height);
            Reference<css::awt::XWindow>(part.control, UNO_QUERY_THROW)
                ->setPosSize(rect.x, rect.y + (rect.height - height) / 2, rect.width, height, css::awt::PosSize::POSSIZE);
        }
}

int Form::heightForWidth(int width) const { return layoutForm(geometry(), width).height; }

}  // namespace ligestat::addin
