// The sidebar's XUIElementFactory: Factories.xcu sends it the URLs
// private:resource/toolpanel/LigestatPanelFactory/<Panel> of Sidebar.xcu.
#include "sidebar_document.hpp"
#include "uno_names.hpp"
#include "office_access.hpp"
#include "sidebar_panel.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/NoSuchElementException.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/ui/XUIElementFactory.hpp>
#include <cppuhelper/implbase2.hxx>
#include <cppuhelper/supportsservice.hxx>

namespace ligestat::addin {
namespace {

const OUString kUrlPrefix("private:resource/toolpanel/LigestatPanelFactory/");

std::unique_ptr<PanelBody> makeBody(const OUString& panel, const PanelContext& context) {
    if (panel == "DataPanel") return makeDataPanel(context);
    if (panel == "RulesPanel") return makeRulesPanel(context);
    if (panel == "ActionsPanel") return makeActionsPanel(context);
    return nullptr;
}

class PanelFactory : public cppu::WeakImplHelper2<css::ui::XUIElementFactory, css::lang::XServiceInfo> {
public:
    explicit PanelFactory(const Reference<css::uno::XComponentContext>& context) : context_(context) {}

    Reference<css::ui::XUIElement> SAL_CALL createUIElement(
        const OUString& url, const Sequence<css::beans::PropertyValue>& arguments) override {
        try {
            return create(url, arguments);
        } catch (const css::lang::IllegalArgumentException&) {
            throw;
        } catch (const css::container::NoSuchElementException&) {
            throw;
        } catch (const css::uno::Exception& e) {
            throw css::lang::IllegalArgumentException("the Ligestat panel could not be created: " + e.Message, *this, 0);
        } catch (...) {
            // The sidebar copes with a panel it cannot create; an unknown exception it might not.
            throw css::lang::IllegalArgumentException("the Ligestat panel could not be created", *this, 0);
        }
    }

    OUString SAL_CALL getImplementationName() override { return "dk.ligestat.sidebar.PanelFactoryImpl"; }
    sal_Bool SAL_CALL supportsService(const OUString& name) override { return cppu::supportsService(this, name); }
    Sequence<OUString> SAL_CALL getSupportedServiceNames() override {
        Sequence<OUString> names(2);
        names.getArray()[0] = "dk.ligestat.sidebar.PanelFactory";
        names.getArray()[1] = "com.sun.star.ui.UIElementFactory";
        return names;
    }

private:
    Reference<css::ui::XUIElement> create(const OUString& url, const Sequence<css::beans::PropertyValue>& arguments) {
        if (!url.startsWith(kUrlPrefix)) throw css::container::NoSuchElementException(url, *this);
        PanelContext context;
        context.context = context_;
        context.danish = uiLanguage(context_) == "da";
        Reference<css::awt::XWindow> parent;
        for (const auto& argument : arguments) {
            if (argument.Name == "Frame") argument.Value >>= context.frame;
            else if (argument.Name == "ParentWindow") argument.Value >>= parent;
            else if (argument.Name == "Sidebar") argument.Value >>= context.sidebar;
        }
        if (!parent.is() || !context.frame.is())
            throw css::lang::IllegalArgumentException("Frame and ParentWindow are required", *this, 1);
        auto body = makeBody(url.copy(kUrlPrefix.getLength()), context);
        if (!body) throw css::container::NoSuchElementException(url, *this);
        return Reference<css::ui::XUIElement>(PanelElement::create(url, context, std::move(body), parent).get());
    }

    Reference<css::uno::XComponentContext> context_;
};

}  // namespace
}  // namespace ligestat::addin

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface*
dk_ligestat_sidebar_PanelFactory_get_implementation(css::uno::XComponentContext* context,
                                                    const css::uno::Sequence<css::uno::Any>&) {
    auto* factory = new ligestat::addin::PanelFactory(context);
    factory->acquire();
    return static_cast<cppu::OWeakObject*>(factory);
}
