// The Catalogue page: every loaded jurisdiction with its forms and reporting agencies, the
// national core forms, and the details of whichever one is selected. A record is started
// from a form here.
#pragma once

#include "plugins/plugin_host.h"
#include "workspace/workspace.h"

#include <wx/panel.h>
#include <wx/treebase.h>

class wxButton;
class wxTextCtrl;
class wxTreeCtrl;
class wxTreeEvent;

namespace parity::gui {

class CataloguePanel : public wxPanel {
public:
    CataloguePanel(wxWindow* parent, Workspace& workspace);

    /// The form of the selected row, if it is a form.
    std::string selectedFormId() const;
    /// Opens a new record of the selected form (the "New Record" button, Enter on a form).
    void startSelectedForm();

private:
    void fillTree();
    void appendForms(const wxTreeItemId& parent, const std::string& pluginId);
    void onSelectionChanged(wxTreeEvent& event);

    Workspace& m_workspace;
    wxTreeCtrl* m_tree = nullptr;
    wxTextCtrl* m_details = nullptr;
    wxButton* m_newRecord = nullptr;
};

} // namespace parity::gui
