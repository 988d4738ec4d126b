// The record window on a real display (Xvfb): drafts that survive closing, closing with
// unsaved changes, one window per record, signing, and amending with a required reason.
#define BOOST_TEST_MODULE gui
#include <boost/test/unit_test.hpp>

#include "audit/audit_entry.h"
#include "form_filling.h"
#include "audit/audit_entry_list.h"
#include "record/amend_reason_dialog.h"

#include <wx/app.h>
#include <wx/listctrl.h>
#include <wx/notebook.h>
#include <wx/stattext.h>

#include <sqlite3.h>

using namespace parity;
using namespace parity::gui;
using namespace parity::gui::test;

namespace {

/// The drafts in the store.
std::vector<store::RecordSummary> drafts(records::RecordService& records) {
    store::RecordFilter filter;
    filter.status = store::RecordStatus::Draft;
    return records.list(filter);
}

bool closed(std::int64_t recordId) {
    return RecordWindow::find(recordId) == nullptr;
}

} // namespace

BOOST_FIXTURE_TEST_SUITE(RecordWindowTests, MainWindowOnScratchDatabase)

BOOST_AUTO_TEST_CASE(a_draft_is_autosaved_survives_closing_and_resumes_with_its_answers) {
    RecordWindow* window = asRecordWindow(openNewRecord(frame, workspace(), kArkansasReport));
    auto* name = control<wxTextCtrl>(*window, names::fieldInput("staff_name"));
    BOOST_REQUIRE(name);
    BOOST_REQUIRE(typeInto(*name, "Jordan Pryor"));
    BOOST_REQUIRE(waitUntil([&] { return toUtf8(name->GetValue()) == "Jordan Pryor"; }));
    BOOST_TEST(window->hasUnsavedChanges());

    // A short while after the last keystroke the draft is stored, without asking.
    BOOST_REQUIRE(waitUntil([&] { return drafts(records()).size() == 1u; }, 1500));
    BOOST_TEST(!window->hasUnsavedChanges());
    const std::int64_t id = drafts(records()).front().id;
    BOOST_TEST(window->recordId().value_or(-1) == id);
    BOOST_TEST(records().load(id).draftAnswers->value("staff_name", "") == "Jordan Pryor");

    // One window per record: asking again raises this one.
    BOOST_TEST((openRecord(frame, workspace(), id) == window));

    // Nothing unsaved: closing asks nothing.
    BOOST_REQUIRE(window->Close());
    BOOST_REQUIRE(waitUntil([&] { return closed(id); }));
    BOOST_TEST(prompts.unsavedAsked == 0);

    RecordWindow* again = asRecordWindow(openRecord(frame, workspace(), id));
    BOOST_TEST((again->mode() == RecordWindow::Mode::Filling));
    auto* resumed = control<wxTextCtrl>(*again, names::fieldInput("staff_name"));
    BOOST_REQUIRE(resumed);
    BOOST_TEST(toUtf8(resumed->GetValue()) == "Jordan Pryor");
    BOOST_TEST(again->editor()->form().session().value("staff_name") == "Jordan Pryor");

    // Closing right after a change asks; Cancel keeps the window and the change.
    answer(*again, "client_id", "AR-C-30518");
    prompts.unsaved = UnsavedChoice::Cancel;
    BOOST_TEST(!again->Close());
    BOOST_TEST(prompts.unsavedAsked == 1);
    BOOST_TEST(prompts.lastCouldSaveDraft);
    BOOST_TEST((RecordWindow::find(id) == again));
    // Save draft stores it and closes.
    prompts.unsaved = UnsavedChoice::SaveDraft;
    BOOST_TEST(again->Close());
    BOOST_REQUIRE(waitUntil([&] { return closed(id); }));
    BOOST_TEST(records().load(id).draftAnswers->value("client_id", "") == "AR-C-30518");
    BOOST_TEST(drafts(records()).size() == 1u);

    // Discard changes closes without storing them.
    RecordWindow* third = asRecordWindow(openRecord(frame, workspace(), id));
    answer(*third, "client_id", "AR-C-99999");
    prompts.unsaved = UnsavedChoice::Discard;
    BOOST_TEST(third->Close());
    BOOST_REQUIRE(waitUntil([&] { return closed(id); }));
    BOOST_TEST(records().load(id).draftAnswers->value("client_id", "") == "AR-C-30518");
    BOOST_TEST(prompts.problems.empty(), joined(prompts.problems));
    BOOST_TEST(failedWxAssertions().empty());
}

