#include "sidebar_panel.hpp"
#include "uno_names.hpp"

#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/ui/UIElementType.hpp>

namespace ligestat::addin {

namespace {
constexpr sal_Int32 kMinimalWidth = 300;  // narrower, the rows stack and the panel only grows taller
}

OUString PanelContext::tr(const Text& text) const {
    const char* utf8 = danish ? text.da : text.en;
    return OUString(utf8, static_cast<sal_Int32>(std::char_traits<char>::length(utf8)), RTL_TEXTENCODING_UTF8);
}

Reference<css::frame::XController> PanelContext::controller() const {
    return frame.is() ? frame->getController() : Reference<css::frame::XController>();
}

Reference<css::frame::XModel> PanelContext::document() const {
    auto c = controller();
    return c.is() ? c->getModel() : Reference<css::frame::XModel>();
}

PanelElement::PanelElement(const OUString& resourceUrl, const PanelContext& context)
    : resourceUrl_(resourceUrl), context_(context) {}

rtl::Reference<PanelElement> PanelElement::create(const OUString& resourceUrl, const PanelContext& context,
                                                  std::unique_ptr<PanelBody> body,
                                                  const Reference<css::awt::XWindow>& parent) {
    rtl::Reference<PanelElement> element(new PanelElement(resourceUrl, context));
    auto parts = std::make_shared<Parts>();
    parts->body = std::move(body);
    parts->body->self_ = std::shared_ptr<PanelBody>(parts, parts->body.get());
    // The form's listeners share ownership of the whole Parts while they deliver.
    parts->form = std::make_unique<Form>(context.context, parent,
                                         std::shared_ptr<FormEvents>(parts, parts->body.get()));
    parts->body->build(*parts->form);
    parts->form->layout(parent->getPosSize().Width);
    element->parent_ = parent;
    element->parts_ = std::move(parts);
    parent->addWindowListener(css::uno::Reference<css::awt::XWindowListener>(element.get()));
    return element;
}

std::shared_ptr<PanelElement::Parts> PanelElement::parts() {
    std::lock_guard lock(mutex_);
    return parts_;
}

Reference<css::frame::XFrame> PanelElement::getFrame() { return context_.frame; }
OUString PanelElement::getResourceURL() { return resourceUrl_; }
sal_Int16 PanelElement::getType() { return css::ui::UIElementType::TOOLPANEL; }
Reference<css::uno::XInterface> PanelElement::getRealInterface() { return static_cast<css::ui::XToolPanel*>(this); }

Reference<css::awt::XWindow> PanelElement::getWindow() {
    try {
        const auto parts = this->parts();
        return parts ? parts->form->window() : Reference<css::awt::XWindow>();
    } catch (...) {
        return {};
    }
}

Reference<css::accessibility::XAccessible> PanelElement::createAccessible(
    const Reference<css::accessibility::XAccessible>&) {
    try {
        return Reference<css::accessibility::XAccessible>(getWindow(), UNO_QUERY);
    } catch (...) {
        return {};
    }
}

css::ui::LayoutSize PanelElement::getHeightForWidth(sal_Int32 width) {
    try {
        const auto parts = this->parts();
        const sal_Int32 height = parts ? parts->form->heightForWidth(width) : 0;
        return css::ui::LayoutSize(height, height, height);
    } catch (...) {
        return css::ui::LayoutSize(0, 0, 0);
    }
}

sal_Int32 PanelElement::getMinimalWidth() { return kMinimalWidth; }

void PanelElement::windowResized(const css::awt::WindowEvent& event) {
    try {
        const auto parts = this->parts();
        if (!parts) return;
        if (auto window = parts->form->window(); window.is())
            window->setPosSize(0, 0, event.Width, event.Height, css::awt::PosSize::POSSIZE);
        parts->form->layout(event.Width);
    } catch (...) {
    }
}

void PanelElement::disposing(const css::lang::EventObject& event) {
    std::lock_guard lock(mutex_);
    if (event.Source == parent_) parent_.clear();
}

void PanelElement::dispose() {
    std::vector<Reference<css::lang::XEventListener>> listeners;
    try {
        Reference<css::lang::XComponent> keepAlive(this);  // listeners may release the last reference
        std::shared_ptr<Parts> parts;
        Reference<css::awt::XWindow> parent;
        {
            std::lock_guard lock(mutex_);
            listeners.swap(listeners_);
            parts.swap(parts_);
            parent = parent_;
            parent_.clear();
        }
        if (parent.is()) parent->removeWindowListener(this);
        // No event reaches the body after this; a handler already running
        // keeps the parts alive until it returns, and the last owner frees them.
        if (parts) {
            parts->body->dispose();
            parts->form->dispose();
        }
        parts.reset();
        const css::lang::EventObject event(static_cast<cppu::OWeakObject*>(this));
        for (const auto& listener : listeners) listener->disposing(event);
    } catch (...) {
    }
}

void PanelElement::addEventListener(const Reference<css::lang::XEventListener>& listener) {
    try {
        std::lock_guard lock(mutex_);
        if (listener.is()) listeners_.push_back(listener);
    } catch (...) {
    }
}

void PanelElement::removeEventListener(const Reference<css::lang::XEventListener>& listener) {
    try {
        std::lock_guard lock(mutex_);
        std::erase(listeners_, listener);
    } catch (...) {
    }
}

}  // namespace ligestat::addin
