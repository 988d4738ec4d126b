#include "form_editor/field_row.h"

#include "common/status_colours.h"
#include "common/wx_strings.h"
#include "form_editor/editor_names.h"

#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace parity::gui {

FieldRow::FieldRow(wxWindow* parent, const rules::FieldPlan& plan, const FieldContext& context, bool readOnly,
                   int item, std::function<void(const std::string&)> changed)
    : wxPanel(parent), m_plan(plan), m_item(item) {
    const forms::Field& field = *plan.field;
    SetName(fromUtf8(names::fieldRow(field.id, item)));
    const int width = FromDIP(kFormColumnWidth);
    auto* layout = new wxBoxSizer(wxVERTICAL);

    auto* labelLine = new wxBoxSizer(wxHORIZONTAL);
    std::string labelText = forms::localized(field.label, context.language, context.fallbackLanguage);
    auto* label = new wxStaticText(this, wxID_ANY, fromUtf8(labelText.empty() ? field.id : labelText));
    label->SetName(fromUtf8(names::fieldLabel(field.id, item)));
    if (readOnly) {
        label->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    } else {
        wxFont font = label->GetFont();
        font.SetWeight(wxFONTWEIGHT_MEDIUM);
        label->SetFont(font);
    }
    label->Wrap(width - FromDIP(16));
    labelLine->Add(label, wxSizerFlags().Bottom());
    if (!readOnly) {
        m_requiredMark = new wxStaticText(this, wxID_ANY, "*");
        m_requiredMark->SetForegroundColour(errorTextColour());
        m_requiredMark->SetToolTip(_("An answer is needed"));
        labelLine->Add(m_requiredMark, wxSizerFlags().Top().Border(wxLEFT, FromDIP(3)));
    }
    layout->Add(labelLine, wxSizerFlags().Border(wxBOTTOM, FromDIP(3)));

    const std::string hintText = forms::localized(field.hint, context.language, context.fallbackLanguage);
    if (!hintText.empty() && !readOnly) {
        auto* hint = new wxStaticText(this, wxID_ANY, fromUtf8(hintText));
        hint->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
        wxFont font = hint->GetFont();
        font.SetFractionalPointSize(font.GetFractionalPointSize() * 0.92);
        hint->SetFont(font);
        hint->Wrap(width);
        layout->Add(hint, wxSizerFlags().Border(wxBOTTOM, FromDIP(4)));
    }

    auto* inputLine = new wxBoxSizer(wxVERTICAL);
    m_input = makeFieldInput(this, inputLine, plan, context, readOnly,
                             [this, changed] { changed(m_input->value()); }, item);
    layout->Add(inputLine, wxSizerFlags().Expand());

    if (!readOnly) {
        m_issues = new wxStaticText(this, wxID_ANY, "");
        m_issues->SetName(fromUtf8(names::fieldIssues(field.id, item)));
        m_issues->SetForegroundColour(errorTextColour());
        m_issues->Hide();
        layout->Add(m_issues, wxSizerFlags().Border(wxTOP, FromDIP(4)));
    }
    layout->SetMinSize(wxSize(width, -1));
    SetSizer(layout);
}

bool FieldRow::setRequired(bool required) {
    if (!m_requiredMark || m_requiredMark->IsShown() == required)
        return false;
    m_requiredMark->Show(required);
    return true;
}

bool FieldRow::showIssues(const std::vector<rules::ValidationIssue>& issues) {
    if (!m_issues)
        return false;
    wxString text;
    std::string key;
    bool anyError = false;
    for (const bool errors : {true, false}) {
        for (const rules::ValidationIssue& issue : issues) {
            if (issue.isError() != errors)
                continue;
            anyError = anyError || errors;
            text += (text.empty() ? "" : "\n") + fromUtf8(issue.message);
            key += issue.message + '\n';
        }
    }
    if (key == m_issueKey)
        return false;
    m_issueKey = key;
    m_issueText = text;
    m_issues->SetForegroundColour(anyError ? errorTextColour() : warningTextColour());
    m_issues->SetLabel(text);
    m_issues->Wrap(FromDIP(kFormColumnWidth));
    m_issues->Show(!text.empty());
    return true;
}

wxString FieldRow::shownIssues() const {
    return m_issues && m_issues->IsShown() ? m_issueText : wxString();
}

} // namespace parity::gui
