// The sidebar deck's panels: the UNO element the sidebar hosts (PanelElement)
// and the three panel bodies (Data, Rules, Actions) that fill its Form.
#pragma once

#include "function_table.hpp"
#include "sidebar_form.hpp"

#include <com/sun/star/awt/XWindowListener.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/ui/XSidebar.hpp>
#include <com/sun/star/ui/XSidebarPanel.hpp>
#include <com/sun/star/ui/XToolPanel.hpp>
#include <com/sun/star/ui/XUIElement.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase5.hxx>
#include <rtl/ustring.hxx>

#include <memory>
#include <mutex>
#include <vector>

namespace ligestat::addin {

// What every panel knows about where it lives.
struct PanelContext {
    css::uno::Reference<css::uno::XComponentContext> context;
    css::uno::Reference<css::frame::XFrame> frame;
    css::uno::Reference<css::ui::XSidebar> sidebar;
    bool danish = false;

    rtl::OUString tr(const Text& text) const;
    rtl::OUString tr(const char* en, const char* da) const { return tr(Text{en, da}); }
    css::uno::Reference<css::frame::XController> controller() const;
    css::uno::Reference<css::frame::XModel> document() const;
};

class PanelBody : public FormEvents {
public:
    virtual ~PanelBody() = default;
    virtual void build(Form& form) = 0;  // adds the controls, then shows the current state
    void onAction(const rtl::OUString&) override {}
    void onSelect(const rtl::OUString&) override {}
    void onText(const rtl::OUString&) override {}
    // The sidebar disposed the panel: stop listening to the office (the body
    // itself lives on while a handler still runs).
    virtual void dispose() {}

protected:
    // This body as its owners share it: a listener the body registers with
    // the office holds it weakly and locks it for one call, never a raw this.
    std::weak_ptr<PanelBody> self() const { return self_; }

private:
    friend class PanelElement;
    std::weak_ptr<PanelBody> self_;
};

std::unique_ptr<PanelBody> makeDataPanel(const PanelContext& context);
std::unique_ptr<PanelBody> makeRulesPanel(const PanelContext& context);
std::unique_ptr<PanelBody> makeActionsPanel(const PanelContext& context);

// The element the sidebar creates through our factory. Every UNO method is
// firewalled: a failing panel shows less, it never takes the office down.
class PanelElement
    : public cppu::WeakImplHelper5<css::ui::XUIElement, css::ui::XToolPanel, css::ui::XSidebarPanel,
                                   css::lang::XComponent, css::awt::XWindowListener> {
public:
    // Builds the panel's window as a child of `parent`.
    static rtl::Reference<PanelElement> create(const rtl::OUString& resourceUrl, const PanelContext& context,
                                               std::unique_ptr<PanelBody> body,
                                               const css::uno::Reference<css::awt::XWindow>& parent);

    // XUIElement
    css::uno::Reference<css::frame::XFrame> SAL_CALL getFrame() override;
    rtl::OUString SAL_CALL getResourceURL() override;
    sal_Int16 SAL_CALL getType() override;
    css::uno::Reference<css::uno::XInterface> SAL_CALL getRealInterface() override;
    // XToolPanel
    css::uno::Reference<css::awt::XWindow> SAL_CALL getWindow() override;
    css::uno::Reference<css::accessibility::XAccessible> SAL_CALL createAccessible(
        const css::uno::Reference<css::accessibility::XAccessible>& parent) override;
    // XSidebarPanel
    css::ui::LayoutSize SAL_CALL getHeightForWidth(sal_Int32 width) override;
    sal_Int32 SAL_CALL getMinimalWidth() override;
    // XComponent
    void SAL_CALL dispose() override;
    void SAL_CALL addEventListener(const css::uno::Reference<css::lang::XEventListener>& listener) override;
    void SAL_CALL removeEventListener(const css::uno::Reference<css::lang::XEventListener>& listener) override;
    // XWindowListener (the parent window: relayout on resize)
    void SAL_CALL windowResized(const css::awt::WindowEvent& event) override;
    void SAL_CALL windowMoved(const css::awt::WindowEvent&) override {}
    void SAL_CALL windowShown(const css::lang::EventObject&) override {}
    void SAL_CALL windowHidden(const css::lang::EventObject&) override {}
    void SAL_CALL disposing(const css::lang::EventObject& event) override;

private:
    // The body and its form live as long as anyone uses them: this element
    // until dispose, and a control listener while it delivers an event (the
    // sidebar may dispose the panel from another thread while a click handler
    // runs; issue 14). Declared so that the form goes before the body.
    struct Parts {
        std::unique_ptr<PanelBody> body;
        std::unique_ptr<Form> form;
    };

    PanelElement(const rtl::OUString& resourceUrl, const PanelContext& context);
    std::shared_ptr<Parts> parts();  // null once disposed

    rtl::OUString resourceUrl_;
    PanelContext context_;
    css::uno::Reference<css::awt::XWindow> parent_;
    std::shared_ptr<Parts> parts_;
    std::vector<css::uno::Reference<css::lang::XEventListener>> listeners_;
    std::mutex mutex_;  // guards parts_, parent_ and listeners_
};

}  // namespace ligestat::addin
