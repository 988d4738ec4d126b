// The errors left before a form can be submitted, as a list: activating one (double-click
// or Enter) takes the clerk to the field it is about.
#pragma once

#include "rules/form_session.h"

#include <wx/panel.h>

#include <functional>
#include <string>
#include <vector>

class wxListBox;
class wxStaticText;

namespace parity::gui {

class IssueSummary : public wxPanel {
public:
    IssueSummary(wxWindow* parent, const rules::FormSession& session);

    /// Called with the field (and repeat item, or -1) of the entry the clerk activated.
    std::function<void(const std::string& fieldId, int item)> onActivate;

    /// Lists the session's errors now.
    void update();
    /// The errors listed, in order.
    const std::vector<rules::ValidationIssue>& listed() const { return m_listed; }
    /// Goes to entry `index`'s field, as activating it does.
    void activate(int index);
    wxListBox& list() { return *m_list; }

private:
    const rules::FormSession& m_session;
    wxStaticText* m_heading;
    wxListBox* m_list;
    std::vector<rules::ValidationIssue> m_listed;
};

} // namespace parity::gui
