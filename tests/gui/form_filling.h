// Filling a form in a record window as a clerk would: typing through the X server into
// text fields, picking choices, dates and times in their controls (each control then
// sends the event it sends when a person uses it). Shared by the form-editor and
// record-window tests.
#pragma once

#include "common/wx_strings.h"
#include "form_editor/editor_names.h"
#include "form_editor/form_editor.h"
#include "gui_app.h"
#include "gui_harness.h"
#include "main_window/main_frame.h"
#include "record/record_prompts.h"
#include "record/record_window.h"
#include "time/temporal.h"

#include <boost/test/unit_test.hpp>

#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/datectrl.h>
#include <wx/dateevt.h>
#include <wx/textctrl.h>
#include <wx/timectrl.h>
#include <wx/uiaction.h>

#include <nlohmann/json.hpp>

#include <fstream>
#include <string>
#include <vector>

namespace parity::gui::test {

inline constexpr char kArkansasReport[] = "arkansas.abuse-report";

inline nlohmann::ordered_json exampleAnswers(const std::string& formId) {
    std::ifstream in(std::string(PARITY_EXAMPLES_DIR) + "/answers/" + formId + ".json");
    BOOST_REQUIRE_MESSAGE(in, "no example answers for " << formId);
    return nlohmann::ordered_json::parse(in);
}

/// Replaces the record windows' dialogs for one test: problems are collected (a test
/// fails on any it did not expect), closing with changes answers `unsaved`.
class PromptRecorder {
public:
    PromptRecorder() : m_saved(recordPrompts()) {
        recordPrompts().problem = [this](wxWindow*, const wxString& message) { problems.push_back(toUtf8(message)); };
        recordPrompts().unsavedChanges = [this](wxWindow*, bool canSaveDraft) {
            ++unsavedAsked;
            lastCouldSaveDraft = canSaveDraft;
            return unsaved;
        };
    }
    ~PromptRecorder() { recordPrompts() = m_saved; }
    PromptRecorder(const PromptRecorder&) = delete;
    PromptRecorder& operator=(const PromptRecorder&) = delete;

    std::vector<std::string> problems;
    UnsavedChoice unsaved = UnsavedChoice::Cancel;
    int unsavedAsked = 0;
    bool lastCouldSaveDraft = false;

private:
    RecordPrompts m_saved;
};

/// The main window on a fresh database in a scratch folder, with the in-tree plugins,
/// and the record windows' dialogs answered by the test (a Boost.Test fixture).
struct MainWindowOnScratchDatabase {
    MainWindowOnScratchDatabase() : folder("parity-gui-record") {
        StartupOptions options;
        options.databasePath = folder.path() / "records.db";
        options.pluginDirectories = {PARITY_TEST_PLUGIN_DIR};
        frame = WxApplication::app().openMainWindow(options);
        BOOST_REQUIRE(frame);
        closeFrame = std::make_unique<ClosesAtEnd>(frame);
        BOOST_REQUIRE(waitUntil([&] { return frame->IsShownOnScreen(); }));
    }
    records::RecordService& records() { return frame->workspace().requireRecords(); }
    Workspace& workspace() { return frame->workspace(); }

