#include "form_editor/form_editor.h"

#include "form_editor/editor_names.h"

#include <wx/listbox.h>
#include <wx/sizer.h>
#include <wx/statline.h>

namespace parity::gui {

FormEditor::FormEditor(wxWindow* parent, rules::FormSession& session) : wxPanel(parent) {
    SetName(names::formEditor);
    m_form = new FormPanel(this, session, false);
    m_summary = new IssueSummary(this, session);
    auto* layout = new wxBoxSizer(wxVERTICAL);
    layout->Add(m_form, wxSizerFlags(1).Expand());
    layout->Add(new wxStaticLine(this), wxSizerFlags().Expand());
    layout->Add(m_summary, wxSizerFlags().Expand().Border(wxALL, FromDIP(10)));
    SetSizer(layout);

    m_form->onAnswered = [this] {
        m_summary->update();
        if (onAnswered)
            onAnswered();
    };
    m_form->onProblem = [this](const std::string& problem) {
        if (onProblem)
            onProblem(problem);
    };
    m_summary->onActivate = [this](const std::string& fieldId, int item) { m_form->focusField(fieldId, item); };
}

void FormEditor::showRemainingProblems() {
    m_form->showAllIssues();
    m_summary->update();
    m_summary->list().SetFocus();
    if (!m_summary->listed().empty())
        m_summary->list().SetSelection(0);
}

} // namespace parity::gui
