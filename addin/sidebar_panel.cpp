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
    element->parent_ = parent;
    element->body_ = std::move(body);
    element->form_ = std::make_unique<Form>(context.context, parent, *element->body_);
    element->body_->build(*element->form_);
    element->form_->layout(parent->getPosSize().Width);
    parent->addWindowListener(css::uno::Reference<css::awt::XWindowListener>(element.get()));
    return element;
}

Reference<css::frame::XFrame> PanelElement::getFrame() { return context_.frame; }
OUString PanelElement::getResourceURL() { return resourceUrl_; }
sal_Int16 PanelElement::getType() { return css::ui::UIElementType::TOOLPANEL; }
Reference<css::uno::XInterface> PanelElement::getRealInterface() { return static_cast<css::ui::XToolPanel*>(this); }

Reference<css::awt::XWindow> PanelElement::getWindow() {
    try {
        return form_ ? form_->window() : Reference<css::awt::XWindow>();
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
        const sal_Int32 height = form_ ? form_->heightForWidth(width) : 0;
        return css::ui::LayoutSize(height, height, height);
    } catch (...) {
        return css::ui::LayoutSize(0, 0, 0);
    }
}

sal_Int32 PanelElement::getMinimalWidth() { return kMinimalWidth; }

void PanelElement::windowResized(const css::awt::WindowEvent& event) {
    try {
        if (!form_) return;
        if (auto window = form_->window(); window.is())
            window->setPosSize(0, 0, event.Width, event.Height, css::awt::PosSize::POSSIZE);
        form_->layout(event.Width);
    } catch (...) {
    }
}

void PanelElement::disposing(const css::lang::EventObject& event) {
    if (event.Source == parent_) parent_.clear();
}

void PanelElement::dispose() {
    std::vector<Reference<css::lang::XEventListener>> listeners;
    try {
        Reference<css::lang::XComponent> keepAlive(this);  // listeners may release the last reference
        {
            std::lock_guard lock(mutex_);
            listeners.swap(listeners_);
        }
        if (parent_.is()) parent_->removeWindowListener(this);
        parent_.clear();
        if (form_) form_->dispose();
        form_.reset();
        body_.reset();
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
