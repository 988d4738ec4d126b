// The Jurisdiction interface: what a state plugin implements.
//
// A plugin author derives from parity::Jurisdiction and exports the class with
// PARITY_PLUGIN (plugin.h). The author's code may throw; the host never sees it
// throw, because the host talks to the plugin only through PluginInterface, whose
// implementation (GuardedJurisdiction, compiled into the plugin) catches everything.
#pragma once

#include <parity/agency.h>
#include <parity/compliance.h>
#include <parity/identity.h>
#include <parity/native_rule.h>
#include <parity/result.h>
#include <parity/settings.h>

#include <exception>
#include <memory>
#include <string>
#include <vector>

namespace parity {

/// Implemented by a plugin author. Every function may throw; a throw becomes a
/// clear rejection or error message in the host, never a crash.
class Jurisdiction {
public:
    virtual ~Jurisdiction() = default;

    /// Identity: id, display name, plugin version, state code, IANA time zone.
    virtual JurisdictionIdentity identity() const = 0;

    /// The directory of agencies that take this jurisdiction's mandated reports.
    virtual std::vector<ReportingAgency> agencies() const = 0;

    /// Named C++ rules the plugin's forms call with <rule native="...">.
    virtual std::vector<NativeRule> nativeRules() const { return {}; }

    /// Checks over the stored records: deadlines, missing consents.
    virtual std::vector<ComplianceRule> complianceRules() const { return {}; }

    /// Values the agency confirms or chooses (UNVERIFIED facts are settings, not law).
    virtual std::vector<Setting> settings() const { return {}; }

    /// The jurisdiction's public holidays in `year` (business-day deadlines skip them).
    virtual std::vector<Holiday> publicHolidays(int year) const {
        (void)year;
        return {};
    }

    /// SDK 1.1: the agencies' names in other languages than English (see agency.h).
    /// Each names an agency of agencies() by its code; a plugin listing a translation of
    /// an agency it does not have is refused at load.
    virtual std::vector<AgencyTranslation> agencyTranslations() const { return {}; }
};

/// What the host learns of a compliance rule (its code stays inside the plugin).
struct ComplianceRuleInfo {
    std::string id;
    std::string description;
    std::string source;
};

/// What the host learns of a native rule (its code stays inside the plugin).
struct NativeRuleInfo {
    std::string name;
    std::string description;
};

/// What the host calls. Every function is noexcept and reports failure as a value.
/// New functions are only ever appended (see version.h).
class PluginInterface {
public:
    virtual ~PluginInterface() = default;
    virtual Result<JurisdictionIdentity> identity() const noexcept = 0;
    virtual Result<std::vector<ReportingAgency>> agencies() const noexcept = 0;
    /// The form definitions embedded by parity_add_plugin(... FORMS ...).
    virtual Result<std::vector<EmbeddedForm>> forms() const noexcept = 0;
    virtual Result<std::vector<NativeRuleInfo>> nativeRules() const noexcept = 0;
    /// Runs the native rule `name` over `answers`. An exception in the rule becomes a failure.
    virtual Result<std::vector<RuleFinding>> runNativeRule(const std::string& name,
                                                           const AnswerSnapshot& answers) const noexcept = 0;
    virtual Result<std::vector<ComplianceRuleInfo>> complianceRules() const noexcept = 0;
    /// Runs the compliance rule `id` over `records`.
    virtual Result<std::vector<ComplianceFinding>> runComplianceRule(const std::string& id,
                                                                     const std::vector<StoredRecord>& records,
                                                                     const ComplianceContext& context) const noexcept = 0;
    virtual Result<std::vector<Setting>> settings() const noexcept = 0;
    virtual Result<std::vector<Holiday>> publicHolidays(int year) const noexcept = 0;

    // ---- SDK 1.1 ----------------------------------------------------------------------
    // A plugin built for 1.0 has no such entry: the host calls these only when the
    // plugin's parity_sdk_version says 1.1 or later.

    virtual Result<std::vector<AgencyTranslation>> agencyTranslations() const noexcept = 0;
};

/// The factory every plugin exports (as the Boost.DLL alias `parity_create_jurisdiction`).
using PluginFactory = Result<std::unique_ptr<PluginInterface>>() noexcept;

} // namespace parity