BOOST_AUTO_TEST_CASE(an_amendment_needs_a_reason_and_becomes_a_new_version_with_it) {
    const nlohmann::ordered_json example = exampleAnswers(kArkansasReport);
    const std::int64_t id = records().submit(kArkansasReport, example, workspace().user());

    RecordWindow* window = asRecordWindow(openRecord(frame, workspace(), id));
    BOOST_TEST((window->mode() == RecordWindow::Mode::Viewing));
    BOOST_TEST(toUtf8(window->GetTitle()).find("Submitted") != std::string::npos, toUtf8(window->GetTitle()));
    BOOST_TEST(!window->editor());

    // Sign: the record locks and the button is disabled.
    auto* sign = control<wxWindow>(*window, names::signButton);
    BOOST_REQUIRE(sign);
    BOOST_REQUIRE(click(*sign));
    BOOST_REQUIRE(waitUntil([&] { return records().load(id).summary.status == store::RecordStatus::Signed; }));
    BOOST_REQUIRE(waitUntil([&] {
        auto* button = control<wxWindow>(*window, names::signButton);
        return button && !button->IsEnabled();
    }));

    // Amend…: the answers reopen in the editor.
    BOOST_REQUIRE(click(*control<wxWindow>(*window, names::amendButton)));
    BOOST_REQUIRE(waitUntil([&] { return window->mode() == RecordWindow::Mode::Amending; }));
    settle();
    auto* confirmation = control<wxTextCtrl>(*window, names::fieldInput("confirmation_number"));
    BOOST_REQUIRE(confirmation);
    BOOST_TEST(toUtf8(confirmation->GetValue()) == example["confirmation_number"].get<std::string>());
    answer(*window, "confirmation_number", "APS-AR-2026-55871");

    // No reason: refused, nothing stored.
    BOOST_TEST(!window->submitAmendment("  "));
    BOOST_REQUIRE(prompts.problems.size() == 1u);
    BOOST_TEST(prompts.problems[0] == "An amendment needs a reason: say why the record is being changed.");
    BOOST_TEST(records().load(id).versions.size() == 1u);
    BOOST_TEST((window->mode() == RecordWindow::Mode::Amending));

    // Through the dialog: OK with an empty reason keeps it open and says why; with a
    // reason it closes and the amendment is stored.
    const std::string reason = "The intake worker read the confirmation number back wrongly; corrected from APS letter.";
    bool refusedInPlace = false;
    bool closedWithReason = false;
    wxTheApp->CallAfter([&] {
        auto* dialog = dynamic_cast<AmendReasonDialog*>(wxWindow::FindWindowByName(names::amendReasonDialog));
        if (!dialog)
            return;
        auto* problem = findWindow<wxStaticText>(names::amendReasonProblem, dialog);
        refusedInPlace = !dialog->confirm() && dialog->IsShown() && problem && problem->IsShown();
        findWindow<wxTextCtrl>(names::amendReasonText, dialog)->SetValue(wxString::FromUTF8(reason));
        closedWithReason = dialog->confirm();
    });
    BOOST_TEST(window->amendWithDialog());
    BOOST_TEST(refusedInPlace);
    BOOST_TEST(closedWithReason);
    BOOST_TEST((window->mode() == RecordWindow::Mode::Viewing));

    const store::Record record = records().load(id);
    BOOST_REQUIRE(record.versions.size() == 2u);
    BOOST_TEST(record.versions[1].reason == reason);
    BOOST_TEST(record.versions[1].answers["confirmation_number"] == "APS-AR-2026-55871");
    BOOST_TEST((record.summary.status == store::RecordStatus::Submitted));
    std::string amendedReason;
    records().auditTrail().forEach(id, [&](const audit::AuditEntry& entry) {
        if (entry.action == audit::action::Amended)
            amendedReason = entry.reason;
    });
    BOOST_TEST(amendedReason == reason);

    // The history shows both versions, the reason and what changed; the trail its entries.
    auto* versions = control<wxListCtrl>(*window, names::versionList);
    BOOST_REQUIRE(versions);
    BOOST_REQUIRE(versions->GetItemCount() == 2);
    BOOST_TEST(toUtf8(versions->GetItemText(1, 0)) == "2");
    BOOST_TEST(toUtf8(versions->GetItemText(1, 2)) == workspace().user());
    BOOST_TEST(toUtf8(versions->GetItemText(1, 3)) == "Confirmation or reference number");
    BOOST_TEST(toUtf8(versions->GetItemText(1, 4)) == reason);
    auto* changes = control<wxListCtrl>(*window, names::versionChanges);
    BOOST_REQUIRE(changes);
    BOOST_REQUIRE(changes->GetItemCount() == 1);
    BOOST_TEST(toUtf8(changes->GetItemText(0, 1)) == "APS-AR-2026-55817");
    BOOST_TEST(toUtf8(changes->GetItemText(0, 2)) == "APS-AR-2026-55871");
    auto* trail = control<wxListCtrl>(*window, names::recordAuditList);
    BOOST_REQUIRE(trail);
    std::vector<std::string> actions;
    for (long row = 0; row < trail->GetItemCount(); ++row)
        actions.push_back(toUtf8(trail->GetItemText(row, AuditEntryList::kAction)));
    BOOST_TEST(actions == (std::vector<std::string>{"Submitted", "Viewed", "Signed", "Amended"}),
               boost::test_tools::per_element());

    auto* pages = control<wxNotebook>(*window, names::recordNotebook);
    BOOST_REQUIRE(pages);
    pages->SetSelection(1);
    settle();
    const wxImage shot = saveScreenshot(*window, screenshotDirectory() / "record-history.png");
    BOOST_TEST(distinctColours(shot, 16) >= 16u, "the screenshot looks blank");
    BOOST_TEST(prompts.problems.size() == 1u, joined(prompts.problems));
    BOOST_TEST(failedWxAssertions().empty());
}

