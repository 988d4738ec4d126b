#include "plugins/plugin_installer.h"

#include <system_error>

namespace fs = std::filesystem;

namespace parity {
namespace {

PluginInstallation refused(std::string reason) {
    PluginInstallation result;
    result.reason = std::move(reason);
    return result;
}

} // namespace

PluginInstallation installPlugin(const fs::path& file, const fs::path& directory, const PluginHost& running) {
    std::error_code ec;
    if (!fs::is_regular_file(file, ec))
        return refused(file.string() + " is not a file that can be installed.");
    if (file.extension() != pluginFileSuffix())
        return refused(file.filename().string() + " is not named like a plugin: Parity loads only files ending in " +
                       std::string(pluginFileSuffix()) + ".");

    // The same checks as at start-up, on this file alone. The probe's copy of the library
    // is unloaded when `probe` goes; the installed copy is loaded afresh by the caller.
    std::string pluginId;
    {
        PluginHost probe;
        if (!probe.loadFile(file))
            return refused(probe.rejected().empty() ? "the plugin was rejected." : probe.rejected().front().reason);
        const LoadedPlugin& candidate = probe.loaded().front();
        pluginId = candidate.identity.id;
        if (const LoadedPlugin* existing = running.find(pluginId))
            return refused("A plugin with the id '" + pluginId + "' (" + existing->identity.displayName + " " +
                           existing->identity.version + ") is already loaded from " + existing->path.string() +
                           ". Remove that file and restart Parity before installing another version.");
    }

    const fs::path target = directory / file.filename();
    if (fs::exists(target, ec))
        return refused(target.string() + " already exists; another plugin file has that name.");
    fs::create_directories(directory, ec);
    if (ec)
        return refused("The plugin folder " + directory.string() + " could not be created: " + ec.message() + ".");

    const fs::path partial = directory / ("." + file.filename().string() + ".installing");
    fs::copy_file(file, partial, fs::copy_options::overwrite_existing, ec);
    if (!ec)
        fs::rename(partial, target, ec);
    if (ec) {
        std::error_code ignored;
        fs::remove(partial, ignored);
        return refused("The plugin could not be copied to " + directory.string() + ": " + ec.message() + ".");
    }

    PluginInstallation result;
    result.installed = true;
    result.installedAt = target;
    result.pluginId = pluginId;
    return result;
}

} // namespace parity
