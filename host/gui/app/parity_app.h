// The desktop app object: reads the command line, loads the plugins, opens the main window.
#pragma once

#include "app/plugin_prefetch.h"
#include "app/startup_options.h"

#include <wx/app.h>

#include <memory>

class wxCmdLineParser;

namespace parity::gui {

class MainFrame;

class ParityApp : public wxApp {
public:
    ParityApp();

    /// Starts loading the plugins before the toolkit starts, to overlap the two.
    bool Initialize(int& argc, wxChar** argv) override;
    bool OnInit() override;
    int OnRun() override;
    void OnInitCmdLine(wxCmdLineParser& parser) override;
    bool OnCmdLineParsed(wxCmdLineParser& parser) override;
    bool OnCmdLineHelp(wxCmdLineParser& parser) override;

    /// What the command line asked for; valid once OnCmdLineParsed() has run.
    const StartupOptions& startupOptions() const { return m_options; }

    /// Loads the plugins from `options.pluginDirectories` and shows a main window over
    /// them. OnInit() calls this with the command line's options; GUI tests call it with
    /// a plugin directory of their own, so they exercise the same path as the product.
    MainFrame* openMainWindow(const StartupOptions& options);

private:
    StartupOptions m_options;
    std::unique_ptr<PluginPrefetch> m_prefetch;   ///< from Initialize() to the first main window
    bool m_helpShown = false;   ///< --help: print the usage and exit successfully
};

} // namespace parity::gui
