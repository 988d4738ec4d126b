// Asks why a submitted record is being amended. The reason goes into the version and
// the audit trail, so an empty one is refused in place: the dialog stays open and says so.
#pragma once

#include <wx/dialog.h>

#include <string>

class wxStaticText;
class wxTextCtrl;

namespace parity::gui {

class AmendReasonDialog : public wxDialog {
public:
    explicit AmendReasonDialog(wxWindow* parent);

    std::string reason() const;
    /// What the OK button does: closes with wxID_OK, or refuses an empty reason and stays
    /// open. Returns whether it closed.
    bool confirm();

private:
    wxTextCtrl* m_reason;
    wxStaticText* m_problem;
};

} // namespace parity::gui
