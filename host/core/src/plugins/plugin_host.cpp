#include "plugins/plugin_host.h"

#include "plugins/plugin_loader.h"

#include <algorithm>
#include <system_error>

namespace fs = std::filesystem;

namespace parity {

std::string_view pluginFileSuffix() { return ".so"; }

void PluginHost::loadDirectories(const std::vector<fs::path>& directories) {
    for (const fs::path& dir : directories)
        loadDirectory(dir);
}

void PluginHost::loadDirectory(const fs::path& directory) {
    std::error_code ec;
    if (!fs::is_directory(directory, ec))
        return;
    std::vector<fs::path> files;
    for (fs::directory_iterator it(directory, ec), end; !ec && it != end; it.increment(ec)) {
        if (it->path().extension() == pluginFileSuffix() && !it->is_directory(ec))
            files.push_back(it->path());
    }
    if (ec)
        m_rejected.push_back({directory, "cannot read the plugin directory: " + ec.message()});
    std::sort(files.begin(), files.end());
    for (const fs::path& file : files)
        loadFile(file);
}

bool PluginHost::loadFile(const fs::path& file) {
    auto outcome = loadPluginFile(file);
    if (auto* rejected = std::get_if<RejectedPlugin>(&outcome)) {
        m_rejected.push_back(std::move(*rejected));
        return false;
    }
    auto& plugin = std::get<LoadedPlugin>(outcome);
    if (const LoadedPlugin* first = find(plugin.identity.id)) {
        m_rejected.push_back({file, "duplicate plugin id '" + plugin.identity.id + "': already loaded from " +
                                        first->path.string() + ", so " + file.string() + " is rejected"});
        return false;
    }
    m_loaded.push_back(std::move(plugin));
    return true;
}

const LoadedPlugin* PluginHost::find(std::string_view id) const {
    auto it = std::find_if(m_loaded.begin(), m_loaded.end(),
                           [&](const LoadedPlugin& p) { return p.identity.id == id; });
    return it == m_loaded.end() ? nullptr : &*it;
}

} // namespace parity
