// A sidebar panel's window: an awt UnoControlContainer whose controls are
// placed in rows by core's layoutForm. Controls have names (tests find them
// with XControlContainer::getControl); the tab order is the order of adding.
#pragma once

#include "ligestat/form_layout.hpp"

#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ref.hxx>
#include <rtl/ustring.hxx>

#include <memory>
#include <vector>

namespace ligestat::addin {

// What the panel does when the user acts on a control (by the control's name).
class FormEvents {
public:
    virtual void onAction(const rtl::OUString& name) = 0;  // a button was pressed
    virtual void onSelect(const rtl::OUString& name) = 0;  // a list box entry was chosen, a check box ticked or cleared
    virtual void onText(const rtl::OUString& name) = 0;    // an edit field's text changed

protected:
    ~FormEvents() = default;
};

class ControlListener;

// The form holds its FormEvents weakly: the panel that owns both may be
// disposed (from sfx2's Panel destructor, on whatever thread closes the
// document) while a click handler still runs. A listener locks the events for
// the length of one delivery, so a running handler keeps its body alive.

class Form {
public:
    Form(const css::uno::Reference<css::uno::XComponentContext>& context,
         const css::uno::Reference<css::awt::XWindow>& parent, std::weak_ptr<FormEvents> events);
    ~Form();
    Form(const Form&) = delete;
    Form& operator=(const Form&) = delete;

    // Building: each add* appends a part to the current row; newRow starts the next one.
    void newRow();
    void addLabel(const rtl::OUString& name, const rtl::OUString& text, int minWidth = 100, int stretch = 1,
                  int lines = 1);
    void addListBox(const rtl::OUString& name, const rtl::OUString& accessibleName);
    void addEdit(const rtl::OUString& name, const rtl::OUString& text, const rtl::OUString& accessibleName);
    void addButton(const rtl::OUString& name, const rtl::OUString& label, int stretch = 0);
    void addCheckBox(const rtl::OUString& name, const rtl::OUString& label, bool checked);

    void setLabel(const rtl::OUString& name, const rtl::OUString& text);
    rtl::OUString text(const rtl::OUString& name) const;
    void setListItems(const rtl::OUString& name, const std::vector<rtl::OUString>& items, sal_Int16 selected);
    sal_Int16 selectedPosition(const rtl::OUString& name) const;
    bool isChecked(const rtl::OUString& name) const;
    void setEnabled(const rtl::OUString& name, bool enabled);

    void layout(int width);
    int heightForWidth(int width) const;
    css::uno::Reference<css::awt::XWindow> window() const;
    void dispose();  // idempotent; no event reaches FormEvents afterwards

private:
    struct Part {
        css::uno::Reference<css::awt::XControl> control;
        FormPart geometry;
        bool isText = false;
    };
    css::uno::Reference<css::awt::XControl> add(const rtl::OUString& name, const char* kind,
                                                std::initializer_list<std::pair<const char*, css::uno::Any>> properties);
    void place(css::uno::Reference<css::awt::XControl> control, FormPart geometry, bool isText = false);
    css::uno::Reference<css::awt::XControl> control(const rtl::OUString& name) const;
    std::vector<std::vector<FormPart>> geometry() const;

    css::uno::Reference<css::uno::XComponentContext> context_;
    css::uno::Reference<css::awt::XControlContainer> container_;
    ControlListener* listener(const rtl::OUString& name);  // a new listener for the named control

    std::weak_ptr<FormEvents> events_;
    std::vector<rtl::Reference<ControlListener>> listeners_;
    std::vector<std::vector<Part>> rows_{1};
};

}  // namespace ligestat::addin
