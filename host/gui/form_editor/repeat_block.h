// A repeat group: one block of fields per item ("Other agencies you also reported to"),
// with Add item / Remove item within the group's min and max.
#pragma once

#include "form_editor/field_row.h"

#include <wx/panel.h>

#include <functional>
#include <vector>

class wxButton;
class wxStaticText;

namespace parity::gui {

class RepeatBlock : public wxPanel {
public:
    struct Callbacks {
        /// An item's answer was edited.
        std::function<void(const std::string& fieldId, int item, const std::string& value)> answered;
        /// Items were added or removed (the session already knows).
        std::function<void()> itemsChanged;
        /// A change to the session failed: say why.
        std::function<void(const std::string& problem)> failed;
    };

    RepeatBlock(wxWindow* parent, rules::FormSession& session, const rules::RepeatPlan& group,
                const FieldContext& context, bool readOnly, Callbacks callbacks);

    const rules::RepeatPlan& group() const { return m_group; }
    const std::string& repeatId() const { return m_group.repeat->id; }
    /// Rebuilds the items if the session's count differs; returns whether it did.
    bool syncItems();
    /// The row of `fieldId` in `item`, or null.
    FieldRow* row(const std::string& fieldId, int item) const;
    const std::vector<std::vector<FieldRow*>>& items() const { return m_rows; }
    /// Shows problems about the group as a whole (too few items, …).
    bool showGroupIssues(const std::vector<rules::ValidationIssue>& issues);

    void addItem();
    void removeItem(int item);

private:
    void buildItems();
    void updateButtons();

    rules::FormSession& m_session;
    const rules::RepeatPlan& m_group;
    FieldContext m_context;
    bool m_readOnly;
    Callbacks m_callbacks;
    wxPanel* m_itemsPanel = nullptr;
    std::vector<std::vector<FieldRow*>> m_rows;
    std::vector<wxButton*> m_removeButtons;
    wxButton* m_add = nullptr;
    wxStaticText* m_groupIssues = nullptr;
    std::string m_groupIssueKey;
};

} // namespace parity::gui
