#include "keyfigure_command.hpp"
#include "uno_names.hpp"

#include "convert.hpp"
#include "job_evaluation_sheet.hpp"
#include "sheet_reader.hpp"
#include "sheet_writer.hpp"

#include <com/sun/star/awt/AsyncCallback.hpp>
#include <com/sun/star/awt/MessageBoxButtons.hpp>
#include <com/sun/star/awt/MessageBoxType.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XMessageBox.hpp>
#include <com/sun/star/awt/XCallback.hpp>
#include <com/sun/star/awt/XMessageBoxFactory.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/DispatchResultEvent.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/FeatureStateEvent.hpp>
#include <com/sun/star/frame/XDispatchResultListener.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStatusListener.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/sheet/XCalculatable.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/util/XProtectable.hpp>
#include <cppuhelper/implbase1.hxx>
#include <cppuhelper/supportsservice.hxx>

#include <sys/syscall.h>
#include <unistd.h>

#include <atomic>
#include <exception>
#include <optional>

namespace ligestat::addin {

namespace {

// The commands this handler serves.
enum class Command { KeyFigures, KeyFigureValues, JobEvaluation };

std::optional<Command> commandOf(const OUString& url) {
    if (url == OUString::createFromAscii(kGenerateKeyFigures)) return Command::KeyFigures;
    if (url == OUString::createFromAscii(kGenerateKeyFigureValues)) return Command::KeyFigureValues;
    if (url == OUString::createFromAscii(kJobEvaluation)) return Command::JobEvaluation;
    return std::nullopt;
}

// What a command calls itself in a message box and the undo list.
struct CommandTexts {
    Text title, unexpected, undo;
};
const CommandTexts kKeyFigureTexts{{"Gender equality key figures", "Nøgletal for ligestilling"},
                                   {"The key figures could not be made; nothing was changed.",
                                    "Nøgletallene kunne ikke laves; intet er ændret."},
                                   {"Key figures", "Nøgletal"}};
const CommandTexts kJobEvaluationTexts{{"Job evaluation", "Stillingsvurdering"},
                                       {"The job evaluation sheet could not be made; nothing was changed.",
                                        "Arket med stillingsvurdering kunne ikke laves; intet er ændret."},
                                       {"Job evaluation", "Stillingsvurdering"}};
const CommandTexts& textsFor(Command command) {
    return command == Command::JobEvaluation ? kJobEvaluationTexts : kKeyFigureTexts;
}

const Text kNoJobTitles{"The staff list has no job titles to evaluate: it needs a column such as "
                        "Stillingsbetegnelse, Stilling, Job title or Position with at least one title. Nothing "
                        "was changed.",
                        "Medarbejderlisten har ingen stillinger at vurdere: den skal have en kolonne som "
                        "Stillingsbetegnelse, Stilling, Job title eller Position med mindst én stilling. Intet er "
                        "ændret."};
const Text kJobSheetProtected{"The job evaluation sheet is protected. Remove the protection (Tools > Protect Sheet) "
                              "and run Job evaluation again; nothing was changed.",
                              "Arket med stillingsvurdering er beskyttet. Fjern beskyttelsen (Funktioner > Beskyt "
                              "ark), og kør Stillingsvurdering igen; intet er ændret."};
const Text kReadOnly{"The workbook is open read-only, so no key-figure sheet was added. Choose Edit Document "
                     "(or save a copy) and generate again.",
                     "Projektmappen er åbnet skrivebeskyttet, så der er ikke tilføjet et ark med nøgletal. "
                     "Vælg Rediger dokument (eller gem en kopi), og dan nøgletallene igen."};
const Text kStructureProtected{"The workbook's structure is protected, so no sheet can be added. Remove the "
                               "protection (Tools > Protect Spreadsheet Structure) and generate again.",
                               "Projektmappens struktur er beskyttet, så der kan ikke tilføjes et ark. Fjern "
                               "beskyttelsen (Funktioner > Beskyt regnearksstruktur), og dan nøgletallene igen."};
const Text kAlreadyRunning{"Key figures are already being made in this office; nothing more was changed.",
                           "Der laves allerede nøgletal; intet andet er ændret."};

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

// The API writes into a document that the user opened read-only or whose
// structure is protected; the UI would not, so neither do we.
void requireWritableStructure(const Reference<css::frame::XModel>& model) {
    Reference<css::frame::XStorable> storable(model, UNO_QUERY);
    if (storable.is() && storable->isReadonly()) throw UserProblem{kReadOnly};
    Reference<css::util::XProtectable> structure(model, UNO_QUERY);
    if (structure.is() && structure->isProtected()) throw UserProblem{kStructureProtected};
}

// Only one generation at a time in the process. On the main thread a second
// one can only start from inside the first (an office call that handles
// pending events); it is refused rather than nested, whose guards would
// restore each other's state.
class OneGenerationAtATime {
public:
    OneGenerationAtATime() {
        if (running_.exchange(true)) throw UserProblem{kAlreadyRunning};
    }
    ~OneGenerationAtATime() { running_ = false; }
    OneGenerationAtATime(const OneGenerationAtATime&) = delete;
    OneGenerationAtATime& operator=(const OneGenerationAtATime&) = delete;

private:
    static inline std::atomic<bool> running_{false};
};

OUString generate(const Reference<css::uno::XComponentContext>& context, const Reference<css::frame::XFrame>& frame,
                  bool valuesOnly) {
    OneGenerationAtATime once;
    Reference<css::frame::XController> controller = frame->getController();
    Reference<css::frame::XModel> model = controller.is() ? controller->getModel() : nullptr;
    Reference<css::sheet::XSpreadsheetDocument> document(model, UNO_QUERY);
    if (!document.is())
        throw UserProblem{{"The key figures are made from a spreadsheet.", "Nøgletallene laves ud fra et regneark."}};
    requireWritableStructure(model);
    Reference<css::sheet::XSpreadsheetView> view(controller, UNO_QUERY);
    const std::string language = uiLanguage(context);

    KeyFigureInput input = readKeyFigureInput(document, view.is() ? view->getActiveSheet() : nullptr, language);
    input.valuesOnly = valuesOnly;
    const KeyFigurePlan plan = planKeyFigures(input);
    const std::string name = uniqueSheetName(keyFigureSheetName(language), sheetNames(document));

    Reference<css::sheet::XSpreadsheet> sheet;
    {
        UndoStep undo(model, fromUtf8(kKeyFigureTexts.undo.in(language)));
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
    return fromUtf8(name);
}

// The job evaluation sheet (analysis.md §2): made on the first run; on a rerun
// the sheet LigestatJobTitles points to is rewritten with the user's entries
// kept. Everything it writes, named ranges included, is one undo step.
OUString evaluateJobs(const Reference<css::uno::XComponentContext>& context, const Reference<css::frame::XFrame>& frame) {
    OneGenerationAtATime once;
    Reference<css::frame::XController> controller = frame->getController();
    Reference<css::frame::XModel> model = controller.is() ? controller->getModel() : nullptr;
    Reference<css::sheet::XSpreadsheetDocument> document(model, UNO_QUERY);
    if (!document.is())
        throw UserProblem{{"The job evaluation is made from a spreadsheet.", "Stillingsvurderingen laves ud fra et regneark."}};
    requireWritableStructure(model);
    Reference<css::sheet::XSpreadsheetView> view(controller, UNO_QUERY);
    const std::string language = uiLanguage(context);

    JobEvaluationInput input{readKeyFigureInput(document, view.is() ? view->getActiveSheet() : nullptr, language),
                             std::nullopt};
    if (!hasJobTitles(input.staff)) throw UserProblem{kNoJobTitles};
    const std::optional<ExistingJobEvaluation> existing = findJobEvaluationSheet(document);
    if (existing) {
        if (Reference<css::util::XProtectable>(existing->sheet, UNO_QUERY_THROW)->isProtected())
            throw UserProblem{kJobSheetProtected};
        input.previous = readJobEvaluationEntries(*existing);
    }
    const JobEvaluationPlan plan = planJobEvaluation(input);
    const std::string name =
        existing ? existing->name : uniqueSheetName(jobEvaluationSheetName(language), sheetNames(document));

    Reference<css::sheet::XSpreadsheet> sheet;
    {
        UndoStep undo(model, fromUtf8(kJobEvaluationTexts.undo.in(language)));
        QuietWriting quiet(model);
        if (existing) {
            rewriteJobEvaluationSheet(document, *existing, plan, language);
            sheet = existing->sheet;
        } else {
            sheet = addJobEvaluationSheet(document, plan, name, language);
        }
        defineJobEvaluationNames(document, name, plan);
    }
    if (view.is()) view->setActiveSheet(sheet);
    return fromUtf8(name);
}

void showMessage(const Reference<css::uno::XComponentContext>& context, const Reference<css::frame::XFrame>& frame,
                 const std::string& language, const Text& title, const Text& message) {
    try {
        if (!frame.is()) return;
        Reference<css::awt::XMessageBoxFactory> factory(css::awt::Toolkit::create(context), UNO_QUERY_THROW);
        Reference<css::awt::XWindowPeer> parent(frame->getContainerWindow(), UNO_QUERY);
        if (!parent.is() || !frame->getController().is()) return;  // the document was closed meanwhile
        Reference<css::awt::XMessageBox> box = factory->createMessageBox(
            parent, css::awt::MessageBoxType_WARNINGBOX, css::awt::MessageBoxButtons::BUTTONS_OK,
            fromUtf8(title.in(language)), fromUtf8(message.in(language)));
        if (box.is()) box->execute();
    } catch (...) {
        // no window to show it in (e.g. headless): showing nothing is the fallback
    }
}

// soffice runs its event loop on the process's first thread.
bool onMainThread() { return static_cast<pid_t>(syscall(SYS_gettid)) == getpid(); }

void notifyResult(const Reference<css::frame::XDispatchResultListener>& listener,
                  const Reference<css::uno::XInterface>& source, bool succeeded, const OUString& result) {
    if (!listener.is()) return;
    try {
        css::frame::DispatchResultEvent event;
        event.Source = source;
        event.State = succeeded ? css::frame::DispatchResultState::SUCCESS : css::frame::DispatchResultState::FAILURE;
        event.Result <<= result;
        listener->dispatchFinished(event);
    } catch (...) {
        // the caller went away: nobody left to tell
    }
}

// The exception firewall: nothing leaves a generation. A problem the user can
// fix is shown as a message; anything else (the document closed meanwhile,
// an office error) as a short general message.
void runGeneration(const Reference<css::uno::XComponentContext>& context, const Reference<css::frame::XFrame>& frame,
                   Command command, const Reference<css::frame::XDispatchResultListener>& listener,
                   const Reference<css::uno::XInterface>& source) {
    std::string language = "en";
    std::optional<Text> problem;
    OUString sheetName;
    try {
        language = uiLanguage(context);
        sheetName = command == Command::JobEvaluation
                        ? evaluateJobs(context, frame)
                        : generate(context, frame, command == Command::KeyFigureValues);
    } catch (const UserProblem& user) {
        problem = user.message;
    } catch (...) {
        problem = textsFor(command).unexpected;
    }
    if (problem) {
        notifyResult(listener, source, false, fromUtf8(problem->in(language)));
        showMessage(context, frame, language, textsFor(command).title, *problem);
    } else {
        notifyResult(listener, source, true, sheetName);
    }
}

// A generation waiting for the main thread. It holds the frame: if the
// document is closed before it runs, the generation fails with a message.
class GenerationJob : public cppu::WeakImplHelper1<css::awt::XCallback> {
public:
    GenerationJob(const Reference<css::uno::XComponentContext>& context, const Reference<css::frame::XFrame>& frame,
                  Command command, const Reference<css::frame::XDispatchResultListener>& listener,
                  const Reference<css::uno::XInterface>& source)
        : context_(context), frame_(frame), command_(command), listener_(listener), source_(source) {}

    void SAL_CALL notify(const Any&) override {
        runGeneration(context_, frame_, command_, listener_, source_);
        frame_.clear();
        listener_.clear();
        source_.clear();
    }

private:
    Reference<css::uno::XComponentContext> context_;
    Reference<css::frame::XFrame> frame_;
    Command command_;
    Reference<css::frame::XDispatchResultListener> listener_;
    Reference<css::uno::XInterface> source_;
};

bool isOurCommand(const OUString& url) { return commandOf(url).has_value(); }

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

void KeyFigureCommand::dispatch(const css::util::URL& url, const Sequence<css::beans::PropertyValue>& arguments) {
    dispatchWithNotification(url, arguments, nullptr);
}

// On the main thread the generation runs at once (the caller holds the
// SolarMutex); elsewhere it is posted to the main thread. Nothing leaves.
void KeyFigureCommand::dispatchWithNotification(const css::util::URL& url, const Sequence<css::beans::PropertyValue>&,
                                                const Reference<css::frame::XDispatchResultListener>& listener) {
    const Reference<css::uno::XInterface> self(static_cast<cppu::OWeakObject*>(this));
    try {
        Reference<css::frame::XFrame> frame = frame_;
        const std::optional<Command> command = commandOf(url.Complete);
        if (!frame.is() || !command) {
            notifyResult(listener, self, false, OUString());
            return;
        }
        if (onMainThread()) {
            runGeneration(context_, frame, *command, listener, self);
            return;
        }
        Reference<css::awt::XCallback> job(new GenerationJob(context_, frame, *command, listener, self));
        css::awt::AsyncCallback::create(context_)->addCallback(job, Any());
    } catch (...) {
        // posting failed (the office is shutting down): say so to a waiting caller
        notifyResult(listener, self, false, OUString());
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
