// The Records, Audit trail and Compliance pages on a real display (Xvfb), over a
// database seeded through RecordService with the shipped example answers of the real
// plugins: searching, filtering, sorting by a header click, the chain status before and
// after someone edits the database behind the app's back, and compliance findings that
// open their record.
#define BOOST_TEST_MODULE gui_record_views
#include <boost/test/unit_test.hpp>

#include "audit/audit_names.h"
#include "common/display_time.h"
#include "common/sortable_list.h"
#include "common/wx_strings.h"
#include "compliance/compliance_names.h"
#include "compliance/compliance_panel.h"
#include "gui_app.h"
#include "gui_harness.h"
#include "main_window/main_frame.h"
#include "main_window/window_names.h"
#include "record/record_window.h"
#include "records/records_names.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choicdlg.h>
#include <wx/timer.h>
#include <wx/choice.h>
#include <wx/datectrl.h>
#include <wx/dateevt.h>
#include <wx/listbox.h>
#include <wx/listctrl.h>
#include <wx/notebook.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/uiaction.h>

#include <sqlite3.h>

#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace parity;
using namespace parity::gui;
using namespace parity::gui::test;

namespace {

std::string text(const wxString& value) {
    return toUtf8(value);
}

nlohmann::json example(const std::string& formId) {
    std::ifstream in(fs::path(PARITY_EXAMPLES_DIR) / "answers" / (formId + ".json"));
    BOOST_TEST_REQUIRE(in.good(), "no example answers for " + formId);
    return nlohmann::json::parse(in);
}

Seconds at(const std::string& iso) {
    const auto instant = instantOf(iso);
    BOOST_TEST_REQUIRE(instant.has_value(), "not a datetime: " + iso);
    return *instant;
}

/// What the seeded database holds, by the record ids RecordService gave.
struct Seeded {
    std::int64_t arkansasConsent = 0;     ///< submitted, then amended (version 2)
    std::int64_t californiaConsent = 0;   ///< signed
    std::int64_t newMexicoConsent = 0;
    std::int64_t coreReferral = 0;        ///< a draft
    std::int64_t lateAdultReport = 0;     ///< reported after the Arkansas 24-hour deadline
    std::int64_t timelyAdultReport = 0;
    std::int64_t childReport = 0;         ///< no Hotline disposition recorded: a warning
    std::int64_t auditEntries = 0;
    std::int64_t amendmentSeq = 0;
};

/// Fills `database` through the same core API the app uses, with the real plugins.
Seeded seed(const fs::path& database) {
    PluginHost plugins;
    plugins.loadDirectory(PARITY_TEST_PLUGIN_DIR);
    BOOST_TEST_REQUIRE(plugins.loaded().size() == 3u);
    const FormCatalog catalog = FormCatalog::build(plugins);
    records::RecordService records(records::StoreLocation::at(database), catalog);
    // The examples were written in October 2026: check them as of then, as a clerk
    // entering paper forms late would (RecordService::submit's validateAsOf).
    const Seconds entered = at("2026-10-20T12:00:00Z");
    Seeded s;
    s.arkansasConsent = records.submit("arkansas.consent", example("arkansas.consent"), "jordan", entered);
    s.californiaConsent =
        records.submit("california-medi-cal.consent", example("california-medi-cal.consent"), "lucia", entered);
    records.sign(s.californiaConsent, "supervisor");
    s.newMexicoConsent = records.submit("new-mexico.consent", example("new-mexico.consent"), "ramona", entered);
    s.coreReferral = records.saveDraft(std::nullopt, "core.referral",
                                       nlohmann::ordered_json(example("core.referral")), "jordan");

    // An adult at home, first suspected on Friday 2026-10-09 19:00 and reported on Monday
    // morning: the 24-hour deadline (A.C.A. 12-12-1708) was Saturday 19:00.
    nlohmann::json late = example("arkansas.abuse-report");
    late["ltc_facility_resident"] = false;
    late["subject_address"] = "12 Sample Road, Saline County (fictional address)";
    late.erase("additional_reports");
    late["suspected_at"] = "2026-10-09T19:00:00-05:00";
    late["supervisor_notified_at"] = "2026-10-09T19:00:00-05:00";
    late["agency_reported_at"] = "2026-10-12T08:30:00-05:00";
    late["signed_at"] = "2026-10-12T08:30:00-05:00";
    late["delay_reason"] = "The office was closed over the weekend.";
    s.lateAdultReport = records.submit("arkansas.abuse-report", late, "jordan", entered);
    s.timelyAdultReport =
        records.submit("arkansas.abuse-report", example("arkansas.abuse-report"), "jordan", entered);

    // A child report to the Hotline on Friday 2026-10-09 15:00 with no disposition
    // recorded: the Hotline's 48 hours (A.C.A. 12-8-509) ran out on Tuesday 15:00.
    nlohmann::json child = example("arkansas.abuse-report");
    child["subject_name"] = "Mia Ficticia Lane";
    child["subject_category"] = "child";
    child["subject_age"] = 9;
    child.erase("subject_dob");
    child.erase("ltc_facility_resident");
    child.erase("additional_reports");
    child["subject_address"] = "34 Example Street, Pulaski County (fictional address)";
    child["abuse_types"] = nlohmann::json::array({"neglect"});
    child["agency"] = "ar-child-hotline";
    child["confirmation_number"] = "HL-2026-071133";
    for (const char* field : {"suspected_at", "supervisor_notified_at", "agency_reported_at", "signed_at"})
        child[field] = "2026-10-09T15:00:00-05:00";
    s.childReport = records.submit("arkansas.abuse-report", child, "jordan", entered);

    nlohmann::json amended = example("arkansas.consent");
    amended["roi_purpose"] = "To arrange outpatient counseling and share my recovery goals with my counselor.";
    records.amend(s.arkansasConsent, amended, "The client asked to add her recovery goals.", "supervisor");

    records.auditTrail().forEach(std::nullopt, [&](const audit::AuditEntry& e) {
        ++s.auditEntries;
        if (e.action == audit::action::Amended)
            s.amendmentSeq = e.seq;
    });
    return s;
}

/// A seeded database in a scratch folder and the main window open on it.
struct SeededWindow {
    TempDirectory folder{"parity-gui-record-views"};
    fs::path database = folder.path() / "records.db";
    Seeded seeded = seed(database);
    MainFrame* frame = nullptr;
    std::unique_ptr<ClosesAtEnd> closeFrame;

