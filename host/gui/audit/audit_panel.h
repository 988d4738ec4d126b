// The Audit page: the whole trail of the open database and whether its chain verifies.
#pragma once

#include "workspace/workspace.h"

#include <wx/panel.h>

namespace parity::gui {

class AuditPanel : public wxPanel {
public:
    AuditPanel(wxWindow* parent, Workspace& workspace);

private:
    Workspace& m_workspace;
};

} // namespace parity::gui
