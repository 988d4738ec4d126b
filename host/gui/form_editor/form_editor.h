// Filling a form: the generated form, scrollable, above the list of errors still to fix.
// Both are views of one FormSession that the owner keeps (the record window): rebuilding
// the editor (another language) loses no answer.
#pragma once

#include "form_editor/form_panel.h"
#include "form_editor/issue_summary.h"

#include <wx/panel.h>

namespace parity::gui {

class FormEditor : public wxPanel {
public:
    FormEditor(wxWindow* parent, rules::FormSession& session);

    FormPanel& form() { return *m_form; }
    IssueSummary& summary() { return *m_summary; }

    /// Called after each edit by the clerk.
    std::function<void()> onAnswered;
    /// Called with a message when the session refused a change.
    std::function<void(const std::string& problem)> onProblem;

    /// After a refused submit: every problem shown beside its field, and the keyboard on
    /// the list of problems.
    void showRemainingProblems();

private:
    FormPanel* m_form;
    IssueSummary* m_summary;
};

} // namespace parity::gui
