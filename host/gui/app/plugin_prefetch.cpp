#include "app/plugin_prefetch.h"

#include "plugins/plugin_search_path.h"

#include <algorithm>
#include <system_error>

namespace parity::gui {

LoadedPlugins loadPlugins(const std::vector<std::filesystem::path>& directories) {
    PluginHost plugins;
    plugins.loadDirectories(directories);
    FormCatalog catalog = FormCatalog::build(plugins);
    return {std::move(plugins), std::move(catalog)};
}

PluginPrefetch::PluginPrefetch() : m_directories(pluginSearchPath()) {
    try {
        m_loading = std::async(std::launch::async, [directories = m_directories] { return loadPlugins(directories); });
    } catch (const std::system_error&) {
        // No thread to be had: take() says so and the plugins load in the usual place.
    }
}

PluginPrefetch::~PluginPrefetch() {
    if (m_loading.valid())
        m_loading.wait();
}

std::optional<LoadedPlugins> PluginPrefetch::take(const std::vector<std::filesystem::path>& directories) {
    if (!m_loading.valid())
        return std::nullopt;
    LoadedPlugins loaded = m_loading.get();   // rethrows what the thread threw (as loading here would)
    if (directories.size() < m_directories.size() ||
        !std::equal(m_directories.begin(), m_directories.end(), directories.begin()))
        return std::nullopt;
    if (directories.size() > m_directories.size()) {
        // --plugins directories come last in the search path: load them after the others,
        // exactly as one loadDirectories() over the whole path would.
        loaded.plugins.loadDirectories({directories.begin() + std::ptrdiff_t(m_directories.size()), directories.end()});
        loaded.catalog = FormCatalog::build(loaded.plugins);
    }
    return loaded;
}

} // namespace parity::gui
