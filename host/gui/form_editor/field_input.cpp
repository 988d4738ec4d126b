#include "form_editor/field_input.h"

#include "common/wx_strings.h"
#include "form_editor/editor_names.h"
#include "time/temporal.h"

#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/datectrl.h>
#include <wx/dateevt.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/timectrl.h>

#include <wx/settings.h>

#include <algorithm>
#include <sstream>

namespace parity::gui {
namespace {

using forms::FieldType;

/// Widest a single-line answer gets; the form reads as one calm column.
constexpr int kNumberWidth = 160;

std::vector<std::string> splitWords(const std::string& text) {
    std::vector<std::string> words;
    std::istringstream in(text);
    for (std::string word; in >> word;)
        words.push_back(word);
    return words;
}

wxString choiceLabel(const forms::Choice& choice, const FieldContext& context) {
    const std::string label = forms::localized(choice.label, context.language, context.fallbackLanguage);
    return fromUtf8(label.empty() ? choice.value : label);
}

/// Text, notes, numbers, phone, e-mail and typed signatures: the session checks the text
/// on every keystroke, so a half-typed number shows its problem at once.
class TextInput : public FieldInput {
public:
    TextInput(wxWindow* parent, wxSizer* sizer, const rules::FieldPlan& plan, std::function<void()> changed) {
        const FieldType type = plan.field->type;
        const bool multiline = type == FieldType::Multiline;
        long style = multiline ? wxTE_MULTILINE : 0;
        m_text = new wxTextCtrl(parent, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, style);
        if (multiline)
            m_text->SetMinSize(wxSize(-1, parent->FromDIP(84)));
        if (type == FieldType::Signature) {
            // A typed signature reads as one: slanted, a little larger.
            wxFont font = m_text->GetFont();
            font.SetStyle(wxFONTSTYLE_ITALIC);
            font.SetFractionalPointSize(font.GetFractionalPointSize() * 1.15);
            m_text->SetFont(font);
        }
        const bool number = type == FieldType::Integer || type == FieldType::Decimal;
        if (number)
            m_text->SetMinSize(wxSize(parent->FromDIP(kNumberWidth), -1));
        sizer->Add(m_text, number ? wxSizerFlags() : wxSizerFlags().Expand());
        m_text->Bind(wxEVT_TEXT, [changed](wxCommandEvent&) { changed(); });
    }
    std::string value() const override { return toUtf8(m_text->GetValue()); }
    void setValue(const std::string& value) override {
        if (toUtf8(m_text->GetValue()) != value)
            m_text->ChangeValue(fromUtf8(value));
    }
    wxWindow* focusTarget() override { return m_text; }

private:
    wxTextCtrl* m_text;
};

/// One choice, or none yet: the empty first entry is "not answered".
class ChoiceInput : public FieldInput {
public:
    ChoiceInput(wxWindow* parent, wxSizer* sizer, std::vector<std::string> values, const wxArrayString& labels,
                std::function<void()> changed)
        : m_values(std::move(values)) {
        wxArrayString items;
        items.Add(wxString());
        for (const wxString& label : labels)
            items.Add(label);
        m_choice = new wxChoice(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, items);
        sizer->Add(m_choice, wxSizerFlags());
        m_choice->Bind(wxEVT_CHOICE, [changed](wxCommandEvent&) { changed(); });
    }
    std::string value() const override {
        const int selected = m_choice->GetSelection();
        return selected <= 0 ? std::string() : m_values[std::size_t(selected - 1)];
    }
    void setValue(const std::string& value) override {
        int selection = 0;
        for (std::size_t i = 0; i < m_values.size(); ++i)
            if (m_values[i] == value)
                selection = int(i) + 1;
        m_choice->SetSelection(selection);
    }
    wxWindow* focusTarget() override { return m_choice; }

private:
    std::vector<std::string> m_values;
    wxChoice* m_choice;
};

/// Several choices: the session holds them as space-separated values in form order.
class ChecklistInput : public FieldInput {
public:
    ChecklistInput(wxWindow* parent, wxSizer* sizer, const rules::FieldPlan& plan, const FieldContext& context,
                   std::function<void()> changed) {
        wxArrayString labels;
        for (const forms::Choice& choice : plan.choices) {
            m_values.push_back(choice.value);
            labels.Add(choiceLabel(choice, context));
        }
        m_list = new wxCheckListBox(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, labels);
        // Every choice in sight: a clerk should not have to scroll inside the form.
        const int rows = std::max<int>(1, int(labels.size()));
        m_list->SetMinSize(wxSize(-1, rows * m_list->GetCharHeight() * 2 + parent->FromDIP(6)));
        sizer->Add(m_list, wxSizerFlags().Expand());
        m_list->Bind(wxEVT_CHECKLISTBOX, [changed](wxCommandEvent&) { changed(); });
    }
    std::string value() const override {
        std::string joined;
        for (std::size_t i = 0; i < m_values.size(); ++i)
            if (m_list->IsChecked(unsigned(i)))
                joined += (joined.empty() ? "" : " ") + m_values[i];
        return joined;
    }
    void setValue(const std::string& value) override {
        const std::vector<std::string> chosen = splitWords(value);
        for (std::size_t i = 0; i < m_values.size(); ++i)
            m_list->Check(unsigned(i), std::find(chosen.begin(), chosen.end(), m_values[i]) != chosen.end());
    }
    wxWindow* focusTarget() override { return m_list; }

private:
    std::vector<std::string> m_values;
    wxCheckListBox* m_list;
};

wxDateTime toWxDate(date::year_month_day day) {
    return wxDateTime(wxDateTime::wxDateTime_t(unsigned(day.day())), wxDateTime::Month(unsigned(day.month()) - 1),
                      int(day.year()));
}

date::year_month_day fromWxDate(const wxDateTime& day) {
    return date::year{day.GetYear()} / date::month{unsigned(day.GetMonth()) + 1} / date::day{day.GetDay()};
}

/// A date, or none yet (wxDP_ALLOWNONE): a clerk may not know a date of birth.
class DateInput : public FieldInput {
public:
    DateInput(wxWindow* parent, wxSizer* sizer, std::function<void()> changed) {
        m_picker = new wxDatePickerCtrl(parent, wxID_ANY, wxInvalidDateTime, wxDefaultPosition, wxDefaultSize,
                                        wxDP_DROPDOWN | wxDP_ALLOWNONE | wxDP_SHOWCENTURY);
        m_picker->SetValue(wxInvalidDateTime);
        sizer->Add(m_picker, wxSizerFlags());
        m_picker->Bind(wxEVT_DATE_CHANGED, [this, changed](wxDateEvent&) {
            if (!m_quiet)
                changed();
        });
    }
    std::string value() const override {
        const wxDateTime day = m_picker->GetValue();
        return day.IsValid() ? formatIsoDate(fromWxDate(day)) : std::string();
    }
    void setValue(const std::string& value) override {
        m_quiet = true;
        const auto day = parseIsoDate(value);
        m_picker->SetValue(day ? toWxDate(*day) : wxInvalidDateTime);
        m_quiet = false;
    }
    wxWindow* focusTarget() override { return m_picker; }

private:
    wxDatePickerCtrl* m_picker;
    bool m_quiet = false;
};

/// A date and a time of day in the jurisdiction's zone (deadlines run in the state's
/// local time), or none yet. Stored with its offset, so the answer means one instant.
class DateTimeInput : public FieldInput {
public:
    DateTimeInput(wxWindow* parent, wxSizer* sizer, const date::time_zone& zone, std::function<void()> changed)
        : m_zone(zone) {
        auto* row = new wxBoxSizer(wxHORIZONTAL);
        m_date = new wxDatePickerCtrl(parent, wxID_ANY, wxInvalidDateTime, wxDefaultPosition, wxDefaultSize,
                                      wxDP_DROPDOWN | wxDP_ALLOWNONE | wxDP_SHOWCENTURY);
        m_date->SetValue(wxInvalidDateTime);
        m_time = new wxTimePickerCtrl(parent, wxID_ANY, wxDateTime::Today());
        row->Add(m_date, wxSizerFlags().CentreVertical());
        row->Add(m_time, wxSizerFlags().CentreVertical().Border(wxLEFT, parent->FromDIP(6)));
        sizer->Add(row, wxSizerFlags());
        auto report = [this, changed] {
            if (!m_quiet)
                changed();
        };
        m_date->Bind(wxEVT_DATE_CHANGED, [report](wxDateEvent&) { report(); });
        m_time->Bind(wxEVT_TIME_CHANGED, [report](wxDateEvent&) { report(); });
    }
    std::string value() const override {
        const wxDateTime day = m_date->GetValue();
        if (!day.IsValid())
            return {};
        const wxDateTime time = m_time->GetValue();
        const date::local_seconds local = date::local_days{fromWxDate(day)} + std::chrono::hours(time.GetHour()) +
                                          std::chrono::minutes(time.GetMinute());
        const auto instant = m_zone.to_sys(local, date::choose::earliest);
        return formatIsoDateTime(std::chrono::floor<std::chrono::seconds>(instant), m_zone);
    }
    void setValue(const std::string& value) override {
        m_quiet = true;
        if (const auto instant = parseIsoDateTime(value, m_zone)) {
            const date::local_seconds local = m_zone.to_local(*instant);
            const date::local_days day = std::chrono::floor<date::days>(local);
            const date::hh_mm_ss<std::chrono::seconds> clock(local - day);
            const wxDateTime shown = toWxDate(date::year_month_day{day});
            m_date->SetValue(shown);
            wxDateTime time = wxDateTime::Today();
            time.SetHour(wxDateTime::wxDateTime_t(clock.hours().count()));
            time.SetMinute(wxDateTime::wxDateTime_t(clock.minutes().count()));
            m_time->SetValue(time);
        } else {
            m_date->SetValue(wxInvalidDateTime);
        }
        m_quiet = false;
    }
    wxWindow* focusTarget() override { return m_date; }
    wxTimePickerCtrl* timePicker() { return m_time; }

private:
    const date::time_zone& m_zone;
    wxDatePickerCtrl* m_date;
    wxTimePickerCtrl* m_time;
    bool m_quiet = false;
};

/// A calculated or read-only field in the editor: its value, selectable, not editable.
class ComputedInput : public FieldInput {
public:
    ComputedInput(wxWindow* parent, wxSizer* sizer, const rules::FieldPlan& plan, FieldContext context)
        : m_plan(plan), m_context(std::move(context)) {
        m_text = new wxTextCtrl(parent, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, wxTE_READONLY);
        sizer->Add(m_text, wxSizerFlags().Expand());
    }
    std::string value() const override { return m_value; }
    void setValue(const std::string& value) override {
        if (value == m_value && !m_text->IsEmpty())
            return;
        m_value = value;
        m_text->ChangeValue(displayText(m_plan, value, m_context));
    }
    wxWindow* focusTarget() override { return m_text; }

private:
    const rules::FieldPlan& m_plan;
    FieldContext m_context;
    wxTextCtrl* m_text;
    std::string m_value;
};

/// A stored record's answer: plain text, as on paper.
class AnswerText : public FieldInput {
public:
    AnswerText(wxWindow* parent, wxSizer* sizer, const rules::FieldPlan& plan, FieldContext context)
        : m_plan(plan), m_context(std::move(context)) {
        m_text = new wxStaticText(parent, wxID_ANY, "");
        sizer->Add(m_text, wxSizerFlags().Expand());
    }
    std::string value() const override { return m_value; }
    void setValue(const std::string& value) override {
        m_value = value;
        if (value.empty()) {
            m_text->SetLabel(_("No answer"));
            m_text->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
        } else {
            m_text->SetLabel(displayText(m_plan, value, m_context));
            m_text->SetForegroundColour(wxNullColour);
        }
        m_text->Wrap(m_text->GetParent()->FromDIP(600));
    }
    wxWindow* focusTarget() override { return m_text; }

private:
    const rules::FieldPlan& m_plan;
    FieldContext m_context;
    wxStaticText* m_text;
    std::string m_value;
};

} // namespace

std::unique_ptr<FieldInput> makeFieldInput(wxWindow* parent, wxSizer* sizer, const rules::FieldPlan& plan,
                                           const FieldContext& context, bool readOnly,
                                           std::function<void()> changed, int item) {
    std::unique_ptr<FieldInput> input;
    const forms::Field& field = *plan.field;
    if (readOnly) {
        input = std::make_unique<AnswerText>(parent, sizer, plan, context);
    } else if (plan.calculate || field.readonly) {
        input = std::make_unique<ComputedInput>(parent, sizer, plan, context);
    } else {
        switch (field.type) {
        case FieldType::Select1: {
            std::vector<std::string> values;
            wxArrayString labels;
            for (const forms::Choice& choice : plan.choices) {
                values.push_back(choice.value);
                labels.Add(choiceLabel(choice, context));
            }
            input = std::make_unique<ChoiceInput>(parent, sizer, std::move(values), labels, std::move(changed));
            break;
        }
        case FieldType::Boolean: {
            wxArrayString labels;
            labels.Add(_("Yes"));
            labels.Add(_("No"));
            input = std::make_unique<ChoiceInput>(parent, sizer, std::vector<std::string>{"true", "false"}, labels,
                                                  std::move(changed));
            break;
        }
        case FieldType::Select:
            input = std::make_unique<ChecklistInput>(parent, sizer, plan, context, std::move(changed));
            break;
        case FieldType::Date:
            input = std::make_unique<DateInput>(parent, sizer, std::move(changed));
            break;
        case FieldType::DateTime:
            input = std::make_unique<DateTimeInput>(parent, sizer, *context.zone, std::move(changed));
            break;
        default:
            input = std::make_unique<TextInput>(parent, sizer, plan, std::move(changed));
            break;
        }
    }
    input->focusTarget()->SetName(fromUtf8(names::fieldInput(field.id, item)));
    if (auto* both = dynamic_cast<DateTimeInput*>(input.get()))
        both->timePicker()->SetName(fromUtf8(names::fieldTime(field.id, item)));
    return input;
}

wxString displayText(const rules::FieldPlan& plan, const std::string& value, const FieldContext& context) {
    const forms::Field& field = *plan.field;
    switch (field.type) {
    case FieldType::Boolean:
        return value == "true" ? _("Yes") : value == "false" ? _("No") : fromUtf8(value);
    case FieldType::Select1:
    case FieldType::Select: {
        wxString shown;
        for (const std::string& chosen : splitWords(value)) {
            wxString label = fromUtf8(chosen);
            for (const forms::Choice& choice : plan.choices)
                if (choice.value == chosen)
                    label = choiceLabel(choice, context);
            shown += (shown.empty() ? "" : ", ") + label;
        }
        return shown;
    }
    case FieldType::DateTime:
        if (const auto instant = parseIsoDateTime(value, *context.zone)) {
            // Local wall time of the jurisdiction, to the minute, as the clerk entered it.
            return fromUtf8(date::format("%Y-%m-%d %H:%M", context.zone->to_local(*instant)));
        }
        return fromUtf8(value);
    default:
        return fromUtf8(value);
    }
}

} // namespace parity::gui
