// The Records page: every record in the open database, searchable and sortable.
#pragma once

#include "workspace/workspace.h"

#include <wx/panel.h>

namespace parity::gui {

class RecordsPanel : public wxPanel {
public:
    RecordsPanel(wxWindow* parent, Workspace& workspace);

private:
    Workspace& m_workspace;
};

} // namespace parity::gui
