// The set of plugins this run of Parity uses: discovery over the search path,
// duplicate ids, and lookup.
#pragma once

#include "plugins/loaded_plugin.h"

#include <filesystem>
#include <string_view>
#include <vector>

namespace parity {

class PluginHost {
public:
    /// Loads every `*.so` file in each directory, in directory order and, within a
    /// directory, in file-name order. A missing directory is skipped. Never throws for
    /// a bad plugin: it lands in rejected() with the reason.
    void loadDirectories(const std::vector<std::filesystem::path>& directories);
    void loadDirectory(const std::filesystem::path& directory);
    /// Loads one file. Returns true if it was accepted.
    bool loadFile(const std::filesystem::path& file);

    const std::vector<LoadedPlugin>& loaded() const { return m_loaded; }
    const std::vector<RejectedPlugin>& rejected() const { return m_rejected; }
    /// The loaded plugin with this id, or nullptr.
    const LoadedPlugin* find(std::string_view id) const;

private:
    std::vector<LoadedPlugin> m_loaded;
    std::vector<RejectedPlugin> m_rejected;
};

/// The file-name ending of plugin files on this platform (".so").
std::string_view pluginFileSuffix();

} // namespace parity
