// Loads the plugins of the standard search path, and compiles their forms, on a thread of
// its own while the toolkit starts (connecting to the display, loading GTK and its GL
// libraries): the two overlap on a second core instead of adding up before the main
// window can show.
#pragma once

#include "catalog/form_catalog.h"
#include "plugins/plugin_host.h"

#include <filesystem>
#include <future>
#include <optional>
#include <vector>

namespace parity::gui {

/// Plugins and their compiled forms, as the workspace needs them.
struct LoadedPlugins {
    PluginHost plugins;
    FormCatalog catalog;
};

class PluginPrefetch {
public:
    /// Starts loading pluginSearchPath() (no --plugins directories: those are not parsed yet).
    PluginPrefetch();
    /// Waits for the loading thread if nobody took its result.
    ~PluginPrefetch();
    PluginPrefetch(const PluginPrefetch&) = delete;
    PluginPrefetch& operator=(const PluginPrefetch&) = delete;

    /// The plugins of `directories` (the search path the command line asked for), if it
    /// begins with the prefetched directories: the rest is loaded here, in order, so the
    /// result is what loading `directories` from scratch gives. Nothing if it does not
    /// begin with them, or if the prefetch was taken already.
    std::optional<LoadedPlugins> take(const std::vector<std::filesystem::path>& directories);

private:
    std::vector<std::filesystem::path> m_directories;
    std::future<LoadedPlugins> m_loading;
};

/// Loads `directories` and compiles the forms, on the calling thread.
LoadedPlugins loadPlugins(const std::vector<std::filesystem::path>& directories);

} // namespace parity::gui
