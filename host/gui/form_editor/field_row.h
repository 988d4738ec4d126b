// One field as a clerk sees it: its label with a mark when it must be answered, its hint,
// the input, and the problems with the answer right beside it. Hidden as a whole when
// the field does not apply (skip logic).
#pragma once

#include "form_editor/field_input.h"
#include "rules/form_session.h"

#include <wx/panel.h>

#include <functional>
#include <memory>
#include <vector>

class wxStaticText;

namespace parity::gui {

/// How wide the form's column is (DIP): labels, hints and problems wrap to it.
inline constexpr int kFormColumnWidth = 620;

class FieldRow : public wxPanel {
public:
    /// `item` is the repeat item (0-based) of a field in a repeat group, -1 otherwise.
    /// `changed` gets the new answer after each edit.
    FieldRow(wxWindow* parent, const rules::FieldPlan& plan, const FieldContext& context, bool readOnly, int item,
             std::function<void(const std::string&)> changed);

    const rules::FieldPlan& plan() const { return m_plan; }
    const std::string& fieldId() const { return m_plan.field->id; }
    int item() const { return m_item; }
    FieldInput& input() { return *m_input; }

    /// Returns whether the mark was shown or hidden.
    bool setRequired(bool required);
    /// Shows `issues` (errors, then warnings) under the input; none hides the line.
    /// Returns whether the row's height may have changed.
    bool showIssues(const std::vector<rules::ValidationIssue>& issues);
    /// The text of the problems shown (for tests and screen readers), "" when none.
    wxString shownIssues() const;

private:
    const rules::FieldPlan& m_plan;
    int m_item;
    std::unique_ptr<FieldInput> m_input;
    wxStaticText* m_requiredMark = nullptr;
    wxStaticText* m_issues = nullptr;
    std::string m_issueKey;   ///< what is shown now, to skip relayout when nothing changed
    wxString m_issueText;     ///< the same, unwrapped
};

} // namespace parity::gui
