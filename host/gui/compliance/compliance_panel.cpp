#include "compliance/compliance_panel.h"

#include <wx/sizer.h>
#include <wx/stattext.h>

namespace parity::gui {

// Placeholder until the page is built (issue #6).
CompliancePanel::CompliancePanel(wxWindow* parent, Workspace& workspace) : wxPanel(parent), m_workspace(workspace) {
    auto* layout = new wxBoxSizer(wxVERTICAL);
    layout->Add(new wxStaticText(this, wxID_ANY, "Not built yet"), wxSizerFlags().Border());
    SetSizer(layout);
}

} // namespace parity::gui
