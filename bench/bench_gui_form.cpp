// Benchmarks of the form editor (host/gui/form_editor), on a real display: run under
// `xvfb-run -a` (or in a desktop session).
//
//   BM_TypeIntoFieldOf500     one keystroke's worth of work in a form of 500 fields: the
//                             text control changes, FormSession::setValue revalidates what
//                             depends on the field, the panel updates the problems beside the
//                             fields and the summary, and repaints. Alternates an invalid and
//                             a valid number, so the error beside the field appears and goes
//                             every time (the dearer case: a relayout). The counter
//                             of_16ms_frame is the share of one 60 Hz frame it takes
//                             (target: well under 1).
//   BM_TypeIntoFieldOf500_SameProblems  the same, when the keystroke changes the answer but
//                             not the problems shown (the usual keystroke): no relayout.
//   BM_OpenLargestShippedForm the largest form of the catalogue (core forms and the plugins
//                             built in this tree): the editor built, shown and painted once,
//                             until its first field is on screen.
#include "catalog/form_catalog.h"
#include "form_editor/editor_names.h"
#include "form_editor/form_editor.h"
#include "forms/form_loader.h"
#include "plugins/plugin_host.h"
#include "rules/form_session.h"

#include <benchmark/benchmark.h>

#include <wx/app.h>
#include <wx/evtloop.h>
#include <wx/frame.h>
#include <wx/init.h>
#include <wx/textctrl.h>

#include <chrono>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <string>

namespace {

using parity::rules::CompiledForm;
using parity::rules::EvaluationEnvironment;
using parity::rules::FormSession;
using Clock = std::chrono::steady_clock;

constexpr int kFieldCount = 500;
constexpr double kFrameSeconds = 0.016;

[[noreturn]] void die(const std::string& what) {
    std::cerr << "parity_bench_gui_form: " << what << "\n";
    std::exit(2);
}

/// Handles what is pending and lets wx lay out and paint.
void settle() {
    for (int round = 0; round < 20; ++round) {
        if (wxEventLoopBase* loop = wxEventLoopBase::GetActive())
            while (loop->Pending())
                loop->Dispatch();
        wxTheApp->ProcessPendingEvents();
        wxTheApp->ProcessIdle();
    }
}

/// A form as a clerk meets them, 500 fields long, in sections of 50: text, a number
/// from 0 to 999, a choice, a date, yes/no, in turn; every tenth field shown only while
/// the number before it is under 900 (skip logic the panel checks after each change).
std::string mixedFormXml(int count) {
    std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<form id=\"bench.mixed\" version=\"1.0.0\" kind=\"benchmark\" jurisdiction=\"national\" "
                      "languages=\"en\">\n  <title lang=\"en\">Generated form of many fields</title>\n";
    for (int i = 1; i <= count; ++i) {
        const std::string id = "f" + std::to_string(i);
        if ((i - 1) % 50 == 0)
            xml += std::string(i > 1 ? "  </section>\n" : "") + "  <section id=\"s" + std::to_string(i) +
                   "\">\n    <label lang=\"en\">Part " + std::to_string(i / 50 + 1) + "</label>\n";
        static const char* const types[] = {"text", "integer", "select1", "date", "boolean"};
        const std::string type = types[(i - 1) % 5];
        xml += "    <field id=\"" + id + "\" type=\"" + type + "\"";
        if (i % 10 == 0)
            xml += " relevant=\"string-length(f" + std::to_string(i - 8) + ") = 0 or f" + std::to_string(i - 8) +
                   " &lt; 900\"";
        xml += ">\n      <label lang=\"en\">Question " + std::to_string(i) + "</label>\n";
        if (type == "integer")
            xml += "      <constraint id=\"bench." + id + "-range\" assert=\"" + id + " &gt;= 0 and " + id +
                   " &lt; 1000\">\n        <message lang=\"en\">{label} must be from 0 to 999, not {value}.</message>\n"
                   "      </constraint>\n";
        if (type == "select1")
            xml += "      <choices>\n        <choice value=\"a\"><label lang=\"en\">First</label></choice>\n"
                   "        <choice value=\"b\"><label lang=\"en\">Second</label></choice>\n"
                   "        <choice value=\"c\"><label lang=\"en\">Third</label></choice>\n      </choices>\n";
        xml += "    </field>\n";
    }
    xml += "  </section>\n</form>\n";
    return xml;
}

EvaluationEnvironment fixedEnvironment() {
    // 2024-03-15T14:30:00Z: a fixed clock, so runs are comparable.
    return EvaluationEnvironment::at(parity::Seconds{std::chrono::seconds{1710513000}}, "UTC");
}

struct TypingFixture {
    std::shared_ptr<const CompiledForm> form;
    std::unique_ptr<FormSession> session;
    wxFrame* frame = nullptr;
    parity::gui::FormEditor* editor = nullptr;
    wxTextCtrl* input = nullptr;

