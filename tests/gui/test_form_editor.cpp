// The form editor in a record window, on a real display (Xvfb): a clerk fills a form,
// sees live errors beside the field and in the list of problems, skip logic hides and
// shows fields, the form changes language keeping the answers.
#define BOOST_TEST_MODULE gui
#include <boost/test/unit_test.hpp>

#include "audit/audit_entry.h"
#include "forms/form_loader.h"
#include "form_filling.h"

#include <wx/listbox.h>
#include <wx/listctrl.h>
#include <wx/stattext.h>

namespace fs = std::filesystem;
using namespace parity;
using namespace parity::gui;
using namespace parity::gui::test;

namespace {

std::string issuesBeside(RecordWindow& window, const std::string& fieldId, int item = -1) {
    FieldRow* row = window.editor()->form().row(fieldId, item);
    BOOST_REQUIRE_MESSAGE(row, "no row for " << fieldId);
    return toUtf8(row->shownIssues());
}

std::vector<std::string> summaryLines(RecordWindow& window) {
    std::vector<std::string> lines;
    wxListBox& list = window.editor()->summary().list();
    for (unsigned i = 0; i < list.GetCount(); ++i)
        lines.push_back(toUtf8(list.GetString(i)));
    return lines;
}

bool contains(const std::vector<std::string>& lines, const std::string& line) {
    return std::find(lines.begin(), lines.end(), line) != lines.end();
}

} // namespace

BOOST_FIXTURE_TEST_SUITE(FormEditor, MainWindowOnScratchDatabase)

BOOST_AUTO_TEST_CASE(a_clerk_sees_the_agency_error_live_fixes_it_and_submits_the_arkansas_report) {
    RecordWindow* window = asRecordWindow(openNewRecord(frame, frame->workspace(), kArkansasReport));
    const nlohmann::ordered_json example = exampleAnswers(kArkansasReport);

    // The first answers are typed key by key, as a clerk types them.
    for (const char* field : {"staff_name", "client_id"}) {
        auto* input = control<wxTextCtrl>(*window, names::fieldInput(field));
        BOOST_REQUIRE(input);
        BOOST_REQUIRE(typeInto(*input, example[field].get<std::string>()));
        BOOST_REQUIRE_MESSAGE(waitUntil([&] { return window->editor()->form().session().value(field) ==
                                                     example[field].get<std::string>(); }),
                              field << " holds '" << window->editor()->form().session().value(field) << "'");
    }
    // The rest through their controls; the supervisor is told, the agency is not.
    answerAll(*window, example, {"staff_name", "client_id", "agency", "agency_reported_at"});

    const std::string agencyError = "Telling your supervisor is not enough: the report must also go to the agency. "
                                    "Record which agency you reported to, and when.";
    BOOST_TEST(issuesBeside(*window, "agency").find(agencyError) != std::string::npos,
               "beside the agency: " << issuesBeside(*window, "agency"));
    BOOST_TEST(contains(summaryLines(*window), agencyError));
    // An untouched empty field is not yet called wrong beside it, but the summary counts it.
    BOOST_TEST(issuesBeside(*window, "agency_reported_at").empty());
    BOOST_TEST(!window->editor()->summary().listed().empty());

    // Activating the entry takes the clerk to the agency's control, scrolled into view.
    const auto& listed = window->editor()->summary().listed();
    const auto entry = std::find_if(listed.begin(), listed.end(), [&](const auto& i) { return i.message == agencyError; });
    BOOST_REQUIRE(entry != listed.end());
    wxListBox& list = window->editor()->summary().list();
    list.SetSelection(int(entry - listed.begin()));
    wxCommandEvent activated(wxEVT_LISTBOX_DCLICK, list.GetId());
    activated.SetEventObject(&list);
    activated.SetInt(list.GetSelection());
    list.ProcessWindowEvent(activated);
    wxWindow* agencyInput = control<wxWindow>(*window, names::fieldInput("agency"));
    BOOST_REQUIRE(agencyInput);
    BOOST_TEST(waitUntil([&] { return wxWindow::FindFocus() == agencyInput; }));
    settle();
    FormPanel& form = window->editor()->form();
    const wxRect visible(form.GetScreenPosition(), form.GetClientSize());
    BOOST_TEST(visible.Contains(agencyInput->GetScreenRect()), "the agency field is not scrolled into view");

    const wxImage shot = saveScreenshot(*window, screenshotDirectory() / "form-live-errors.png");
    BOOST_TEST(distinctColours(shot, 16) >= 16u, "the screenshot looks blank");

    // Submitting now is refused, the problems listed and the list focused.
    auto* submit = control<wxWindow>(*window, names::submitButton);
    BOOST_REQUIRE(submit);
    BOOST_REQUIRE(click(*submit));
    BOOST_TEST(waitUntil([&] { return wxWindow::FindFocus() == &list; }));
    BOOST_TEST((window->mode() == RecordWindow::Mode::Filling));
    BOOST_TEST(!issuesBeside(*window, "agency_reported_at").empty(), "required shown after a submit attempt");

    // The clerk records the agency and when: the errors go away as they answer.
    answer(*window, "agency", example["agency"]);
    answer(*window, "agency_reported_at", example["agency_reported_at"]);
    BOOST_TEST(issuesBeside(*window, "agency").empty(), issuesBeside(*window, "agency"));
    BOOST_TEST(window->editor()->summary().listed().empty(), joined(summaryLines(*window)));

    BOOST_REQUIRE(click(*control<wxWindow>(*window, names::submitButton)));
    BOOST_REQUIRE(waitUntil([&] { return window->mode() == RecordWindow::Mode::Viewing; }));
    BOOST_TEST(prompts.problems.empty(), joined(prompts.problems));

    const auto stored = records().list();
    BOOST_REQUIRE(stored.size() == 1u);
    BOOST_TEST((stored[0].status == store::RecordStatus::Submitted));
    BOOST_TEST(window->recordId().value_or(-1) == stored[0].id);
    const store::Record record = records().load(stored[0].id);
    BOOST_REQUIRE(record.current());
    BOOST_TEST(record.current()->answers["client_id"] == example["client_id"]);
    BOOST_TEST(record.current()->answers["agency"] == example["agency"]);
    BOOST_TEST(record.current()->answers["additional_reports"].size() == 2u);
    BOOST_TEST(record.current()->answers["agency_reported_at"] == example["agency_reported_at"]);
    int submittedEntries = 0;
    records().auditTrail().forEach(stored[0].id, [&](const audit::AuditEntry& entry) {
        submittedEntries += entry.action == audit::action::Submitted;
    });
    BOOST_TEST(submittedEntries == 1);

    // The Records page lists it (it refreshes on WorkspaceChange::Records, when shown).
    frame->showPage(MainPage::Records);
    if (auto* rows = findWindow<wxListCtrl>("recordsList", frame)) {
        BOOST_TEST(waitUntil([&] {
            for (long row = 0; row < rows->GetItemCount(); ++row)
                for (int column = 0; column < rows->GetColumnCount(); ++column)
                    if (toUtf8(rows->GetItemText(row, column)) == example["client_id"].get<std::string>())
                        return true;
            return false;
        }), "the Records page does not list the record");
    }
    BOOST_TEST(failedWxAssertions().empty());
}

