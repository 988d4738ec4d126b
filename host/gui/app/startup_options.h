// What one run of the desktop app works with, settled once from the command line and the
// environment before any window opens.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace parity::gui {

struct StartupOptions {
    /// --db PATH, else defaultDatabasePath(); always absolute so the title says exactly
    /// which file the records are in.
    std::filesystem::path databasePath;
    /// Every directory plugins are loaded from, in order: parity::pluginSearchPath() plus
    /// the --plugins directories.
    std::vector<std::filesystem::path> pluginDirectories;
    /// --lang: "en" or "es"; empty means the system's language.
    std::string language;
};

/// $PARITY_DB, else $XDG_DATA_HOME/parity/parity.db, else ~/.local/share/parity/parity.db
/// (DESIGN.md, "Records and audit trail"): the same file parity-cli opens by default.
std::filesystem::path defaultDatabasePath();

/// The interface languages on offer ("en", "es").
const std::vector<std::string>& supportedLanguages();
bool isSupportedLanguage(std::string_view code);

} // namespace parity::gui
