// "Install plugin…": putting a jurisdiction plugin file where Parity finds it on every
// start, only after it has been shown to load. An agency administrator picks a file a
// vendor sent; a file that would be rejected at the next start is refused now, with the
// same reason, and nothing is copied.
#pragma once

#include "plugins/plugin_host.h"

#include <filesystem>
#include <string>

namespace parity {

struct PluginInstallation {
    bool installed = false;
    std::filesystem::path installedAt;   ///< the copy in the plugin directory
    std::string pluginId;
    std::string reason;                  ///< why not, as a sentence for the administrator
};

/// Loads `file` on its own to check it; refuses it if it does not load, if `running`
/// already has a plugin with its id, or if the target directory already holds a file of
/// that name. Otherwise copies it into `directory` (created if needed) under a temporary
/// name and renames it into place, so a half-copied plugin is never picked up.
PluginInstallation installPlugin(const std::filesystem::path& file, const std::filesystem::path& directory,
                                 const PluginHost& running);

} // namespace parity