BOOST_AUTO_TEST_CASE(a_busy_database_is_reported_and_nothing_typed_is_lost) {
    RecordWindow* window = asRecordWindow(openNewRecord(frame, workspace(), kArkansasReport));
    answer(*window, "staff_name", "Jordan Pryor");

    // Another program holds the write lock for longer than Parity waits for it.
    sqlite3* other = nullptr;
    BOOST_REQUIRE(sqlite3_open((folder.path() / "records.db").c_str(), &other) == SQLITE_OK);
    BOOST_REQUIRE(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr) == SQLITE_OK);
    const bool saved = window->saveDraft();
    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(other);

    BOOST_TEST(!saved);
    BOOST_REQUIRE(prompts.problems.size() == 1u);
    BOOST_TEST(prompts.problems[0].find("The draft could not be saved. Your answers are still here.") == 0u,
               prompts.problems[0]);
    BOOST_TEST(prompts.problems[0].find("the database is busy") != std::string::npos, prompts.problems[0]);
    BOOST_TEST(window->IsShown());
    BOOST_TEST(window->hasUnsavedChanges());
    BOOST_TEST(window->editor()->form().session().value("staff_name") == "Jordan Pryor");

    // Once the lock is gone, the same answers save.
    BOOST_TEST(window->saveDraft());
    BOOST_TEST(records().load(window->recordId().value_or(-1)).draftAnswers->value("staff_name", "") == "Jordan Pryor");
    window->Destroy();
    BOOST_TEST(failedWxAssertions().empty());
}

BOOST_AUTO_TEST_CASE(a_form_no_plugin_provides_is_refused_with_a_message_and_no_window) {
    BOOST_TEST(!openNewRecord(frame, workspace(), "nowhere.consent"));
    BOOST_REQUIRE(prompts.problems.size() == 1u);
    BOOST_TEST(prompts.problems[0] == "The record could not be opened.\n\nthe form nowhere.consent is not available: "
                                      "the plugin that provides it is not loaded");
    BOOST_TEST(!openRecord(frame, workspace(), 4242));
    BOOST_REQUIRE(prompts.problems.size() == 2u);
    BOOST_TEST(prompts.problems[1] == "The record could not be opened.\n\nthere is no record 4242");
    for (wxWindow* window : wxTopLevelWindows)
        BOOST_TEST(!dynamic_cast<RecordWindow*>(window));
    BOOST_TEST(failedWxAssertions().empty());
}

BOOST_AUTO_TEST_SUITE_END()
