// A plugin the host accepted, and a file it refused.
#pragma once

#include <parity/jurisdiction.h>
#include <parity/version.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace parity {

struct SdkVersion {
    unsigned major = 0;
    unsigned minor = 0;
    unsigned patch = 0;
    std::string toString() const;
    static SdkVersion host();
    /// Built for SDK 1.1 or later: PluginInterface has agencyTranslations().
    bool hasAgencyTranslations() const { return major > 1 || (major == 1 && minor >= 1); }
};

/// Everything the host learned from a plugin at load time. Holding `api` (directly or
/// through a copy of this struct) keeps the shared library loaded.
struct LoadedPlugin {
    std::filesystem::path path;
    SdkVersion sdk;
    JurisdictionIdentity identity;
    std::vector<ReportingAgency> agencies;            ///< the directory, in English
    std::vector<AgencyTranslation> agencyTranslations;  ///< SDK 1.1; empty for an older plugin
    std::vector<EmbeddedForm> forms;
    std::shared_ptr<const PluginInterface> api;

    /// The directory with names and descriptions in `language` where the plugin
    /// translated them (English otherwise). Defined in plugin_loader.cpp.
    std::vector<ReportingAgency> agenciesIn(const std::string& language) const;
};

struct RejectedPlugin {
    std::filesystem::path path;
    std::string reason;   ///< a complete sentence naming what is wrong, for an agency's administrator
};

} // namespace parity
