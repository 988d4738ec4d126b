// Where the host looks for plugins, in the order DESIGN.md fixes.
#pragma once

#include <filesystem>
#include <vector>

namespace parity {

/// The per-user plugin directory: $XDG_DATA_HOME/parity/plugins, else
/// ~/.local/share/parity/plugins. "Install plugin…" copies files here.
std::filesystem::path userPluginDirectory();

/// The directories searched, in order:
///   1. the build tree's plugin directory, when this program runs from the build tree,
///      else <prefix>/lib/parity/plugins (prefix = the directory above the executable's);
///   2. userPluginDirectory();
///   3. each directory in $PARITY_PLUGIN_PATH (':'-separated);
///   4. `extra` (the CLI's --plugins DIR, repeatable), in the order given.
/// Directories that name the same place are listed once, at their first position.
std::vector<std::filesystem::path> pluginSearchPath(const std::vector<std::filesystem::path>& extra = {});

} // namespace parity
