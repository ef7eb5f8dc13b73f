#include "keyfigure_command.hpp"
#include "uno_names.hpp"

#include "convert.hpp"
#include "sheet_reader.hpp"
#include "sheet_writer.hpp"

#include <com/sun/star/awt/MessageBoxButtons.hpp>
#include <com/sun/star/awt/MessageBoxType.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XMessageBox.hpp>
#include <com/sun/star/awt/XMessageBoxFactory.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/FeatureStateEvent.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStatusListener.hpp>
#include <com/sun/star/sheet/XCalculatable.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <cppuhelper/supportsservice.hxx>

#include <exception>

namespace ligestat::addin {

namespace {

const Text kMessageTitle{"Gender equality key figures", "Nøgletal for ligestilling"};
const Text kUnexpected{"The key figures could not be made; nothing was changed.",
                       "Nøgletallene kunne ikke laves; intet er ændret."};
const Text kUndoTitle{"Key figures", "Nøgletal"};

// The whole generation as one undo step.
class UndoStep {
public:
    UndoStep(const Reference<css::frame::XModel>& model, const OUString& title)
        : undo_(Reference<css::document::XUndoManagerSupplier>(model, UNO_QUERY_THROW)->getUndoManager()) {
        undo_->enterUndoContext(title);
    }
    ~UndoStep() {
        try {
            undo_->leaveUndoContext();
        } catch (...) {
            // nothing may escape a destructor; the office keeps running
        }
    }
    UndoStep(const UndoStep&) = delete;
    UndoStep& operator=(const UndoStep&) = delete;

private:
    Reference<css::document::XUndoManager> undo_;
};

// No repainting and no recalculation while hundreds of cells are written.
class QuietWriting {
public:
    QuietWriting(const Reference<css::frame::XModel>& model) : model_(model), calc_(model, UNO_QUERY_THROW) {
        wasAutomatic_ = calc_->isAutomaticCalculationEnabled();
        model_->lockControllers();
        calc_->enableAutomaticCalculation(false);
    }
    ~QuietWriting() {
        try {
            calc_->enableAutomaticCalculation(wasAutomatic_);
            model_->unlockControllers();
        } catch (...) {
        }
    }
    QuietWriting(const QuietWriting&) = delete;
    QuietWriting& operator=(const QuietWriting&) = delete;

private:
    Reference<css::frame::XModel> model_;
    Reference<css::sheet::XCalculatable> calc_;
    bool wasAutomatic_ = true;
};

std::vector<std::string> sheetNames(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    std::vector<std::string> names;
    for (const OUString& name : Reference<css::container::XNameAccess>(document->getSheets(), UNO_QUERY_THROW)
                                    ->getElementNames())
        names.push_back(toUtf8(name));
    return names;
}

void generate(const Reference<css::uno::XComponentContext>& context, const Reference<css::frame::XFrame>& frame,
              bool valuesOnly) {
    Reference<css::frame::XController> controller = frame->getController();
    Reference<css::frame::XModel> model = controller.is() ? controller->getModel() : nullptr;
    Reference<css::sheet::XSpreadsheetDocument> document(model, UNO_QUERY);
    if (!document.is())
        throw UserProblem{{"The key figures are made from a spreadsheet.", "Nøgletallene laves ud fra et regneark."}};
    Reference<css::sheet::XSpreadsheetView> view(controller, UNO_QUERY);
    const std::string language = uiLanguage(context);

    KeyFigureInput input = readKeyFigureInput(document, view.is() ? view->getActiveSheet() : nullptr, language);
    input.valuesOnly = valuesOnly;
    const KeyFigurePlan plan = planKeyFigures(input);
    const std::string name = uniqueSheetName(keyFigureSheetName(language), sheetNames(document));

    Reference<css::sheet::XSpreadsheet> sheet;
    {
        UndoStep undo(model, fromUtf8(kUndoTitle.in(language)));
        {
            QuietWriting quiet(model);
            sheet = writeKeyFigureSheet(document, plan, name);
        }
        refreshHelperTables(sheet, plan);  // with automatic calculation back on
        if (valuesOnly) {
            QuietWriting quiet(model);
            freezeKeyFigureValues(document, sheet, plan);
        }
    }
    if (view.is()) view->setActiveSheet(sheet);
}

void showMessage(const Reference<css::uno::XComponentContext>& context, const Reference<css::frame::XFrame>& frame,
                 const std::string& language, const Text& message) {
    try {
        if (!frame.is()) return;
        Reference<css::awt::XMessageBoxFactory> factory(css::awt::Toolkit::create(context), UNO_QUERY_THROW);
        Reference<css::awt::XWindowPeer> parent(frame->getContainerWindow(), UNO_QUERY);
        Reference<css::awt::XMessageBox> box = factory->createMessageBox(
            parent, css::awt::MessageBoxType_WARNINGBOX, css::awt::MessageBoxButtons::BUTTONS_OK,
            fromUtf8(kMessageTitle.in(language)), fromUtf8(message.in(language)));
        if (box.is()) box->execute();
    } catch (...) {
        // no window to show it in (e.g. headless): showing nothing is the fallback
    }
}

bool isOurCommand(const OUString& url) {
    return url == OUString::createFromAscii(kGenerateKeyFigures) ||
           url == OUString::createFromAscii(kGenerateKeyFigureValues);
}

}  // namespace

KeyFigureCommand::KeyFigureCommand(const Reference<css::uno::XComponentContext>& context) : context_(context) {}

void KeyFigureCommand::initialize(const Sequence<Any>& arguments) {
    try {
        for (const Any& argument : arguments) {
            Reference<css::frame::XFrame> frame(argument, UNO_QUERY);
            if (frame.is()) frame_ = frame;
        }
    } catch (...) {
        // an unusable argument leaves the handler without a frame: dispatch then does nothing
    }
}

Reference<css::frame::XDispatch> KeyFigureCommand::queryDispatch(const css::util::URL& url, const OUString&,
                                                                 sal_Int32) {
    try {
        if (isOurCommand(url.Complete)) return this;
    } catch (...) {
    }
    return nullptr;
}

Sequence<Reference<css::frame::XDispatch>> KeyFigureCommand::queryDispatches(
    const Sequence<css::frame::DispatchDescriptor>& requests) {
    Sequence<Reference<css::frame::XDispatch>> dispatches(requests.getLength());
    for (sal_Int32 i = 0; i < requests.getLength(); ++i)
        dispatches.getArray()[i] = queryDispatch(requests[i].FeatureURL, requests[i].FrameName, requests[i].SearchFlags);
    return dispatches;
}

// The exception firewall: nothing leaves dispatch. A problem the user can fix
// is shown as a message; anything else as a short general message.
void KeyFigureCommand::dispatch(const css::util::URL& url, const Sequence<css::beans::PropertyValue>&) {
    Reference<css::frame::XFrame> frame;
    std::string language = "en";
    try {
        frame = frame_;
        if (!frame.is() || !isOurCommand(url.Complete)) return;
        language = uiLanguage(context_);
        generate(context_, frame, url.Complete == OUString::createFromAscii(kGenerateKeyFigureValues));
    } catch (const UserProblem& problem) {
        showMessage(context_, frame, language, problem.message);
    } catch (...) {
        showMessage(context_, frame, language, kUnexpected);
    }
}

void KeyFigureCommand::addStatusListener(const Reference<css::frame::XStatusListener>& listener,
                                         const css::util::URL& url) {
    try {
        if (!listener.is()) return;
        css::frame::FeatureStateEvent state;
        state.Source = static_cast<cppu::OWeakObject*>(this);
        state.FeatureURL = url;
        state.IsEnabled = isOurCommand(url.Complete);
        listener->statusChanged(state);
    } catch (...) {
    }
}

void KeyFigureCommand::removeStatusListener(const Reference<css::frame::XStatusListener>&, const css::util::URL&) {}

OUString KeyFigureCommand::getImplementationName() { return OUString::createFromAscii(kCommandImplementationName); }

sal_Bool KeyFigureCommand::supportsService(const OUString& name) { return cppu::supportsService(this, name); }

Sequence<OUString> KeyFigureCommand::getSupportedServiceNames() {
    Sequence<OUString> names(1);
    names.getArray()[0] = "com.sun.star.frame.ProtocolHandler";
    return names;
}

}  // namespace ligestat::addin

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface* dk_ligestat_KeyFigureCommand_get_implementation(
    css::uno::XComponentContext* context, const css::uno::Sequence<css::uno::Any>&) {
    try {
        auto* component = new ligestat::addin::KeyFigureCommand(context);
        component->acquire();
        return static_cast<cppu::OWeakObject*>(component);
    } catch (...) {
        return nullptr;
    }
}
