#include "cli_context.h"

#include "plugins/plugin_search_path.h"

namespace parity::cli {

void addCommonOptions(CLI::App& app, GlobalOptions& options) {
    app.add_option("--db", options.database, "Database file (default: $PARITY_DB, else "
                                             "$XDG_DATA_HOME/parity/parity.db)");
    app.add_option("--plugins", options.pluginDirs,
                   "Also load plugins from DIR (repeatable; searched after the standard places)")
        ->type_name("DIR")
        ->allow_extra_args(false);
    app.add_flag("--json", options.json, "Print machine-readable JSON");
}

void addUserOption(CLI::App& command, GlobalOptions& options) {
    command.add_option("--user", options.user, "Who is doing this (recorded in the audit trail)")->required();
}

PluginHost loadPlugins(const GlobalOptions& options) {
    PluginHost host;
    host.loadDirectories(pluginSearchPath(options.pluginDirs));
    return host;
}

} // namespace parity::cli
