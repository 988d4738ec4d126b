#include "plugins/plugin_loader.h"

#include "common/bounded_regex.h"
#include "plugins/elf_preflight.h"

#include <boost/dll/shared_library.hpp>
#include <date/tz.h>

#include <algorithm>
#include <exception>
#include <regex>

namespace fs = std::filesystem;

namespace parity {

std::string SdkVersion::toString() const {
    return std::to_string(major) + "." + std::to_string(minor) + "." + std::to_string(patch);
}

SdkVersion SdkVersion::host() {
    return {PARITY_SDK_VERSION_MAJOR, PARITY_SDK_VERSION_MINOR, PARITY_SDK_VERSION_PATCH};
}

std::string sdkIncompatibility(const SdkVersion& plugin, const SdkVersion& host) {
    const std::string versions =
        "built for SDK " + plugin.toString() + ", host has " + host.toString();
    if (plugin.major != host.major)
        return versions + " (a different major version cannot be loaded; rebuild the plugin against SDK " +
               std::to_string(host.major) + ".x)";
    if (plugin.minor > host.minor)
        return versions + " (the plugin needs a newer Parity; update Parity or use an older build of the plugin)";
    return {};
}

namespace {

RejectedPlugin reject(const fs::path& file, std::string reason) {
    return RejectedPlugin{file, std::move(reason)};
}

/// Boost.DLL wraps dlerror's text as "... (dlerror system message: TEXT): errno text";
/// the administrator needs TEXT only (it names the file and what is wrong).
std::string dlerrorText(const std::string& what) {
    const std::string marker = "dlerror system message: ";
    const auto start = what.find(marker);
    const auto end = what.rfind("): ");
    if (start == std::string::npos || end == std::string::npos || end < start)
        return what;
    return what.substr(start + marker.size(), end - start - marker.size());
}

/// Checks what the plugin says about itself, so that a typo in a plugin does not
/// surface later as a wrong deadline (bad time zone) or a clash (bad id).
std::string identityProblem(const JurisdictionIdentity& id) {
    static const std::regex idPattern("[a-z][a-z0-9-]*");
    if (!boundedMatch(id.id, idPattern, 64))
        return "the id '" + id.id + "' is not lower-case letters, digits and dashes";
    if (id.displayName.empty())
        return "no display name";
    if (id.version.empty())
        return "no version";
    try {
        date::locate_zone(id.timeZone);
    } catch (const std::exception&) {
        return "the time zone '" + id.timeZone + "' is not a known IANA time zone";
    }
    return {};
}

/// A translation of an agency the directory does not have, or without a language or
/// a name, is a slip in the plugin that would otherwise show a blank choice or none.
std::string translationProblem(const LoadedPlugin& plugin) {
    for (const AgencyTranslation& t : plugin.agencyTranslations) {
        const bool known = std::any_of(plugin.agencies.begin(), plugin.agencies.end(),
                                       [&](const ReportingAgency& a) { return a.code == t.code; });
        if (!known)
            return "bad agency translation: '" + t.code + "' is not the code of any agency in the plugin's directory";
        if (t.language.empty() || t.name.empty())
            return "bad agency translation of '" + t.code + "': it needs a language code and a name";
    }
    return {};
}

} // namespace

std::vector<ReportingAgency> LoadedPlugin::agenciesIn(const std::string& language) const {
    std::vector<ReportingAgency> out;
    out.reserve(agencies.size());
    for (const ReportingAgency& agency : agencies)
        out.push_back(translatedAgency(agency, agencyTranslations, language));
    return out;
}

std::variant<LoadedPlugin, RejectedPlugin> loadPluginFile(const fs::path& file) {
    namespace dll = boost::dll;
    if (std::string why = elfPreflightProblem(file); !why.empty())
        return reject(file, why);
    auto library = std::make_shared<dll::shared_library>();
    try {
        // rtld_now: an unresolved symbol refuses the plugin here, instead of
        // aborting the host the first time the plugin calls it.
        library->load(file, dll::load_mode::rtld_now | dll::load_mode::rtld_local);
    } catch (const std::exception& e) {
        // Boost.DLL keeps the real reason (the dlerror text) only in what().
        return reject(file, "not a loadable shared library: " + dlerrorText(e.what()));
    }

    if (!library->has(kSdkVersionSymbol))
        return reject(file, std::string("not a Parity plugin: the library has no '") + kSdkVersionSymbol +
                                "' symbol (plugins are exported with PARITY_PLUGIN)");
    const auto& raw = library->get<const parity_sdk_version_info>(kSdkVersionSymbol);
    const SdkVersion sdk{raw.major, raw.minor, raw.patch};
    if (std::string why = sdkIncompatibility(sdk, SdkVersion::host()); !why.empty())
        return reject(file, why);

    if (!library->has(kFactorySymbol))
        return reject(file, std::string("incomplete Parity plugin: it has the SDK version symbol but no '") +
                                kFactorySymbol + "' factory (plugins are exported with PARITY_PLUGIN)");
    PluginFactory& factory = library->get_alias<PluginFactory>(kFactorySymbol);
    Result<std::unique_ptr<PluginInterface>> created = factory();
    if (!created)
        return reject(file, "the plugin factory failed: " + created.error());
    if (!created.value())
        return reject(file, "the plugin factory returned no plugin object");

    // The object is destroyed before the library it came from is unloaded: the
    // deleter owns a reference to the library (Boost.DLL's library_holding_deleter idea).
    std::shared_ptr<const PluginInterface> api(
        created.value().release(), [library](const PluginInterface* p) { delete p; });

    LoadedPlugin plugin;
    plugin.path = file;
    plugin.sdk = sdk;
    auto identity = api->identity();
    if (!identity)
        return reject(file, "the plugin failed to report its identity: " + identity.error());
    plugin.identity = identity.value();
    if (std::string why = identityProblem(plugin.identity); !why.empty())
        return reject(file, "bad identity: " + why);
    auto agencies = api->agencies();
    if (!agencies)
        return reject(file, "the plugin failed to list its reporting agencies: " + agencies.error());
    plugin.agencies = std::move(agencies.value());
    if (sdk.hasAgencyTranslations()) {
        auto translations = api->agencyTranslations();
        if (!translations)
            return reject(file, "the plugin failed to list its agencies' translated names: " + translations.error());
        plugin.agencyTranslations = std::move(translations.value());
        if (std::string why = translationProblem(plugin); !why.empty())
            return reject(file, why);
    }
    auto forms = api->forms();
    if (!forms)
        return reject(file, "the plugin failed to hand over its forms: " + forms.error());
    plugin.forms = std::move(forms.value());
    plugin.api = std::move(api);
    return plugin;
}

} // namespace parity
