// Loading one plugin file through Boost.DLL, with every way it can fail turned into
// a reason. Nothing here throws for a bad plugin.
#pragma once

#include "plugins/loaded_plugin.h"

#include <variant>

namespace parity {

/// Symbols the host looks up, in this order.
inline constexpr const char* kSdkVersionSymbol = "parity_sdk_version";
inline constexpr const char* kFactorySymbol = "parity_create_jurisdiction";

/// Loads `file`: checks the SDK version symbol before anything else is called, then
/// the factory, then asks the plugin who it is. Returns the plugin or why it was refused.
std::variant<LoadedPlugin, RejectedPlugin> loadPluginFile(const std::filesystem::path& file);

/// The reason a plugin built for `plugin` cannot run in a host built for `host`,
/// or an empty string when it can.
std::string sdkIncompatibility(const SdkVersion& plugin, const SdkVersion& host);

} // namespace parity
