// The main window: menus, and a notebook with one page per area of the app.
#pragma once

#include "app/startup_options.h"
#include "plugins/plugin_host.h"

#include <wx/frame.h>

class wxNotebook;

namespace parity::gui {

/// The notebook's pages, in tab order.
enum class MainPage : int { Catalogue = 0, Plugins = 1 };

class MainFrame : public wxFrame {
public:
    /// Takes the loaded plugins over: the frame keeps their libraries loaded for as long
    /// as it shows anything that came from them.
    MainFrame(const StartupOptions& options, PluginHost plugins);

    void showPage(MainPage page);
    MainPage currentPage() const;

    const PluginHost& plugins() const { return m_plugins; }

private:
    void createMenus();
    void onAbout(wxCommandEvent& event);

    StartupOptions m_options;
    PluginHost m_plugins;
    wxNotebook* m_pages = nullptr;
};

} // namespace parity::gui