    TempDirectory folder;
    MainFrame* frame = nullptr;
    std::unique_ptr<ClosesAtEnd> closeFrame;
    PromptRecorder prompts;
};

template <class Control>
Control* control(wxWindow& window, const std::string& name) {
    return findWindow<Control>(name.c_str(), &window);
}

/// Moves the pointer over `target` (under Xvfb the keyboard goes to the window under
/// the pointer), puts the focus there and types `text` through the X server.
inline bool typeInto(wxWindow& target, const std::string& text) {
    wxUIActionSimulator simulator;
    const wxRect area = target.GetScreenRect();
    const wxPoint centre = area.GetPosition() + wxSize(area.GetWidth() / 2, area.GetHeight() / 2);
    simulator.MouseMove(centre);
    if (!waitUntil([&] { return wxGetMousePosition() == centre; }))
        return false;
    target.SetFocus();
    if (!waitUntil([&] { return wxWindow::FindFocus() == &target; }))
        return false;
    settle();
    return simulator.Text(text.c_str());
}

/// Clicks `button` with the pointer, as a user would.
inline bool click(wxWindow& button) {
    wxUIActionSimulator simulator;
    const wxRect area = button.GetScreenRect();
    const wxPoint centre = area.GetPosition() + wxSize(area.GetWidth() / 2, area.GetHeight() / 2);
    simulator.MouseMove(centre);
    if (!waitUntil([&] { return wxGetMousePosition() == centre; }))
        return false;
    settle();
    return simulator.MouseClick();
}

/// Lines as one message for a failed check.
inline std::string joined(const std::vector<std::string>& lines) {
    std::string all;
    for (const std::string& line : lines)
        all += (all.empty() ? "" : " | ") + line;
    return all;
}

inline std::string jsonText(const nlohmann::json& value) {
    if (value.is_string())
        return value.get<std::string>();
    if (value.is_boolean())
        return value.get<bool>() ? "true" : "false";
    return value.dump();
}

/// Gives field `fieldId` (of repeat item `item`, or top-level) the example `value` through
/// its control, which tells the form as it does when a person uses it.
inline void answer(RecordWindow& window, const std::string& fieldId, const nlohmann::json& value, int item = -1) {
    FormEditor* editor = window.editor();
    BOOST_REQUIRE(editor);
    rules::FormSession& session = editor->form().session();
    const int index = session.form().fieldIndex(fieldId);
    BOOST_REQUIRE_MESSAGE(index >= 0, "no field " << fieldId);
    const rules::FieldPlan& plan = session.form().fields()[std::size_t(index)];
    wxWindow* input = wxWindow::FindWindowByName(fromUtf8(names::fieldInput(fieldId, item)), &window);
    BOOST_REQUIRE_MESSAGE(input, "no control for " << fieldId);

    if (auto* text = dynamic_cast<wxTextCtrl*>(input)) {
        text->SetValue(fromUtf8(jsonText(value)));   // sends wxEVT_TEXT, as typing does
    } else if (auto* choice = dynamic_cast<wxChoice*>(input)) {
        std::vector<std::string> values;
        if (plan.field->type == forms::FieldType::Boolean)
            values = {"true", "false"};
        for (const forms::Choice& c : plan.choices)
            values.push_back(c.value);
        const auto found = std::find(values.begin(), values.end(), jsonText(value));
        BOOST_REQUIRE_MESSAGE(found != values.end(), fieldId << " has no choice " << jsonText(value));
        choice->SetSelection(int(found - values.begin()) + 1);   // entry 0 is "no answer"
        wxCommandEvent event(wxEVT_CHOICE, choice->GetId());
        event.SetEventObject(choice);
        event.SetInt(choice->GetSelection());
        choice->ProcessWindowEvent(event);
    } else if (auto* list = dynamic_cast<wxCheckListBox*>(input)) {
        for (std::size_t i = 0; i < plan.choices.size(); ++i) {
            const bool chosen = std::any_of(value.begin(), value.end(),
                                            [&](const auto& v) { return jsonText(v) == plan.choices[i].value; });
            if (list->IsChecked(unsigned(i)) == chosen)
                continue;
            list->Check(unsigned(i), chosen);
            wxCommandEvent event(wxEVT_CHECKLISTBOX, list->GetId());
            event.SetEventObject(list);
            event.SetInt(int(i));
            list->ProcessWindowEvent(event);
        }
    } else if (auto* picker = dynamic_cast<wxDatePickerCtrl*>(input)) {
        const date::time_zone& zone = *session.environment().zone;
        wxDateTime day;
        if (plan.field->type == forms::FieldType::DateTime) {
            const auto instant = parseIsoDateTime(jsonText(value), zone);
            BOOST_REQUIRE_MESSAGE(instant, fieldId << ": not a date and time: " << value);
            const date::local_seconds local = zone.to_local(*instant);
            const date::local_days localDay = std::chrono::floor<date::days>(local);
            const date::year_month_day ymd{localDay};
            const date::hh_mm_ss<std::chrono::seconds> clock(local - localDay);
            day = wxDateTime(wxDateTime::wxDateTime_t(unsigned(ymd.day())), wxDateTime::Month(unsigned(ymd.month()) - 1),
                             int(ymd.year()));
            auto* time = findWindow<wxTimePickerCtrl>(names::fieldTime(fieldId, item).c_str(), &window);
            BOOST_REQUIRE(time);
            wxDateTime at = day;
            at.SetHour(wxDateTime::wxDateTime_t(clock.hours().count()));
            at.SetMinute(wxDateTime::wxDateTime_t(clock.minutes().count()));
            time->SetValue(at);
        } else {
            const auto ymd = parseIsoDate(jsonText(value));
            BOOST_REQUIRE_MESSAGE(ymd, fieldId << ": not a date: " << value);
            day = wxDateTime(wxDateTime::wxDateTime_t(unsigned(ymd->day())), wxDateTime::Month(unsigned(ymd->month()) - 1),
                             int(ymd->year()));
        }
        picker->SetValue(day);
        wxDateEvent event(picker, day, wxEVT_DATE_CHANGED);
        picker->ProcessWindowEvent(event);
    } else {
        BOOST_FAIL("no way to answer " << fieldId);
    }
}

/// Answers every field of `answers` but those in `skip`, adding repeat items as needed.
inline void answerAll(RecordWindow& window, const nlohmann::ordered_json& answers,
                      const std::vector<std::string>& skip = {}) {
    for (const auto& [key, value] : answers.items()) {
        if (std::find(skip.begin(), skip.end(), key) != skip.end())
            continue;
        if (value.is_array() && !value.empty() && value.front().is_object()) {
            for (std::size_t item = 0; item < value.size(); ++item) {
                auto* add = findWindow<wxWindow>(names::addItemButton(key).c_str(), &window);
                BOOST_REQUIRE_MESSAGE(add, "no Add item button for " << key);
                wxCommandEvent pressed(wxEVT_BUTTON, add->GetId());
                pressed.SetEventObject(add);
                add->ProcessWindowEvent(pressed);
                for (const auto& [child, childValue] : value[item].items())
                    answer(window, child, childValue, int(item));
            }
            continue;
        }
        answer(window, key, value);
    }
}

/// `frame` as the record window it is, once it is on screen.
inline RecordWindow* asRecordWindow(wxFrame* frame) {
    auto* window = dynamic_cast<RecordWindow*>(frame);
    BOOST_REQUIRE(window);
    BOOST_REQUIRE(waitUntil([&] { return window->IsShownOnScreen(); }));
    settle();
    return window;
}

} // namespace parity::gui::test
