// The one-click commands: a protocol handler for vnd.dk.ligestat: URLs (the
// key-figure sheet, as formulas or values, and the job evaluation sheet of
// analysis.md §2), reached from the Data menu, the sidebar's buttons and from
// scripts (XDispatchProvider / DispatchHelper).
//
// A generation runs on the office's main thread, in one go, under the lock
// that every other user of the document must take (the SolarMutex, held by
// the main thread while it handles an event): nobody can edit, close or
// generate again in the document while it writes, so the undo step holds our
// changes only and the state it found is the state it leaves (issue 14).
// Called on another thread (a script, the sidebar pressed through
// accessibility), the command is posted to the main thread and returns;
// dispatchWithNotification reports the outcome (DispatchHelper waits for it).
#pragma once

#include <com/sun/star/frame/XNotifyingDispatch.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/lang/XInitialization.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase4.hxx>
#include <cppuhelper/weakref.hxx>

namespace ligestat::addin {

inline constexpr const char* kCommandProtocol = "vnd.dk.ligestat:";
inline constexpr const char* kGenerateKeyFigures = "vnd.dk.ligestat:GenerateKeyFigures";
inline constexpr const char* kGenerateKeyFigureValues = "vnd.dk.ligestat:GenerateKeyFigureValues";
inline constexpr const char* kJobEvaluation = "vnd.dk.ligestat:JobEvaluation";
inline constexpr const char* kCommandImplementationName = "dk.ligestat.KeyFigureCommandImpl";

class KeyFigureCommand
    : public cppu::WeakImplHelper4<css::frame::XDispatchProvider, css::frame::XNotifyingDispatch,
                                   css::lang::XInitialization, css::lang::XServiceInfo> {
public:
    explicit KeyFigureCommand(const css::uno::Reference<css::uno::XComponentContext>& context);

    // XInitialization: the frame this handler serves
    void SAL_CALL initialize(const css::uno::Sequence<css::uno::Any>& arguments) override;
    // XDispatchProvider
    css::uno::Reference<css::frame::XDispatch> SAL_CALL queryDispatch(const css::util::URL& url,
                                                                      const rtl::OUString& target,
                                                                      sal_Int32 flags) override;
    css::uno::Sequence<css::uno::Reference<css::frame::XDispatch>> SAL_CALL queryDispatches(
        const css::uno::Sequence<css::frame::DispatchDescriptor>& requests) override;
    // XDispatch
    void SAL_CALL dispatch(const css::util::URL& url,
                           const css::uno::Sequence<css::beans::PropertyValue>& arguments) override;
    // XNotifyingDispatch: the result is the new sheet's name, or on failure
    // the message shown to the user (in the UI language)
    void SAL_CALL dispatchWithNotification(
        const css::util::URL& url, const css::uno::Sequence<css::beans::PropertyValue>& arguments,
        const css::uno::Reference<css::frame::XDispatchResultListener>& listener) override;
    void SAL_CALL addStatusListener(const css::uno::Reference<css::frame::XStatusListener>& listener,
                                    const css::util::URL& url) override;
    void SAL_CALL removeStatusListener(const css::uno::Reference<css::frame::XStatusListener>& listener,
                                       const css::util::URL& url) override;
    // XServiceInfo
    rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

private:
    css::uno::Reference<css::uno::XComponentContext> context_;
    css::uno::WeakReference<css::frame::XFrame> frame_;  // the frame owns us, not the other way round
};

}  // namespace ligestat::addin