    SeededWindow() {
        StartupOptions options;
        options.databasePath = database;
        options.pluginDirectories = {PARITY_TEST_PLUGIN_DIR};
        frame = WxApplication::app().openMainWindow(options);
        closeFrame = std::make_unique<ClosesAtEnd>(frame);
        BOOST_TEST_REQUIRE(waitUntil([&] { return frame->IsShownOnScreen(); }));
        settle();
    }
    ~SeededWindow() {
        // Record windows opened by a test are children of the frame; it takes them along.
        BOOST_TEST(failedWxAssertions().empty());
        failedWxAssertions().clear();
    }

    void showPage(char key, MainPage page) {
        auto* pages = findWindow<wxNotebook>(names::pageNotebook, frame);
        BOOST_TEST_REQUIRE(pages);
        BOOST_TEST_REQUIRE(pressCtrlKey(*frame, key));
        BOOST_TEST_REQUIRE(waitUntil([&] { return pages->GetSelection() == static_cast<int>(page); }));
    }

    template <class Window>
    Window& find(const char* name) {
        auto* window = findWindow<Window>(name, frame);
        BOOST_TEST_REQUIRE(window, "no window named " << name);
        return *window;
    }
};

/// Moves the pointer to `point` (on screen) and waits until the X server has it there.
bool pointAt(const wxPoint& point) {
    wxUIActionSimulator simulator;
    simulator.MouseMove(point);
    return waitUntil([&] { return wxGetMousePosition() == point; });
}

wxPoint centreOf(const wxWindow& window) {
    const wxRect area = window.GetScreenRect();
    return area.GetPosition() + wxSize(area.GetWidth() / 2, area.GetHeight() / 2);
}

bool clickOn(const wxWindow& window) {
    if (!pointAt(centreOf(window)))
        return false;
    wxUIActionSimulator simulator;
    return simulator.MouseClick();
}

/// Types `keys` into `control` as a user would: the pointer over it (no window manager
/// under Xvfb: the keyboard goes where the pointer is), the focus in it, then the keys.
bool typeInto(wxWindow& control, const char* keys) {
    if (!pointAt(centreOf(control)))
        return false;
    control.SetFocus();
    settle();
    wxUIActionSimulator simulator;
    return simulator.Text(keys);
}

/// The header of a report list (wxGenericListCtrl's header window is the child at its top).
wxWindow* headerOf(wxListCtrl& list) {
    for (wxWindow* child : list.GetChildren())
        if (child->GetPosition().y == 0 && child->GetSize().y < list.GetSize().y / 2)
            return child;
    return nullptr;
}

/// Clicks the header of `column`, as a user sorting the list does, `shift` pixels right of
/// its middle (a second click elsewhere than the first is not taken for a double-click).
bool clickHeader(wxListCtrl& list, int column, int shift = 0) {
    wxWindow* header = headerOf(list);
    if (!header)
        return false;
    int x = 0;
    for (int c = 0; c < column; ++c)
        x += list.GetColumnWidth(c);
    x += list.GetColumnWidth(column) / 2 + shift;
    const wxPoint point = header->GetScreenPosition() + wxSize(x, header->GetSize().y / 2);
    if (!pointAt(point))
        return false;
    wxUIActionSimulator simulator;
    return simulator.MouseClick();
}

/// Double-clicks row `item` of `list`.
bool doubleClickRow(wxListCtrl& list, long item) {
    wxRect rect;
    if (!list.GetItemRect(item, rect))
        return false;
    list.EnsureVisible(item);
    const wxPoint point = list.GetScreenPosition() + wxSize(rect.GetX() + list.FromDIP(30), rect.GetY() + rect.GetHeight() / 2);
    if (!pointAt(point))
        return false;
    wxUIActionSimulator simulator;
    return simulator.MouseDblClick();
}

std::vector<std::string> column(const wxListCtrl& list, int column) {
    std::vector<std::string> cells;
    for (long item = 0; item < list.GetItemCount(); ++item)
        cells.push_back(text(list.GetItemText(item, column)));
    return cells;
}

/// Sets a choice as a user picking it would, including the event that follows.
void choose(wxChoice& choice, const wxString& label) {
    const int index = choice.FindString(label);
    BOOST_TEST_REQUIRE(index != wxNOT_FOUND, "no choice " << text(label));
    choice.SetSelection(index);
    wxCommandEvent event(wxEVT_CHOICE, choice.GetId());
    event.SetEventObject(&choice);
    event.SetInt(index);
    choice.ProcessWindowEvent(event);
}

void pickDate(wxDatePickerCtrl& picker, const wxDateTime& day) {
    picker.SetValue(day);
    wxDateEvent event(&picker, day, wxEVT_DATE_CHANGED);
    picker.ProcessWindowEvent(event);
}

/// Runs `sql` on its own connection to `database`, as someone with a SQLite shell would.
void tamper(const fs::path& database, const std::string& sql) {
    sqlite3* db = nullptr;
    BOOST_TEST_REQUIRE(sqlite3_open(database.c_str(), &db) == SQLITE_OK);
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
    const std::string message = error ? error : "";
    sqlite3_free(error);
    sqlite3_close(db);
    BOOST_TEST_REQUIRE(rc == SQLITE_OK, message);
}

} // namespace

