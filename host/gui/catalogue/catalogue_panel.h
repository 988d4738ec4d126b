// The Catalogue page: every loaded jurisdiction with its reporting agencies, and the
// details of whichever one is selected.
#pragma once

#include "plugins/plugin_host.h"
#include "workspace/workspace.h"

#include <wx/panel.h>

class wxTextCtrl;
class wxTreeCtrl;
class wxTreeEvent;

namespace parity::gui {

class CataloguePanel : public wxPanel {
public:
    CataloguePanel(wxWindow* parent, Workspace& workspace);

private:
    void fillTree(const PluginHost& plugins);
    void onSelectionChanged(wxTreeEvent& event);

    wxTreeCtrl* m_tree = nullptr;
    wxTextCtrl* m_details = nullptr;
};

} // namespace parity::gui