    TypingFixture() {
        parity::forms::Diagnostics diagnostics;
        auto definition = parity::forms::loadFormDefinition(mixedFormXml(kFieldCount), "mixed.xml", diagnostics);
        if (!definition)
            die("the generated form does not load:\n" + diagnostics.toString());
        form = CompiledForm::compile(std::move(*definition), {}, diagnostics);
        if (!form)
            die("the generated form does not compile:\n" + diagnostics.toString());
        session = std::make_unique<FormSession>(form, fixedEnvironment());
        frame = new wxFrame(nullptr, wxID_ANY, "bench", wxDefaultPosition, wxSize(800, 900));
        editor = new parity::gui::FormEditor(frame, *session);
        frame->Show();
        settle();
        // A number field in the middle of the form, with a skip-logic field after it.
        input = dynamic_cast<wxTextCtrl*>(wxWindow::FindWindowByName(parity::gui::names::fieldInput("f252"), frame));
        if (!input)
            die("no text control for field f252");
    }
};

TypingFixture& typing() {
    static TypingFixture* fixture = new TypingFixture;   // lives until the display goes
    return *fixture;
}

/// One keystroke per iteration: `first` and `second` typed in turn.
void typeInTurn(benchmark::State& state, const char* first, const char* second) {
    TypingFixture& fixture = typing();
    double frames = 0;
    int keystroke = 0;
    for (auto _ : state) {
        const auto start = Clock::now();
        fixture.input->SetValue(keystroke++ % 2 ? first : second);   // sends wxEVT_TEXT, as typing does
        fixture.editor->Update();                                   // paints what changed, now
        const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
        state.SetIterationTime(seconds);
        frames += seconds / kFrameSeconds;
    }
    if (fixture.session->value("f252").empty())
        state.SkipWithError("the typed value did not reach the session");
    state.counters["of_16ms_frame"] = benchmark::Counter(frames, benchmark::Counter::kAvgIterations);
    state.counters["fields"] = kFieldCount;
}

/// The dear case: every keystroke makes the error beside the field appear or go, and the
/// rows below it move.
void BM_TypeIntoFieldOf500(benchmark::State& state) {
    typeInTurn(state, "1234", "12");
}
BENCHMARK(BM_TypeIntoFieldOf500)->UseManualTime()->Unit(benchmark::kMicrosecond);

/// The usual case: the answer changes, what is shown beside it does not.
void BM_TypeIntoFieldOf500_SameProblems(benchmark::State& state) {
    typeInTurn(state, "13", "12");
}
BENCHMARK(BM_TypeIntoFieldOf500_SameProblems)->UseManualTime()->Unit(benchmark::kMicrosecond);

struct Catalogue {
    parity::PluginHost plugins;
    parity::FormCatalog catalog;
    const parity::CatalogForm* largest = nullptr;

    Catalogue() {
#ifdef PARITY_BENCH_PLUGIN_DIR
        plugins.loadDirectory(PARITY_BENCH_PLUGIN_DIR);
#endif
        catalog = parity::FormCatalog::build(plugins);
        for (const parity::CatalogForm& form : catalog.forms())
            if (!largest || form.form->fields().size() > largest->form->fields().size())
                largest = &form;
        if (!largest)
            die("the catalogue has no forms");
    }
};

void BM_OpenLargestShippedForm(benchmark::State& state) {
    static Catalogue* catalogue = new Catalogue;
    const parity::CatalogForm& form = *catalogue->largest;
    for (auto _ : state) {
        const auto start = Clock::now();
        FormSession session(form.form, form.environment(), "en");
        auto* frame = new wxFrame(nullptr, wxID_ANY, "bench", wxDefaultPosition, wxSize(800, 900));
        auto* editor = new parity::gui::FormEditor(frame, session);
        frame->Show();
        frame->Update();
        const auto& rows = editor->form().topLevelRows();
        if (rows.empty() || !rows.front()->IsShownOnScreen())
            state.SkipWithError("the first field is not on screen");
        state.SetIterationTime(std::chrono::duration<double>(Clock::now() - start).count());
        frame->Destroy();
        settle();   // the frame is deleted at idle time, before the session goes
    }
    state.SetLabel(form.id() + " (" + std::to_string(form.form->fields().size()) + " fields)");
}
BENCHMARK(BM_OpenLargestShippedForm)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(20);

} // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 2;
    wxApp::SetInstance(new wxApp);
    int wxArgc = 1;
    char* wxArgv[] = {argv[0], nullptr};
    if (!wxEntryStart(wxArgc, wxArgv)) {
        std::cerr << "parity_bench_gui_form: cannot open a display; run it under xvfb-run -a\n";
        return 2;
    }
    {
        wxGUIEventLoop loop;
        wxEventLoopBase::SetActive(&loop);
        benchmark::RunSpecifiedBenchmarks();
        benchmark::Shutdown();
        wxEventLoopBase::SetActive(nullptr);
    }
    wxEntryCleanup();
    return 0;
}
