// The Compliance page: findings of the plugins' compliance rules over the stored records.
#pragma once

#include "workspace/workspace.h"

#include <wx/panel.h>

namespace parity::gui {

class CompliancePanel : public wxPanel {
public:
    CompliancePanel(wxWindow* parent, Workspace& workspace);

private:
    Workspace& m_workspace;
};

} // namespace parity::gui