BOOST_AUTO_TEST_CASE(skip_logic_shows_the_basis_only_while_records_are_attached) {
    // core: sud_records_basis is relevant when sud_records_attached = 'true' (default false).
    RecordWindow* window = asRecordWindow(openNewRecord(frame, frame->workspace(), kArkansasReport));
    auto* basis = control<wxWindow>(*window, names::fieldRow("sud_records_basis"));
    auto* reference = control<wxWindow>(*window, names::fieldRow("sud_records_reference"));
    BOOST_REQUIRE(basis);
    BOOST_REQUIRE(reference);
    BOOST_TEST(!basis->IsShown());
    BOOST_TEST(!reference->IsShown());

    answer(*window, "sud_records_attached", true);
    BOOST_TEST(basis->IsShown());
    BOOST_TEST(reference->IsShown());
    settle();
    BOOST_TEST(basis->GetSize().GetHeight() > 0);

    answer(*window, "sud_records_attached", false);
    BOOST_TEST(!basis->IsShown());
    BOOST_TEST(!reference->IsShown());
    // A hidden field's answer is not stored, and it is not required.
    BOOST_TEST(!window->editor()->form().session().isRelevant("sud_records_basis"));
    BOOST_TEST(prompts.problems.empty());
    window->Destroy();
    BOOST_TEST(failedWxAssertions().empty());
}

BOOST_AUTO_TEST_CASE(tab_moves_through_the_fields_in_form_order) {
    RecordWindow* window = asRecordWindow(openNewRecord(frame, frame->workspace(), kArkansasReport));
    auto* name = control<wxTextCtrl>(*window, names::fieldInput("staff_name"));
    auto* client = control<wxTextCtrl>(*window, names::fieldInput("client_id"));
    auto* subject = control<wxTextCtrl>(*window, names::fieldInput("subject_name"));
    BOOST_REQUIRE(name && client && subject);
    BOOST_REQUIRE(typeInto(*name, "J"));
    wxUIActionSimulator simulator;
    BOOST_REQUIRE(simulator.Char(WXK_TAB));
    BOOST_TEST(waitUntil([&] { return wxWindow::FindFocus() == client; }));
    BOOST_REQUIRE(simulator.Char(WXK_TAB));
    BOOST_TEST(waitUntil([&] { return wxWindow::FindFocus() == subject; }));
    window->Destroy();
    BOOST_TEST(failedWxAssertions().empty());
}

