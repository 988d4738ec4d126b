// What every parity-cli command shares: the global options and the plugins they load.
#pragma once

#include "plugins/plugin_host.h"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace parity::cli {

/// Exit codes of the DESIGN.md contract.
enum ExitCode : int { kOk = 0, kCheckFailed = 1, kUsage = 2, kEnvironment = 3 };

struct GlobalOptions {
    std::string database;                          ///< --db PATH (else $PARITY_DB, else the default)
    std::vector<std::filesystem::path> pluginDirs; ///< --plugins DIR, repeatable
    std::string user;                              ///< --user NAME, for writes
    bool json = false;                             ///< --json
};

/// Registers the options every command takes (--db, --plugins, --json) on a subcommand,
/// so that each command's --help lists them.
void addCommonOptions(CLI::App& command, GlobalOptions& options);
/// Adds --user NAME, required, to a command that writes.
void addUserOption(CLI::App& command, GlobalOptions& options);

/// Loads every plugin on the search path plus --plugins directories.
PluginHost loadPlugins(const GlobalOptions& options);

} // namespace parity::cli
