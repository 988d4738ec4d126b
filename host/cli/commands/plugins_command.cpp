// parity-cli plugins [--json]: which plugins loaded, and which files were refused and why.
#include "commands/commands.h"

#include <nlohmann/json.hpp>

#include <iostream>

namespace parity::cli {
namespace {

int printPlugins(const GlobalOptions& options) {
    const PluginHost host = loadPlugins(options);
    if (options.json) {
        nlohmann::ordered_json out;
        out["loaded"] = nlohmann::ordered_json::array();
        for (const LoadedPlugin& p : host.loaded()) {
            out["loaded"].push_back({{"id", p.identity.id},
                                     {"name", p.identity.displayName},
                                     {"version", p.identity.version},
                                     {"sdk_version", p.sdk.toString()},
                                     {"path", p.path.string()},
                                     {"form_count", p.forms.size()},
                                     {"state", p.identity.stateCode},
                                     {"time_zone", p.identity.timeZone}});
        }
        out["rejected"] = nlohmann::ordered_json::array();
        for (const RejectedPlugin& r : host.rejected())
            out["rejected"].push_back({{"path", r.path.string()}, {"reason", r.reason}});
        std::cout << out.dump(2) << '\n';
        return kOk;
    }

    std::cout << "Loaded plugins (" << host.loaded().size() << "):\n";
    for (const LoadedPlugin& p : host.loaded()) {
        std::cout << "  " << p.identity.id << "  " << p.identity.displayName << "  version "
                  << p.identity.version << "  SDK " << p.sdk.toString() << "  forms: " << p.forms.size()
                  << "\n    " << p.path.string() << '\n';
    }
    if (host.loaded().empty())
        std::cout << "  (none: put plugin files in a plugin directory or pass --plugins DIR)\n";
    if (!host.rejected().empty()) {
        std::cout << "Rejected files (" << host.rejected().size() << "):\n";
        for (const RejectedPlugin& r : host.rejected())
            std::cout << "  " << r.path.string() << "\n    " << r.reason << '\n';
    }
    return kOk;
}

} // namespace

CommandRunner addPluginsCommand(CLI::App& app, GlobalOptions& options) {
    CLI::App* command =
        app.add_subcommand("plugins", "List loaded plugins and the files that were rejected, with the reason");
    addCommonOptions(*command, options);
    return [&options] { return printPlugins(options); };
}

} // namespace parity::cli