BOOST_FIXTURE_TEST_SUITE(RecordViews, SeededWindow)

BOOST_AUTO_TEST_CASE(records_page_searches_filters_sorts_and_opens_a_record) {
    showPage('2', MainPage::Records);
    auto& list = find<wxListCtrl>(names::recordsList);
    BOOST_TEST_REQUIRE(waitUntil([&] { return list.GetItemCount() == 7; }));
    BOOST_TEST(text(find<wxStaticText>(names::recordsCount).GetLabelText()) == "7 records");
    settle();
    saveScreenshot(*frame, screenshotDirectory() / "records.png");

    const std::vector<std::string> names = column(list, 3);
    for (const char* name : {"Dana Ficticia Whitfield", "Lucía Ejemplo Inventada", "Dolores Ejemplo Prueba",
                             "María Ejemplo Ficticia"})
        BOOST_TEST((std::find(names.begin(), names.end(), name) != names.end()), name << " is not listed");
    // The signed record: its status and version, in words.
    const long signedRow = list.FindItem(-1, wxString::Format("%lld", static_cast<long long>(seeded.californiaConsent)));
    BOOST_TEST_REQUIRE(signedRow >= 0);
    BOOST_TEST(text(list.GetItemText(signedRow, 4)) == "Signed");
    BOOST_TEST(text(list.GetItemText(signedRow, 1)).find("onsent") != std::string::npos);

    // No date limits until the clerk sets one.
    BOOST_TEST(!find<wxDatePickerCtrl>(names::recordsChangedFrom).GetValue().IsValid());
    BOOST_TEST(!find<wxDatePickerCtrl>(names::recordsChangedTo).GetValue().IsValid());

    // Searching by client name narrows the list as the clerk types.
    auto& search = find<wxSearchCtrl>(names::recordsSearch);
    BOOST_TEST_REQUIRE(typeInto(search, "whitfield"));
    BOOST_TEST_REQUIRE(waitUntil([&] { return list.GetItemCount() == 1; }));
    BOOST_TEST(text(list.GetItemText(0, 3)) == "Dana Ficticia Whitfield");
    BOOST_TEST(text(list.GetItemText(0, 5)) == "2");   // amended once
    BOOST_TEST(text(find<wxStaticText>(names::recordsCount).GetLabelText()) == "1 of 7 records");
    // By client id: the consent and the three abuse reports of AR-C-30518.
    search.SetValue("ar-c-30518");
    BOOST_TEST_REQUIRE(waitUntil([&] { return list.GetItemCount() == 4; }));
    search.SetValue("");
    BOOST_TEST_REQUIRE(waitUntil([&] { return list.GetItemCount() == 7; }));

    // Filtering by status.
    auto& status = find<wxChoice>(names::recordsStatusFilter);
    choose(status, "Signed");
    BOOST_TEST_REQUIRE(list.GetItemCount() == 1);
    BOOST_TEST(text(list.GetItemText(0, 2)) == "CA-30512");
    choose(status, "Draft");
    BOOST_TEST_REQUIRE(list.GetItemCount() == 1);
    BOOST_TEST(text(list.GetItemText(0, 3)) == "María Ejemplo Ficticia");
    BOOST_TEST(text(list.GetItemText(0, 5)) == "");   // a draft has no version yet
    choose(status, "All statuses");
    BOOST_TEST(list.GetItemCount() == 7);

    // Filtering by the day of the last change: all were changed today.
    auto& to = find<wxDatePickerCtrl>(names::recordsChangedTo);
    pickDate(to, wxDateTime::Today() - wxDateSpan::Day());
    BOOST_TEST(list.GetItemCount() == 0);
    pickDate(to, wxDateTime::Today());
    BOOST_TEST(list.GetItemCount() == 7);
    pickDate(to, wxInvalidDateTime);
    BOOST_TEST(list.GetItemCount() == 7);

    // A click on the "Client id" header sorts by it; a second click reverses.
    BOOST_TEST_REQUIRE(clickHeader(list, 2));
    BOOST_TEST_REQUIRE(waitUntil([&] { return list.GetSortIndicator() == 2; }));
    BOOST_TEST(list.IsAscendingSortIndicator());
    const std::vector<std::string> up = column(list, 2);
    BOOST_TEST(up == (std::vector<std::string>{"AR-C-30518", "AR-C-30518", "AR-C-30518", "AR-C-30518", "C-20431", "CA-30512",
                                               "NM-C-3107"}),
               boost::test_tools::per_element());
    BOOST_TEST_REQUIRE(clickHeader(list, 2, list.FromDIP(12)));
    BOOST_TEST_REQUIRE(waitUntil([&] { return !list.IsAscendingSortIndicator(); }));
    BOOST_TEST(text(list.GetItemText(0, 2)) == "NM-C-3107");
    BOOST_TEST(text(list.GetItemText(list.GetItemCount() - 1, 2)) == "AR-C-30518");

    // A record stored elsewhere in the app (a record window) shows up once the change is told.
    frame->workspace().requireRecords().submit("core.consent", example("core.consent"), "jordan",
                                               at("2026-10-20T12:00:00Z"));
    frame->workspace().notify(WorkspaceChange::Records);
    BOOST_TEST(waitUntil([&] { return list.GetItemCount() == 8; }));

    // Enter on a record opens its window.
    const long row = list.FindItem(-1, wxString::Format("%lld", static_cast<long long>(seeded.newMexicoConsent)));
    BOOST_TEST_REQUIRE(row >= 0);
    list.SetItemState(row, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    BOOST_TEST_REQUIRE(pointAt(centreOf(list)));
    list.SetFocus();
    settle();
    wxUIActionSimulator simulator;
    simulator.Char(WXK_RETURN);
    BOOST_TEST(waitUntil([&] { return RecordWindow::find(seeded.newMexicoConsent) != nullptr; }));
}

BOOST_AUTO_TEST_CASE(new_record_asks_for_the_form_by_jurisdiction_and_opens_it) {
    showPage('2', MainPage::Records);
    auto& button = find<wxButton>(names::recordsNewRecordButton);
    BOOST_TEST(text(button.GetLabelText()) == "New Record…");

    // The choice is modal: answer it from a timer, as the clerk would while it waits.
    std::vector<std::string> offered;
    wxTimer answer;
    answer.Bind(wxEVT_TIMER, [&](wxTimerEvent&) {
        for (wxWindow* window : wxTopLevelWindows) {
            auto* dialog = dynamic_cast<wxSingleChoiceDialog*>(window);
            if (!dialog || !dialog->IsModal())
                continue;
            answer.Stop();
            wxListBox* choices = nullptr;
            for (wxWindow* child : dialog->GetChildren())
                if (!choices)
                    choices = dynamic_cast<wxListBox*>(child);
            if (choices)
                for (unsigned i = 0; i < choices->GetCount(); ++i)
                    offered.push_back(text(choices->GetString(i)));
            const auto wanted = std::find(offered.begin(), offered.end(),
                                          "Arkansas — Consent to peer support services (Arkansas)");
            if (wanted != offered.end())
                dialog->SetSelection(static_cast<int>(wanted - offered.begin()));
            dialog->EndModal(wanted != offered.end() ? wxID_OK : wxID_CANCEL);
            return;
        }
    });
    answer.Start(20);
    BOOST_TEST_REQUIRE(clickOn(button));
    auto newWindow = [] {
        for (wxWindow* window : wxTopLevelWindows)
            if (auto* record = dynamic_cast<RecordWindow*>(window); record && !record->recordId())
                return record;
        return static_cast<RecordWindow*>(nullptr);
    };
    BOOST_TEST_REQUIRE(waitUntil([&] { return newWindow() != nullptr; }), "no new record window opened");
    answer.Stop();
    // National forms first, then each state's, titled in the interface language.
    BOOST_TEST_REQUIRE(offered.size() == 12u);
    BOOST_TEST(offered.front().rfind("National — ", 0) == 0, offered.front());
    BOOST_TEST(text(newWindow()->GetTitle()).rfind("Consent to peer support services (Arkansas)", 0) == 0,
               text(newWindow()->GetTitle()));
}

BOOST_AUTO_TEST_CASE(audit_page_shows_the_trail_intact_then_the_tampered_entry) {
    showPage('3', MainPage::Audit);
    auto& list = find<wxListCtrl>(names::auditList);
    auto& status = find<wxStaticText>(names::chainStatus);
    BOOST_TEST_REQUIRE(waitUntil([&] { return list.GetItemCount() >= seeded.auditEntries; }));
    BOOST_TEST(list.GetItemCount() == seeded.auditEntries);   // opening the app wrote nothing
    const std::string intact = text(status.GetLabelText());
    BOOST_TEST(intact.rfind("Audit trail intact: " + std::to_string(seeded.auditEntries) + " entries", 0) == 0,
               intact);
    BOOST_TEST(intact.find("signed checkpoint at entry " + std::to_string(seeded.auditEntries) + " matches") !=
                   std::string::npos,
               intact);
    BOOST_TEST(!find<wxStaticText>(names::chainProblem).IsShown());

    // The amendment: who, why, and each changed field's old → new value.
    const long amendment = list.FindItem(-1, wxString::Format("%lld", static_cast<long long>(seeded.amendmentSeq)));
    BOOST_TEST_REQUIRE(amendment >= 0);
    BOOST_TEST(text(list.GetItemText(amendment, 2)) == "supervisor");
    BOOST_TEST(text(list.GetItemText(amendment, 3)) == "Amended");
    BOOST_TEST(text(list.GetItemText(amendment, 6)) == "The client asked to add her recovery goals.");
    BOOST_TEST(text(list.GetItemText(amendment, 7)) == "1: roi_purpose");
    list.SetItemState(amendment, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                      wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    list.EnsureVisible(amendment);
    auto& details = find<wxTextCtrl>(names::auditEntryDetails);
    BOOST_TEST_REQUIRE(waitUntil([&] { return details.GetValue().StartsWith("Entry "); }));
    const std::string shown = text(details.GetValue());
    BOOST_TEST(shown.find("Reason: The client asked to add her recovery goals.") != std::string::npos, shown);
    BOOST_TEST(shown.find("“To arrange outpatient counseling and coordinate it with my peer support.” → “To arrange "
                          "outpatient counseling and share my recovery goals with my counselor.”") != std::string::npos,
               shown);
    settle();
    saveScreenshot(*frame, screenshotDirectory() / "audit-trail.png");

    // Only one record's entries, as the reviewer types its number.
    auto& filter = find<wxTextCtrl>(names::auditRecordFilter);
    const std::string recordId = std::to_string(seeded.californiaConsent);
    BOOST_TEST_REQUIRE(typeInto(filter, recordId.c_str()));
    BOOST_TEST_REQUIRE(waitUntil([&] { return list.GetItemCount() == 2; }));   // submitted, signed
    for (long item = 0; item < list.GetItemCount(); ++item)
        BOOST_TEST(text(list.GetItemText(item, 4)).rfind(recordId + " ", 0) == 0);
    filter.SetValue("");
    BOOST_TEST(list.GetItemCount() == seeded.auditEntries);

    // Someone with a SQLite shell drops the append-only triggers and rewrites a reason.
    tamper(database, "DROP TRIGGER audit_log_is_append_only_update; DROP TRIGGER audit_log_is_append_only_delete;"
                     "UPDATE audit_log SET reason = 'Nothing to see here.' WHERE seq = " +
                         std::to_string(seeded.amendmentSeq));
    BOOST_TEST_REQUIRE(clickOn(find<wxButton>(names::auditVerifyButton)));
    const std::string seq = std::to_string(seeded.amendmentSeq);
    BOOST_TEST_REQUIRE(waitUntil([&] { return text(status.GetLabelText()) == "Audit trail does NOT verify at entry " + seq; }),
                       text(status.GetLabelText()));
    // The reason in full, as AuditTrail::verify() words it.
    auto& problem = find<wxStaticText>(names::chainProblem);
    BOOST_TEST(problem.IsShown());
    BOOST_TEST(text(problem.GetLabelText()).find("Entry " + seq + " was altered after it was written: its hash does not "
                                                 "match its content.") != std::string::npos,
               text(problem.GetLabelText()));
    // The broken entry is chosen and shown, with the text as it now stands.
    BOOST_TEST(text(details.GetValue()).find("Reason: Nothing to see here.") != std::string::npos);
    settle();
    saveScreenshot(*frame, screenshotDirectory() / "audit-trail-broken.png");
}

BOOST_AUTO_TEST_CASE(compliance_run_lists_the_missed_deadline_and_opens_its_record) {
    showPage('4', MainPage::Compliance);
    auto& sortable = find<SortableList>(names::complianceList);
    wxListCtrl& list = sortable;
    auto& panel = find<CompliancePanel>(names::compliancePage);
    BOOST_TEST_REQUIRE(clickOn(find<wxButton>(names::complianceRunButton)));
    auto& summary = find<wxStaticText>(names::complianceSummary);
    BOOST_TEST_REQUIRE(waitUntil([&] { return text(summary.GetLabelText()).find("records checked") != std::string::npos; }));
    const std::string line = text(summary.GetLabelText());
    // Six submitted or signed records; the draft is work in progress.
    BOOST_TEST(line.find("6 records checked, as of ") != std::string::npos, line);
    BOOST_TEST_REQUIRE(list.GetItemCount() > 0);
    BOOST_TEST(line.rfind(std::to_string(list.GetItemCount()) + (list.GetItemCount() == 1 ? " finding" : " findings"), 0) == 0, line);

    using C = CompliancePanel;
    auto rowOf = [&](const std::string& rule) {
        for (long item = 0; item < list.GetItemCount(); ++item)
            if (text(list.GetItemText(item, C::kRule)) == rule)
                return item;
        return -1L;
    };
    BOOST_TEST(line.rfind("2 findings, 1 error, ", 0) == 0, line);
    const long late = rowOf("arkansas.adult-report-deadline");
    BOOST_TEST_REQUIRE(late >= 0);
    BOOST_TEST(text(list.GetItemText(late, C::kSeverity)) == "Error");
    BOOST_TEST(text(list.GetItemText(late, C::kRecord)) == std::to_string(seeded.lateAdultReport));
    BOOST_TEST(text(list.GetItemText(late, C::kClient)) == "AR-C-30518");
    // Due in Arkansas's own time (America/Chicago), whatever this computer's zone.
    BOOST_TEST(text(list.GetItemText(late, C::kDue)) == "2026-10-10 19:00 CDT");
    BOOST_TEST(text(list.GetItemText(late, C::kJurisdiction)) == "Arkansas");
    BOOST_TEST(text(list.GetItemText(late, C::kSource)) == "A.C.A. 12-12-1708; A.C.A. 5-28-110(e)");
    BOOST_TEST(text(list.GetItemText(late, C::kMessage)).find("after its deadline of 2026-10-10 19:00") !=
               std::string::npos);
    const long child = rowOf("arkansas.child-hotline-disposition");
    BOOST_TEST_REQUIRE(child >= 0);
    BOOST_TEST(text(list.GetItemText(child, C::kSeverity)) == "Warning");
    BOOST_TEST(text(list.GetItemText(child, C::kRecord)) == std::to_string(seeded.childReport));
    BOOST_TEST(text(list.GetItemText(child, C::kDue)) == "2026-10-13 15:00 CDT");

    // Sorted by the due column: by the instant, findings without a deadline last.
    BOOST_TEST_REQUIRE(clickHeader(list, CompliancePanel::kDue));
    BOOST_TEST_REQUIRE(waitUntil([&] { return list.GetSortIndicator() == CompliancePanel::kDue; }));
    std::optional<Seconds> previous;
    bool undatedSeen = false;
    for (long item = 0; item < list.GetItemCount(); ++item) {
        const AuditFinding& f = panel.finding(sortable.modelRow(item));
        if (f.finding.due.empty()) {
            undatedSeen = true;
            continue;
        }
        BOOST_TEST(!undatedSeen, "a finding with a deadline after one without");
        const Seconds due = *instantOf(f.finding.due);
        if (previous)
            BOOST_TEST((*previous <= due), "findings out of order at row " << item);
        previous = due;
    }
    list.SetItemState(rowOf("arkansas.adult-report-deadline"), wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
    auto& details = find<wxTextCtrl>(names::complianceDetails);
    BOOST_TEST_REQUIRE(waitUntil([&] { return details.GetValue().StartsWith("Error"); }));
    BOOST_TEST(text(details.GetValue()).find("Due: 2026-10-10 19:00 CDT  (2026-10-10T19:00:00-05:00)") !=
               std::string::npos);
    settle();
    saveScreenshot(*frame, screenshotDirectory() / "compliance.png");

    // The run is itself in the trail: the Audit page shows it when next looked at.
    showPage('3', MainPage::Audit);
    auto& trail = find<wxListCtrl>(names::auditList);
    BOOST_TEST_REQUIRE(waitUntil([&] { return trail.GetItemCount() == seeded.auditEntries + 1; }));
    BOOST_TEST(text(trail.GetItemText(trail.GetItemCount() - 1, 3)) == "Compliance audit run");
    showPage('4', MainPage::Compliance);

    // A click on a finding shows it in full; a double-click opens its record.
    const long lateNow = rowOf("arkansas.adult-report-deadline");
    BOOST_TEST_REQUIRE(lateNow >= 0);
    BOOST_TEST_REQUIRE(doubleClickRow(list, lateNow));
    BOOST_TEST(waitUntil([&] { return RecordWindow::find(seeded.lateAdultReport) != nullptr; }));

    // As of another time: the run says which, in this computer's time.
    auto& asOf = find<wxCheckBox>(names::complianceAsOfEnabled);
    asOf.SetValue(true);
    wxCommandEvent ticked(wxEVT_CHECKBOX, asOf.GetId());
    ticked.SetEventObject(&asOf);
    ticked.SetInt(1);
    asOf.ProcessWindowEvent(ticked);
    auto& asOfDate = find<wxDatePickerCtrl>(names::complianceAsOfDate);
    BOOST_TEST(asOfDate.IsEnabled());
    const wxDateTime yesterday = wxDateTime::Today() - wxDateSpan::Day();
    asOfDate.SetValue(yesterday);
    // The record window is on top of the button: the reviewer closes it first.
    RecordWindow::find(seeded.lateAdultReport)->Close();
    BOOST_TEST_REQUIRE(waitUntil([&] { return RecordWindow::find(seeded.lateAdultReport) == nullptr; }));
    settle();
    // Into the main window from elsewhere, so GTK sees the pointer enter the button.
    BOOST_TEST_REQUIRE(pointAt(centreOf(list)));
    BOOST_TEST_REQUIRE(clickOn(find<wxButton>(names::complianceRunButton)));
    const std::string asOfYesterday = "as of " + text(yesterday.FormatISODate()) + " ";
    BOOST_TEST(waitUntil([&] { return text(summary.GetLabelText()).find(asOfYesterday) != std::string::npos; }),
               text(summary.GetLabelText()));
}

/// Switches back to English at the end of a scope, so a failed check leaves no Spanish behind.
struct BackToEnglish {
    MainFrame* frame;
    ~BackToEnglish() { frame->switchLanguage("en"); }
};

BOOST_AUTO_TEST_CASE(in_spanish_the_pages_speak_spanish_and_so_do_the_findings) {
    BackToEnglish restore{frame};
    frame->switchLanguage("es");
    showPage('2', MainPage::Records);
    // The pages were built anew in Spanish: find them again.
    auto& list = find<wxListCtrl>(names::recordsList);
    BOOST_TEST_REQUIRE(waitUntil([&] { return list.GetItemCount() == 7; }));
    wxListItem header;
    header.SetMask(wxLIST_MASK_TEXT);
    list.GetColumn(4, header);
    BOOST_TEST(text(header.GetText()) == "Estado");
    BOOST_TEST(text(find<wxStaticText>(names::recordsCount).GetLabelText()) == "7 registros");
    const long signedRow = list.FindItem(-1, wxString::Format("%lld", static_cast<long long>(seeded.californiaConsent)));
    BOOST_TEST_REQUIRE(signedRow >= 0);
    BOOST_TEST(text(list.GetItemText(signedRow, 4)) == "Firmado");
    BOOST_TEST(text(list.GetItemText(signedRow, 1)).rfind("Consentimiento", 0) == 0, text(list.GetItemText(signedRow, 1)));

    showPage('4', MainPage::Compliance);
    BOOST_TEST_REQUIRE(clickOn(find<wxButton>(names::complianceRunButton)));
    auto& summary = find<wxStaticText>(names::complianceSummary);
    BOOST_TEST_REQUIRE(waitUntil([&] { return text(summary.GetLabelText()).rfind("2 hallazgos, 1 error, 6 registros revisados", 0) == 0; }),
                       text(summary.GetLabelText()));
    auto& findings = find<wxListCtrl>(names::complianceList);
    std::set<std::string> severities;
    for (long item = 0; item < findings.GetItemCount(); ++item)
        severities.insert(text(findings.GetItemText(item, CompliancePanel::kSeverity)));
    BOOST_TEST((severities == std::set<std::string>{"Error", "Aviso"}));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(RecordViewsWithoutDatabase)

BOOST_AUTO_TEST_CASE(records_and_audit_pages_say_why_there_is_nothing_to_show) {
    TempDirectory folder("parity-gui-no-database");
    const fs::path notADatabase = folder.path() / "notes.db";
    std::ofstream(notADatabase) << "Shopping list: milk, eggs, bread.\n";
    StartupOptions options;
    options.databasePath = notADatabase;
    options.pluginDirectories = {PARITY_TEST_PLUGIN_DIR};
    MainFrame* frame = WxApplication::app().openMainWindow(options);
    ClosesAtEnd closeFrame(frame);
    BOOST_TEST_REQUIRE(waitUntil([&] { return frame->IsShownOnScreen(); }));
    const std::string reason = frame->workspace().databaseError();
    BOOST_TEST_REQUIRE(!reason.empty());

    // A page may be built only when first shown: wait for it.
    BOOST_TEST_REQUIRE(pressCtrlKey(*frame, '2'));
    wxStaticText* records = nullptr;
    BOOST_TEST_REQUIRE(waitUntil([&] { return (records = findWindow<wxStaticText>(names::recordsUnavailable, frame)); }));
    BOOST_TEST_REQUIRE(waitUntil([&] { return records->IsShownOnScreen(); }));
    const std::string said = text(records->GetLabelText());
    BOOST_TEST(said.rfind("The database is not open, so there are no records to show.", 0) == 0, said);
    BOOST_TEST(said.find(reason) != std::string::npos, said);
    BOOST_TEST(!findWindow<wxListCtrl>(names::recordsList, frame)->IsShownOnScreen());

    BOOST_TEST_REQUIRE(pressCtrlKey(*frame, '3'));
    wxStaticText* audit = nullptr;
    BOOST_TEST_REQUIRE(waitUntil([&] { return (audit = findWindow<wxStaticText>(names::auditUnavailable, frame)); }));
    BOOST_TEST_REQUIRE(waitUntil([&] { return audit->IsShownOnScreen(); }));
    BOOST_TEST(text(audit->GetLabelText()).rfind("The database is not open, so there is no audit trail to show.", 0) == 0);

    BOOST_TEST(failedWxAssertions().empty());
    failedWxAssertions().clear();
}

BOOST_AUTO_TEST_SUITE_END()
