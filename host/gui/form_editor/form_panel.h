// A form generated from its definition: sections as headed groups, each field with the
// control its type calls for, notes, repeat groups. A thin view over a FormSession: each
// edit goes to the session at once (setValue is incremental), and the panel then shows
// what the session says — which fields apply, which are required, what is wrong.
#pragma once

#include "form_editor/field_row.h"
#include "form_editor/repeat_block.h"
#include "rules/form_session.h"

#include <wx/scrolwin.h>

#include <functional>
#include <set>
#include <string>
#include <utility>
#include <vector>

class wxStaticText;

namespace parity::gui {

class FormPanel : public wxScrolledWindow {
public:
    /// `readOnly`: a stored record's answers, shown as text (no inputs, no problems).
    FormPanel(wxWindow* parent, rules::FormSession& session, bool readOnly);

    rules::FormSession& session() { return m_session; }
    bool readOnly() const { return m_readOnly; }

    /// Called after each edit, once the panel shows its consequences.
    std::function<void()> onAnswered;
    /// Called when the session refused a change (a core error): the message to show.
    std::function<void(const std::string& problem)> onProblem;

    /// Shows what the session says now: relevance, required marks, calculated values, issues.
    void refresh();
    /// Shows "required" problems on fields the clerk has not reached yet as well (after a
    /// submit attempt, or when a saved draft is reopened). Until then an untouched empty
    /// field is not called wrong: a new form should not open covered in red.
    void showAllIssues();
    /// Moves the keyboard to the field and scrolls it into view. False if it is not shown.
    bool focusField(const std::string& fieldId, int item = -1);

    /// The row of a top-level field (item -1) or of a repeat item's field; null if none.
    FieldRow* row(const std::string& fieldId, int item = -1) const;
    const std::vector<FieldRow*>& topLevelRows() const { return m_rows; }

private:
    struct SectionView {
        wxPanel* panel = nullptr;
        std::vector<wxWindow*> parts;   ///< rows and repeat blocks, hidden by relevance
        bool hasAnswers = false;        ///< false: notes only, always shown
    };

    void build();
    void answered(const std::string& fieldId, int item, const std::string& value);
    bool repeatRelevant(const rules::RepeatPlan& group);
    bool shows(const rules::ValidationIssue& issue) const;
    /// Lays out again what changed size (`changed`: rows and blocks), and their containers.
    void relayout(const std::vector<wxWindow*>& changed);
    /// Lays out everything (after items were added or removed).
    void relayoutAll();
    FieldContext context();

    rules::FormSession& m_session;
    bool m_readOnly;
    bool m_showAll = false;
    std::set<std::pair<std::string, int>> m_touched;
    std::vector<FieldRow*> m_rows;
    std::vector<RepeatBlock*> m_repeats;
    std::vector<SectionView> m_sections;
    wxStaticText* m_formIssues = nullptr;
    std::string m_formIssueKey;
};

} // namespace parity::gui
