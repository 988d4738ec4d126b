// The Plugins page (the plugin manager): what was loaded, what was refused and why, and
// where Parity looked. An administrator's first stop when a state's forms are missing.
#pragma once

#include "plugins/plugin_host.h"
#include "plugins/plugin_installer.h"
#include "workspace/workspace.h"

#include <wx/panel.h>

#include <filesystem>
#include <vector>

class wxListCtrl;
class wxListEvent;
class wxTextCtrl;

namespace parity::gui {

class PluginManagerPanel : public wxPanel {
public:
    PluginManagerPanel(wxWindow* parent, Workspace& workspace);

    /// Installs `file` into the user plugin folder once it has been shown to load, and
    /// loads it; the page is rebuilt with it. The "Install Plugin…" button asks for the file
    /// and shows the outcome; tests call this directly.
    PluginInstallation install(const std::filesystem::path& file);

private:
    void fillLoaded(const PluginHost& plugins);
    void fillRejected(const PluginHost& plugins);
    void onRejectedSelected(wxListEvent& event);
    void onInstall(wxCommandEvent& event);

    Workspace& m_workspace;
    wxListCtrl* m_loaded = nullptr;
    wxListCtrl* m_rejected = nullptr;
    wxTextCtrl* m_reason = nullptr;
    /// The rows of m_rejected, for showing a whole reason (a list cell cuts it short).
    std::vector<RejectedPlugin> m_rejectedPlugins;
};

} // namespace parity::gui
