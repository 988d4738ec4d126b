// parity-cli settings [--jurisdiction ID] | settings set PLUGIN KEY VALUE --user NAME:
// the values an agency confirms or chooses for its jurisdiction (UNVERIFIED facts).
#include "commands/commands.h"

#include <iostream>

namespace parity::cli {
namespace {

struct SettingsOptions {
    std::string jurisdiction;
    std::string key;
    std::string value;
};

int listSettings(const GlobalOptions& options, const SettingsOptions& mine) {
    auto session = openSession(options);
    const auto states = session->records->settings().list(session->plugins);
    if (options.json) {
        nlohmann::ordered_json out = nlohmann::ordered_json::array();
        for (const SettingState& s : states) {
            if (!mine.jurisdiction.empty() && s.pluginId != mine.jurisdiction)
                continue;
            out.push_back({{"jurisdiction", s.pluginId},
                           {"key", s.definition.key},
                           {"label", s.definition.label},
                           {"value", s.effective()},
                           {"set_by_agency", s.value.has_value()},
                           {"default", s.definition.defaultValue},
                           {"verified", s.definition.verified},
                           {"source", s.definition.source},
                           {"type", s.definition.type}});
        }
        std::cout << out.dump(2) << '\n';
        return kOk;
    }
    for (const SettingState& s : states) {
        if (!mine.jurisdiction.empty() && s.pluginId != mine.jurisdiction)
            continue;
        std::cout << s.definition.key << " = " << (s.effective().empty() ? "(not set)" : s.effective())
                  << (s.value ? "  [set by " + s.setBy + " at " + s.setAt + "]" : "  [default]")
                  << (s.definition.verified ? "" : "  UNVERIFIED") << "\n    " << s.definition.label
                  << "\n    source: " << s.definition.source << '\n';
    }
    return kOk;
}

int setSetting(const GlobalOptions& options, const SettingsOptions& mine) {
    auto session = openSession(options);
    const LoadedPlugin* plugin = session->plugins.find(mine.jurisdiction);
    if (!plugin)
        throw EnvironmentError("no loaded plugin has the id '" + mine.jurisdiction + "'");
    session->records->settings().set(*plugin, mine.key, mine.value, options.user);
    std::cout << mine.key << " = " << mine.value << '\n';
    return kOk;
}

} // namespace

CommandRunner addSettingsCommand(CLI::App& app, GlobalOptions& options) {
    CLI::App* command = app.add_subcommand("settings", "Show jurisdiction settings (UNVERIFIED facts the agency sets)");
    addCommonOptions(*command, options);
    auto mine = std::make_shared<SettingsOptions>();
    command->add_option("--jurisdiction", mine->jurisdiction, "Only this plugin's settings");
    CLI::App* set = command->add_subcommand("set", "Set a value (audited)");
    addCommonOptions(*set, options);
    addUserOption(*set, options);
    set->add_option("JURISDICTION", mine->jurisdiction, "The plugin id, e.g. new-mexico")->required();
    set->add_option("KEY", mine->key, "The setting, e.g. new-mexico.gift-threshold")->required();
    set->add_option("VALUE", mine->value, "The value")->required();
    return [&options, mine, set] { return set->parsed() ? setSetting(options, *mine) : listSettings(options, *mine); };
}

} // namespace parity::cli
