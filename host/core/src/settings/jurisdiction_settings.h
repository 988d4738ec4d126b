// The settings plugins declare (parity/settings.h) and the values an agency has set,
// kept in the database so the desktop app, the CLI and audits agree. Every change is
// an audit entry.
#pragma once

#include "plugins/plugin_host.h"
#include "store/database.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace parity {

namespace audit {
class AuditTrail;
}

struct SettingState {
    std::string pluginId;
    Setting definition;
    std::optional<std::string> value;   ///< what the agency set, if it did
    std::string setBy;
    std::string setAt;
    /// The value in force: the agency's, else the plugin's default, else none ("").
    std::string effective() const { return value ? *value : definition.defaultValue; }
};

class JurisdictionSettings {
public:
    JurisdictionSettings(store::Database& db, audit::AuditTrail& audit) : m_db(db), m_audit(audit) {}

    /// Every setting of every loaded plugin, with its value.
    std::vector<SettingState> list(const PluginHost& plugins);
    /// key → effective value, for one plugin (what forms and rules see).
    std::map<std::string, std::string> effectiveValues(const std::string& pluginId, const PluginInterface& plugin);
    /// Sets a value (checked against the setting's type) and audits it. Throws UsageError
    /// for an unknown key or a value of the wrong type.
    void set(const LoadedPlugin& plugin, const std::string& key, const std::string& value, const std::string& user);

private:
    store::Database& m_db;
    audit::AuditTrail& m_audit;
};

/// The settings a plugin declares ([] if it fails to say).
std::vector<Setting> declaredSettings(const PluginInterface& plugin);

} // namespace parity