BOOST_AUTO_TEST_CASE(a_calculated_field_is_read_only_and_follows_the_answers_it_reads) {
    // No shipped form calculates yet: a small one of our own.
    const std::string xml = R"xml(<?xml version="1.0" encoding="UTF-8"?>
<form id="test.calculated" version="1.0.0" kind="test" jurisdiction="national" languages="en">
  <title lang="en">Support hours</title>
  <section id="hours">
    <label lang="en">Hours this week</label>
    <field id="monday" type="integer"><label lang="en">Monday</label></field>
    <field id="tuesday" type="integer"><label lang="en">Tuesday</label></field>
    <field id="total" type="integer" calculate="number(monday) + number(tuesday)"><label lang="en">Total</label></field>
  </section>
</form>)xml";
    forms::Diagnostics diagnostics;
    auto definition = forms::loadFormDefinition(xml, "calculated.xml", diagnostics);
    BOOST_REQUIRE_MESSAGE(definition, diagnostics.toString());
    auto compiled = rules::CompiledForm::compile(std::move(*definition), {}, diagnostics);
    BOOST_REQUIRE_MESSAGE(compiled, diagnostics.toString());
    rules::FormSession session(compiled, rules::EvaluationEnvironment::current("UTC"));

    auto* window = new wxFrame(frame, wxID_ANY, "calculated");
    ClosesAtEnd closeWindow(window);
    new parity::gui::FormEditor(window, session);
    window->SetSize(window->FromDIP(wxSize(700, 500)));
    window->Show();
    BOOST_REQUIRE(waitUntil([&] { return window->IsShownOnScreen(); }));
    settle();

    auto* total = control<wxTextCtrl>(*window, names::fieldInput("total"));
    BOOST_REQUIRE(total);
    BOOST_TEST(!total->IsEditable());
    BOOST_REQUIRE(typeInto(*control<wxTextCtrl>(*window, names::fieldInput("monday")), "3"));
    BOOST_REQUIRE(typeInto(*control<wxTextCtrl>(*window, names::fieldInput("tuesday")), "4"));
    BOOST_TEST(waitUntil([&] { return toUtf8(total->GetValue()) == "7"; }), toUtf8(total->GetValue()));
    BOOST_TEST(session.value("total") == "7");
    BOOST_TEST(failedWxAssertions().empty());
}

BOOST_AUTO_TEST_CASE(the_open_form_turns_spanish_keeping_the_answers) {
    RecordWindow* window = asRecordWindow(openNewRecord(frame, frame->workspace(), kArkansasReport));
    answer(*window, "staff_name", "Jordan Example-Pryor");
    answer(*window, "subject_category", "elder");
    const auto label = [&](const std::string& field) {
        auto* shown = control<wxStaticText>(*window, names::fieldLabel(field));
        if (!shown)
            return std::string("(no label)");
        std::string text = toUtf8(shown->GetLabelText());
        std::replace(text.begin(), text.end(), '\n', ' ');   // wrapped to the form's width
        return text;
    };
    BOOST_TEST(label("staff_name") == "Your name (the person making the report)");

    frame->switchLanguage("es");
    BOOST_TEST(waitUntil([&] { return label("staff_name") == "Su nombre (quien hace el reporte)"; }),
               label("staff_name"));
    BOOST_TEST(label("ltc_facility_resident") ==
               "¿Esta persona vive en un centro de cuidados a largo plazo (por ejemplo, un hogar de ancianos)?");
    auto* name = control<wxTextCtrl>(*window, names::fieldInput("staff_name"));
    BOOST_REQUIRE(name);
    BOOST_TEST(toUtf8(name->GetValue()) == "Jordan Example-Pryor");
    auto* category = control<wxChoice>(*window, names::fieldInput("subject_category"));
    BOOST_REQUIRE(category);
    BOOST_TEST(toUtf8(category->GetStringSelection()) == "Una persona mayor");
    BOOST_TEST(window->editor()->form().session().language() == "es");

    frame->switchLanguage("en");
    BOOST_TEST(waitUntil([&] { return label("staff_name") == "Your name (the person making the report)"; }));
    window->Destroy();
    BOOST_TEST(failedWxAssertions().empty());
}

BOOST_AUTO_TEST_SUITE_END()
